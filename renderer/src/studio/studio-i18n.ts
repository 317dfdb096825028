/**
 * The studio's strings (locales/<lang>/studio.json) on top of the kiosk's i18n: the studio renders
 * figures with the kiosk's own formatting, which reads the kiosk's `common` strings. The studio's
 * namespace is bundled with the studio page only, so the kiosk's page and font do not carry it.
 */
import i18n, { UI_LANGUAGES } from '../kiosk/i18n';

const modules = import.meta.glob<Record<string, unknown>>('../../../locales/*/studio.json', {
  eager: true,
  import: 'default',
});
for (const [path, catalog] of Object.entries(modules)) {
  const lang = /\/locales\/([^/]+)\/studio\.json$/.exec(path)?.[1];
  if (lang) i18n.addResourceBundle(lang, 'studio', catalog, true, true);
}

const STORED_LANGUAGE = 'studio-ui-language';

/** The studio's UI language: what staff picked last time, else the browser's, else Chinese. */
export function initialUiLanguage(): string {
  const stored = localStorage.getItem(STORED_LANGUAGE);
  if (stored && UI_LANGUAGES.includes(stored)) return stored;
  const browser = navigator.languages.find((l) => UI_LANGUAGES.includes(l) || UI_LANGUAGES.includes(l.split('-')[0]!));
  if (browser) return UI_LANGUAGES.includes(browser) ? browser : browser.split('-')[0]!;
  return UI_LANGUAGES[0] ?? 'zh-CN';
}

export function setUiLanguage(lang: string): void {
  localStorage.setItem(STORED_LANGUAGE, lang);
  void i18n.changeLanguage(lang);
}

export { i18n, UI_LANGUAGES };
