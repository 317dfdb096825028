import { motion, useReducedMotionConfig } from 'framer-motion';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNav, usePack, useText } from '../kiosk/store';
import { FigureTile } from '../ui/FigureTile';
import { Gallery } from './Gallery';
import { Icon } from '../ui/Icon';
import { MediaImage } from '../ui/MediaImage';
import { riseVariants, Screen, staggerVariants } from '../ui/Screen';
import { TapButton } from '../ui/TapButton';
import { EnterpriseCard } from './EnterpriseCard';
import { QrCode } from '../ui/QrCode';
import { monogram, relatedEnterprises } from '../kiosk/enterprise';
import { displayUrl } from '../kiosk/qr';
import { recordStat } from '../kiosk/stats';
import { VideoPlayer } from './VideoPlayer';
import { InterestButton } from '../ui/InterestButton';

/** One enterprise: who they are, where, what they make, in numbers, pictures and video. */
export function EnterpriseScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const pack = usePack();
  const nav = useNav();
  const tx = useText();
  const enterprise = pack.enterprises.find((e) => e.id === id);
  const videoSection = useRef<HTMLElement>(null);
  const calm = useReducedMotionConfig() === true;

  if (!enterprise) {
    return (
      <Screen testId="screen-enterprise" className="profile" label={t('enterprise.notFound')}>
        <p className="empty-note">{t('enterprise.notFound')}</p>
      </Screen>
    );
  }

  const name = tx(enterprise.name);
  const clusters = enterprise.clusters
    .map((cid) => pack.clusters.find((c) => c.id === cid))
    .filter((c) => c !== undefined);
  const district = pack.districts.find((d) => d.id === enterprise.district);
  const park = pack.parks.find((p) => p.id === enterprise.park);
  const { images, video } = enterprise.media;
  const related = relatedEnterprises(pack, enterprise);
  const contactSite = pack.contact.website;
  const qr = enterprise.website
    ? {
        heading: t('enterprise.website'),
        value: enterprise.website,
        label: t('qr.websiteLabel', { name }),
        caption: t('qr.scanWebsite'),
        detail: displayUrl(enterprise.website),
      }
    : contactSite
      ? {
          heading: t('enterprise.contact'),
          value: contactSite,
          label: t('qr.websiteLabel', { name: tx(pack.contact.organisation) }),
          caption: t('qr.scanContact'),
          detail: displayUrl(contactSite),
        }
      : undefined;
  const placeholder = (
    <div className="profile__placeholder">
      <MediaImage
        path={enterprise.logo}
        alt=""
        fallback={<span aria-hidden="true">{monogram(tx(enterprise.shortName ?? enterprise.name))}</span>}
      />
      <span className="visually-hidden">{t('enterprise.noImage')}</span>
    </div>
  );

  const showVideo = () => {
    const section = videoSection.current;
    if (!section) return;
    section.scrollIntoView({ behavior: calm ? 'auto' : 'smooth', block: 'center' });
    section
      .querySelector('video')
      ?.play()
      .catch(() => undefined);
  };
  const videoThumb = video && (
    <TapButton
      className="gallery__thumb gallery__thumb--video"
      data-testid="gallery-video-link"
      aria-label={t('enterprise.watchVideo')}
      onClick={showVideo}
    >
      <MediaImage path={video.poster ?? images[0]?.file} alt="" loading="lazy" />
      <span className="gallery__thumb-play" aria-hidden="true">
        <Icon name="play" />
      </span>
    </TapButton>
  );

  return (
    <Screen testId="screen-enterprise" className="profile" label={name}>
      <div className="profile__scroll scroll-area">
        <motion.header className="profile__header" variants={staggerVariants} initial="hidden" animate="show">
          <motion.p className="eyebrow" variants={riseVariants}>
            {tx(enterprise.sector)}
          </motion.p>
          <motion.h1 className="page-title profile__name" variants={riseVariants}>
            {name}
          </motion.h1>
          <motion.div variants={riseVariants}>
            <InterestButton item={{ kind: 'enterprise', id: enterprise.id, title: enterprise.name }} />
          </motion.div>
          {(clusters.length > 0 || district || park) && (
            <motion.div className="profile__meta" variants={riseVariants}>
              {clusters.length > 0 && (
                <div className="meta-group" role="group" aria-label={t('enterprise.clusters')}>
                  {clusters.map((c) => (
                    <TapButton
                      key={c.id}
                      className="chip chip--link"
                      data-testid={`cluster-link-${c.id}`}
                      onClick={() => {
                        recordStat({ type: 'tap', kind: 'cluster', id: c.id });
                        nav.go({ name: 'enterprises', cluster: c.id });
                      }}
                    >
                      {tx(c.name)}
                    </TapButton>
                  ))}
                </div>
              )}
              {(district || park) && (
                <p className="meta-place">
                  <Icon name="pin" />
                  {district && (
                    <span>
                      <span className="visually-hidden">{t('enterprise.district')} </span>
                      {tx(district.name)}
                    </span>
                  )}
                  {district && park && <span aria-hidden="true"> · </span>}
                  {park && (
                    <span>
                      <span className="visually-hidden">{t('enterprise.park')} </span>
                      {tx(park.name)}
                    </span>
                  )}
                </p>
              )}
            </motion.div>
          )}
        </motion.header>

        <div className="profile__body">
          <motion.div className="profile__gallery" variants={riseVariants} initial="hidden" animate="show">
            <Gallery images={images} fallback={placeholder} extraThumb={videoThumb} />
          </motion.div>

          <motion.div className="profile__info" variants={staggerVariants} initial="hidden" animate="show">
            <motion.section variants={riseVariants} aria-label={t('enterprise.summary')}>
              <h2 className="section-title">{t('enterprise.summary')}</h2>
              <p className="profile__summary">{tx(enterprise.summary)}</p>
            </motion.section>

            {enterprise.figures.length > 0 && (
              <motion.section variants={riseVariants} aria-label={t('enterprise.figures')}>
                <h2 className="section-title">{t('enterprise.figures')}</h2>
                <motion.div className="figure-grid figure-grid--compact" variants={staggerVariants}>
                  {enterprise.figures.map((f, i) => (
                    <FigureTile key={i} figure={f} size="small" accent={i % 2 ? 'amber' : 'teal'} />
                  ))}
                </motion.div>
              </motion.section>
            )}

            {enterprise.highlights.length > 0 && (
              <motion.section variants={riseVariants} aria-label={t('enterprise.highlights')}>
                <h2 className="section-title">{t('enterprise.highlights')}</h2>
                <ul className="highlights">
                  {enterprise.highlights.map((h, i) => (
                    <li key={i}>
                      <Icon name="spark" />
                      <span>{tx(h)}</span>
                    </li>
                  ))}
                </ul>
              </motion.section>
            )}

            {qr && (
              <motion.section variants={riseVariants} aria-label={qr.heading} className="profile__qr">
                <h2 className="section-title">{qr.heading}</h2>
                <QrCode
                  testId="enterprise-qr"
                  value={qr.value}
                  label={qr.label}
                  caption={qr.caption}
                  detail={qr.detail}
                />
              </motion.section>
            )}
          </motion.div>

          {video && (
            <motion.section
              ref={videoSection}
              className="profile__video"
              aria-label={t('enterprise.video')}
              variants={riseVariants}
              initial="hidden"
              animate="show"
            >
              <h2 className="section-title">{t('enterprise.video')}</h2>
              <VideoPlayer video={video} />
            </motion.section>
          )}
        </div>

        {related.length > 0 && (
          <section className="profile__related" aria-labelledby="related-title">
            <h2 className="section-title" id="related-title">
              {t('enterprise.related')}
            </h2>
            <motion.div
              className="card-grid card-grid--related"
              variants={staggerVariants}
              initial="hidden"
              animate="show"
            >
              {related.map((e) => (
                <EnterpriseCard key={e.id} enterprise={e} onOpen={() => nav.go({ name: 'enterprise', id: e.id })} />
              ))}
            </motion.div>
          </section>
        )}
      </div>
    </Screen>
  );
}
