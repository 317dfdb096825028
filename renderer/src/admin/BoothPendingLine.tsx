/** One line on a kiosk's pending pack version: none, on its way, ready, refused or rolled back (and why). */
import type { BoothPending } from '../../../main/contract/booth';
import { useAdminT } from './admin-i18n';
import { IssueList } from './admin-controls';

export function PendingLine({ pending, testId }: { pending: BoothPending; testId?: string }) {
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
