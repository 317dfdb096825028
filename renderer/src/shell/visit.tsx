/**
 * A visit: the kiosk rests in its attract loop until the first touch; a visit then runs until
 * nobody has touched the screen for the idle time (a playing video postpones that), a countdown
 * overlay gives a last chance, and the kiosk returns to the attract loop in the default language.
 */
import { AnimatePresence, motion } from 'framer-motion';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pack } from '../../../main/core/pack/schema';
import { TapButton } from '../ui/TapButton';
import { VisitContext, type Visit } from '../kiosk/visit-context';
import { UI_LANGUAGES } from '../kiosk/i18n';
import {
  COUNTDOWN_SECONDS,
  DEFAULT_IDLE_SECONDS,
  loadRuntimeSettings,
  onRuntimeSettingsChanged,
  type RuntimeSettings,
} from '../kiosk/settings';
import { PREVIEW_MODE } from '../kiosk/preview-mode';
import { recordStat } from '../kiosk/stats';
import { asTransition } from '../kiosk/yield';

/** Events that mean somebody is there. */
const ACTIVITY_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;

function videoIsPlaying(): boolean {
  return Array.from(document.querySelectorAll('video')).some((v) => !v.paused && !v.ended);
}

export function VisitProvider({ pack, children }: { pack: Pick<Pack, 'pack'>; children: ReactNode }) {
  const { i18n } = useTranslation();
  const [active, setActive] = useState(false);
  const [id, setId] = useState(0);
  const [idleSeconds, setIdleSeconds] = useState(DEFAULT_IDLE_SECONDS);
  const [startLanguage, setStartLanguage] = useState(pack.pack.defaultLanguage);
  const [presenterMode, setPresenterMode] = useState(false);

  const resetLanguage = useCallback(
    (lang: string) => {
      const target = UI_LANGUAGES.includes(lang) ? lang : pack.pack.defaultLanguage;
      if (UI_LANGUAGES.includes(target) && i18n.language !== target) void i18n.changeLanguage(target);
    },
    [i18n, pack.pack.defaultLanguage],
  );

  useEffect(() => {
    let live = true;
    const apply = (s: RuntimeSettings) => {
      if (!live) return;
      setIdleSeconds(s.idleSeconds);
      setPresenterMode(s.presenterMode === true);
      if (s.defaultLanguage && UI_LANGUAGES.includes(s.defaultLanguage)) setStartLanguage(s.defaultLanguage);
    };
    void loadRuntimeSettings().then(apply);
    const off = onRuntimeSettingsChanged(apply); // saved in the admin panel
    return () => {
      live = false;
      off();
    };
  }, []);

  // The attract loop (and so every visit) starts in the default language.
  // (The studio's preview takes its language from the studio.)
  useEffect(() => {
    if (!active && !PREVIEW_MODE) resetLanguage(startLanguage);
  }, [active, startLanguage, resetLanguage]);

  const activeRef = useRef(false);
  const start = useCallback(() => {
    if (activeRef.current) return;
    activeRef.current = true;
    recordStat({ type: 'visit-start' });
    // The home screen renders as a transition: the touch on the attract loop is answered at once.
    asTransition(() => setActive(true));
  }, []);

  const end = useCallback(() => {
    if (!activeRef.current) return;
    activeRef.current = false;
    recordStat({ type: 'visit-end' });
    setActive(false);
    setId((n) => n + 1);
  }, []);

  const visit = useMemo<Visit>(() => ({ active, id, start, end }), [active, id, start, end]);

  return (
    <VisitContext.Provider value={visit}>
      {children}
      {active && !presenterMode && !PREVIEW_MODE && <IdleWatcher key={id} idleSeconds={idleSeconds} onTimeout={end} />}
    </VisitContext.Provider>
  );
}

/** Watches for touches; after the idle time, counts down on screen, then ends the visit. */
function IdleWatcher({ idleSeconds, onTimeout }: { idleSeconds: number; onTimeout: () => void }) {
  const [left, setLeft] = useState<number | null>(null);

  useEffect(() => {
    let timer: number | undefined;
    const arm = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (videoIsPlaying()) arm();
        else setLeft(COUNTDOWN_SECONDS);
      }, idleSeconds * 1000);
    };
    const onActivity = () => {
      setLeft(null);
      arm();
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
    arm();
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [idleSeconds]);

  useEffect(() => {
    if (left === null) return;
    const timer = window.setTimeout(() => {
      if (left <= 1) onTimeout();
      else setLeft(left - 1);
    }, 1000);
    return () => window.clearTimeout(timer);
  }, [left, onTimeout]);

  return <AnimatePresence>{left !== null && <IdleOverlay key="idle" left={left} />}</AnimatePresence>;
}

function IdleOverlay({ left }: { left: number }) {
  const { t } = useTranslation();
  const r = 46;
  const circumference = 2 * Math.PI * r;
  return (
    <motion.div
      className="idle-overlay"
      data-testid="idle-overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-title"
      aria-describedby="idle-message"
      initial={{ opacity: 0 }}
      animate={{ opacity: 1 }}
      exit={{ opacity: 0, transition: { duration: 0.15 } }}
    >
      <motion.div
        className="idle-overlay__card"
        initial={{ scale: 0.92, y: 24 }}
        animate={{ scale: 1, y: 0 }}
        transition={{ type: 'spring', stiffness: 260, damping: 26 }}
      >
        <div className="idle-overlay__ring" aria-hidden="true">
          <svg viewBox="0 0 100 100">
            <circle className="idle-overlay__track" cx="50" cy="50" r={r} />
            <circle
              className="idle-overlay__progress"
              cx="50"
              cy="50"
              r={r}
              strokeDasharray={circumference}
              strokeDashoffset={circumference * (1 - left / COUNTDOWN_SECONDS)}
            />
          </svg>
          <span className="idle-overlay__count" data-testid="idle-countdown">
            {left}
          </span>
        </div>
        <h2 id="idle-title" className="idle-overlay__title">
          {t('idle.title')}
        </h2>
        <p id="idle-message" className="idle-overlay__message" aria-live="polite">
          {t('idle.message', { count: left })}
        </p>
        <TapButton className="idle-overlay__continue" data-testid="idle-continue" tapScale={0.96}>
          {t('idle.continue')}
        </TapButton>
      </motion.div>
    </motion.div>
  );
}

/** Records a screen view each time the visitor arrives on another screen. */
export function ScreenViewStats({ route }: { route: string }) {
  useEffect(() => {
    recordStat({ type: 'screen-view', screen: route });
  }, [route]);
  return null;
}
