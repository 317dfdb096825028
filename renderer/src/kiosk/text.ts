import type { LocalizedText } from '../../../main/core/pack/schema';

/**
 * The text of a pack entry in the visitor's language: the language asked for, else the pack's
 * default language, else English (every pack has zh-CN and en).
 */
export function pickText(text: LocalizedText, lang: string, defaultLanguage?: string): string {
  return text[lang] ?? (defaultLanguage ? text[defaultLanguage] : undefined) ?? text.en;
}

/** Like pickText, for optional fields. */
export function pickOptional(
  text: LocalizedText | undefined,
  lang: string,
  defaultLanguage?: string,
): string | undefined {
  return text ? pickText(text, lang, defaultLanguage) : undefined;
}
