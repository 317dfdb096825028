import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../main/core/pack/schema';
import { UI_LANGUAGES } from './i18n';
import { availableLanguages } from './store';
import { typefaceOf, typefaceRules } from './typefaces';

const packIn = (languages: string[]) => ({ pack: { languages } }) as unknown as Pack;

describe('Japanese, from its locale folder', () => {
  it('is offered where the pack has Japanese texts, after the default and English', () => {
    expect(UI_LANGUAGES).toContain('ja');
    expect(availableLanguages(packIn(['zh-CN', 'en', 'ja']))).toEqual(['zh-CN', 'en', 'ja']);
    expect(availableLanguages(packIn(['zh-CN', 'en']))).toEqual(['zh-CN', 'en']);
  });

  it("is set in the build's cut of Noto Sans JP, Chinese in the kiosk cut of Noto Sans SC", () => {
    expect(typefaceOf('ja')).toEqual({
      stack: expect.stringMatching(/^'Kiosk Noto Sans JP', 'Noto Sans JP'/),
      faces: 'noto-sans-jp',
    });
    expect(typefaceOf('zh-CN')?.stack).toMatch(/^'Kiosk Sans', 'Noto Sans SC'/);
    const rules = typefaceRules(['zh-CN', 'ja']);
    expect(rules).toContain("[lang]:lang(ja) { --font: 'Kiosk Noto Sans JP'");
    expect(rules).toContain("[lang]:lang(zh-CN) { --font: 'Kiosk Sans'");
  });

  it('gives every UI language a stack (rules for the document and for each text in another language)', () => {
    for (const lang of UI_LANGUAGES) expect(typefaceOf(lang), lang).toBeDefined();
    expect(typefaceRules(UI_LANGUAGES).split('\n')).toHaveLength(UI_LANGUAGES.length);
  });
});
