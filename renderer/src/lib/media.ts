/**
 * URL of a pack media file. Relative on purpose: the page runs under app://kiosk/ (Electron) and
 * http://127.0.0.1:PORT/ (browser mode), and the content server serves the pack folder at media/.
 */
export function mediaUrl(path: string): string {
  return 'media/' + encodeURI(path);
}
