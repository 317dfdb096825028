/**
 * Booth: this machine's part in a booth of kiosks and a staff laptop (synced over the booth's own
 * network). Role and name; this machine's device ID as text and QR code; pairing by typing an ID;
 * a kiosk's pending pack version; the laptop's publish, booth table and pooled statistics.
 */
import { useCallback, useEffect, useState } from 'react';
import type {
  BoothKioskRow,
  BoothPending,
  BoothPooledStats,
  BoothRoleName,
  BoothView,
} from '../../../main/contract/booth';
import type { DateRange } from '../../../main/contract/ipc';
import type { Pack } from '../../../main/core/pack/schema';
import { kiosk, errorMessage } from '../kiosk/kiosk-client';
import { QrCode } from '../ui/QrCode';
import { DeviceIdScanner } from './DeviceIdScanner';
import { languageName, useAdminT } from './admin-i18n';
import {
  ExportOutcome,
  IssueList,
  Notice,
  RefreshAndExport,
  Section,
  Segmented,
  showAnswer,
  useExport,
} from './admin-controls';
import { BarChart, DoughnutChart } from './stats-charts';
import { daysBefore, localDate, topCounts, visitsByHour } from './stats-model';
import { useItemNames } from './item-names';

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

function PairingCard({
  view,
  onPair,
  onUnpair,
}: {
  view: BoothView;
  onPair: (deviceId: string, name: string, address: string) => void;
  onUnpair: (deviceId: string) => void;
}) {
  const { t } = useAdminT();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [scanning, setScanning] = useState(false);
  const scanned = useCallback((deviceId: string) => {
    setId(deviceId);
    setScanning(false);
  }, []);
  const closeScan = useCallback(() => setScanning(false), []);
  return (
    <Section title={t('booth.pairing')}>
      {view.engine.running && (
        <div className="booth-id">
          <QrCode
            value={view.engine.deviceId}
            label={t('booth.deviceIdQr')}
            caption={t('booth.deviceId')}
            testId="booth-device-qr"
          />
          <code className="booth-id__text" data-testid="booth-device-id">
            {view.engine.deviceId}
          </code>
        </div>
      )}
      <p className="adm-muted">{t(view.role === 'laptop' ? 'booth.pairHelpLaptop' : 'booth.pairHelpKiosk')}</p>
      <div className="adm-actions">
        <input
          className="adm-input booth-id-input"
          data-testid="booth-pair-id"
          aria-label={t('booth.otherId')}
          placeholder={t('booth.otherId')}
          value={id}
          onChange={(e) => setId(e.currentTarget.value)}
        />
        <button
          type="button"
          className="adm-btn"
          data-testid="booth-scan-start"
          disabled={scanning}
          onClick={() => setScanning(true)}
        >
          {t('booth.scan')}
        </button>
        {view.role === 'laptop' && (
          <input
            className="adm-input"
            data-testid="booth-pair-name"
            aria-label={t('booth.kioskName')}
            placeholder={t('booth.kioskName')}
            maxLength={60}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
        )}
        <input
          className="adm-input"
          data-testid="booth-pair-address"
          aria-label={t('booth.otherAddress')}
          placeholder={t('booth.otherAddress')}
          value={address}
          onChange={(e) => setAddress(e.currentTarget.value)}
        />
        <button
          type="button"
          className="adm-btn adm-btn--strong"
          data-testid="booth-pair"
          disabled={id.trim() === ''}
          onClick={() => onPair(id.trim(), name.trim(), address.trim())}
        >
          {t('booth.pair')}
        </button>
        {view.role === 'kiosk' && (
          <button
            type="button"
            className="adm-btn"
            data-testid="booth-unpair"
            disabled={id.trim() === ''}
            onClick={() => onUnpair(id.trim())}
          >
            {t('booth.unpair')}
          </button>
        )}
      </div>
      {scanning && <DeviceIdScanner onId={scanned} onClose={closeScan} />}
    </Section>
  );
}

function PendingLine({ pending, testId }: { pending: BoothPending; testId?: string }) {
  const { t } = useAdminT();
  if (pending.state === 'none') return <span data-testid={testId}>{t('booth.pending.none')}</span>;
  const version = `${pending.id} ${pending.version}`;
  return (
    <div data-testid={testId} data-state={pending.state}>
      <span>{t(`booth.pending.${pending.state}`, { version })}</span>
      {(pending.state === 'incomplete' || pending.state === 'no-space') && (
        <small className="adm-block adm-muted">{pending.reason}</small>
      )}
      {(pending.state === 'refused' || pending.state === 'rolled-back') && (
        <IssueList items={pending.reasons} kind="bad" testId={testId && `${testId}-reasons`} />
      )}
    </div>
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

function BoothTable({ rows, onUnpair }: { rows: BoothKioskRow[]; onUnpair: (deviceId: string) => void }) {
  const { t, lang } = useAdminT();
  if (rows.length === 0)
    return (
      <p className="adm-muted adm-empty" data-testid="booth-no-kiosks">
        {t('booth.noKiosks')}
      </p>
    );
  const gb = (bytes: number) => (bytes / 1024 ** 3).toLocaleString(lang, { maximumFractionDigits: 1 });
  return (
    <table className="adm-table" data-testid="booth-table">
      <thead>
        <tr>
          <th scope="col">{t('booth.columns.kiosk')}</th>
          <th scope="col">{t('booth.columns.seen')}</th>
          <th scope="col">{t('booth.columns.pack')}</th>
          <th scope="col">{t('booth.columns.pending')}</th>
          <th scope="col">{t('booth.columns.errors')}</th>
          <th scope="col">{t('booth.columns.disk')}</th>
          <th scope="col" />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.deviceId}
            data-testid="booth-row"
            data-device={row.deviceId}
            className={row.stale ? 'booth-row--stale' : undefined}
          >
            <td>
              <strong>{row.name}</strong>
              <br />
              <code className="adm-muted">{row.deviceId.slice(0, 7)}</code>
            </td>
            <td>
              {row.online ? t('booth.online') : t('booth.offline')}
              {row.lastSeen && (
                <small className="adm-block adm-muted">
                  {t('booth.lastSeen', { time: new Date(row.lastSeen).toLocaleString(lang) })}
                </small>
              )}
              {row.stale && (
                <Notice kind="warn" testId="booth-stale">
                  {t('booth.stale')}
                </Notice>
              )}
              {row.clockWrong && (
                <Notice kind="bad" testId="booth-clock-wrong">
                  {t('booth.clockWrong', { minutes: Math.round((row.clockSkewSeconds ?? 0) / 60) })}
                </Notice>
              )}
              {row.problem && <Notice kind="bad">{row.problem}</Notice>}
            </td>
            <td data-testid="booth-row-pack">
              {row.status?.pack ? `${row.status.pack.id} ${row.status.pack.version}` : '—'}
            </td>
            <td>{row.status ? <PendingLine pending={row.status.pending} testId="booth-row-pending" /> : '—'}</td>
            <td>
              {row.status ? row.status.errors.count : '—'}
              {row.status && <IssueList items={row.status.errors.latest.map((e) => e.text)} kind="warn" />}
            </td>
            <td>
              {row.status?.disk
                ? t('booth.diskFree', { free: gb(row.status.disk.freeBytes), total: gb(row.status.disk.totalBytes) })
                : '—'}
            </td>
            <td>
              <button
                type="button"
                className="adm-btn"
                data-testid="booth-row-unpair"
                onClick={() => onUnpair(row.deviceId)}
              >
                {t('booth.unpair')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PooledStats({ pack }: { pack: Pack | null }) {
  const { t, lang } = useAdminT();
  const { interestName } = useItemNames(pack);
  const today = localDate(new Date());
  const [preset, setPreset] = useState<'today' | 'fair'>('today');
  const range: DateRange = preset === 'today' ? { from: today, to: today } : { from: daysBefore(today, 6), to: today };
  const [stats, setStats] = useState<BoothPooledStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const exported = useExport(setError);
  const { from, to } = range;
  const load = useCallback(() => showAnswer(kiosk['booth:stats']({ from, to }), setStats, setError), [from, to]);
  useEffect(load, [load]);

  const days = stats ? [...new Set(stats.total.hours.map((h) => h.date))].sort() : [];
  const visitsOn = (hours: BoothPooledStats['total']['hours'], day: string) =>
    hours.filter((h) => h.date === day).reduce((sum, h) => sum + h.visits, 0);
  const columns = ['visits', 'screenViews', 'taps', 'languageChanges', 'interest'] as const;

  return (
    <Section title={t('booth.statsTitle')} testId="booth-stats">
      <div className="adm-range">
        <Segmented
          label={t('stats.range')}
          value={preset}
          options={(['today', 'fair'] as const).map((p) => ({ value: p, label: t(`stats.${p}`) }))}
          onChange={setPreset}
          testIdPrefix="booth-stats-"
        />
        <RefreshAndExport
          testIdPrefix="booth-stats-"
          refreshLabel={t('stats.refresh')}
          exportLabel={t('stats.export')}
          exporting={exported.running}
          onRefresh={load}
          onExport={() => void exported.run(() => kiosk['booth:export-csv']({ from, to }))}
        />
      </div>
      <ExportOutcome
        result={exported.result}
        testIdPrefix="booth-stats-"
        written={t('stats.exported', {
          count: exported.result?.status === 'written' ? exported.result.files.length : 0,
        })}
        cancelled={t('stats.exportCancelled')}
      />
      {error && <Notice kind="bad">{t('error', { message: error })}</Notice>}
      {stats && stats.excluded.length > 0 && (
        <Notice kind="warn" testId="booth-stats-excluded">
          {t('booth.excluded', { names: stats.excluded.map((k) => k.name).join(', ') })}
        </Notice>
      )}
      {stats && (
        <>
          <table className="adm-table" data-testid="booth-stats-table">
            <thead>
              <tr>
                <th scope="col">{t('booth.columns.kiosk')}</th>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {t(`stats.totals.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {stats.kiosks.map((k) => (
                <tr key={k.deviceId} data-testid="booth-stats-kiosk">
                  <td>{k.name}</td>
                  {columns.map((c) => (
                    <td key={c}>{k.summary.totals[c].toLocaleString(lang)}</td>
                  ))}
                </tr>
              ))}
              <tr data-testid="booth-stats-total">
                <td>
                  <strong>{t('booth.total')}</strong>
                </td>
                {columns.map((c) => (
                  <td key={c} data-testid={`booth-total-${c}`}>
                    <strong>{stats.total.totals[c].toLocaleString(lang)}</strong>
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
          <div className="adm-grid">
            <Section title={t('stats.byHour')}>
              <BarChart
                series={{
                  labels: Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')),
                  values: visitsByHour(stats.total.hours),
                }}
                label={t('stats.byHour')}
                testId="booth-chart-hours"
              />
            </Section>
            <Section title={t('booth.byDay')}>
              {days.length === 0 ? (
                <p className="adm-muted adm-empty">{t('stats.none')}</p>
              ) : (
                <BarChart
                  series={{ labels: days, values: days.map((d) => visitsOn(stats.total.hours, d)) }}
                  label={t('booth.byDay')}
                  testId="booth-chart-days"
                />
              )}
            </Section>
            <Section title={t('stats.interest')}>
              {stats.total.totals.interest === 0 ? (
                <p className="adm-muted adm-empty">{t('stats.none')}</p>
              ) : (
                <BarChart
                  series={(() => {
                    const entries = topCounts(stats.total, (h) => h.interest);
                    return { labels: entries.map(([k]) => interestName(k)), values: entries.map(([, n]) => n) };
                  })()}
                  label={t('stats.interest')}
                  testId="booth-chart-interest"
                />
              )}
            </Section>
            <Section title={t('stats.languages')}>
              {stats.total.totals.languageChanges === 0 ? (
                <p className="adm-muted adm-empty">{t('stats.none')}</p>
              ) : (
                <DoughnutChart
                  series={(() => {
                    const entries = topCounts(stats.total, (h) => h.languages);
                    return { labels: entries.map(([k]) => languageName(k)), values: entries.map(([, n]) => n) };
                  })()}
                  label={t('stats.languages')}
                />
              )}
            </Section>
          </div>
        </>
      )}
    </Section>
  );
}
