import { AnimatePresence, motion } from 'framer-motion';
import { useEffect, useRef, useState, type ChangeEvent, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Video } from '../../../main/core/pack/schema';
import { useText } from '../kiosk/store';
import { mediaUrl } from '../kiosk/media';
import { recordStat } from '../kiosk/stats';
import { Icon } from '../ui/Icon';
import { TapButton } from '../ui/TapButton';

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) seconds = 0;
  const s = Math.floor(seconds);
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

/** A looping video with touch-sized custom controls (no native browser controls). */
export function VideoPlayer({ video, testId = 'enterprise-video' }: { video: Video; testId?: string }) {
  const { t } = useTranslation();
  const tx = useText();
  const ref = useRef<HTMLVideoElement>(null);
  const [playing, setPlaying] = useState(false);
  const [muted, setMuted] = useState(true);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(0);
  const scrubbing = useRef(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const sync = () => {
      setPlaying(!el.paused && !el.ended);
      if (!scrubbing.current) setTime(el.currentTime);
      if (Number.isFinite(el.duration)) setDuration(el.duration);
      setMuted(el.muted);
    };
    const events = [
      'play',
      'pause',
      'ended',
      'timeupdate',
      'loadedmetadata',
      'durationchange',
      'seeked',
      'volumechange',
    ];
    events.forEach((e) => el.addEventListener(e, sync));
    sync();
    return () => events.forEach((e) => el.removeEventListener(e, sync));
  }, []);

  const toggle = () => {
    const el = ref.current;
    if (!el) return;
    if (el.paused || el.ended) {
      recordStat({ type: 'video-play', id: video.file });
      el.play().catch(() => setPlaying(false));
    } else el.pause();
  };

  const onSeek = (e: ChangeEvent<HTMLInputElement>) => {
    const el = ref.current;
    const v = Number(e.target.value);
    setTime(v);
    if (el && Number.isFinite(v)) el.currentTime = v;
  };

  const toggleMute = () => {
    const el = ref.current;
    if (el) el.muted = !el.muted;
  };

  const progress = duration > 0 ? Math.min(100, (time / duration) * 100) : 0;
  const caption = tx(video.caption);

  return (
    <figure className="video">
      <div className="video__frame">
        <video
          ref={ref}
          className="video__el"
          data-testid={testId}
          src={mediaUrl(video.file)}
          poster={video.poster ? mediaUrl(video.poster) : undefined}
          loop
          muted
          playsInline
          preload="metadata"
          disablePictureInPicture
          disableRemotePlayback
          controlsList="nodownload nofullscreen noremoteplayback"
          aria-label={caption}
          onClick={toggle}
        />
        <AnimatePresence>
          {!playing && (
            <motion.div
              className="video__big-play"
              aria-hidden="true"
              initial={{ opacity: 0, scale: 0.8 }}
              animate={{ opacity: 1, scale: 1 }}
              exit={{ opacity: 0, scale: 1.2 }}
              whileTap={{ scale: 0.9 }}
              onClick={toggle}
            >
              <Icon name="play" />
            </motion.div>
          )}
        </AnimatePresence>
      </div>
      <div className="video__controls">
        <TapButton
          className="video__btn video__btn--play"
          data-testid="video-play"
          aria-label={playing ? t('video.pause') : t('video.play')}
          aria-pressed={playing}
          onClick={toggle}
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </TapButton>
        <input
          className="video__seek"
          data-testid="video-seek"
          type="range"
          min={0}
          max={duration || 0}
          step={0.1}
          value={Math.min(time, duration || 0)}
          aria-label={t('video.seek')}
          aria-valuetext={t('video.position', { current: clock(time), duration: clock(duration) })}
          style={{ '--progress': `${progress}%` } as CSSProperties}
          onChange={onSeek}
          onPointerDown={() => (scrubbing.current = true)}
          onPointerUp={() => (scrubbing.current = false)}
          onPointerCancel={() => (scrubbing.current = false)}
        />
        <span className="video__time" aria-hidden="true">
          {t('video.position', { current: clock(time), duration: clock(duration) })}
        </span>
        <TapButton
          className="video__btn"
          aria-label={muted ? t('video.unmute') : t('video.mute')}
          aria-pressed={!muted}
          onClick={toggleMute}
        >
          <Icon name={muted ? 'muted' : 'sound'} />
        </TapButton>
      </div>
      {caption && <figcaption className="video__caption">{caption}</figcaption>}
    </figure>
  );
}
