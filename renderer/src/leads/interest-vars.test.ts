/** The interest e-mail names the visitor's language in the mail's own language, never by its code. */
import { describe, expect, it } from 'vitest';
import i18n, { UI_LANGUAGES } from '../kiosk/i18n';
import { mailto } from './contact-card';
import { interestVars } from './interest-vars';

const given = { item: '高端装备', reference: 'XZ-4K7Q', name: '投资促进局' };
const body = (lang: string) => i18n.getFixedT(lang)('leads.mailBody', interestVars(lang, given));

describe('the interest e-mail', () => {
  it('says the language by its name: 中文 in a Chinese mail, English in an English one, 日本語 in a Japanese one', () => {
    expect(body('zh-CN')).toContain('语言：中文\n');
    expect(body('en')).toContain('Language: English\n');
    expect(body('ja')).toContain('言語：日本語\n');
  });

  it('never writes a language code in any language the kiosk speaks', () => {
    for (const lang of UI_LANGUAGES) {
      const decoded = decodeURIComponent(mailto('a@b.example', 's', body(lang)).split('&body=')[1]!);
      expect(decoded, lang).not.toMatch(new RegExp(`\\b${lang}\\b`));
      expect(decoded, lang).toContain(given.reference);
    }
  });
});
