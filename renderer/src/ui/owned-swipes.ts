/**
 * Swipes that the page handles itself: the gallery's horizontal swipe, the map's pan. Where such a
 * swipe ends fast, Chromium starts a fling even though touch-action lets nothing scroll, and then
 * swallows the next tap as the one that "stops" it: an arrow tapped just after a swipe did nothing.
 * Cancelling the swipe's touchmoves makes Chromium end the gesture without a fling
 * (docs/ARCHITECTURE.md, Touch).
 *
 * An element marks its swipes with `data-owns-swipe`: "x" for horizontal swipes only (the page
 * still scrolls vertically from it), "xy" for every direction.
 */

const OWNS_SWIPE = 'data-owns-swipe';
export type OwnedAxes = 'x' | 'xy';

/** Finger travel (CSS px) under which a touch may still be a tap; Chromium's own slop is larger. */
const SLOP = 8;

/** Is a swipe from `start` to `now` one the element owns? Undecided (null) while within the slop. */
export function ownsSwipe(
  axes: OwnedAxes,
  start: { x: number; y: number },
  now: { x: number; y: number },
): boolean | null {
  const dx = Math.abs(now.x - start.x);
  const dy = Math.abs(now.y - start.y);
  if (Math.max(dx, dy) < SLOP) return null;
  return axes === 'xy' || dx > dy;
}

/** Cancel the touchmoves of owned swipes, decided once per touch sequence by its first travel. */
export function claimOwnedSwipes(doc: Document): void {
  let start: { x: number; y: number } | null = null;
  let axes: OwnedAxes | null = null;
  let owned: boolean | null = null;
  doc.addEventListener(
    'touchstart',
    (e) => {
      if (e.touches.length !== 1) return; // a second finger: the sequence keeps what the first decided
      const touch = e.touches[0]!;
      const owner = e.target instanceof Element ? e.target.closest(`[${OWNS_SWIPE}]`) : null;
      const value = owner?.getAttribute(OWNS_SWIPE);
      axes = value === 'x' || value === 'xy' ? value : null;
      start = { x: touch.clientX, y: touch.clientY };
      owned = axes ? null : false;
    },
    { passive: true },
  );
  doc.addEventListener(
    'touchmove',
    (e) => {
      if (!start || !axes || owned === false) return;
      const touch = e.touches[0]!;
      owned ??= ownsSwipe(axes, start, { x: touch.clientX, y: touch.clientY });
      if (owned && e.cancelable) e.preventDefault();
    },
    { passive: false },
  );
}
