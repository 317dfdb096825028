/**
 * UI strings: every locale under <repo>/locales/<lang>/common.json is bundled at build time
 * (no fetch). Adding a language = adding a folder with a common.json; nothing else to register.
 */
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const DEFAULT_LANGUAGE = 'zh-CN';
export const FALLBACK_LANGUAGE = 'en';

type Catalog = Record<string, unknown>;

const modules = import.meta.glob<Catalog>('../../../locales/*/common.json', {
  eager: true,
  import: 'default',
});

const resources: Resource = {};
for (const [path, catalog] of Object.entries(modules)) {
  const lang = /\/locales\/([^/]+)\/common\.json$/.exec(path)?.[1];
  if (lang) resources[lang] = { common: catalog };
}

/** Preferred order of the language switch: default first, then fallback, then the rest A–Z. */
function orderLanguages(langs: string[]): string[] {
  const rank = (l: string) => (l === DEFAULT_LANGUAGE ? 0 : l === FALLBACK_LANGUAGE ? 1 : 2);
  return [...langs].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Languages the UI has strings for. */
export const UI_LANGUAGES: readonly string[] = orderLanguages(Object.keys(resources));

function syncDocument(lang: string): void {
  if (typeof document === 'undefined') return; // unit tests in plain Node
  document.documentElement.lang = lang;
  document.documentElement.dir = i18next.dir(lang);
  document.title = i18next.getFixedT(lang)('app.title');
}

void i18next.use(initReactI18next).init({
  resources,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: FALLBACK_LANGUAGE,
  supportedLngs: [...UI_LANGUAGES],
  ns: ['common'],
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  react: { useSuspense: false },
});

i18next.on('languageChanged', syncDocument);
syncDocument(i18next.language || DEFAULT_LANGUAGE);

export default i18next;
