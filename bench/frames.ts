/** Frames of a page: rAF timestamps recorded while something happens, and how well they kept pace. */
import type { Page } from '@playwright/test';
import { quantile } from './stats.ts';

export interface Pacing {
  frames: number;
  over16: number;
  over33: number;
  p95: number;
}
/**
 * A frame at 60 Hz lasts 16.67 ms, and rAF's timestamps are frame times on a 0.1 ms clock with
 * jitter: an idle page's intervals read 16.6, 16.7 or 16.8 ms, and a third of them are above 16.7.
 * So a frame counts as over 16.7 ms (it missed its vsync: 33.3 ms) or over 33 ms (it missed two:
 * 50 ms) when it is more than CLOCK_TOLERANCE_MS past one or two frame times. The calibration row
 * (an idle page) shows the tolerance counts no on-time frame.
 */
export const FRAME_MS = 1000 / 60;
export const CLOCK_TOLERANCE_MS = 1;
const OVER_ONE_FRAME = FRAME_MS + CLOCK_TOLERANCE_MS;
const OVER_TWO_FRAMES = 2 * FRAME_MS + CLOCK_TOLERANCE_MS;
export function pacing(intervals: number[]): Pacing {
  return {
    frames: intervals.length,
    over16: intervals.filter((d) => d > OVER_ONE_FRAME).length / intervals.length,
    over33: intervals.filter((d) => d > OVER_TWO_FRAMES).length / intervals.length,
    p95: quantile(intervals, 0.95),
  };
}

export const intervalsOf = (ts: number[]) => ts.slice(1).map((t, i) => t - ts[i]!);

export async function recordWhile(page: Page, action: () => Promise<void>, settleMs: number): Promise<number[]> {
  await page.evaluate(() => (window as unknown as { __record: (on: boolean) => void }).__record(true));
  await action();
  await page.waitForTimeout(settleMs);
  return page.evaluate(() => {
    const w = window as unknown as { __record: (on: boolean) => void; __frames: number[] };
    w.__record(false);
    return [...w.__frames];
  });
}
