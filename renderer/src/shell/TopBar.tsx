import { useTranslation } from 'react-i18next';
import { useNav, useOptionalPackHead, useText } from '../kiosk/store';
import { Icon } from '../ui/Icon';
import { LanguageSwitch } from './LanguageSwitch';
import { TapButton } from '../ui/TapButton';

/** Fixed chrome on every screen: back / home on inner screens, the city mark, the language switch. */
export function TopBar() {
  const { t } = useTranslation();
  const nav = useNav();
  const pack = useOptionalPackHead();
  const tx = useText();
  const inner = nav.route.name !== 'home';
  return (
    <header className="topbar">
      <nav className="topbar__nav" aria-label={t('nav.label')}>
        {inner ? (
          <>
            <TapButton className="chrome-btn" data-testid="nav-back" aria-label={t('nav.back')} onClick={nav.back}>
              <Icon name="back" />
              <span>{t('nav.back')}</span>
            </TapButton>
            <TapButton className="chrome-btn" data-testid="nav-home" aria-label={t('nav.home')} onClick={nav.home}>
              <Icon name="home" />
              <span>{t('nav.home')}</span>
            </TapButton>
          </>
        ) : (
          pack && (
            <div className="brand">
              <span className="brand__mark" aria-hidden="true" />
              <span className="brand__title">{tx(pack.pack.title)}</span>
            </div>
          )
        )}
      </nav>
      <LanguageSwitch />
    </header>
  );
}
