/**
 * The admin panel's language: its own (staff may read English while the kiosk shows Chinese), with
 * strings from the `admin` namespace. Changing it never changes the visitor's language.
 */
import type { TFunction } from 'i18next';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import i18next, { DEFAULT_LANGUAGE, UI_LANGUAGES } from '../kiosk/i18n';

interface AdminLanguage {
  lang: string;
  setLang: (lang: string) => void;
  t: TFunction<'admin'>;
}

const AdminLanguageContext = createContext<AdminLanguage | null>(null);

export function AdminLanguageProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [lang, setLang] = useState(() => {
    const visitor = i18n.resolvedLanguage ?? '';
    return UI_LANGUAGES.includes(visitor) ? visitor : DEFAULT_LANGUAGE;
  });
  const value = useMemo<AdminLanguage>(() => ({ lang, setLang, t: i18n.getFixedT(lang, 'admin') }), [i18n, lang]);
  return <AdminLanguageContext.Provider value={value}>{children}</AdminLanguageContext.Provider>;
}

export function useAdminT(): AdminLanguage {
  const value = useContext(AdminLanguageContext);
  if (!value) throw new Error('useAdminT outside AdminLanguageProvider');
  return value;
}

/** The language the panel's switch goes to next: the UI languages in turn (the locale folders). */
export function nextLanguage(lang: string): string {
  const at = UI_LANGUAGES.indexOf(lang);
  return UI_LANGUAGES[(at + 1) % UI_LANGUAGES.length] ?? DEFAULT_LANGUAGE;
}

/** A language's name in that language (日本語, English), from its locale; the code if it has none. */
export function languageName(lang: string): string {
  return UI_LANGUAGES.includes(lang) ? i18next.getFixedT(lang)('language.name') : lang;
}
