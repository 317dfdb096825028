import type { LocalizedText } from '../../../main/core/pack/schema';

/**
 * The text of a pack entry in the visitor's language: the language asked for, else English (every
 * pack has it; a Japanese reader without Japanese reads English sooner than Chinese), else the
 * pack's default language.
 */
export function pickText(text: LocalizedText, lang: string, defaultLanguage?: string): string {
  return text[lang] ?? text.en ?? (defaultLanguage ? text[defaultLanguage] : undefined) ?? '';
}

/** Like pickText, for optional fields. */
export function pickOptional(
  text: LocalizedText | undefined,
  lang: string,
  defaultLanguage?: string,
): string | undefined {
  return text ? pickText(text, lang, defaultLanguage) : undefined;
}
