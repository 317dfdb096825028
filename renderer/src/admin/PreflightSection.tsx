/** Pre-flight self-test: one button, a checklist with ✓/✗ and details. */
import { useState } from 'react';
import type { PreflightReport } from '../../../main/contract/ipc';
import { loadPack } from '../kiosk/pack-loader';
import { useAdminT } from './admin-i18n';
import { errorMessage, kiosk } from '../kiosk/kiosk-client';
import { runPagePreflight, type CheckResult } from './preflight';
import { Notice, Section } from './admin-controls';

export function PreflightSection() {
  const { t } = useAdminT();
  const [running, setRunning] = useState(false);
  const [results, setResults] = useState<CheckResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setRunning(true);
    setResults(null);
    setError(null);
    try {
      let main: PreflightReport | null = null;
      let mainError: string | null = null;
      try {
        main = await kiosk['system:preflight']();
      } catch (err) {
        mainError = errorMessage(err);
      }
      const pack = await loadPack().catch(() => null);
      setResults(await runPagePreflight(pack, main, mainError));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setRunning(false);
    }
  };

  const failed = results?.filter((r) => r.ok === false).length ?? 0;
  return (
    <div className="adm-grid adm-grid--one" data-testid="section-preflight">
      <Section title={t('preflight.title')}>
        <p className="adm-muted">{t('preflight.help')}</p>
        <div className="adm-actions">
          <button
            type="button"
            className="adm-btn adm-btn--strong"
            data-testid="preflight-run"
            disabled={running}
            onClick={() => void run()}
          >
            {running ? t('preflight.running') : t('preflight.run')}
          </button>
          {results && (
            <Notice kind={failed === 0 ? 'ok' : 'bad'} testId="preflight-verdict">
              {failed === 0 ? t('preflight.allOk') : t('preflight.failed', { count: failed })}
            </Notice>
          )}
        </div>
        {error && <Notice kind="bad">{t('error', { message: error })}</Notice>}
        {results && (
          <ul className="adm-checklist" data-testid="preflight-results">
            {results.map((r) => (
              <li
                key={r.id}
                className={`adm-check adm-check--${r.ok === null ? 'unknown' : r.ok ? 'ok' : 'bad'}`}
                data-testid={`preflight-${r.id}`}
                data-ok={String(r.ok)}
              >
                <span className="adm-check__mark" aria-hidden="true">
                  {r.ok === null ? '–' : r.ok ? '✓' : '✗'}
                </span>
                <div className="adm-check__body">
                  <span className="adm-check__label">
                    {t(r.label)}
                    <span className="visually-hidden">
                      {': '}
                      {r.ok === null ? t('preflight.unknown') : r.ok ? t('preflight.ok') : t('preflight.bad')}
                    </span>
                  </span>
                  {r.summary && <span className="adm-check__summary">{t(r.summary.key, r.summary.values)}</span>}
                  {r.details.length > 0 && (
                    <ul className="adm-check__details">
                      {r.details.slice(0, 20).map((d, i) => (
                        <li key={i}>{d}</li>
                      ))}
                      {r.details.length > 20 && <li>{t('preflight.more', { count: r.details.length - 20 })}</li>}
                    </ul>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
