/** The `map` section's comparison: the map's first paint and zoom against Apache ECharts'. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import type { Pack } from '../../main/core/pack/schema.ts';
import { startPeerServer, type PeerPin } from '../echarts-peer.ts';
import { add, ms } from '../figures.ts';
import { intervalsOf, pacing, recordWhile, type Pacing } from '../frames.ts';
import { newPage } from '../page.ts';
import { ROOT, RUNS } from '../settings.ts';
import { median } from '../stats.ts';
import { MAP_ENTERPRISES, mapFirstPaint, ZOOM_DISTRICT } from './map-page.ts';

/** ECharts' first paint of the peer page (from navigation), in a fresh page; then its zoom frames. */
async function echartsRun(
  browser: Browser,
  url: string,
  zoomName: string,
  withZoom: boolean,
): Promise<{ firstPaint: number; frames: number[] }> {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __peer?: { firstPaint: number | null } }).__peer?.firstPaint != null,
      undefined,
      { timeout: 60_000 },
    );
    const firstPaint = await page.evaluate(
      () => (window as unknown as { __peer: { firstPaint: number } }).__peer.firstPaint,
    );
    if (!withZoom) return { firstPaint, frames: [] };
    await page.waitForTimeout(1500);
    const frames = await recordWhile(
      page,
      () =>
        page.evaluate(
          (name) =>
            (window as unknown as { __zoomTo: (n: string, z: number, ms: number) => Promise<void> }).__zoomTo(
              name,
              3.5,
              900,
            ),
          zoomName,
        ),
      600,
    );
    return { firstPaint, frames };
  } finally {
    await context.close();
  }
}

export async function peerFigures(
  browser: Browser,
  url: string,
  ours: { firstPaint: number; zoom: Pacing },
): Promise<void> {
  // The same pins: MAP_ENTERPRISES spread over the same districts in the same order.
  const pack = JSON.parse(await readFile(path.join(ROOT, 'assets/packs/xuzhou/pack.json'), 'utf8')) as Pack;
  const names = new Map(pack.districts.map((d) => [d.id, d.name['zh-CN']]));
  const order = pack.map!.districts.map((d) => d.district);
  const counts = new Map<string, number>();
  const pins: PeerPin[] = Array.from({ length: MAP_ENTERPRISES }, (_, i) => {
    const district = names.get(order[i % order.length]!)!;
    counts.set(district, (counts.get(district) ?? 0) + 1);
    return { district, index: counts.get(district)! - 1 };
  });
  const peer = await startPeerServer(ROOT, pins);
  const zoomName = names.get(ZOOM_DISTRICT)!;
  // First paints vary by a third from one page load to the next on a busy machine: a median of
  // RUNS fresh pages on each side, taken in turns (ours: the 1080p frame run's, then RUNS - 1 more).
  const oursPaints = [ours.firstPaint];
  const theirPaints: number[] = [];
  let frames: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const run = await echartsRun(browser, peer.url, zoomName, i === 0);
      theirPaints.push(run.firstPaint);
      if (i === 0) frames = run.frames;
      if (i > 0) oursPaints.push(await mapFirstPaint(browser, url));
    }
  } finally {
    await peer.close();
  }
  const firstPaint = median(theirPaints);
  const oursPaint = median(oursPaints);
  const zoom = pacing(intervalsOf(frames));
  const ratio1 = oursPaint / firstPaint;
  const ratio2 = ours.zoom.p95 / zoom.p95;
  add({
    id: 'peer-first-paint',
    figure: 'Map first paint, ours ÷ ECharts',
    value: ratio1,
    unit: 'ratio',
    display: `${ratio1.toFixed(2)} (medians of ${RUNS}: ours ${ms(oursPaint)} from the touch; ECharts ${ms(firstPaint)} from navigation)`,
    target: '< 1',
    met: ratio1 < 1,
    detail: { ours: oursPaints, echarts: theirPaints },
  });
  add({
    id: 'peer-zoom-pacing',
    figure: 'Zoom frame pacing (p95 frame time), ours ÷ ECharts',
    value: ratio2,
    unit: 'ratio',
    display: `${ratio2.toFixed(2)} (ours p95 ${ms(ours.zoom.p95)}, ${(ours.zoom.over16 * 100).toFixed(0)}% > 16.7 ms; ECharts p95 ${ms(zoom.p95)}, ${(zoom.over16 * 100).toFixed(0)}% > 16.7 ms)`,
    target: '< 1',
    met: ratio2 < 1,
    detail: { ours: ours.zoom, echarts: zoom },
  });
}
