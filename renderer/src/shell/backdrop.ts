/**
 * The backdrop's picture (shell/backdrop.css) is decoded when the first frame is drawn, by the thread
 * that draws the frame's text too: ~10–25 ms of a slow laptop's first frame. Decoding it as the page
 * starts does that work on another thread while the scripts run, and the first frame finds the
 * picture ready. Which picture: the one index.html preloads for this screen's orientation.
 */
export function warmBackdrop(): void {
  if (typeof document === 'undefined' || typeof matchMedia === 'undefined') return;
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="image"]')) {
    if (link.media && !matchMedia(link.media).matches) continue;
    const picture = new Image();
    picture.src = link.href;
    picture.decode().catch(() => undefined);
  }
}
