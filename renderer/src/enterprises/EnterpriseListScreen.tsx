import { motion } from 'framer-motion';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage, useNav, usePack, useText } from '../kiosk/store';
import { EnterpriseCard } from './EnterpriseCard';
import { Screen, staggerVariants } from '../ui/Screen';
import { TapButton } from '../ui/TapButton';
import { clustersWithEnterprises, districtsWithEnterprises } from '../kiosk/enterprise';
import { compareByIndex, INDEX_LETTERS, indexLetter, OTHER } from './initials';
import { recordStat } from '../kiosk/stats';

interface Filters {
  cluster?: string;
  district?: string;
  letter?: string;
}

/**
 * The enterprise directory: a grid of cards, narrowed by industrial cluster, by district and by the
 * A–Z index (pinyin initials for Chinese names, first letters for Latin ones).
 */
export function EnterpriseListScreen({ cluster, district, letter }: Filters) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const pack = usePack();
  const nav = useNav();
  const tx = useText();
  const clusters = clustersWithEnterprises(pack);
  const districts = districtsWithEnterprises(pack);
  const filters: Filters = {
    cluster: clusters.some((c) => c.id === cluster) ? cluster : undefined,
    district: districts.some((d) => d.id === district) ? district : undefined,
  };

  // Enterprises after the cluster and district filters, in index order for this language.
  const narrowed = useMemo(
    () =>
      pack.enterprises
        .filter((e) => !filters.cluster || e.clusters.includes(filters.cluster))
        .filter((e) => !filters.district || e.district === filters.district)
        .map((e) => ({ enterprise: e, name: tx(e.name) }))
        .sort((a, b) => compareByIndex(a.name, b.name, lang)),
    [pack.enterprises, filters.cluster, filters.district, tx, lang],
  );
  const letters = useMemo(() => new Set(narrowed.map((n) => indexLetter(n.name))), [narrowed]);
  const activeLetter = letter && letters.has(letter) ? letter : undefined;
  const list = activeLetter ? narrowed.filter((n) => indexLetter(n.name) === activeLetter) : narrowed;
  const indexLetters = letters.has(OTHER) ? [...INDEX_LETTERS, OTHER] : INDEX_LETTERS;

  const setFilters = (next: Filters) => nav.replace({ name: 'enterprises', ...next });
  const pickCluster = (id?: string) => {
    if (id) recordStat({ type: 'tap', kind: 'cluster', id });
    setFilters({ ...filters, cluster: id, letter: activeLetter });
  };
  const pickDistrict = (id?: string) => {
    if (id) recordStat({ type: 'tap', kind: 'district', id });
    setFilters({ ...filters, district: id, letter: activeLetter });
  };
  const pickLetter = (l: string) => setFilters({ ...filters, letter: activeLetter === l ? undefined : l });

  return (
    <Screen testId="screen-enterprises" className="list" label={t('enterprises.heading')}>
      <div className="list__scroll scroll-area">
        <header className="list__header">
          <div>
            <p className="eyebrow">{tx(pack.city.name)}</p>
            <h1 className="page-title">{t('enterprises.heading')}</h1>
          </div>
          <p className="list__count">
            <span data-testid="enterprise-count">{t('enterprises.count', { count: list.length })}</span>
            <span className="list__hint">{t('enterprises.intro')}</span>
          </p>
        </header>

        <div className="filters">
          {clusters.length > 1 && (
            <div className="filter-row">
              <span className="filter-row__label" id="filter-cluster-label">
                {t('enterprises.byCluster')}
              </span>
              <div className="chips" role="group" aria-labelledby="filter-cluster-label">
                <TapButton
                  className={!filters.cluster ? 'chip is-active' : 'chip'}
                  data-testid="filter-all"
                  aria-pressed={!filters.cluster}
                  onClick={() => pickCluster(undefined)}
                >
                  {t('enterprises.all')}
                </TapButton>
                {clusters.map((c) => (
                  <TapButton
                    key={c.id}
                    className={filters.cluster === c.id ? 'chip is-active' : 'chip'}
                    data-testid={`filter-${c.id}`}
                    aria-pressed={filters.cluster === c.id}
                    onClick={() => pickCluster(c.id)}
                  >
                    {tx(c.name)}
                  </TapButton>
                ))}
              </div>
            </div>
          )}

          {districts.length > 1 && (
            <div className="filter-row">
              <span className="filter-row__label" id="filter-district-label">
                {t('enterprises.byDistrict')}
              </span>
              <div className="chips" role="group" aria-labelledby="filter-district-label">
                <TapButton
                  className={!filters.district ? 'chip is-active' : 'chip'}
                  data-testid="district-all"
                  aria-pressed={!filters.district}
                  onClick={() => pickDistrict(undefined)}
                >
                  {t('enterprises.allDistricts')}
                </TapButton>
                {districts.map((d) => (
                  <TapButton
                    key={d.id}
                    className={filters.district === d.id ? 'chip is-active' : 'chip'}
                    data-testid={`district-${d.id}`}
                    aria-pressed={filters.district === d.id}
                    onClick={() => pickDistrict(d.id)}
                  >
                    {tx(d.name)}
                  </TapButton>
                ))}
              </div>
            </div>
          )}
        </div>

        <div className="list__body">
          {list.length === 0 ? (
            <p className="empty-note">{t('enterprises.empty')}</p>
          ) : (
            <motion.div
              key={`${filters.cluster ?? ''}|${filters.district ?? ''}|${activeLetter ?? ''}|${lang}`}
              className="card-grid"
              variants={staggerVariants}
              initial="hidden"
              animate="show"
            >
              {list.map(({ enterprise }) => (
                <EnterpriseCard
                  key={enterprise.id}
                  enterprise={enterprise}
                  onOpen={() => nav.go({ name: 'enterprise', id: enterprise.id })}
                />
              ))}
            </motion.div>
          )}

          <nav className="az-index" aria-label={t('enterprises.azLabel')}>
            {indexLetters.map((l) => {
              const has = letters.has(l);
              return (
                <TapButton
                  key={l}
                  className={activeLetter === l ? 'az-index__letter is-active' : 'az-index__letter'}
                  data-testid={`az-${l === OTHER ? 'other' : l}`}
                  aria-pressed={activeLetter === l}
                  aria-label={l === OTHER ? t('enterprises.azOther') : t('enterprises.azLetter', { letter: l })}
                  disabled={!has}
                  tapScale={0.85}
                  onClick={() => pickLetter(l)}
                >
                  {l}
                </TapButton>
              );
            })}
          </nav>
        </div>
      </div>
    </Screen>
  );
}
