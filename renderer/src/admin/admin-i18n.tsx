/**
 * The admin panel's language: its own (staff may read English while the kiosk shows Chinese), with
 * strings from the `admin` namespace. Changing it never changes the visitor's language.
 */
import type { TFunction } from 'i18next';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface AdminLanguage {
  lang: string;
  setLang: (lang: string) => void;
  t: TFunction<'admin'>;
}

const AdminLanguageContext = createContext<AdminLanguage | null>(null);

export function AdminLanguageProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [lang, setLang] = useState(() => (i18n.resolvedLanguage === 'en' ? 'en' : 'zh-CN'));
  const value = useMemo<AdminLanguage>(() => ({ lang, setLang, t: i18n.getFixedT(lang, 'admin') }), [i18n, lang]);
  return <AdminLanguageContext.Provider value={value}>{children}</AdminLanguageContext.Provider>;
}

export function useAdminT(): AdminLanguage {
  const value = useContext(AdminLanguageContext);
  if (!value) throw new Error('useAdminT outside AdminLanguageProvider');
  return value;
}

/** The other language of the two the panel speaks, for its switch. */
export function otherLanguage(lang: string): string {
  return lang === 'en' ? 'zh-CN' : 'en';
}
