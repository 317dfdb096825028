/**
 * A language's name written in another language ("英语" in Chinese, "English" in English), from the
 * locale files (`languageNames` in common.json), so that a new language is data, not code. A visitor
 * or a bureau editor reads the name, never the code.
 */
import i18n, { UI_LANGUAGES } from './i18n';

/** The name of language `of` in language `inLang`; its own name, then the code, where no locale names it. */
export function languageNameIn(of: string, inLang: string): string {
  const key = `languageNames.${of}`;
  if (i18n.exists(key, { lng: inLang, fallbackLng: false })) return i18n.getFixedT(inLang)(key);
  return UI_LANGUAGES.includes(of) ? i18n.getFixedT(of)('language.name') : of;
}
