/** The laptop's table of the booth's kiosks: seen when, which pack, what is pending, errors, free disk. */
import type { BoothKioskRow } from '../../../main/contract/booth';
import { useAdminT } from './admin-i18n';
import { IssueList, Notice } from './admin-controls';
import { PendingLine } from './BoothPendingLine';

export function BoothTable({ rows, onUnpair }: { rows: BoothKioskRow[]; onUnpair: (deviceId: string) => void }) {
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
