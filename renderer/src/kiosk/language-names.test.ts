/** Languages by name, written in the reader's language, from the locale files. */
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from './i18n';
import { languageNameIn } from './language-names';

describe('languageNameIn', () => {
  it('names each language in the language of the text around it', () => {
    expect(['zh-CN', 'en', 'ja'].map((l) => languageNameIn(l, 'zh-CN'))).toEqual(['中文', '英语', '日语']);
    expect(['zh-CN', 'en', 'ja'].map((l) => languageNameIn(l, 'en'))).toEqual(['Chinese', 'English', 'Japanese']);
    expect(['zh-CN', 'en', 'ja'].map((l) => languageNameIn(l, 'ja'))).toEqual(['中国語', '英語', '日本語']);
  });

  it('has a name, not a code, for every UI language in every UI language', () => {
    for (const inLang of UI_LANGUAGES)
      for (const of of UI_LANGUAGES) {
        const name = languageNameIn(of, inLang);
        expect(name, `${of} in ${inLang}`).not.toBe(of);
        expect(name.trim(), `${of} in ${inLang}`).not.toBe('');
      }
  });

  it('falls back to the code only for a language no locale knows', () => {
    expect(languageNameIn('fr', 'en')).toBe('fr');
  });
});
