/**
 * The staff side of the kiosk, mounted once over every screen: the hidden corner gesture, the PIN
 * screens, the admin panel; and presenter mode. It locks (and closes) on "Lock and close" and when
 * nobody has touched it for as long as the visitor idle reset waits.
 */
import { Suspense, useCallback, useEffect, useState } from 'react';
import type { Pack } from '../../../main/core/pack/schema';
import { AdminLanguageProvider, languageName, nextLanguage, useAdminT } from './admin-i18n';
import { preloadable } from '../kiosk/preloadable';
import { announcePackChanged } from '../kiosk/kiosk-events';
import { kiosk } from '../kiosk/kiosk-client';
import { ChangePinScreen, PinScreen } from './PinPad';
import { usePresenterMode } from './presenter';
import { useCornerHold } from './useCornerHold';
import { useKioskSettings } from '../kiosk/useKioskSettings';
import './admin.css';
import './admin-pin.css';
import './admin-forms.css';
import './admin-stats.css';
import './admin-preflight.css';
import './admin-logs.css';
import './admin-leads.css';
import './admin-booth.css';

type Stage = 'closed' | 'pin' | 'change-pin' | 'panel';

// The panel (with its charts) in a chunk of its own, loaded after the attract loop is up.
const Panel = preloadable(() => import('./AdminPanel').then((m) => m.AdminPanel));
export const preloadAdminPanel = Panel.preload;

/** The visitor idle reset: the idle time, then its 10 s countdown. */
const RESET_COUNTDOWN_SECONDS = 10;
const DEFAULT_IDLE_SECONDS = 60;
/** How long "Lock and close" waits for the lock before closing anyway. */
const LOCK_WAIT_MS = 1500;

export function AdminLayer({ pack }: { pack: Pack | null }) {
  const [stage, setStage] = useState<Stage>('closed');
  const settings = useKioskSettings();
  usePresenterMode(settings?.presenterMode === true);
  useCornerHold(() => setStage('pin'), stage === 'closed');
  // Electron tells the page when the active pack changed (also when its folder was edited).
  useEffect(() => kiosk.on('packs:changed', () => announcePackChanged()), []);

  // Lock, then close: once the panel is gone its session is over. A lock that does not answer
  // quickly (it is a local call) does not keep the panel on screen.
  const close = useCallback(() => {
    const limit = new Promise<void>((resolve) => window.setTimeout(resolve, LOCK_WAIT_MS));
    void Promise.race([kiosk['admin:lock']().catch(() => undefined), limit]).then(() => setStage('closed'));
  }, []);

  // Lock when left alone as long as a visit would be.
  const idleMs = ((settings?.idleTimeoutSeconds ?? DEFAULT_IDLE_SECONDS) + RESET_COUNTDOWN_SECONDS) * 1000;
  useEffect(() => {
    if (stage === 'closed') return;
    let timer = window.setTimeout(close, idleMs);
    const onActivity = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(close, idleMs);
    };
    const opts = { capture: true, passive: true } as const;
    for (const type of ['pointerdown', 'keydown', 'wheel'] as const) window.addEventListener(type, onActivity, opts);
    return () => {
      window.clearTimeout(timer);
      for (const type of ['pointerdown', 'keydown', 'wheel'] as const)
        window.removeEventListener(type, onActivity, opts);
    };
  }, [stage, idleMs, close]);

  if (stage === 'closed') return null;
  return (
    <AdminLanguageProvider>
      <AdminDialog stage={stage} setStage={setStage} close={close} pack={pack} />
    </AdminLanguageProvider>
  );
}

function AdminDialog({
  stage,
  setStage,
  close,
  pack,
}: {
  stage: Exclude<Stage, 'closed'>;
  setStage: (stage: Stage) => void;
  close: () => void;
  pack: Pack | null;
}) {
  const { t, lang, setLang } = useAdminT();
  const [firstRun, setFirstRun] = useState(false);
  const locked = stage !== 'panel';
  return (
    <div
      className="adm"
      role="dialog"
      aria-modal="true"
      aria-labelledby="adm-title"
      lang={lang}
      data-testid="admin-layer"
    >
      <header className="adm__bar">
        <h1 id="adm-title" className="adm__title">
          {t('title')}
        </h1>
        <div className="adm__bar-actions">
          <button
            type="button"
            className="adm-btn adm-btn--ghost"
            data-testid="admin-language"
            lang={nextLanguage(lang)}
            onClick={() => setLang(nextLanguage(lang))}
          >
            {languageName(nextLanguage(lang))}
          </button>
          <button
            type="button"
            className="adm-btn adm-btn--strong"
            data-testid="admin-close"
            data-escape
            onClick={close}
          >
            {locked ? t('cancel') : t('lockAndClose')}
          </button>
        </div>
      </header>
      {stage === 'pin' && (
        <PinScreen
          onResult={(result) => {
            if (result.status === 'must-change') {
              setFirstRun(true);
              setStage('change-pin');
            } else setStage('panel');
          }}
        />
      )}
      {stage === 'change-pin' && <ChangePinScreen firstRun={firstRun} onChanged={() => setStage('panel')} />}
      {stage === 'panel' && (
        <Suspense fallback={null}>
          <Panel.Component
            pack={pack}
            onChangePin={() => {
              setFirstRun(false);
              setStage('change-pin');
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
