/** The admin panel: tabs down the side, one section at a time. */
import { useState } from 'react';
import type { Pack } from '../../../main/core/pack/schema';
import { useAdminT } from './admin-i18n';
import { BoothSection } from './BoothSection';
import { KioskSection } from './KioskSection';
import { LeadsSection } from './LeadsSection';
import { LogsSection } from './LogsSection';
import { PackSection } from './PackSection';
import { PreflightSection } from './PreflightSection';
import { SettingsSection } from './SettingsSection';
import { StatsSection } from './StatsSection';

const TABS = ['pack', 'settings', 'stats', 'leads', 'booth', 'preflight', 'logs', 'kiosk'] as const;
type Tab = (typeof TABS)[number];
const ICONS: Record<Tab, string> = {
  pack: '▣',
  settings: '⚙',
  stats: '▤',
  leads: '✉',
  booth: '⧉',
  preflight: '✓',
  logs: '☰',
  kiosk: '⏻',
};

export function AdminPanel({ pack, onChangePin }: { pack: Pack | null; onChangePin: () => void }) {
  const { t } = useAdminT();
  const [tab, setTab] = useState<Tab>('pack');
  return (
    <div className="adm-panel" data-testid="admin-panel">
      <nav className="adm-tabs" role="tablist" aria-label={t('title')} aria-orientation="vertical">
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`adm-tab-${id}`}
            aria-selected={tab === id}
            aria-controls="adm-tabpanel"
            className={`adm-tab${tab === id ? ' adm-tab--on' : ''}`}
            data-testid={`admin-tab-${id}`}
            onClick={() => setTab(id)}
          >
            <span className="adm-tab__icon" aria-hidden="true">
              {ICONS[id]}
            </span>
            {t(`tabs.${id}`)}
          </button>
        ))}
      </nav>
      <div className="adm-content" id="adm-tabpanel" role="tabpanel" aria-labelledby={`adm-tab-${tab}`}>
        {tab === 'pack' && <PackSection />}
        {tab === 'settings' && <SettingsSection pack={pack} />}
        {tab === 'stats' && <StatsSection pack={pack} />}
        {tab === 'leads' && <LeadsSection />}
        {tab === 'booth' && <BoothSection pack={pack} />}
        {tab === 'preflight' && <PreflightSection />}
        {tab === 'logs' && <LogsSection />}
        {tab === 'kiosk' && <KioskSection onChangePin={onChangePin} />}
      </div>
    </div>
  );
}
