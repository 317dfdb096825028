import { useTranslation } from 'react-i18next';
import { useLanguage } from '../kiosk/store';
import { recordStat } from '../kiosk/stats';
import { TapButton } from '../ui/TapButton';

/** 中文 / EN: one button per language; switching re-renders in place (no reload, same screen). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { lang, languages, setLanguage } = useLanguage();
  return (
    <div className="lang-switch" role="group" aria-label={t('language.switchGroup')}>
      {languages.map((code) => {
        const own = i18n.getFixedT(code);
        const active = code === lang;
        return (
          <TapButton
            key={code}
            className={active ? 'lang-switch__btn is-active' : 'lang-switch__btn'}
            data-testid={`lang-${code}`}
            aria-pressed={active}
            // The accessible name begins with the visible text (EN, 中文), as speech control needs.
            aria-label={t('language.switchTo', { short: own('language.short'), language: own('language.name') })}
            onClick={() => {
              if (code !== lang) recordStat({ type: 'language', lang: code });
              setLanguage(code);
            }}
          >
            <span lang={code}>{own('language.short')}</span>
          </TapButton>
        );
      })}
    </div>
  );
}
