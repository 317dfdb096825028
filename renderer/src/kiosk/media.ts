/**
 * URL of a pack media file. Relative on purpose: the page runs under app://kiosk/ (Electron) and
 * http://127.0.0.1:PORT/ (browser mode), and the content server serves the pack folder at media/.
 */
export function mediaUrl(path: string): string {
  return 'media/' + encodeURI(path);
}

/**
 * Fetches pack images ahead of the screens that show them, while the attract loop runs. A screen
 * whose images were fetched draws them in its first frame; one that has to fetch them draws their
 * places empty, then the pictures a few frames later: pictures popping in, and a second raster of
 * the screen, which on a laptop without a GPU is what the next touch waits for. The caller keeps
 * the images it gets back: while they are referenced, the page's memory cache holds them.
 */
export function warmImages(paths: Iterable<string>): HTMLImageElement[] {
  return [...new Set(paths)].map((path) => {
    const img = new Image();
    img.src = mediaUrl(path);
    return img;
  });
}
