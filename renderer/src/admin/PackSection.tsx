/** Content pack: what is on screen, its report, import of a zip with progress, rollback. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PackImportPhase, PackImportResult, PackStatus } from '../../../main/contract/ipc';
import { useAdminT } from './admin-i18n';
import { announcePackChanged } from '../kiosk/kiosk-events';
import { errorMessage, isAvailable, kiosk, type ProgressListener } from '../kiosk/kiosk-client';
import { IssueList, Notice, pickLang, ProgressBar, Row, Section, Unavailable } from './admin-controls';

type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; name: string; progress: number | null; step?: PackImportPhase }
  | { phase: 'done'; name: string; result: PackImportResult }
  | { phase: 'failed'; name: string; error: string };

export function PackSection() {
  const { t, lang } = useAdminT();
  const [status, setStatus] = useState<PackStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [job, setJob] = useState<ImportState>({ phase: 'idle' });
  const [rollback, setRollback] = useState<'idle' | 'running' | 'done'>('idle');
  const input = useRef<HTMLInputElement>(null);

  const refresh = useCallback(() => {
    kiosk['packs:status']().then(
      (s) => {
        setStatus(s);
        setError(null);
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  }, []);
  useEffect(refresh, [refresh]);

  const finish = (name: string, result: PackImportResult) => {
    setJob({ phase: 'done', name, result });
    if (result.status === 'imported') announcePackChanged();
    refresh();
  };

  /** Runs a zip import (an upload in browser mode, main's dialog in Electron), showing each phase. */
  const importZip = async (name: string, run: (onProgress: ProgressListener) => Promise<PackImportResult>) => {
    setRollback('idle');
    setJob({ phase: 'running', name, progress: 0, step: 'copy' });
    try {
      finish(name, await run((p) => setJob({ phase: 'running', name, progress: p.fraction, step: p.phase })));
    } catch (err) {
      setJob({ phase: 'failed', name, error: errorMessage(err) });
    }
  };

  const chooseFolder = async () => {
    setJob({ phase: 'running', name: t('pack.folder'), progress: null });
    try {
      finish(t('pack.folder'), await kiosk['packs:choose-folder']());
    } catch (err) {
      setJob({ phase: 'failed', name: t('pack.folder'), error: errorMessage(err) });
    }
  };

  const doRollback = async () => {
    setRollback('running');
    setJob({ phase: 'idle' });
    try {
      setStatus(await kiosk['packs:rollback']());
      setRollback('done');
      announcePackChanged();
    } catch (err) {
      setRollback('idle');
      setError(errorMessage(err));
    }
  };

  const active = status?.active;
  return (
    <div className="adm-grid" data-testid="section-pack">
      <Section title={t('pack.active')} testId="pack-status">
        {error && (
          <Notice kind="bad" testId="pack-error">
            {t('error', { message: error })}
          </Notice>
        )}
        {status && (
          <>
            {status.fallbackReason && (
              <Notice kind="warn" testId="pack-fallback">
                <strong>{t('pack.fallback')}</strong> {status.fallbackReason}
              </Notice>
            )}
            <dl className="adm-rows">
              <Row label={t('pack.id')} testId="pack-id">
                {active?.id ?? '—'}
              </Row>
              <Row label={t('pack.version')} testId="pack-version">
                {active?.version ?? '—'}
              </Row>
              <Row label={t('pack.name')}>{active ? pickLang(active.title, lang) : '—'}</Row>
              <Row label={t('pack.source')} testId="pack-source">
                {t(`pack.sources.${status.source}`)}
              </Row>
              <Row label={t('pack.lastGood')} testId="pack-last-good">
                {status.lastGood ? `${status.lastGood.id} ${status.lastGood.version}` : t('pack.none')}
              </Row>
            </dl>
            <h4 className="adm-subtitle">{t('pack.report')}</h4>
            {status.errors.length === 0 && status.warnings.length === 0 ? (
              <p className="adm-muted" data-testid="pack-report-clean">
                {t('pack.clean')}
              </p>
            ) : (
              <>
                <p className="adm-muted">
                  {t('pack.counts', { errors: status.errors.length, warnings: status.warnings.length })}
                </p>
                <IssueList items={status.errors} kind="bad" testId="pack-errors" />
                <IssueList items={status.warnings} kind="warn" testId="pack-warnings" />
              </>
            )}
            <div className="adm-actions">
              <button
                type="button"
                className="adm-btn"
                data-testid="pack-rollback"
                disabled={!status.lastGood || rollback === 'running'}
                onClick={() => void doRollback()}
              >
                {t('pack.rollback')}
              </button>
              {rollback === 'done' && (
                <Notice kind="ok" testId="pack-rollback-done">
                  {t('pack.rolledBack')}
                </Notice>
              )}
            </div>
          </>
        )}
      </Section>

      <Section title={t('pack.import')} testId="pack-import">
        <p className="adm-muted">{t('pack.importHelp')}</p>
        <div className="adm-actions">
          {isAvailable('packs:choose-zip') ? (
            <button
              type="button"
              className="adm-btn adm-btn--strong"
              data-testid="pack-choose-zip"
              disabled={job.phase === 'running'}
              onClick={() => void importZip(t('pack.zip'), (onProgress) => kiosk.chooseZip(onProgress))}
            >
              {t('pack.chooseZip')}
            </button>
          ) : (
            <label className={`adm-btn adm-btn--strong${job.phase === 'running' ? ' adm-btn--disabled' : ''}`}>
              {t('pack.chooseZip')}
              <input
                ref={input}
                className="visually-hidden"
                type="file"
                accept=".zip"
                data-testid="pack-file"
                disabled={job.phase === 'running'}
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  e.currentTarget.value = '';
                  if (file) void importZip(file.name, (onProgress) => kiosk.importZip(file, onProgress));
                }}
              />
            </label>
          )}
          {isAvailable('packs:choose-folder') ? (
            <button
              type="button"
              className="adm-btn"
              data-testid="pack-choose-folder"
              disabled={job.phase === 'running'}
              onClick={() => void chooseFolder()}
            >
              {t('pack.chooseFolder')}
            </button>
          ) : (
            <span className="adm-inline">
              <span className="adm-muted">{t('pack.chooseFolder')}:</span>{' '}
              <Unavailable testId="pack-choose-folder-unavailable" />
            </span>
          )}
        </div>
        {job.phase !== 'idle' && (
          <div className="adm-job" data-testid="pack-job">
            <p className="adm-job__name">{job.name}</p>
            <ProgressBar
              label={t('pack.progress')}
              testId="pack-progress"
              value={job.phase === 'running' ? job.progress : 1}
            />
            {job.phase === 'running' && (
              <p className="adm-muted" data-testid="pack-phase" data-phase={job.step ?? ''}>
                {job.step ? t(`pack.phases.${job.step}`) : t('pack.importing')}
              </p>
            )}
            {job.phase === 'failed' && (
              <Notice kind="bad" testId="pack-import-failed">
                {t('error', { message: job.error })}
              </Notice>
            )}
            {job.phase === 'done' && job.result.status === 'imported' && (
              <Notice kind="ok" testId="pack-imported">
                {t('pack.imported', { id: job.result.pack.id, version: job.result.pack.version })}
                <IssueList items={job.result.warnings} kind="warn" />
              </Notice>
            )}
            {job.phase === 'done' && job.result.status === 'refused' && (
              <Notice kind="bad" testId="pack-refused">
                <strong>{t('pack.refused')}</strong>
                <IssueList items={job.result.errors} kind="bad" testId="pack-refused-errors" />
                <IssueList items={job.result.warnings} kind="warn" />
              </Notice>
            )}
            {job.phase === 'done' && job.result.status === 'cancelled' && (
              <p className="adm-muted">{t('pack.cancelled')}</p>
            )}
          </div>
        )}
      </Section>
    </div>
  );
}
