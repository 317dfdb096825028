import { useReducedMotionConfig } from 'framer-motion';
import { useEffect, useState } from 'react';
import { countUpText } from './countup';
import { graphicsTier } from '../kiosk/graphics';

/**
 * A formatted number that counts up from zero when it first shows ("7,800" → 0 … 7,800), keeping
 * whatever surrounds the number (a "+" or a unit). Still under reduced motion (the system's or the
 * kiosk setting's, through MotionConfig), and without a GPU (kiosk/graphics.ts): there each frame of
 * the count repaints the number on the CPU, and a visitor's first touch during it waited for those
 * frames (88 against 48 ms, median, 300 ms into the attract loop; docs/PERFORMANCE.md).
 */
export function CountUp({ text, lang, duration = 1600 }: { text: string; lang: string; duration?: number }) {
  const calm = useReducedMotionConfig() === true || graphicsTier() === 'light';
  const [progress, setProgress] = useState(0);
  useEffect(() => {
    if (calm) return;
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
      <span aria-hidden="true">{countUpText(text, calm ? 1 : progress, lang)}</span>
      <span className="visually-hidden">{text}</span>
    </>
  );
}
