import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../kiosk/i18n';
import { languageName, nextLanguage } from './admin-i18n';

describe("the admin panel's languages come from the locale folders", () => {
  it('switches through every UI language in turn and back', () => {
    const seen = [UI_LANGUAGES[0]!];
    while (seen.length <= UI_LANGUAGES.length) seen.push(nextLanguage(seen[seen.length - 1]!));
    expect(seen).toEqual([...UI_LANGUAGES, UI_LANGUAGES[0]]);
    expect(UI_LANGUAGES).toContain('ja');
  });

  it('names each language in itself, and an unknown one by its code', () => {
    expect(languageName('ja')).toBe('日本語');
    expect(languageName('en')).toBe('English');
    expect(languageName('fr')).toBe('fr');
  });
});
