import { motion } from 'framer-motion';
import { useTranslation } from 'react-i18next';
import type { FutureIndustry } from '../../../main/core/pack/schema';
import { useNav, usePack, useText } from '../kiosk/store';
import { riseVariants, Screen, staggerVariants } from '../ui/Screen';
import { TapButton } from '../ui/TapButton';
import { recordStat } from '../kiosk/stats';
import { InterestButton } from '../ui/InterestButton';

/** Future industries, "5+X": the five core industries and the X extensions, with summaries. */
export function FutureIndustriesScreen() {
  const { t } = useTranslation();
  const pack = usePack();
  const tx = useText();
  const core = pack.futureIndustries.filter((f) => f.group === 'core');
  const x = pack.futureIndustries.filter((f) => f.group === 'x');

  return (
    <Screen testId="screen-future" className="future" label={t('future.heading')}>
      <div className="future__scroll scroll-area" tabIndex={0}>
        <motion.header className="future__header" variants={staggerVariants} initial="hidden" animate="show">
          <motion.p className="eyebrow" variants={riseVariants}>
            {tx(pack.city.name)}
          </motion.p>
          <motion.h1 className="page-title" variants={riseVariants}>
            {t('future.heading')}
          </motion.h1>
          {pack.futurePlan && (
            <motion.p className="future__plan" variants={riseVariants} data-testid="future-plan">
              {tx(pack.futurePlan.name)}
            </motion.p>
          )}
          <motion.p className="future__intro" variants={riseVariants}>
            {pack.futurePlan?.summary ? tx(pack.futurePlan.summary) : t('future.intro', { core: core.length })}
          </motion.p>
        </motion.header>

        {core.length > 0 && (
          <section className="future__group" aria-labelledby="future-core">
            <h2 className="section-title" id="future-core">
              <span className="future__badge" aria-hidden="true">
                {core.length}
              </span>
              {t('future.core')}
            </h2>
            <motion.ol
              className="future-grid future-grid--core"
              variants={staggerVariants}
              initial="hidden"
              animate="show"
            >
              {core.map((f, i) => (
                <IndustryCard key={f.id} industry={f} index={i + 1} />
              ))}
            </motion.ol>
          </section>
        )}

        {x.length > 0 && (
          <section className="future__group" aria-labelledby="future-x">
            <h2 className="section-title" id="future-x">
              <span className="future__badge future__badge--x" aria-hidden="true">
                X
              </span>
              {t('future.x')}
            </h2>
            <motion.ul
              className="future-grid future-grid--x"
              variants={staggerVariants}
              initial="hidden"
              animate="show"
            >
              {x.map((f) => (
                <IndustryCard key={f.id} industry={f} />
              ))}
            </motion.ul>
          </section>
        )}
      </div>
    </Screen>
  );
}

function IndustryCard({ industry, index }: { industry: FutureIndustry; index?: number }) {
  const { t } = useTranslation();
  const pack = usePack();
  const nav = useNav();
  const tx = useText();
  const enterprises = pack.enterprises.filter((e) => e.futureIndustries.includes(industry.id));
  return (
    <motion.li
      className={`future-card future-card--${industry.group}`}
      data-testid={`future-${industry.id}`}
      variants={riseVariants}
    >
      {index !== undefined && (
        <span className="future-card__index" aria-hidden="true">
          {String(index).padStart(2, '0')}
        </span>
      )}
      <h3 className="future-card__name">{tx(industry.name)}</h3>
      {industry.summary && <p className="future-card__summary">{tx(industry.summary)}</p>}
      <InterestButton item={{ kind: 'future-industry', id: industry.id, title: industry.name }} />
      {enterprises.length > 0 && (
        <div className="future-card__links" role="group" aria-label={t('future.enterprises')}>
          {enterprises.map((e) => (
            <TapButton
              key={e.id}
              className="chip chip--link"
              onClick={() => {
                recordStat({ type: 'tap', kind: 'enterprise', id: e.id });
                nav.go({ name: 'enterprise', id: e.id });
              }}
            >
              {tx(e.shortName ?? e.name)}
            </TapButton>
          ))}
        </div>
      )}
    </motion.li>
  );
}
