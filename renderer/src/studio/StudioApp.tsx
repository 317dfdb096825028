import { useTranslation } from 'react-i18next';

/** The studio page (its editor follows). */
export function StudioApp() {
  const { t } = useTranslation('studio');
  return <h1>{t('title')}</h1>;
}
