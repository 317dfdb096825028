import { AnimatePresence, motion } from 'framer-motion';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enterprise, Pack } from '../../../main/core/pack/schema';
import { useNav, usePack, useText } from '../kiosk/store';
import { FigureTile } from '../ui/FigureTile';
import { Icon } from '../ui/Icon';
import { Screen, staggerVariants } from '../ui/Screen';
import { TapButton } from '../ui/TapButton';
import { clustersWithEnterprises } from '../kiosk/enterprise';
import { recordStat } from '../kiosk/stats';
import { afterPaint } from '../kiosk/yield';
import { DistrictMap } from './DistrictMap';
import { districtCounts, placeItems, type Placement } from './pin-placement';
import { resolveFigure, WorldMap } from './WorldMap';
import './map-screen.css';
import './district-map.css';
import './world-map.css';
import { InterestButton } from '../ui/InterestButton';

type View = 'city' | 'world';

const panelVariants = {
  hidden: { opacity: 0, x: 24 },
  show: { opacity: 1, x: 0, transition: { type: 'spring' as const, stiffness: 260, damping: 30 } },
  exit: { opacity: 0, transition: { duration: 0.15 } },
};

/** The industry map: districts, parks and enterprises, a cluster filter, and the city in the world. */
export function MapScreen() {
  const { t } = useTranslation('maps');
  const pack = usePack();
  const tx = useText();
  const nav = useNav();
  const map = pack.map;
  const [view, setView] = useState<View>('city');
  const [cluster, setCluster] = useState<string | undefined>();
  const [selected, setSelected] = useState<string | null>(null);
  const [pin, setPin] = useState<string | null>(null);

  const drawn = useMemo(() => new Set(map?.districts.map((d) => d.district) ?? []), [map]);
  const placement = useMemo(() => placeItems(pack, drawn), [pack, drawn]);
  const counts = useMemo(() => districtCounts(placement.placed, cluster), [placement, cluster]);
  const clusters = clustersWithEnterprises(pack);
  const city = tx(pack.city.name);
  const pinned = pin ? pack.enterprises.find((e) => e.id === pin) : undefined;

  const select = (district: string | null) => {
    if (district) recordStat({ type: 'tap', kind: 'district', id: district });
    setSelected(district);
    setPin(null);
  };
  /**
   * A pin on the map or an enterprise in the side panel: its preview card, a frame after the press
   * (the card and the pin's highlight repaint the map's markers, which the press would wait for).
   */
  const openPin = (enterprise: string) => {
    recordStat({ type: 'tap', kind: 'enterprise', id: enterprise });
    afterPaint(() => setPin(enterprise));
  };
  const filter = (id: string | undefined) => {
    if (id) recordStat({ type: 'tap', kind: 'cluster', id });
    // The chip's press first, then the map recolours (a repaint of the districts).
    afterPaint(() => setCluster(id));
  };

  return (
    <Screen testId="screen-map" className="mapscreen" label={t('map.heading')} keepMotion>
      <div className={`mapscreen__layout mapscreen__layout--${view}`}>
        <header className="mapscreen__header">
          <div>
            <p className="eyebrow">{city}</p>
            <h1 className="page-title">{t('map.heading')}</h1>
          </div>
          {map?.world && (
            <div className="segmented" role="group" aria-label={t('map.views')}>
              <TapButton
                className={view === 'city' ? 'segmented__btn is-active' : 'segmented__btn'}
                data-testid="map-city"
                aria-pressed={view === 'city'}
                // The press first, then the other map (drawn anew: the touch's answer would wait for it).
                onClick={() => afterPaint(() => setView('city'))}
              >
                {t('map.viewCity', { city })}
              </TapButton>
              <TapButton
                className={view === 'world' ? 'segmented__btn is-active' : 'segmented__btn'}
                data-testid="map-world"
                aria-pressed={view === 'world'}
                onClick={() =>
                  afterPaint(() => {
                    setView('world');
                    setPin(null);
                  })
                }
              >
                {t('map.viewWorld', { city })}
              </TapButton>
            </div>
          )}
        </header>

        {view === 'city' ? (
          <>
            {clusters.length > 1 && (
              <div className="chips mapscreen__filters" role="group" aria-label={t('map.filterLabel')}>
                <TapButton
                  className={!cluster ? 'chip is-active' : 'chip'}
                  data-testid="map-filter-all"
                  aria-pressed={!cluster}
                  onClick={() => filter(undefined)}
                >
                  {t('map.all')}
                </TapButton>
                {clusters.map((c) => (
                  <TapButton
                    key={c.id}
                    className={cluster === c.id ? 'chip is-active' : 'chip'}
                    data-testid={`map-filter-${c.id}`}
                    aria-pressed={cluster === c.id}
                    onClick={() => filter(cluster === c.id ? undefined : c.id)}
                  >
                    {tx(c.name)}
                  </TapButton>
                ))}
              </div>
            )}
            <div className="mapscreen__stage">
              {map ? (
                <DistrictMap
                  map={map}
                  districts={pack.districts}
                  placed={placement.placed}
                  zones={placement.zones}
                  counts={counts}
                  cluster={cluster}
                  selected={selected}
                  activePin={pin}
                  onSelect={select}
                  onPin={openPin}
                  label={t('map.district', { city })}
                />
              ) : null}
              <AnimatePresence>
                {selected && (
                  <motion.div
                    className="mapscreen__zoomout"
                    initial={{ opacity: 0, y: -12 }}
                    animate={{ opacity: 1, y: 0 }}
                    exit={{ opacity: 0 }}
                  >
                    <TapButton
                      className="chrome-btn"
                      data-testid="map-zoom-out"
                      // The press first, then the districts come back and the map glides out.
                      onClick={() => afterPaint(() => select(null))}
                    >
                      <Icon name="back" />
                      <span>{t('map.zoomOut')}</span>
                    </TapButton>
                  </motion.div>
                )}
              </AnimatePresence>
              <MapNote text={map ? tx(map.attribution) : undefined} hint={t('map.tapHint')} />
              <AnimatePresence>
                {pinned && (
                  <PinCard
                    key={pinned.id}
                    pack={pack}
                    enterprise={pinned}
                    onOpen={() => nav.go({ name: 'enterprise', id: pinned.id })}
                    onClose={() => setPin(null)}
                  />
                )}
              </AnimatePresence>
            </div>
            <aside className="mapscreen__panel scroll-area">
              <AnimatePresence mode="wait" initial={false}>
                {selected ? (
                  <DistrictPanel
                    key={selected}
                    pack={pack}
                    district={selected}
                    placement={placement}
                    cluster={cluster}
                    onPin={openPin}
                  />
                ) : (
                  <OverviewPanel key="overview" placement={placement} cluster={cluster} city={city} onPin={openPin} />
                )}
              </AnimatePresence>
            </aside>
          </>
        ) : (
          map?.world && (
            <>
              <div className="mapscreen__stage mapscreen__stage--world">
                <WorldMap pack={pack} world={map.world} label={t('map.worldHeading', { city })} />
                <MapNote text={tx(map.attribution)} />
              </div>
              <aside className="mapscreen__panel scroll-area">
                <motion.div className="map-panel" variants={staggerVariants} initial="hidden" animate="show">
                  <h2 className="map-panel__title">
                    {map.world.title ? tx(map.world.title) : t('map.worldHeading', { city })}
                  </h2>
                  <p className="map-panel__note">{t('map.worldNote', { city })}</p>
                  <div className="figure-grid figure-grid--compact">
                    {[...map.world.figures, ...map.world.reach.flatMap((r) => (r.figure ? [r.figure] : []))]
                      .map((ref) => resolveFigure(pack, ref))
                      .filter((f) => f !== undefined)
                      .map((f, i) => (
                        <FigureTile key={i} figure={f} size="small" accent={i % 2 ? 'amber' : 'teal'} />
                      ))}
                  </div>
                  {map.world.enterprise && (
                    <TapButton
                      className="map-panel__cta"
                      data-testid="world-enterprise"
                      onClick={() => {
                        recordStat({ type: 'tap', kind: 'enterprise', id: map.world!.enterprise! });
                        nav.go({ name: 'enterprise', id: map.world!.enterprise! });
                      }}
                    >
                      <span>
                        {tx(
                          pack.enterprises.find((e) => e.id === map.world!.enterprise)?.shortName ??
                            pack.enterprises.find((e) => e.id === map.world!.enterprise)!.name,
                        )}
                      </span>
                      <Icon name="arrow" />
                    </TapButton>
                  )}
                </motion.div>
              </aside>
            </>
          )
        )}
      </div>
    </Screen>
  );
}

function MapNote({ text, hint }: { text?: string; hint?: string }) {
  const { t } = useTranslation('maps');
  return (
    <p className="map-note">
      <strong>{t('map.schematic')}</strong>
      {hint && <span className="map-note__hint">{hint}</span>}
      {text && <span className="map-note__source">{text}</span>}
    </p>
  );
}

function EnterpriseButton({
  enterprise,
  dimmed,
  onPin,
}: {
  enterprise: Enterprise;
  dimmed: boolean;
  onPin: (id: string) => void;
}) {
  const tx = useText();
  return (
    <TapButton
      className={dimmed ? 'map-item is-dimmed' : 'map-item'}
      data-testid={`map-item-${enterprise.id}`}
      onClick={() => onPin(enterprise.id)}
    >
      <span className="map-item__name">{tx(enterprise.shortName ?? enterprise.name)}</span>
      <span className="map-item__sector">{tx(enterprise.sector)}</span>
    </TapButton>
  );
}

/**
 * Beside the map at the overview: the parks drawn on it with their enterprises, then a plain list
 * of the city's other enterprises. No counts, and nothing about where the content comes from.
 */
function OverviewPanel({
  placement,
  cluster,
  city,
  onPin,
}: {
  placement: Placement;
  cluster?: string;
  city: string;
  onPin: (id: string) => void;
}) {
  const { t } = useTranslation('maps');
  const tx = useText();
  const dim = (e: Enterprise) => !!cluster && !e.clusters.includes(cluster);
  const tinted = placement.placed.some((p) => p.district);
  return (
    <motion.div className="map-panel" variants={panelVariants} initial="hidden" animate="show" exit="exit">
      {tinted && (
        <div className="map-legend" aria-hidden="true">
          <span className="map-legend__scale" />
          <span className="map-legend__labels">
            <span>{t('map.legendNone')}</span>
            <span>{t('map.legendMore')}</span>
          </span>
        </div>
      )}
      {placement.zones.map(({ park }) => {
        const inZone = placement.placed.filter((p) => p.park?.id === park.id && !p.district).map((p) => p.enterprise);
        return (
          <section key={park.id} className="map-panel__section" data-testid={`map-zone-panel-${park.id}`}>
            <h2 className="section-title">{tx(park.name)}</h2>
            <p className="map-group__summary">{tx(park.summary)}</p>
            <InterestButton item={{ kind: 'park', id: park.id, title: park.name }} />
            {inZone.length > 0 && (
              <div className="map-group__items">
                {inZone.map((e) => (
                  <EnterpriseButton key={e.id} enterprise={e} dimmed={dim(e)} onPin={onPin} />
                ))}
              </div>
            )}
          </section>
        );
      })}
      {placement.unplaced.length > 0 && (
        <section className="map-panel__section" data-testid="map-unplaced">
          <h2 className="section-title">{t('map.unplacedHeading', { city })}</h2>
          {placement.unplaced.map((group) => (
            <div key={group.park?.id ?? '-'} className="map-group">
              {group.park && <h3 className="map-group__title">{tx(group.park.name)}</h3>}
              <div className="map-group__items">
                {group.enterprises.map((e) => (
                  <EnterpriseButton key={e.id} enterprise={e} dimmed={dim(e)} onPin={onPin} />
                ))}
              </div>
            </div>
          ))}
        </section>
      )}
    </motion.div>
  );
}

/** The most enterprises a district's panel lists; the rest are a touch away, in the directory. */
const PANEL_LIST_MAX = 30;

function DistrictPanel({
  pack,
  district,
  placement,
  cluster,
  onPin,
}: {
  pack: Pack;
  district: string;
  placement: Placement;
  cluster?: string;
  onPin: (id: string) => void;
}) {
  const { t } = useTranslation('maps');
  const tx = useText();
  const d = pack.districts.find((x) => x.id === district);
  const parks = placement.parksByDistrict.get(district) ?? [];
  const nav = useNav();
  const enterprises = placement.placed.filter((p) => p.district === district).map((p) => p.enterprise);
  // A large city's district holds hundreds: the panel lists the first (the filter's first), and
  // the directory, filtered to the district, lists them all (its grid draws only the screen's).
  const inFilter = (e: Enterprise) => (cluster && e.clusters.includes(cluster) ? 1 : 0);
  const listed = (cluster ? [...enterprises].sort((a, b) => inFilter(b) - inFilter(a)) : enterprises).slice(
    0,
    PANEL_LIST_MAX,
  );
  const clusterName = cluster ? pack.clusters.find((c) => c.id === cluster)?.name : undefined;
  const inCluster = cluster ? enterprises.filter(inFilter).length : 0;
  return (
    <motion.div
      className="map-panel"
      data-testid="map-district-panel"
      variants={panelVariants}
      initial="hidden"
      animate="show"
      exit="exit"
    >
      <p className="eyebrow">{t('map.inDistrict')}</p>
      <h2 className="map-panel__title">{d ? tx(d.name) : district}</h2>
      {/* A count of zero is never shown: the dimmed list says it. */}
      {clusterName && inCluster > 0 && (
        <p className="map-panel__count">{t('map.inCluster', { cluster: tx(clusterName), count: inCluster })}</p>
      )}
      {parks.length === 0 && enterprises.length === 0 && <p className="empty-note">{t('map.emptyDistrict')}</p>}
      {parks.length > 0 && (
        <section className="map-panel__section">
          <h3 className="section-title">{t('map.parks')}</h3>
          {parks.map((p) => (
            <div key={p.id} className="map-group">
              <h4 className="map-group__title">{tx(p.name)}</h4>
              <p className="map-group__summary">{tx(p.summary)}</p>
            </div>
          ))}
        </section>
      )}
      {enterprises.length > 0 && (
        <section className="map-panel__section">
          <h3 className="section-title">{t('map.enterprises')}</h3>
          <div className="map-group__items">
            {listed.map((e) => (
              <EnterpriseButton
                key={e.id}
                enterprise={e}
                dimmed={!!cluster && !e.clusters.includes(cluster)}
                onPin={onPin}
              />
            ))}
          </div>
          {enterprises.length > listed.length && (
            <TapButton
              className="chrome-btn map-panel__all"
              data-testid="map-district-all"
              onClick={() => nav.go({ name: 'enterprises', district })}
            >
              {t('map.allInDistrict', { count: enterprises.length, district: d ? tx(d.name) : district })}
              <Icon name="arrow" />
            </TapButton>
          )}
        </section>
      )}
    </motion.div>
  );
}

function PinCard({
  pack,
  enterprise,
  onOpen,
  onClose,
}: {
  pack: Pack;
  enterprise: Enterprise;
  onOpen: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('maps');
  const tx = useText();
  const clusters = pack.clusters.filter((c) => enterprise.clusters.includes(c.id));
  const district = pack.districts.find((d) => d.id === enterprise.district);
  const park = pack.parks.find((p) => p.id === enterprise.park);
  return (
    <motion.div
      className="pin-card"
      data-testid="pin-card"
      role="dialog"
      aria-label={tx(enterprise.name)}
      initial={{ opacity: 0, y: 40 }}
      animate={{ opacity: 1, y: 0, transition: { type: 'spring', stiffness: 320, damping: 30 } }}
      exit={{ opacity: 0, y: 24, transition: { duration: 0.15 } }}
    >
      <div className="pin-card__body">
        <p className="pin-card__where">
          {[district && tx(district.name), park && tx(park.name)].filter(Boolean).join(' · ')}
        </p>
        <h2 className="pin-card__name">{tx(enterprise.name)}</h2>
        <p className="pin-card__sector">{tx(enterprise.sector)}</p>
        {clusters.length > 0 && (
          <p className="pin-card__clusters">
            {clusters.map((c) => (
              <span key={c.id} className="pin-card__cluster">
                {tx(c.name)}
              </span>
            ))}
          </p>
        )}
      </div>
      <div className="pin-card__actions">
        <TapButton className="pin-card__open" data-testid="pin-card-open" onClick={onOpen}>
          <span>{t('map.openProfile')}</span>
          <Icon name="arrow" />
        </TapButton>
        <TapButton
          className="pin-card__close"
          data-testid="pin-card-close"
          aria-label={t('map.close')}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </TapButton>
      </div>
    </motion.div>
  );
}
