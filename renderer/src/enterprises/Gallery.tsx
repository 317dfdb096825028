import { AnimatePresence, motion, type PanInfo } from 'framer-motion';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Image } from '../../../main/core/pack/schema';
import { RENDITIONS_SERVED } from '../kiosk/media';
import { useText } from '../kiosk/store';
import { Icon } from '../ui/Icon';
import { MediaImage } from '../ui/MediaImage';
import { TapButton } from '../ui/TapButton';

const SWIPE_DISTANCE = 80;
const SWIPE_VELOCITY = 400;

const slide = {
  enter: (dir: number) => ({ opacity: 0, x: dir * 120 }),
  center: { opacity: 1, x: 0 },
  exit: (dir: number) => ({ opacity: 0, x: dir * -120 }),
};

/** Images of an enterprise: one large, swipe or tap the arrows, thumbnails below. */
export function Gallery({
  images,
  fallback,
  extraThumb,
}: {
  images: Image[];
  fallback?: ReactNode;
  /** One more tile at the end of the thumbnail row (e.g. a link to the video). */
  extraThumb?: ReactNode;
}) {
  const { t } = useTranslation();
  const tx = useText();
  const [[index, dir], setState] = useState<[number, number]>([0, 1]);
  const count = images.length;
  const current = images[Math.min(index, count - 1)];

  if (!current)
    return (
      <div className="gallery gallery--empty">
        {fallback}
        {extraThumb && <div className="gallery__thumbs">{extraThumb}</div>}
      </div>
    );

  const show = (next: number, direction: number) => setState([(next + count) % count, direction]);
  const onDragEnd = (_: unknown, info: PanInfo) => {
    if (count < 2) return;
    if (info.offset.x < -SWIPE_DISTANCE || info.velocity.x < -SWIPE_VELOCITY) show(index + 1, 1);
    else if (info.offset.x > SWIPE_DISTANCE || info.velocity.x > SWIPE_VELOCITY) show(index - 1, -1);
  };
  const caption = current.caption ? tx(current.caption) : undefined;

  return (
    <section className="gallery" aria-label={t('gallery.label')} aria-roledescription={t('gallery.roleDescription')}>
      <div className="gallery__stage" data-owns-swipe="x">
        {/* The picture's glow: blurred by the content server, a tiny picture the page scales up. A CSS
            blur of the whole stage, drawn on the CPU, was most of a touch's cost on a laptop without a
            GPU (docs/PERFORMANCE.md). */}
        <MediaImage
          className={RENDITIONS_SERVED ? 'gallery__backdrop' : 'gallery__backdrop gallery__backdrop--as-is'}
          path={current.file}
          rendition="blurred"
          alt=""
          aria-hidden="true"
        />
        <AnimatePresence initial={false} custom={dir}>
          <motion.div
            key={index}
            className="gallery__slide"
            custom={dir}
            variants={slide}
            initial="enter"
            animate="center"
            exit="exit"
            transition={{ type: 'spring', stiffness: 300, damping: 34 }}
            drag={count > 1 ? 'x' : false}
            dragConstraints={{ left: 0, right: 0 }}
            dragElastic={0.35}
            onDragEnd={onDragEnd}
          >
            <MediaImage
              className="gallery__image"
              path={current.file}
              alt={tx(current.alt)}
              fallback={<div className="gallery__missing">{tx(current.alt)}</div>}
            />
          </motion.div>
        </AnimatePresence>
        {count > 1 && (
          <>
            <TapButton
              className="gallery__arrow gallery__arrow--prev"
              aria-label={t('gallery.previous')}
              onClick={() => show(index - 1, -1)}
            >
              <Icon name="prev" />
            </TapButton>
            <TapButton
              className="gallery__arrow gallery__arrow--next"
              aria-label={t('gallery.next')}
              onClick={() => show(index + 1, 1)}
            >
              <Icon name="next" />
            </TapButton>
            <span className="gallery__position">{t('gallery.position', { index: index + 1, count })}</span>
          </>
        )}
      </div>
      {caption && <p className="gallery__caption">{caption}</p>}
      {(count > 1 || extraThumb) && (
        <div className="gallery__thumbs">
          {count > 1 &&
            images.map((img, i) => (
              <TapButton
                key={img.file + i}
                className={i === index ? 'gallery__thumb is-active' : 'gallery__thumb'}
                aria-label={t('gallery.show', { index: i + 1 })}
                aria-current={i === index}
                onClick={() => show(i, i >= index ? 1 : -1)}
              >
                <MediaImage
                  path={img.small ?? img.file}
                  rendition={img.small ? 'as-is' : 'small'}
                  alt=""
                  loading="lazy"
                />
              </TapButton>
            ))}
          {extraThumb}
        </div>
      )}
    </section>
  );
}
