import { useTranslation } from 'react-i18next';
import { useInterest, type InterestItem } from '../kiosk/interest';
import { recordStat } from '../kiosk/stats';
import { useOptionalPackHead } from '../kiosk/store';
import { Icon } from './Icon';
import { TapButton } from './TapButton';

/** "I'm interested" on an item; shown only when the pack states how the bureau takes leads. */
export function InterestButton({ item, className }: { item: InterestItem; className?: string }) {
  const { t } = useTranslation();
  const pack = useOptionalPackHead();
  const { open } = useInterest();
  if (!pack?.contact.leads) return null;
  return (
    <TapButton
      className={className ? `interest-button ${className}` : 'interest-button'}
      data-testid={`interest-${item.kind}-${item.id}`}
      onClick={() => {
        recordStat({ type: 'interest', kind: item.kind, id: item.id });
        open(item);
      }}
    >
      <Icon name="mail" />
      {t('leads.interested')}
    </TapButton>
  );
}
