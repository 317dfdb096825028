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
