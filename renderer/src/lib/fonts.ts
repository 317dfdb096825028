import { afterPaint } from './yield';

/**
 * A browser fetches a font file only when a laid-out text needs it: the attract loop's first frame
 * would wait for the kiosk's typeface. Asking for it as the page starts, before React has rendered
 * anything, overlaps that fetch with the script's start.
 */

/** The build's cut (styles/fonts.css), one file per weight and no unicode-range: any text loads it.
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

/** After the first frame, how long the fallback faces wait (then for an idle moment). */
const FALLBACK_AFTER_MS = 2000;

/**
 * Behind the cut stands the whole of Noto Sans SC (@fontsource: about a hundred range files per
 * weight, each fetched only when a text needs one of its characters) for what only a newly imported
 * pack says. Its stylesheets declare some 200 faces, and matching the page against them cost the
 * first frame ~60 ms on a slow laptop. Their arrival costs the page once more: all its text styled,
 * laid out and drawn again, and a touch in that moment waits (the bench's first touch, right after
 * start, took 356 ms instead of 184 when they joined at the first idle moment). So they join two
 * seconds after the first frame, when the page is idle; until then such a character is drawn from a
 * system font. (Better still, next: load them only for a pack with characters outside the cut.)
 */
export function loadFallbackFacesLater(): void {
  const load = () =>
    Promise.all([import('@fontsource/noto-sans-sc/400.css'), import('@fontsource/noto-sans-sc/700.css')]).catch(
      (err: unknown) => console.warn('[kiosk] fallback typeface:', err),
    );
  afterPaint(() =>
    window.setTimeout(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(() => void load(), { timeout: 1000 });
      else void load();
    }, FALLBACK_AFTER_MS),
  );
}
