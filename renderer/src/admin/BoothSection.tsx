/**
 * Booth: this machine's part in a booth of kiosks and a staff laptop (synced over the booth's own
 * network). Role and name; pairing (BoothPairing); a kiosk's pending pack version; the laptop's
 * publish, booth table (BoothTable) and pooled statistics (BoothPooledStats).
 */
import { useCallback, useEffect, useState } from 'react';
import type { BoothRoleName, BoothView } from '../../../main/contract/booth';
import type { Pack } from '../../../main/core/pack/schema';
import { kiosk, errorMessage } from '../kiosk/kiosk-client';
import { useAdminT } from './admin-i18n';
import { Notice, Section, Segmented, showAnswer } from './admin-controls';
import { PairingCard } from './BoothPairing';
import { PendingLine } from './BoothPendingLine';
import { PooledStats } from './BoothPooledStats';
import { BoothTable } from './BoothTable';

/** The view is asked again this often while the tab is open (kiosks report every 15 s). */
const REFRESH_MS = 10_000;
const ROLES: readonly BoothRoleName[] = ['none', 'laptop', 'kiosk'];

export function BoothSection({ pack }: { pack: Pack | null }) {
  const { t } = useAdminT();
  const [view, setView] = useState<BoothView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => showAnswer(kiosk['booth:view'](), setView, setError), []);
  useEffect(() => {
    load();
    const timer = window.setInterval(load, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [load]);

  const act = (job: Promise<BoothView>) => showAnswer(job, setView, setError);

  return (
    <div className="adm-grid adm-grid--one" data-testid="section-booth">
      {error && (
        <Notice kind="bad" testId="booth-error">
          {t('error', { message: error })}
        </Notice>
      )}
      {view && <RoleCard view={view} onSave={(role, name) => act(kiosk['booth:set-role'](role, name))} />}
      {view && view.role !== 'none' && (
        <PairingCard
          view={view}
          onPair={(id, name, address) => act(kiosk['booth:pair'](id, name || undefined, address || undefined))}
          onUnpair={(id) => act(kiosk['booth:unpair'](id))}
        />
      )}
      {view?.role === 'kiosk' && view.pending && (
        <Section title={t('booth.received')}>
          <PendingLine pending={view.pending} testId="booth-pending" />
        </Section>
      )}
      {view?.role === 'laptop' && (
        <>
          <PublishCard view={view} onPublished={load} onError={setError} />
          <BoothTable rows={view.kiosks} onUnpair={(id) => act(kiosk['booth:unpair'](id))} />
          <PooledStats pack={pack} />
        </>
      )}
    </div>
  );
}

function RoleCard({ view, onSave }: { view: BoothView; onSave: (role: BoothRoleName, name: string) => void }) {
  const { t } = useAdminT();
  const [role, setRole] = useState(view.role);
  const [name, setName] = useState(view.name);
  return (
    <Section title={t('booth.title')}>
      <p className="adm-muted">{t('booth.help')}</p>
      {view.settingsProblem && <Notice kind="warn">{view.settingsProblem}</Notice>}
      <Segmented
        label={t('booth.role')}
        value={role}
        options={ROLES.map((r) => ({ value: r, label: t(`booth.roles.${r}`) }))}
        onChange={setRole}
        testIdPrefix="booth-role-"
      />
      <p className="adm-muted">{t(`booth.roleHelp.${role}`)}</p>
      <div className="adm-actions">
        <label className="booth-name">
          {t('booth.name')}
          <input
            className="adm-input"
            data-testid="booth-name"
            maxLength={60}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <button
          type="button"
          className="adm-btn adm-btn--strong"
          data-testid="booth-save"
          disabled={name.trim() === ''}
          onClick={() => onSave(role, name.trim())}
        >
          {t('booth.save')}
        </button>
      </div>
      {view.role !== 'none' && !view.engine.running && (
        <Notice kind="warn" testId="booth-engine-off">
          {t('booth.engineOff', { reason: view.engine.reason })}
        </Notice>
      )}
    </Section>
  );
}

function PublishCard({
  view,
  onPublished,
  onError,
}: {
  view: BoothView;
  onPublished: () => void;
  onError: (message: string) => void;
}) {
  const { t, lang } = useAdminT();
  const [busy, setBusy] = useState(false);
  const publish = () => {
    setBusy(true);
    kiosk['booth:publish']()
      .then(onPublished, (e: unknown) => onError(errorMessage(e)))
      .finally(() => setBusy(false));
  };
  return (
    <Section title={t('booth.publishTitle')}>
      <p className="adm-muted">{t('booth.publishHelp')}</p>
      <div className="adm-actions">
        <button
          type="button"
          className="adm-btn adm-btn--strong"
          data-testid="booth-publish"
          disabled={busy}
          onClick={publish}
        >
          {t('booth.publish')}
        </button>
        {view.published && (
          <span data-testid="booth-published">
            {t('booth.published', {
              version: `${view.published.id} ${view.published.version}`,
              time: new Date(view.published.publishedAt).toLocaleString(lang),
            })}
          </span>
        )}
      </div>
    </Section>
  );
}
