/**
 * Hides the mouse cursor after a few seconds without movement: on a touch screen a parked arrow in
 * the middle of the picture looks broken. Done entirely from main, so the renderer needs nothing:
 * main samples the cursor position (`screen.getCursorScreenPoint`, which touch input moves too on
 * Windows) and inserts, or removes, a user-origin stylesheet `* { cursor: none !important }`.
 * A user-origin `!important` rule beats any page rule, and inserted CSS is not subject to the
 * page's CSP. The decision is a pure tracker; the glue polls twice a second.
 */
import type { Point, WebContents } from 'electron';

/** Default idle time before the cursor disappears. */
export const CURSOR_IDLE_MS = 3000;

/** The CSS that hides the cursor everywhere. */
export const HIDE_CURSOR_CSS = '*, *::before, *::after { cursor: none !important; }';

/** Decides from position samples when to hide and show the cursor. */
export interface CursorIdleTracker {
  /** Feeds the position at time `at` (ms); answers a change to make, or null. */
  sample(point: Point, at: number): 'hide' | 'show' | null;
}

/** A tracker that hides after `idleMs` at the same point and shows on the first move. */
export function createCursorIdleTracker(idleMs: number = CURSOR_IDLE_MS): CursorIdleTracker {
  let last: Point | undefined;
  let since = 0;
  let hidden = false;
  return {
    sample(point, at) {
      const moved = !last || last.x !== point.x || last.y !== point.y;
      if (moved) {
        last = point;
        since = at;
        if (hidden) {
          hidden = false;
          return 'show';
        }
        return null;
      }
      if (!hidden && at - since >= idleMs) {
        hidden = true;
        return 'hide';
      }
      return null;
    },
  };
}

/**
 * Polls the cursor position every `intervalMs` and hides/shows the cursor in `contents`. After a
 * page load the inserted sheet is gone, so the state is forgotten and re-applied. Returns `stop`.
 */
export function hideIdleCursor(
  contents: WebContents,
  getCursor: () => Point,
  options: { idleMs?: number; intervalMs?: number; now?: () => number } = {},
): () => void {
  const now = options.now ?? Date.now;
  let tracker = createCursorIdleTracker(options.idleMs);
  let key: string | undefined;

  const apply = (change: 'hide' | 'show' | null) => {
    if (change === 'hide' && key === undefined) {
      contents
        // A literal, not HIDE_CURSOR_CSS: the security gate (Electronegativity) flags insertCSS
        // with anything it cannot see is constant. A test keeps the two equal.
        .insertCSS('*, *::before, *::after { cursor: none !important; }', { cssOrigin: 'user' })
        .then((inserted) => {
          key = inserted;
        })
        .catch(() => {});
    } else if (change === 'show' && key !== undefined) {
      const removing = key;
      key = undefined;
      contents.removeInsertedCSS(removing).catch(() => {});
    }
  };
  const onLoad = () => {
    key = undefined;
    tracker = createCursorIdleTracker(options.idleMs);
  };
  contents.on('did-finish-load', onLoad);
  const timer = setInterval(() => {
    if (contents.isDestroyed()) return;
    apply(tracker.sample(getCursor(), now()));
  }, options.intervalMs ?? 500);
  timer.unref?.();
  return () => {
    clearInterval(timer);
    contents.off('did-finish-load', onLoad);
  };
}
