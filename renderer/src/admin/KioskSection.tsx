/** Kiosk: reload, exit (Electron only), the content studio (Electron only), change the PIN. */
import { useState } from 'react';
import { useAdminT } from './admin-i18n';
import { errorMessage, isAvailable, kiosk } from '../kiosk/kiosk-client';
import { ConfirmButton, Notice, Section, Unavailable } from './admin-controls';

export function KioskSection({ onChangePin }: { onChangePin: () => void }) {
  const { t } = useAdminT();
  const [error, setError] = useState<string | null>(null);
  const [studio, setStudio] = useState<'opened' | 'locked-down' | null>(null);
  const openStudio = () =>
    act(async () => {
      const result = await kiosk['studio:open']();
      setStudio(result.status === 'opened' ? 'opened' : result.reason);
    });
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
            <ConfirmButton
              label={t('kiosk.exit')}
              confirmLabel={t('kiosk.exitConfirm')}
              testId="kiosk-exit"
              onConfirm={() => act(kiosk['kiosk:exit'])}
            />
          ) : (
            <Unavailable testId="kiosk-exit-unavailable" />
          )}
        </div>
      </Section>
      <Section title={t('kiosk.studioTitle')}>
        <p className="adm-muted">{t('kiosk.studioHelp')}</p>
        <div className="adm-actions">
          {isAvailable('studio:open') ? (
            <button type="button" className="adm-btn" data-testid="kiosk-studio" onClick={openStudio}>
              {t('kiosk.studioOpen')}
            </button>
          ) : (
            <p className="adm-muted" data-testid="kiosk-studio-browser-mode">
              {t('kiosk.studioBrowserMode')}
            </p>
          )}
        </div>
        {studio === 'opened' && (
          <Notice kind="ok" testId="kiosk-studio-opened">
            {t('kiosk.studioOpened')}
          </Notice>
        )}
        {studio === 'locked-down' && (
          <Notice kind="warn" testId="kiosk-studio-locked">
            {t('kiosk.studioLockedDown')}
          </Notice>
        )}
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
