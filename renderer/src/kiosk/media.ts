import { PREVIEW_MODE } from './preview-mode';

/**
 * A pack picture as stored, or a rendition the content server makes of it: small (small/) or its
 * blurred glow (blurred/).
 */
export type Rendition = 'as-is' | 'small' | 'blurred';

/**
 * Whether the page is served renditions. The studio's preview serves the draft's media only: there
 * a picture is shown as stored, and a blurred glow is blurred by the page (a CSS filter).
 */
export const RENDITIONS_SERVED = !PREVIEW_MODE;

/**
 * URL of a pack media file. Relative on purpose: the page runs under app://kiosk/ (Electron) and
 * http://127.0.0.1:PORT/ (browser mode), and the content server serves the pack folder at media/
 * and renditions of its pictures at small/ and blurred/ (main/core/server/renditions.ts).
 */
export function mediaUrl(path: string, rendition: Rendition = 'as-is'): string {
  return (rendition !== 'as-is' && RENDITIONS_SERVED ? `${rendition}/` : 'media/') + encodeURI(path);
}

/**
 * Fetches pack images ahead of the screens that show them, while the attract loop runs. A screen
 * whose images were fetched draws them in its first frame; one that has to fetch them draws their
 * places empty, then the pictures a few frames later: pictures popping in, and a second raster of
 * the screen, which on a laptop without a GPU is what the next touch waits for. The caller keeps
 * the images it gets back: while they are referenced, the page's memory cache holds them. `urls`
 * as mediaUrl() makes them for the screens that show them.
 */
export function warmImages(urls: Iterable<string>): HTMLImageElement[] {
  return [...new Set(urls)].map((url) => {
    const img = new Image();
    img.src = url;
    return img;
  });
}
