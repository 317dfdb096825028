import { isDrawn, stringsIn } from './drawn-text';
import { afterPaint } from './yield';

/**
 * A browser fetches a font file only when a laid-out text needs it: the attract loop's first frame
 * would wait for the kiosk's typeface. Asking for it as the page starts, before React has rendered
 * anything, overlaps that fetch with the script's start.
 */

/** The build's cut (ui/fonts.css), one file per weight and no unicode-range: any text loads it.
 *  Only it: FontFaceSet.load would also fetch every range file of Noto Sans SC, behind it in the
 *  stack, that covers the text asked for, wanted or not. */
const FAMILY = '"Kiosk Sans"';
/** The faces the stylesheet uses (500 resolves to 400, 600 and up to 700). */
const WEIGHTS = [400, 700];

/** Starts loading the kiosk's typeface; never fails. */
export function warmFonts(): void {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts?.load) return;
  for (const weight of WEIGHTS) fonts.load(`${weight} 1em ${FAMILY}`).catch(() => undefined);
}

/** After the first frame, how long the check for the fallback faces waits (then for an idle moment). */
const FALLBACK_AFTER_MS = 2000;

/**
 * Whether any text of `value` (a pack: every string in it, however deep) has a drawn character
 * outside `covered` (the code points of the kiosk's cut). `ownFaces`: languages set in a face of
 * their own, whose texts the cut never draws.
 */
export function needsFallbackFaces(
  value: unknown,
  covered: ReadonlySet<number>,
  ownFaces: readonly string[] = [],
): boolean {
  return fallbackScan(value, covered, ownFaces)(() => true)!;
}

/**
 * The same question asked in slices: each call reads texts while `hasTime()` and answers true or
 * false once it knows, undefined when its time ran out first. A pack of thousands of enterprises
 * is read between frames, never in one long task (a touch would wait for it).
 */
export function fallbackScan(
  value: unknown,
  covered: ReadonlySet<number>,
  ownFaces: readonly string[] = [],
): (hasTime: () => boolean) => boolean | undefined {
  const texts = stringsIn(value, new Set(ownFaces));
  return (hasTime) => {
    while (hasTime()) {
      const next = texts.next();
      if (next.done) return false;
      for (const ch of next.value) {
        const c = ch.codePointAt(0)!;
        if (isDrawn(c) && !covered.has(c)) return true;
      }
    }
    return undefined;
  };
}

/** Without requestIdleCallback, a slice of this long, then a timer. */
const SLICE_MS = 8;

/** Runs `step` in idle time until it answers, then hands the answer to `done`; returns a cancel. */
function whenIdle(step: (hasTime: () => boolean) => boolean | undefined, done: (answer: boolean) => void): () => void {
  let cancelled = false;
  const run = (hasTime: () => boolean) => {
    if (cancelled) return;
    const answer = step(hasTime);
    if (answer === undefined) next();
    else done(answer);
  };
  const next = () => {
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback((deadline) => run(() => deadline.timeRemaining() > 1), { timeout: 1000 });
    } else {
      setTimeout(() => {
        const end = performance.now() + SLICE_MS;
        run(() => performance.now() < end);
      }, 0);
    }
  };
  next();
  return () => {
    cancelled = true;
  };
}

let fallbackLoaded = false;

/**
 * Behind the cut stands the whole of Noto Sans SC (@fontsource: about a hundred range files per
 * weight, each fetched only when a text needs one of its characters) for what only a newly imported
 * pack says. Its stylesheets declare some 200 faces: matching the first frame against them cost ~60
 * ms on a slow laptop, and their arrival later styles, lays out and draws all text again (a touch
 * in that moment waited: the bench's first touch after start took 356 ms instead of 184). So they
 * join only for a pack with a character outside the cut, two seconds after the first frame and
 * at an idle moment; until then such a character is drawn from a system font. The bundled packs
 * never need them. Once joined, they stay. `cut`: the characters of the kiosk's cut; `ownFaces`:
 * languages set in a face of their own.
 */
export function loadFallbackFacesFor(pack: unknown, cut: string, ownFaces: readonly string[] = []): () => void {
  let cancelled = false;
  let timer: number | undefined;
  let stopScan = () => {};
  const load = (needed: boolean) => {
    if (cancelled || fallbackLoaded || !needed) return;
    fallbackLoaded = true;
    Promise.all([import('@fontsource/noto-sans-sc/400.css'), import('@fontsource/noto-sans-sc/700.css')]).catch(
      (err: unknown) => {
        fallbackLoaded = false;
        console.warn('[kiosk] fallback typeface:', err);
      },
    );
  };
  afterPaint(() => {
    if (cancelled) return;
    timer = window.setTimeout(() => {
      if (fallbackLoaded) return;
      const covered = new Set([...cut].map((ch) => ch.codePointAt(0)!));
      stopScan = whenIdle(fallbackScan(pack, covered, ownFaces), load);
    }, FALLBACK_AFTER_MS);
  });
  return () => {
    cancelled = true;
    window.clearTimeout(timer);
    stopScan();
  };
}
