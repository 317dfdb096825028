/**
 * UI strings: every locale under <repo>/locales/<lang>/<namespace>.json is bundled at build time
 * (no fetch); the file name is the namespace, `common` the default. Adding a language = adding a
 * folder with a common.json (and the other namespaces); nothing else to register.
 */
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const DEFAULT_LANGUAGE = 'zh-CN';
export const FALLBACK_LANGUAGE = 'en';

type Catalog = Record<string, unknown>;

// The content studio's strings (studio.json) load with the studio's page only (studio/studio-i18n.ts).
const modules = import.meta.glob<Catalog>(['../../../locales/*/*.json', '!../../../locales/*/studio.json'], {
  eager: true,
  import: 'default',
});

const resources: Resource = {};
const namespaces = new Set<string>(['common']);
for (const [path, catalog] of Object.entries(modules)) {
  const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (!match) continue;
  const [, lang, ns] = match as unknown as [string, string, string];
  resources[lang] = { ...resources[lang], [ns]: catalog };
  namespaces.add(ns);
}
// A language is offered only where its common strings exist.
for (const lang of Object.keys(resources)) if (!resources[lang]?.common) delete resources[lang];

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
  ns: [...namespaces],
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  react: { useSuspense: false },
});

i18next.on('languageChanged', syncDocument);
syncDocument(i18next.language || DEFAULT_LANGUAGE);

export default i18next;
