/**
 * Leads: what visitors left with "I'm interested", opened with the key the panel's PIN unlocked, a CSV
 * for the bureau's follow-up, and "delete all" behind a confirmation. Old leads go by themselves when
 * the pack's retention period ends; the tab says how long that is.
 */
import { useCallback, useEffect, useState } from 'react';
import type { LeadsView } from '../../../main/contract/ipc';
import { kiosk } from '../kiosk/kiosk-client';
import { languageNameIn } from '../kiosk/language-names';
import { useAdminT } from './admin-i18n';
import { leadsCsvHeader } from './csv-headers';
import { formatWait } from './PinPad';
import {
  ConfirmButton,
  ExportOutcome,
  Notice,
  RefreshAndExport,
  Section,
  showAnswer,
  useExport,
} from './admin-controls';

export function LeadsSection() {
  const { t, lang } = useAdminT();
  const [view, setView] = useState<LeadsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const exported = useExport(setError);

  // Opening the tab also deletes what is past the retention (the shells do it hourly); a refresh only reads.
  const load = useCallback(
    (purge?: true) => showAnswer(purge ? kiosk['leads:list']({ purge }) : kiosk['leads:list'](), setView, setError),
    [],
  );
  useEffect(() => load(true), [load]);

  const deleteAll = () => {
    kiosk['leads:delete-all']().then(
      () => load(),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  };

  return (
    <div className="adm-grid adm-grid--one" data-testid="section-leads">
      <Section title={t('leads.title')}>
        <p className="adm-muted" data-testid="leads-retention">
          {view?.retentionDays == null ? t('leads.noPolicy') : t('leads.help', { count: view.retentionDays })}
        </p>
        <div className="adm-range">
          <RefreshAndExport
            testIdPrefix="leads-"
            refreshLabel={t('leads.refresh')}
            exportLabel={t('leads.export')}
            exporting={exported.running}
            onRefresh={() => load()}
            onExport={() => void exported.run(() => kiosk['leads:export-csv'](leadsCsvHeader(t)))}
          />
        </div>
        <ExportOutcome
          result={exported.result}
          testIdPrefix="leads-"
          written={t('leads.exported')}
          cancelled={t('leads.exportCancelled')}
        >
          {exported.result?.status === 'written' && (
            <>
              {' '}
              <code data-testid="leads-export-file">
                {exported.result.folder}/{exported.result.files[0]}
              </code>
            </>
          )}
        </ExportOutcome>
        {error && (
          <Notice kind="bad" testId="leads-error">
            {t('error', { message: error })}
          </Notice>
        )}
        {view?.locked && (
          <Notice kind="warn" testId="leads-locked">
            {view.retryAfterMs === null
              ? t('leads.locked')
              : t('leads.pinLocked', { time: formatWait(view.retryAfterMs) })}
          </Notice>
        )}
        {view && view.unreadable > 0 && (
          <Notice kind="warn" testId="leads-unreadable">
            {t('leads.unreadable', { count: view.unreadable })}
          </Notice>
        )}
      </Section>
      {view && !view.locked && view.leads.length === 0 && (
        <p className="adm-muted adm-empty" data-testid="leads-none">
          {t('leads.none')}
        </p>
      )}
      {view && view.leads.length > 0 && (
        <table className="adm-table" data-testid="leads-table">
          <thead>
            <tr>
              <th scope="col">{t('leads.columns.reference')}</th>
              <th scope="col">{t('leads.columns.time')}</th>
              <th scope="col">{t('leads.columns.item')}</th>
              <th scope="col">{t('leads.columns.language')}</th>
              <th scope="col">{t('leads.columns.visitor')}</th>
            </tr>
          </thead>
          <tbody>
            {view.leads.map((lead) => (
              <tr key={`${lead.at}-${lead.reference}`} data-testid="leads-row">
                <td>
                  <code>{lead.reference}</code>
                </td>
                <td>
                  {new Date(lead.at).toLocaleString(lang)}
                  {lead.kiosk && (
                    <small className="adm-block adm-muted" data-testid="leads-kiosk">
                      {t('leads.fromKiosk', { name: lead.kiosk })}
                    </small>
                  )}
                </td>
                <td>{lead.item.title}</td>
                {/* The visitor's language by its name in the panel's language, never its code. */}
                <td>{languageNameIn(lead.language, lang)}</td>
                <td>
                  {lead.name}
                  {lead.organisation && ` · ${lead.organisation}`}
                  <br />
                  <span className="adm-muted">{lead.contact}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Section title={t('leads.deleteTitle')}>
        <p className="adm-muted">{t('leads.deleteHelp')}</p>
        <div className="adm-actions">
          <ConfirmButton
            label={t('leads.delete')}
            confirmLabel={t('leads.deleteConfirm')}
            testId="leads-delete"
            onConfirm={deleteAll}
          />
        </div>
      </Section>
    </div>
  );
}
