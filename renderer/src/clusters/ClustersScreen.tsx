import { motion, useReducedMotionConfig } from 'framer-motion';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage, useNav, usePack, useText } from '../kiosk/store';
import { Screen } from '../ui/Screen';
import { TapButton } from '../ui/TapButton';
import { formatFigure } from '../kiosk/format';
import { clusterValue, orbitLayout } from './orbit-layout';
import './clusters-overview.css';
import { recordStat } from '../kiosk/stats';

/**
 * All clusters on rings by tier (first tier innermost), each circle sized by its output value;
 * the future industries ("5+X") on their own outer ring. Tapping a cluster opens its page.
 */
export function ClustersScreen() {
  const { t } = useTranslation('maps');
  const pack = usePack();
  const nav = useNav();
  const tx = useText();
  const { lang } = useLanguage();
  const reduced = useReducedMotionConfig();

  const tiers = useMemo(
    () =>
      pack.clusterTiers.map((tier) =>
        pack.clusters.filter((c) => c.tier === tier.id).map((c) => ({ id: c.id, value: clusterValue(c) })),
      ),
    [pack],
  );
  const layout = useMemo(() => orbitLayout(tiers, pack.futureIndustries), [tiers, pack.futureIndustries]);
  const tierOfRing = pack.clusterTiers.filter((tier) => pack.clusters.some((c) => c.tier === tier.id));
  const futureRing = pack.futureIndustries.length > 0 ? layout.rings.length - 1 : -1;

  return (
    <Screen testId="screen-clusters" className="clusters" label={t('clusters.heading')}>
      <div className="clusters__layout">
        <header className="clusters__header">
          <p className="eyebrow">{tx(pack.city.name)}</p>
          <h1 className="page-title">{t('clusters.heading')}</h1>
          <p className="clusters__intro">{t('clusters.intro')}</p>
          <ol className="clusters__legend">
            {tierOfRing.map((tier, i) => (
              <li key={tier.id} className={`clusters__tier clusters__tier--${i}`}>
                <span className="clusters__swatch" aria-hidden="true" />
                <span>
                  <strong>{tx(tier.name)}</strong>
                  <span className="clusters__tier-desc">{tx(tier.description)}</span>
                </span>
              </li>
            ))}
            {futureRing >= 0 && (
              <li className="clusters__tier clusters__tier--future">
                <span className="clusters__swatch" aria-hidden="true" />
                <span>
                  <strong>{t('clusters.future')}</strong>
                  <span className="clusters__tier-desc">{t('clusters.futureNote')}</span>
                </span>
              </li>
            )}
          </ol>
        </header>

        <div className="orbit" role="list">
          <svg className="orbit__rings" viewBox="0 0 100 100" aria-hidden="true">
            {layout.rings.map((r, i) => (
              <motion.circle
                key={i}
                className={i === futureRing ? 'orbit__ring orbit__ring--future' : 'orbit__ring'}
                cx={50}
                cy={50}
                r={r * 100}
                initial={reduced ? { opacity: 0 } : { opacity: 0, scale: 0.6 }}
                animate={{ opacity: 1, scale: 1 }}
                style={{ originX: 0.5, originY: 0.5 }}
                transition={{ duration: 0.8, delay: 0.1 + i * 0.15, ease: 'easeOut' }}
              />
            ))}
          </svg>
          <motion.div
            className="orbit__centre"
            initial={{ opacity: 0, scale: reduced ? 1 : 0.6 }}
            animate={{ opacity: 1, scale: 1 }}
            transition={{ duration: 0.6 }}
          >
            {tx(pack.city.name)}
          </motion.div>
          {layout.nodes.map((node, i) => {
            const cluster = pack.clusters.find((c) => c.id === node.id);
            const future = cluster ? undefined : pack.futureIndustries.find((f) => f.id === node.id);
            const style = {
              left: `${(node.x - node.r) * 100}%`,
              top: `${(node.y - node.r) * 100}%`,
              width: `${node.r * 200}%`,
              height: `${node.r * 200}%`,
            };
            const enter = {
              initial: reduced ? { opacity: 0 } : { opacity: 0, scale: 0.3 },
              animate: { opacity: 1, scale: 1 },
              transition: reduced
                ? { duration: 0.3, delay: 0.2 + i * 0.03 }
                : { type: 'spring' as const, stiffness: 260, damping: 20, delay: 0.35 + i * 0.06 },
            };
            if (cluster) {
              const value = cluster.figures.find((f) => f.unit === 'yuan');
              return (
                <motion.div key={node.id} className="orbit__slot" style={style} role="listitem" {...enter}>
                  <TapButton
                    className={`orbit__node orbit__node--tier${node.ring}`}
                    data-testid={`cluster-node-${node.id}`}
                    onClick={() => {
                      recordStat({ type: 'tap', kind: 'cluster', id: cluster.id });
                      nav.go({ name: 'cluster', id: cluster.id });
                    }}
                  >
                    <span className="orbit__name">{tx(cluster.name)}</span>
                    <span className="orbit__value">
                      {value ? formatFigure(value, lang, pack.pack.defaultLanguage) : t('clusters.noValue')}
                    </span>
                  </TapButton>
                </motion.div>
              );
            }
            return (
              <motion.div key={node.id} className="orbit__slot" style={style} role="listitem" {...enter}>
                <div
                  className={`orbit__future orbit__future--${future?.group ?? 'core'}`}
                  data-testid={`future-node-${node.id}`}
                >
                  <span className="orbit__group">
                    {future?.group === 'x' ? t('clusters.futureX') : t('clusters.futureCore')}
                  </span>
                  <span className="orbit__future-name">{future ? tx(future.name) : node.id}</span>
                </div>
              </motion.div>
            );
          })}
        </div>
      </div>
    </Screen>
  );
}
