import { motion } from 'framer-motion';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '../kiosk/i18n';

/** How long a load may take before the loading screen shows (a quick load shows none). */
export const LOADING_SCREEN_DELAY_MS = 600;

/**
 * Calm full-screen wait while the pack loads; only when it takes a while. A loading screen that
 * flashes up for a moment is noise, and its exit would hold the attract loop back.
 */
export function LoadingScreen() {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(true), LOADING_SCREEN_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, []);
  return shown ? <LoadingMessage /> : null;
}

function LoadingMessage() {
  const { t, i18n } = useTranslation();
  return (
    <motion.main
      className="status-screen"
      data-testid="screen-loading"
      aria-busy="true"
      initial={{ opacity: 0 }}
      animate={{ opacity: 1 }}
      exit={{ opacity: 0, transition: { duration: 0.2 } }}
      transition={{ duration: 0.6 }}
    >
      <div className="loader" role="progressbar" aria-label={t('loading.label')}>
        <motion.span
          className="loader__ring"
          animate={{ rotate: 360 }}
          transition={{ repeat: Infinity, duration: 1.6, ease: 'linear' }}
        />
        <span className="loader__core" />
      </div>
      <div className="status-screen__texts">
        {UI_LANGUAGES.map((lang) => (
          <p key={lang} lang={lang} className="status-screen__text">
            {i18n.getFixedT(lang)('loading.message')}
          </p>
        ))}
      </div>
    </motion.main>
  );
}

/**
 * The pack could not be loaded: a friendly message in every UI language at once (the visitor may
 * read either), and a countdown to the next automatic retry.
 */
export function ErrorScreen({ retryIn }: { retryIn: number | null }) {
  const { i18n } = useTranslation();
  return (
    <motion.main
      className="status-screen status-screen--error"
      data-testid="screen-error"
      role="alert"
      initial={{ opacity: 0 }}
      animate={{ opacity: 1 }}
      exit={{ opacity: 0 }}
      transition={{ duration: 0.5 }}
    >
      <div className="status-screen__badge" aria-hidden="true">
        <motion.span
          className="status-screen__pulse"
          animate={{ scale: [1, 1.35, 1], opacity: [0.5, 0, 0.5] }}
          transition={{ repeat: Infinity, duration: 2.4, ease: 'easeInOut' }}
        />
      </div>
      <div className="status-screen__messages">
        {UI_LANGUAGES.map((lang) => {
          const t = i18n.getFixedT(lang);
          return (
            <section key={lang} lang={lang} className="status-screen__message">
              <h1>{t('error.title')}</h1>
              <p>{t('error.message')}</p>
              <p className="status-screen__retry" aria-live="polite">
                {retryIn === null ? t('error.retrying') : t('error.retryIn', { count: retryIn })}
              </p>
            </section>
          );
        })}
      </div>
    </motion.main>
  );
}

/** A screen failed to render: say so kindly in every language; the app starts over by itself. */
export function CrashScreen() {
  const { i18n } = useTranslation();
  return (
    <main className="status-screen status-screen--error" data-testid="screen-crash" role="alert">
      <div className="status-screen__badge" aria-hidden="true" />
      <div className="status-screen__messages">
        {UI_LANGUAGES.map((lang) => {
          const t = i18n.getFixedT(lang);
          return (
            <section key={lang} lang={lang} className="status-screen__message">
              <h1>{t('error.crashTitle')}</h1>
              <p>{t('error.crashMessage')}</p>
            </section>
          );
        })}
      </div>
    </main>
  );
}
