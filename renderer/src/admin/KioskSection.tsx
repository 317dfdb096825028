/** Kiosk: reload, exit (Electron only), change the PIN. */
import { useState } from 'react';
import { useAdminT } from './admin-i18n';
import { errorMessage, isAvailable, kiosk } from '../kiosk/kiosk-client';
import { Notice, Section, Unavailable } from './admin-controls';

export function KioskSection({ onChangePin }: { onChangePin: () => void }) {
  const { t } = useAdminT();
  const [error, setError] = useState<string | null>(null);
  const [confirmExit, setConfirmExit] = useState(false);
  const act = (fn: () => Promise<void>) => {
    setError(null);
    fn().catch((err: unknown) => setError(errorMessage(err)));
  };
  return (
    <div className="adm-grid" data-testid="section-kiosk">
      <Section title={t('kiosk.reloadTitle')}>
        <p className="adm-muted">{t('kiosk.reloadHelp')}</p>
        <div className="adm-actions">
          <button
            type="button"
            className="adm-btn adm-btn--strong"
            data-testid="kiosk-reload"
            onClick={() => act(kiosk['kiosk:reload'])}
          >
            {t('kiosk.reload')}
          </button>
        </div>
      </Section>
      <Section title={t('kiosk.exitTitle')}>
        <p className="adm-muted">{t('kiosk.exitHelp')}</p>
        <div className="adm-actions">
          {isAvailable('kiosk:exit') ? (
            confirmExit ? (
              <>
                <button
                  type="button"
                  className="adm-btn adm-btn--danger"
                  data-testid="kiosk-exit-confirm"
                  onClick={() => act(kiosk['kiosk:exit'])}
                >
                  {t('kiosk.exitConfirm')}
                </button>
                <button type="button" className="adm-btn" onClick={() => setConfirmExit(false)}>
                  {t('cancel')}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="adm-btn adm-btn--danger"
                data-testid="kiosk-exit"
                onClick={() => setConfirmExit(true)}
              >
                {t('kiosk.exit')}
              </button>
            )
          ) : (
            <Unavailable testId="kiosk-exit-unavailable" />
          )}
        </div>
      </Section>
      <Section title={t('kiosk.pinTitle')}>
        <p className="adm-muted">{t('change.rules')}</p>
        <div className="adm-actions">
          <button type="button" className="adm-btn" data-testid="kiosk-change-pin" onClick={onChangePin}>
            {t('kiosk.changePin')}
          </button>
        </div>
      </Section>
      {error && (
        <Notice kind="bad" testId="kiosk-error">
          {t('error', { message: error })}
        </Notice>
      )}
    </div>
  );
}
