import { useReducedMotionConfig } from 'framer-motion';
import { useEffect, useState } from 'react';
import { countUpText } from '../lib/countup';

/**
 * A formatted number that counts up from zero when it first shows ("7,800" → 0 … 7,800), keeping
 * whatever surrounds the number (a "+" or a unit). Still under reduced motion (the system's or the
 * kiosk setting's, through MotionConfig).
 */
export function CountUp({ text, lang, duration = 1600 }: { text: string; lang: string; duration?: number }) {
  const [progress, setProgress] = useState(0);
  const calm = useReducedMotionConfig() === true;
  useEffect(() => {
    if (calm) {
      const done = window.setTimeout(() => setProgress(1), 0);
      return () => window.clearTimeout(done);
    }
    let frame = 0;
    const started = performance.now();
    const step = (now: number) => {
      const p = Math.min(1, (now - started) / duration);
      setProgress(1 - Math.pow(1 - p, 3));
      if (p < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [text, duration, calm]);
  return (
    <>
      <span aria-hidden="true">{countUpText(text, progress, lang)}</span>
      <span className="visually-hidden">{text}</span>
    </>
  );
}
