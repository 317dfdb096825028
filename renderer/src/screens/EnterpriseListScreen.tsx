import { motion } from 'framer-motion';
import { useTranslation } from 'react-i18next';
import { useNav, usePack, useText } from '../app/store';
import { EnterpriseCard } from '../components/EnterpriseCard';
import { Screen, staggerVariants } from '../components/Screen';
import { TapButton } from '../components/TapButton';
import { clustersWithEnterprises } from '../lib/enterprise';

/** All enterprises as a grid of cards, optionally narrowed to one industrial cluster. */
export function EnterpriseListScreen({ cluster }: { cluster?: string }) {
  const { t } = useTranslation();
  const pack = usePack();
  const nav = useNav();
  const tx = useText();
  const clusters = clustersWithEnterprises(pack);
  const active = clusters.some((c) => c.id === cluster) ? cluster : undefined;
  const list = active ? pack.enterprises.filter((e) => e.clusters.includes(active)) : pack.enterprises;
  const setFilter = (id?: string) => nav.replace({ name: 'enterprises', cluster: id });

  return (
    <Screen testId="screen-enterprises" className="list" label={t('enterprises.heading')}>
      <div className="list__scroll scroll-area">
        <header className="list__header">
          <div>
            <p className="eyebrow">{tx(pack.city.name)}</p>
            <h1 className="page-title">{t('enterprises.heading')}</h1>
          </div>
          <p className="list__count">
            <span>{t('enterprises.count', { count: list.length })}</span>
            <span className="list__hint">{t('enterprises.intro')}</span>
          </p>
        </header>

        {clusters.length > 1 && (
          <div className="chips" role="group" aria-label={t('enterprises.filterLabel')}>
            <TapButton
              className={!active ? 'chip is-active' : 'chip'}
              data-testid="filter-all"
              aria-pressed={!active}
              onClick={() => setFilter(undefined)}
            >
              {t('enterprises.all')}
            </TapButton>
            {clusters.map((c) => (
              <TapButton
                key={c.id}
                className={active === c.id ? 'chip is-active' : 'chip'}
                data-testid={`filter-${c.id}`}
                aria-pressed={active === c.id}
                onClick={() => setFilter(c.id)}
              >
                {tx(c.name)}
              </TapButton>
            ))}
          </div>
        )}

        {list.length === 0 ? (
          <p className="empty-note">{t('enterprises.empty')}</p>
        ) : (
          <motion.div
            key={active ?? 'all'}
            className="card-grid"
            variants={staggerVariants}
            initial="hidden"
            animate="show"
          >
            {list.map((e) => (
              <EnterpriseCard key={e.id} enterprise={e} onOpen={() => nav.go({ name: 'enterprise', id: e.id })} />
            ))}
          </motion.div>
        )}
      </div>
    </Screen>
  );
}
