import landscape from '../../../assets/backdrop/landscape.jpg';
import portrait from '../../../assets/backdrop/portrait.jpg';

/**
 * The backdrop's picture (styles/base.css) is decoded when the first frame is drawn, by the thread
 * that draws the frame's text too: ~10–25 ms of a slow laptop's first frame. Decoding it as the page
 * starts does that work on another thread while the scripts run, and the first frame finds the
 * picture ready. The same choice as the stylesheet's: portrait or landscape.
 */
export function warmBackdrop(): void {
  if (typeof Image === 'undefined' || typeof matchMedia === 'undefined') return;
  const picture = new Image();
  picture.src = matchMedia('(orientation: portrait)').matches ? portrait : landscape;
  picture.decode().catch(() => undefined);
}
