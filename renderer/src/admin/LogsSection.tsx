/** Logs: the last entries of the kiosk's log at a level, and the log folder as a zip for support. */
import { useCallback, useEffect, useState } from 'react';
import type { LogLevel, LogTail } from '../../../main/contract/ipc';
import { kiosk } from '../kiosk/kiosk-client';
import { useAdminT } from './admin-i18n';
import { ExportOutcome, Notice, RefreshAndExport, Section, Segmented, showAnswer, useExport } from './admin-controls';

/** How many of the newest entries the tab shows. */
const SHOWN = 500;
const LEVELS: readonly LogLevel[] = ['error', 'warn', 'info'];

export function LogsSection() {
  const { t, lang } = useAdminT();
  const [level, setLevel] = useState<LogLevel>('error');
  const [tail, setTail] = useState<LogTail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const exported = useExport(setError);

  const load = useCallback(() => {
    showAnswer(kiosk['logs:tail']({ level, limit: SHOWN }), setTail, setError);
  }, [level]);
  useEffect(load, [load]);

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
          <RefreshAndExport
            testIdPrefix="logs-"
            refreshLabel={t('logs.refresh')}
            exportLabel={t('logs.export')}
            exporting={exported.running}
            onRefresh={load}
            onExport={() => void exported.run(() => kiosk['logs:export']())}
          />
        </div>
        <ExportOutcome
          result={exported.result}
          testIdPrefix="logs-"
          written={t('logs.exported')}
          cancelled={t('logs.exportCancelled')}
        >
          {exported.result?.status === 'written' && (
            <>
              {' '}
              <code data-testid="logs-export-file">{exported.result.files[0]}</code>
            </>
          )}
        </ExportOutcome>
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
        <ol className="adm-checklist" data-testid="logs-entries">
          {entries.map((entry, i) => (
            <li key={`${entry.time}-${i}`} className={`adm-check adm-log--${entry.level}`} data-level={entry.level}>
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
