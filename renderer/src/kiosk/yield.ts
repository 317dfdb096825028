/**
 * A touch should be answered in the very next frame. The touched button's press (its tap scale) is
 * that answer; what the touch asks for — a new screen, another language, a filtered map — can take
 * a few hundred milliseconds to render on a slow laptop, and must not hold the press back.
 */
import { startTransition } from 'react';

/**
 * Run `update` as a React transition: a big render (a whole screen) is done in slices between
 * which the browser paints, so the press is on screen before the new screen is ready.
 */
export function asTransition(update: () => void): void {
  startTransition(update);
}

/**
 * Run `fn` once the browser has painted the next frame (for an update that React cannot treat as a
 * transition, such as one from an external store like i18next's language). With no frame to wait
 * for (a hidden window), it runs after `fallbackMs`.
 */
export function afterPaint(fn: () => void, fallbackMs = 100): void {
  const run = onceOrAfter(fn, fallbackMs);
  // rAF runs just before the frame is painted; a task queued from it runs after the paint.
  requestAnimationFrame(() => window.setTimeout(run, 0));
}

/** `fn`, to be run once: by the returned function, or after `fallbackMs` if that comes first. */
function onceOrAfter(fn: () => void, fallbackMs: number): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    window.clearTimeout(fallback);
    fn();
  };
  const fallback = window.setTimeout(run, fallbackMs);
  return run;
}

let firstPresented: Promise<void> | undefined;

/**
 * Run `fn` once the page's first screen is on the glass: its first contentful frame presented
 * (Paint Timing), not only handed to the compositor as `afterPaint` waits for. Without a GPU that
 * frame is still being rastered on the CPU after the main thread is done with it, and on a laptop of
 * two cores whatever the main thread starts then (the rest of the pack, more typefaces, the attract
 * loop's second stage) delays it. With no paint to wait for (a hidden window, a browser without
 * Paint Timing) it runs after `fallbackMs`.
 */
export function afterFirstPresented(fn: () => void, fallbackMs = 1000): void {
  firstPresented ??= new Promise<void>((resolve) => {
    const presented = () => performance.getEntriesByName('first-contentful-paint').length > 0;
    if (presented()) return resolve();
    try {
      const observer = new PerformanceObserver(() => {
        if (!presented()) return;
        observer.disconnect();
        resolve();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      resolve(); // no Paint Timing: the fallback below would only delay
    }
  });
  const run = onceOrAfter(fn, fallbackMs);
  void firstPresented.then(() => window.setTimeout(run, 0));
}
