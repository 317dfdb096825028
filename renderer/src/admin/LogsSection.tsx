/** Logs: the last entries of the kiosk's log at a level, and the log folder as a zip for support. */
import { useCallback, useEffect, useState } from 'react';
import type { ExportLogsResult, LogLevel, LogTail } from '../../../main/contract/ipc';
import { errorMessage, isElectron, kiosk } from '../kiosk/kiosk-client';
import { useAdminT } from './admin-i18n';
import { Notice, Section, Segmented } from './admin-controls';

/** How many of the newest entries the tab shows. */
const SHOWN = 500;
const LEVELS: readonly LogLevel[] = ['error', 'warn', 'info'];

export function LogsSection() {
  const { t, lang } = useAdminT();
  const [level, setLevel] = useState<LogLevel>('error');
  const [tail, setTail] = useState<LogTail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<ExportLogsResult | null>(null);
  const [exporting, setExporting] = useState(false);

  const load = useCallback(() => {
    kiosk['logs:tail']({ level, limit: SHOWN }).then(
      (next) => {
        setTail(next);
        setError(null);
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  }, [level]);
  useEffect(load, [load]);

  const exportZip = async () => {
    setExporting(true);
    setExported(null);
    try {
      setExported(await kiosk['logs:export']());
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setExporting(false);
    }
  };

  // Newest first: what staff look for is what just happened.
  const entries = tail ? [...tail.entries].reverse() : [];
  return (
    <div className="adm-grid adm-grid--one" data-testid="section-logs">
      <Section title={t('logs.title')}>
        <p className="adm-muted">{t('logs.help', { count: SHOWN })}</p>
        <div className="adm-range">
          <Segmented
            label={t('logs.level')}
            value={level}
            options={LEVELS.map((l) => ({ value: l, label: t(`logs.filter.${l}`) }))}
            onChange={setLevel}
            testIdPrefix="logs-level-"
          />
          <button type="button" className="adm-btn" data-testid="logs-refresh" onClick={load}>
            {t('logs.refresh')}
          </button>
          <button
            type="button"
            className="adm-btn adm-btn--strong"
            data-testid="logs-export"
            disabled={exporting}
            onClick={() => void exportZip()}
          >
            {t('logs.export')}
          </button>
        </div>
        {exported?.status === 'written' && (
          <Notice kind="ok" testId="logs-exported">
            {t('logs.exported')} <code data-testid="logs-export-folder">{exported.folder}</code>{' '}
            <code data-testid="logs-export-file">{exported.files[0]}</code>
            {!isElectron() && <small className="adm-block">{t('stats.exportedBrowser')}</small>}
          </Notice>
        )}
        {exported?.status === 'cancelled' && <p className="adm-muted">{t('logs.exportCancelled')}</p>}
        {error && (
          <Notice kind="bad" testId="logs-error">
            {t('error', { message: error })}
          </Notice>
        )}
        {tail && (
          <p className="adm-muted">
            {t('logs.folder')} <code data-testid="logs-folder">{tail.folder}</code>
          </p>
        )}
      </Section>
      {tail && entries.length === 0 && <p className="adm-muted adm-empty">{t('logs.none')}</p>}
      {entries.length > 0 && (
        <ol className="adm-log" data-testid="logs-entries">
          {entries.map((entry, i) => (
            <li
              key={`${entry.time}-${i}`}
              className={`adm-log__entry adm-log__entry--${entry.level}`}
              data-level={entry.level}
            >
              <span className="adm-log__time">{new Date(entry.time).toLocaleString(lang)}</span>
              <span className="adm-log__level">{t(`logs.levels.${entry.level}`)}</span>
              <pre className="adm-log__text">{entry.text}</pre>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
