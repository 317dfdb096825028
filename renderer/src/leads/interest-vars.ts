/**
 * What the interest sheet writes into its e-mail, card note and thanks: the item, the reference, the
 * bureau, and the visitor's language by its name in the mail's language (the bureau reads "语言：中文",
 * never a code).
 */
import { languageNameIn } from '../kiosk/language-names';

// A type, not an interface: i18next's options want an index signature.
export type InterestVars = {
  item: string;
  reference: string;
  name: string;
  language: string;
};

export function interestVars(lang: string, given: Omit<InterestVars, 'language'>): InterestVars {
  return { ...given, language: languageNameIn(lang, lang) };
}
