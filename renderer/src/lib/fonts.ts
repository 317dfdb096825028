/**
 * A browser fetches a font file only when a laid-out text needs it: the attract loop's first frame
 * would wait for the kiosk's typeface (or, for characters outside its cut, for the range files of
 * Noto Sans SC behind it). Asking for the attract loop's characters as soon as the pack is known
 * starts those fetches before React has rendered anything.
 */
import i18next from 'i18next';
import type { LocalizedText, Pack } from '../../../main/core/pack/schema';

/** The build's cut (styles/fonts.css). Only it: FontFaceSet.load would fetch every range file of a
 *  family listed after it that covers the text, wanted or not. */
const FAMILY = '"Kiosk Sans"';
/** The faces the stylesheet uses (500 resolves to 400, 600 and up to 700). */
const WEIGHTS = [400, 700];

/** Every character the attract loop shows first, in every language of the pack and the UI. */
export function attractCharacters(pack: Pack): string {
  const texts: string[] = [];
  const add = (t: LocalizedText | undefined) => {
    if (t) texts.push(...Object.values(t));
  };
  add(pack.pack.title);
  add(pack.city.name);
  add(pack.city.province);
  add(pack.city.tagline);
  // The first highlights: a figure, a cluster, an enterprise.
  const figure = pack.city.headlineFigures[0];
  add(figure?.label);
  add(figure?.noun);
  add(pack.clusters[0]?.name);
  add(pack.enterprises[0]?.name);
  for (const lang of Object.keys(i18next.options.resources ?? {})) {
    const t = i18next.getFixedT(lang);
    texts.push(t('attract.touch'), t('attract.kind.figure'), t('attract.kind.cluster'), t('attract.kind.enterprise'));
  }
  texts.push('0123456789.,+%');
  return [...new Set(texts.join(''))].filter((ch) => ch.trim() !== '').join('');
}

/** Starts loading the font files the attract loop needs; never fails. */
export function warmAttractFonts(pack: Pack): void {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts?.load) return;
  const text = attractCharacters(pack);
  for (const weight of WEIGHTS) fonts.load(`${weight} 1em ${FAMILY}`, text).catch(() => undefined);
}
