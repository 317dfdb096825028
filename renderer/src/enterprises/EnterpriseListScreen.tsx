import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage, useNav, usePack, useText } from '../kiosk/store';
import { Screen } from '../ui/Screen';
import { Icon } from '../ui/Icon';
import { TapButton } from '../ui/TapButton';
import { clustersWithEnterprises, districtsWithEnterprises } from '../kiosk/enterprise';
import { compareByIndex, INDEX_LETTERS, indexLetter, OTHER } from './initials';
import { recordStat } from '../kiosk/stats';
import { VirtualCardGrid, type VirtualCardGridHandle } from './VirtualCardGrid';
import { placeLeft, rememberPlace } from './place-left';

interface Filters {
  cluster?: string;
  district?: string;
}

/**
 * The enterprise directory: a grid of cards, narrowed by industrial cluster and by district, with
 * an A–Z index that jumps to the first name under a letter (pinyin initials for Chinese names,
 * first letters for Latin ones).
 */
export function EnterpriseListScreen({ cluster, district }: Filters) {
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
  const list = useMemo(() => narrowed.map((n) => n.enterprise), [narrowed]);
  // The first position of each letter in the list, in index order.
  const firstOf = useMemo(() => {
    const first = new Map<string, number>();
    narrowed.forEach((n, i) => {
      const l = indexLetter(n.name);
      if (!first.has(l)) first.set(l, i);
    });
    return first;
  }, [narrowed]);
  const indexLetters = firstOf.has(OTHER) ? [...INDEX_LETTERS, OTHER] : INDEX_LETTERS;
  const listKey = `${filters.cluster ?? ''}|${filters.district ?? ''}|${lang}`;

  // The scroll area as state: the grid needs it at its first layout, before an ancestor's ref is set.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const grid = useRef<VirtualCardGridHandle>(null);
  const [initialPlace] = useState(() => (nav.direction === -1 ? placeLeft(listKey) : undefined));
  // The letter jumped to, lit in the index until another is chosen or the list changes.
  const [jumped, setJumped] = useState<{ list: string; letter: string } | null>(null);
  const activeLetter = jumped?.list === listKey ? jumped.letter : undefined;

  const setFilters = (next: Filters) => nav.replace({ name: 'enterprises', ...next });
  const pickCluster = (id?: string) => {
    if (id) recordStat({ type: 'tap', kind: 'cluster', id });
    setFilters({ ...filters, cluster: id });
  };
  const pickDistrict = (id?: string) => {
    if (id) recordStat({ type: 'tap', kind: 'district', id });
    setFilters({ ...filters, district: id });
  };
  const jumpTo = (l: string) => {
    const index = firstOf.get(l);
    if (index === undefined) return;
    setJumped({ list: listKey, letter: l });
    grid.current?.scrollToItem(index);
  };
  const open = (id: string) => {
    const place = grid.current?.place();
    rememberPlace(listKey, place);
    nav.go({ name: 'enterprise', id });
  };

  return (
    <Screen testId="screen-enterprises" className="list" label={t('enterprises.heading')}>
      <div className="list__scroll scroll-area" ref={setScroller}>
        <header className="list__header">
          <div>
            <p className="eyebrow">{tx(pack.city.name)}</p>
            <h1 className="page-title">{t('enterprises.heading')}</h1>
          </div>
          <TapButton
            className="chrome-btn search-entry list__search"
            data-testid="list-search"
            onClick={() => nav.go({ name: 'search' })}
          >
            <Icon name="search" />
            {t('search.heading')}
          </TapButton>
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
            scroller && (
              <VirtualCardGrid
                key={listKey}
                items={list}
                scroller={scroller}
                handleRef={grid}
                initialPlace={initialPlace}
                entrance={!initialPlace}
                onOpen={(enterprise) => open(enterprise.id)}
              />
            )
          )}

          <nav className="az-index" aria-label={t('enterprises.azLabel')}>
            {indexLetters.map((l) => {
              const has = firstOf.has(l);
              return (
                <TapButton
                  key={l}
                  className={activeLetter === l ? 'az-index__letter is-active' : 'az-index__letter'}
                  data-testid={`az-${l === OTHER ? 'other' : l}`}
                  aria-current={activeLetter === l ? 'true' : undefined}
                  aria-label={l === OTHER ? t('enterprises.azOther') : t('enterprises.azLetter', { letter: l })}
                  disabled={!has}
                  tapScale={0.85}
                  onClick={() => jumpTo(l)}
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
