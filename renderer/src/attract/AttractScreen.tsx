import { AnimatePresence, motion } from 'framer-motion';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cluster, Enterprise, Figure, LocalizedText } from '../../../main/core/pack/schema';
import { availableLanguages, useLanguage, usePackHead } from '../kiosk/store';
import { useVisit } from '../kiosk/visit-context';
import { CountUp } from './CountUp';
import { MediaImage } from '../ui/MediaImage';
import { TapButton } from '../ui/TapButton';
import { coverPath, monogram } from '../kiosk/enterprise';
import { figureYearLabel, formatFigureParts } from '../kiosk/format';
import { afterFirstPresented } from '../kiosk/yield';
import { pickText } from '../kiosk/text';

/** Seconds each highlight stays on screen. */
export const SLIDE_SECONDS = 5.5;

type Slide =
  | { kind: 'figure'; key: string; figure: Figure }
  | { kind: 'cluster'; key: string; cluster: Cluster; count: number }
  | { kind: 'enterprise'; key: string; enterprise: Enterprise };

/**
 * Figures, clusters and enterprises in turn, so the loop never shows three of a kind in a row. The
 * enterprises are the pack's first few (its head's): the loop draws before the rest has arrived.
 */
function buildSlides(
  figures: Figure[],
  clusters: Cluster[],
  enterprises: Enterprise[],
  countOf: (c: Cluster) => number,
): Slide[] {
  const slides: Slide[] = [];
  const n = Math.max(figures.length, clusters.length, enterprises.length);
  for (let i = 0; i < n; i++) {
    const f = figures[i];
    const c = clusters[i];
    const e = enterprises[i];
    if (f) slides.push({ kind: 'figure', key: `f${i}`, figure: f });
    if (c) slides.push({ kind: 'cluster', key: `c-${c.id}`, cluster: c, count: countOf(c) });
    if (e) slides.push({ kind: 'enterprise', key: `e-${e.id}`, enterprise: e });
  }
  return slides;
}

const slideVariants = {
  enter: { opacity: 0, y: 40, scale: 0.97 },
  show: { opacity: 1, y: 0, scale: 1, transition: { type: 'spring' as const, stiffness: 120, damping: 22 } },
  leave: { opacity: 0, y: -30, scale: 0.98, transition: { duration: 0.4, ease: 'easeIn' as const } },
};

/**
 * The attract loop: the city and its highlights cycle by themselves while nobody is using the
 * kiosk, with "touch to explore" in every language at once. Any touch starts a visit.
 */
export function AttractScreen() {
  const { i18n } = useTranslation();
  const { lang } = useLanguage();
  const pack = usePackHead();
  const visit = useVisit();
  const { city } = pack;
  const langs = useMemo(() => {
    const all = availableLanguages(pack);
    return [lang, ...all.filter((l) => l !== lang)];
  }, [pack, lang]);
  const [primary, secondary] = [langs[0]!, langs[1]];
  const defaultLanguage = pack.pack.defaultLanguage;
  const tp = (text: LocalizedText) => pickText(text, primary, defaultLanguage);
  const ts = (text: LocalizedText) => (secondary ? pickText(text, secondary, defaultLanguage) : '');

  const slides = useMemo(
    () =>
      buildSlides(
        city.headlineFigures,
        pack.clusters,
        pack.firstEnterprises,
        (c) => pack.enterprisesPerCluster[c.id] ?? 0,
      ),
    [city.headlineFigures, pack.clusters, pack.firstEnterprises, pack.enterprisesPerCluster],
  );
  const [index, setIndex] = useState(0);
  useEffect(() => {
    if (slides.length < 2) return;
    const timer = window.setInterval(() => setIndex((i) => (i + 1) % slides.length), SLIDE_SECONDS * 1000);
    return () => window.clearInterval(timer);
  }, [slides.length]);
  const slide = slides[index % Math.max(1, slides.length)];
  // The city's picture and the highlights join once the city's name is on screen (presented): they
  // enter from transparent anyway, a picture costs the first frame its raster, and the first figure is
  // the page's first use of Intl's number formatting (tens of milliseconds on a slow laptop).
  const [staged, setStaged] = useState(false);
  useEffect(() => afterFirstPresented(() => setStaged(true)), []);

  return (
    <motion.main
      className="attract"
      data-testid="screen-attract"
      aria-label={tp(pack.pack.title)}
      initial={{ opacity: 0 }}
      animate={{ opacity: 1 }}
      exit={{ opacity: 0 }}
      transition={{ duration: 0.6 }}
      onClick={visit.start}
    >
      {staged && city.image && (
        <div className="attract__backdrop" aria-hidden="true">
          <MediaImage path={city.image} alt="" />
        </div>
      )}

      <header className="attract__brand">
        <span className="brand__mark" aria-hidden="true" />
        <span className="brand__title">{tp(pack.pack.title)}</span>
        {secondary && (
          <span className="attract__brand-2" lang={secondary}>
            {ts(pack.pack.title)}
          </span>
        )}
      </header>

      <section className="attract__hero">
        <p className="eyebrow">
          {tp(city.province)}
          {secondary && (
            <span lang={secondary} className="attract__eyebrow-2">
              {ts(city.province)}
            </span>
          )}
        </p>
        {/* elementtiming: the benchmark reads when the city's name was first painted. */}
        {/* The city's name and its tagline are one heading (a subtitle in an hgroup, not a paragraph). */}
        <hgroup className="heading-group">
          <h1 className="attract__city" elementtiming="attract-city">
            <span>{tp(city.name)}</span>
            {secondary && (
              <span className="attract__city-2" lang={secondary}>
                {ts(city.name)}
              </span>
            )}
          </h1>
          <p className="attract__tagline">{tp(city.tagline)}</p>
          {/* The same tagline in the second language: a line of the heading group, not a paragraph. */}
          {secondary && (
            <div className="attract__tagline-2" lang={secondary}>
              {ts(city.tagline)}
            </div>
          )}
        </hgroup>
      </section>

      <section className="attract__stage" aria-live="off">
        <AnimatePresence mode="wait">
          {staged && slide && (
            <motion.article
              key={slide.key}
              className={`highlight highlight--${slide.kind}`}
              data-testid="attract-highlight"
              variants={slideVariants}
              initial="enter"
              animate="show"
              exit="leave"
            >
              <p className="highlight__kind">
                <span>{i18n.getFixedT(primary)(`attract.kind.${slide.kind}`)}</span>
                {secondary && <span lang={secondary}>{i18n.getFixedT(secondary)(`attract.kind.${slide.kind}`)}</span>}
              </p>
              {slide.kind === 'figure' && (
                <FigureHighlight figure={slide.figure} primary={primary} secondary={secondary} />
              )}
              {slide.kind === 'cluster' && (
                <>
                  <h2 className="highlight__title">{tp(slide.cluster.name)}</h2>
                  {secondary && (
                    <p className="highlight__title-2" lang={secondary}>
                      {ts(slide.cluster.name)}
                    </p>
                  )}
                  <p className="highlight__text">{tp(slide.cluster.summary)}</p>
                </>
              )}
              {slide.kind === 'enterprise' && (
                <div className="highlight__enterprise">
                  <div className="highlight__media">
                    <MediaImage
                      path={coverPath(slide.enterprise)}
                      alt=""
                      fallback={
                        <span className="highlight__monogram" aria-hidden="true">
                          {monogram(tp(slide.enterprise.shortName ?? slide.enterprise.name))}
                        </span>
                      }
                    />
                  </div>
                  <h2 className="highlight__title highlight__title--name">{tp(slide.enterprise.name)}</h2>
                  {secondary && (
                    <p className="highlight__title-2" lang={secondary}>
                      {ts(slide.enterprise.name)}
                    </p>
                  )}
                  <p className="highlight__text">{tp(slide.enterprise.sector)}</p>
                </div>
              )}
            </motion.article>
          )}
        </AnimatePresence>
        {slides.length > 1 && (
          <div className="highlight__progress" aria-hidden="true">
            <span key={index} style={{ animationDuration: `${SLIDE_SECONDS}s` }} />
          </div>
        )}
      </section>

      <TapButton className="attract__cta" data-testid="attract-start" tapScale={0.97} onClick={visit.start}>
        <span className="attract__cta-ring" aria-hidden="true" />
        {langs.map((l) => (
          <span key={l} lang={l} className="attract__cta-text">
            {i18n.getFixedT(l)('attract.touch')}
          </span>
        ))}
      </TapButton>
    </motion.main>
  );
}

function FigureHighlight({ figure, primary, secondary }: { figure: Figure; primary: string; secondary?: string }) {
  const pack = usePackHead();
  const defaultLanguage = pack.pack.defaultLanguage;
  const parts = formatFigureParts(figure, primary, defaultLanguage);
  const other = secondary ? formatFigureParts(figure, secondary, defaultLanguage) : undefined;
  return (
    <>
      {/* A target says which year it was set for: never shown as today's news. */}
      {parts.isTarget && (
        <p className="highlight__target" data-testid="highlight-target">
          {figureYearLabel(figure, primary)}
        </p>
      )}
      <h2 className="highlight__label">{pickText(figure.label, primary, defaultLanguage)}</h2>
      <p className="highlight__figure">
        {parts.prefix && !parts.isTarget && <span className="highlight__prefix">{parts.prefix}</span>}
        <span className="highlight__number">
          <CountUp text={parts.value} lang={primary} />
        </span>
        {parts.unit && <span className="highlight__unit">{parts.unit}</span>}
      </p>
      {secondary && other && (
        <p className="highlight__title-2" lang={secondary}>
          {pickText(figure.label, secondary, defaultLanguage)} · {other.text}
        </p>
      )}
    </>
  );
}
