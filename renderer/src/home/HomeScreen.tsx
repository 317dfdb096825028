import { motion } from 'framer-motion';
import { useTranslation } from 'react-i18next';
import { useArrivedPack, useLanguage, useNav, usePackHead, useText } from '../kiosk/store';
import { FigureTile } from '../ui/FigureTile';
import { Icon } from '../ui/Icon';
import { MediaImage } from '../ui/MediaImage';
import { riseVariants, Screen, staggerVariants } from '../ui/Screen';
import { TapButton } from '../ui/TapButton';
import { popularByTile, type PopularTile } from './popular';
import { useTopInterest } from './useTopInterest';

interface EntryTile {
  id: PopularTile | 'contact';
  testId: string;
  title: string;
  description: string;
  onSelect: () => void;
}

function formatDate(isoDate: string, lang: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** Home: the city at a glance, its headline figures, and the ways in. */
export function HomeScreen() {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  // The head: home draws before the whole pack has arrived (its tiles only count the enterprises).
  const pack = usePackHead();
  const nav = useNav();
  const tx = useText();
  const { city } = pack;
  // Marks only, never a new order: home's tiles stay where visitors saw them last.
  const enterprises = useArrivedPack()?.enterprises ?? pack.firstEnterprises;
  const popular = popularByTile(pack, enterprises, useTopInterest());

  // Only entries that work now. Industry map, clusters, future industries and contact join this
  // list as their screens arrive; nothing is shown as a dead button.
  const tiles: EntryTile[] = [];
  if (pack.map) {
    tiles.push({
      id: 'map',
      testId: 'nav-map',
      title: t('maps:home.map.title'),
      description: t('maps:home.map.description'),
      onSelect: () => nav.go({ name: 'map' }),
    });
  }
  tiles.push({
    id: 'clusters',
    testId: 'nav-clusters',
    title: t('maps:home.clusters.title'),
    description: t('maps:home.clusters.description', { count: pack.clusters.length }),
    onSelect: () => nav.go({ name: 'clusters' }),
  });
  if (pack.enterpriseCount > 0) {
    tiles.push({
      id: 'enterprises',
      testId: 'nav-enterprises',
      title: t('home.tiles.enterprises.title'),
      description: t('home.tiles.enterprises.description', { count: pack.enterpriseCount }),
      onSelect: () => nav.go({ name: 'enterprises' }),
    });
  }
  if (pack.futureIndustries.length > 0) {
    tiles.push({
      id: 'future',
      testId: 'nav-future',
      title: t('home.tiles.future.title'),
      description: pack.futurePlan
        ? t('home.tiles.future.descriptionPlan', {
            plan: tx(pack.futurePlan.name),
            count: pack.futureIndustries.length,
          })
        : t('home.tiles.future.description', { count: pack.futureIndustries.length }),
      onSelect: () => nav.go({ name: 'future' }),
    });
  }
  tiles.push({
    id: 'contact',
    testId: 'nav-contact',
    title: t('home.tiles.contact.title'),
    description: t('home.tiles.contact.description'),
    onSelect: () => nav.go({ name: 'contact' }),
  });

  const figures = city.headlineFigures;
  const updated = formatDate(pack.pack.updated, lang);

  return (
    <Screen testId="screen-home" className="home" label={tx(city.name)}>
      {city.image && (
        <div className="home__backdrop" aria-hidden="true">
          <MediaImage path={city.image} alt="" />
        </div>
      )}
      <div className="home__layout scroll-area">
        <motion.section className="home__hero" variants={staggerVariants} initial="hidden" animate="show">
          <motion.p className="eyebrow" variants={riseVariants}>
            {t('home.eyebrow', { province: tx(city.province), city: tx(city.name) })}
          </motion.p>
          {/* The city's name and its tagline are one heading (a subtitle in an hgroup, not a paragraph). */}
          <hgroup className="heading-group">
            <motion.h1 className="home__city" variants={riseVariants}>
              {tx(city.name)}
            </motion.h1>
            <motion.p className="home__tagline" variants={riseVariants}>
              {tx(city.tagline)}
            </motion.p>
          </hgroup>
          <motion.p className="home__intro" variants={riseVariants}>
            {tx(city.intro)}
          </motion.p>
          {tiles.length > 0 && (
            <motion.nav className="home__explore" variants={riseVariants} aria-label={t('home.exploreHeading')}>
              <div className="home__explore-head">
                <h2 className="section-title">{t('home.exploreHeading')}</h2>
                {pack.enterpriseCount > 0 && (
                  <TapButton
                    className="chrome-btn search-entry"
                    data-testid="home-search"
                    onClick={() => nav.go({ name: 'search' })}
                  >
                    <Icon name="search" />
                    {t('search.heading')}
                  </TapButton>
                )}
              </div>
              <div className={`entry-grid entry-grid--${Math.min(tiles.length, 3)}`}>
                {tiles.map((tile) => (
                  <TapButton
                    key={tile.id}
                    className="entry-tile"
                    data-testid={tile.testId}
                    tapScale={0.97}
                    onClick={tile.onSelect}
                  >
                    <span className="entry-tile__text">
                      <span className="entry-tile__title">{tile.title}</span>
                      <span className="entry-tile__desc">{tile.description}</span>
                      {tile.id !== 'contact' && popular[tile.id] && (
                        <PopularMark names={popular[tile.id]!.map((name) => tx(name))} lang={lang} />
                      )}
                    </span>
                    <span className="entry-tile__go" aria-hidden="true">
                      <Icon name="arrow" />
                    </span>
                  </TapButton>
                ))}
              </div>
            </motion.nav>
          )}
        </motion.section>

        <section className="home__figures" aria-label={t('home.figuresHeading')}>
          <h2 className="section-title">{t('home.figuresHeading')}</h2>
          <motion.div
            className={`figure-grid figure-grid--${figures.length > 6 ? 'many' : 'few'}`}
            variants={staggerVariants}
            initial="hidden"
            animate="show"
          >
            {figures.map((figure, i) => (
              <FigureTile key={i} figure={figure} accent={i % 3 === 1 ? 'amber' : 'teal'} />
            ))}
          </motion.div>
          <p className="home__updated">{t('home.updated', { date: updated })}</p>
        </section>
      </div>
    </Screen>
  );
}

/** "Popular with visitors": the names of the items under a tile that had the most interest lately. */
function PopularMark({ names, lang }: { names: string[]; lang: string }) {
  const { t } = useTranslation();
  return (
    <span className="entry-tile__popular" data-testid="home-popular">
      <Icon name="flame" />
      <span className="entry-tile__popular-text">
        {t('home.popular', { names: new Intl.ListFormat(lang, { type: 'conjunction' }).format(names) })}
      </span>
    </span>
  );
}
