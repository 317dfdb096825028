import { motion, useReducedMotionConfig } from 'framer-motion';
import { useTranslation } from 'react-i18next';
import { useNav, usePack, useText } from '../kiosk/store';
import { FigureTile } from '../ui/FigureTile';
import { Icon } from '../ui/Icon';
import { Screen } from '../ui/Screen';
import { TapButton } from '../ui/TapButton';
import { chainColumns } from './chain-columns';
import './cluster-chain.css';
import { recordStat } from '../kiosk/stats';

/**
 * One cluster: its figures and its industrial chain, upstream → midstream → downstream. Links with
 * local enterprises list them (tap → profile); a link the pack declares an investment target says
 * so, in the source's words; any other link reads neutrally: nobody is listed there yet.
 */
export function ClusterScreen({ id }: { id: string }) {
  const { t } = useTranslation('maps');
  const pack = usePack();
  const nav = useNav();
  const tx = useText();
  const reduced = useReducedMotionConfig();
  const cluster = pack.clusters.find((c) => c.id === id);

  if (!cluster) {
    return (
      <Screen testId="screen-cluster" className="cluster" label={t('cluster.notFound')}>
        <p className="empty-note">{t('cluster.notFound')}</p>
      </Screen>
    );
  }

  const tier = pack.clusterTiers.find((x) => x.id === cluster.tier);
  const columns = chainColumns(pack, cluster);
  const links = columns.flatMap((c) => c.links);
  const targets = links.filter((l) => l.state === 'target').length;
  const open = links.filter((l) => l.state === 'open').length;
  let order = 0;

  return (
    <Screen testId="screen-cluster" className="cluster" label={tx(cluster.name)}>
      <div className="cluster__scroll scroll-area">
        <header className="cluster__header">
          <div className="cluster__intro">
            {tier && <p className="eyebrow">{tx(tier.name)}</p>}
            <h1 className="page-title">{tx(cluster.name)}</h1>
            <p className="cluster__summary">{tx(cluster.summary)}</p>
          </div>
          {cluster.figures.length > 0 && (
            <motion.div className="cluster__figures" initial="hidden" animate="show">
              {cluster.figures.map((f, i) => (
                <FigureTile key={i} figure={f} size="small" accent={i % 2 ? 'amber' : 'teal'} />
              ))}
            </motion.div>
          )}
        </header>

        <section className="chain" aria-label={t('cluster.chain')}>
          <div className="chain__head">
            <h2 className="section-title">{t('cluster.chain')}</h2>
            {cluster.chain?.illustrative && (
              <p className="chain__illustrative" data-testid="chain-illustrative">
                <strong>{t('cluster.illustrative')}</strong>
              </p>
            )}
          </div>
          {links.length === 0 ? (
            <p className="empty-note">{t('cluster.noChain')}</p>
          ) : (
            <>
              <div className="chain__summary">
                {targets > 0 ? (
                  <p data-testid="chain-summary">
                    {t('cluster.targetSummary', { count: targets, total: links.length })}
                  </p>
                ) : (
                  open === 0 && <p data-testid="chain-summary">{t('cluster.noGaps')}</p>
                )}
                <span className="chain__legend">
                  <span className="chain__key chain__key--local" aria-hidden="true" />
                  {t('cluster.legendLocal')}
                  {targets > 0 && (
                    <>
                      <span className="chain__key chain__key--target" aria-hidden="true" />
                      {t('cluster.legendTarget')}
                    </>
                  )}
                  {open > 0 && (
                    <>
                      <span className="chain__key chain__key--open" aria-hidden="true" />
                      {t('cluster.legendOpen')}
                    </>
                  )}
                </span>
              </div>
              <div className={`chain__columns chain__columns--${columns.length}`}>
                {columns.map((col, c) => (
                  <div key={col.stage} className={`chain__stage chain__stage--${col.stage}`}>
                    <motion.h3
                      className="chain__stage-title"
                      initial={{ opacity: 0 }}
                      animate={{ opacity: 1 }}
                      transition={{ delay: 0.15 + c * 0.2 }}
                    >
                      <span className="chain__stage-index">{c + 1}</span>
                      {t(`cluster.stage.${col.stage}`)}
                    </motion.h3>
                    {c < columns.length - 1 && (
                      <motion.span
                        className="chain__arrow"
                        aria-hidden="true"
                        initial={{ opacity: 0, x: reduced ? 0 : -16 }}
                        animate={{ opacity: 1, x: 0 }}
                        transition={{ delay: 0.5 + c * 0.25, duration: 0.4 }}
                      >
                        <Icon name="arrow" />
                      </motion.span>
                    )}
                    <div className="chain__links">
                      {col.links.map((link) => {
                        const delay = 0.25 + order++ * 0.08;
                        return (
                          <motion.article
                            key={link.index}
                            className={`chain-link chain-link--${link.state}`}
                            data-testid={`chain-link-${link.index}`}
                            data-state={link.state}
                            initial={{ opacity: 0, y: reduced ? 0 : 20 }}
                            animate={{ opacity: 1, y: 0 }}
                            transition={{ delay, type: 'spring', stiffness: 260, damping: 28 }}
                          >
                            <h4 className="chain-link__name">{tx(link.name)}</h4>
                            {link.state === 'target' && (
                              <p className="chain-link__target" data-testid="chain-target">
                                <span className="chain-link__badge">{t('cluster.target')}</span>
                                <span>{link.target?.note ? tx(link.target.note) : t('cluster.targetNote')}</span>
                              </p>
                            )}
                            {link.state === 'open' && (
                              <p className="chain-link__open" data-testid="chain-open">
                                {t('cluster.openNote')}
                              </p>
                            )}
                            {link.enterprises.length > 0 && (
                              <div className="chain-link__enterprises">
                                {link.enterprises.map((e) => (
                                  <TapButton
                                    key={e.id}
                                    className="chain-link__enterprise"
                                    data-testid={`chain-enterprise-${e.id}`}
                                    onClick={() => {
                                      recordStat({ type: 'tap', kind: 'enterprise', id: e.id });
                                      nav.go({ name: 'enterprise', id: e.id });
                                    }}
                                  >
                                    <span>{tx(e.shortName ?? e.name)}</span>
                                    <Icon name="arrow" />
                                  </TapButton>
                                ))}
                              </div>
                            )}
                          </motion.article>
                        );
                      })}
                    </div>
                  </div>
                ))}
              </div>
            </>
          )}
        </section>
      </div>
    </Screen>
  );
}
