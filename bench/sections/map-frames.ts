/**
 * The `map` section's frames: an idle page's (the frame clock's calibration), the map's with 500
 * more enterprises at a size, and a reference of what the map's zoom composites without the map.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { add, ms, pct } from '../figures.ts';
import { CLOCK_TOLERANCE_MS, intervalsOf, pacing, recordWhile, type Pacing } from '../frames.ts';
import { newPage, tapTestId } from '../page.ts';
import { ROOT } from '../settings.ts';
import { homeWithManyEnterprises, MAP_ENTERPRISES, mapShownSinceTouch, ZOOM_DISTRICT } from './map-page.ts';

/** Frame pacing of a page with nothing to do: what the frame clock alone gives. */
export async function calibrationFigure(browser: Browser): Promise<void> {
  const { context, page } = await newPage(browser, 1920, 1080);
  await page.goto('data:text/html,<p>idle</p>');
  // Five seconds of frames (about 300) with nothing happening.
  const intervals = intervalsOf(await recordWhile(page, async () => undefined, 5000));
  await context.close();
  const idle = pacing(intervals);
  const naive = intervals.filter((d) => d > 16.7).length / intervals.length;
  add({
    id: 'frames-idle-calibration',
    figure: `Calibration: an idle page's frames over 16.7 ms (more than ${CLOCK_TOLERANCE_MS} ms past a frame time)`,
    value: idle.over16,
    unit: 'share',
    display: `${pct(idle.over16)} of ${idle.frames} (read as > 16.7 ms without the tolerance: ${pct(naive)}); intervals ${Math.min(...intervals).toFixed(1)}–${Math.max(...intervals).toFixed(1)} ms`,
  });
}

export async function mapFigures(
  browser: Browser,
  url: string,
  width: number,
  height: number,
): Promise<{ firstPaint: number; zoom: Pacing } | undefined> {
  const { context, page } = await newPage(browser, width, height);
  if (!(await homeWithManyEnterprises(page, url))) {
    await context.close();
    return undefined;
  }
  const entrance = await recordWhile(page, () => tapTestId(page, 'nav-map'), 3000);
  const firstPaint = await mapShownSinceTouch(page);
  const filter = await recordWhile(page, () => tapTestId(page, `map-filter-${'construction-machinery'}`), 1500);
  const zoom = await recordWhile(page, () => tapTestId(page, `map-district-${ZOOM_DISTRICT}`), 1500);
  const frameBox = await page.locator('.district-map').boundingBox();
  await context.close();
  const phases = {
    entrance: pacing(intervalsOf(entrance)),
    filter: pacing(intervalsOf(filter)),
    zoom: pacing(intervalsOf(zoom)),
  };
  const all = pacing([...intervalsOf(entrance), ...intervalsOf(filter), ...intervalsOf(zoom)]);
  const size = `${width}×${height}`;
  add({
    id: `frames-${width}x${height}`,
    figure: `Map frames (entrance, filter, zoom; ${MAP_ENTERPRISES} extra enterprises) at ${size}: share < 16.7 ms`,
    value: 1 - all.over16,
    unit: 'share',
    display: `${pct(1 - all.over16)} < 16.7 ms; ${pct(all.over16)} over 16.7 ms, ${pct(all.over33)} over 33 ms; p95 ${ms(all.p95)} (${all.frames} frames)`,
    ...(width === 1920 ? { target: '≥ 95% < 16.7 ms', met: all.over16 <= 0.05 } : {}),
    detail: { all, phases },
  });
  if (frameBox) await referenceFigure(browser, width, height, frameBox, phases.zoom);
  return { firstPaint, zoom: phases.zoom };
}

/**
 * A reference for the map's frames at a size: what the map's zoom composites, without the map.
 * The kiosk's backdrop picture fills the screen; a frame of the map's size and place clips two
 * bare layers that zoom in by a transform, as the districts' and the pins' layers do; no SVG, no
 * pins, no panels. Without a GPU every frame is composited on the CPU, and at 3840×2160 this stack
 * alone misses frames: the map's zoom beside it shows what the map itself adds.
 */
async function referenceFigure(
  browser: Browser,
  width: number,
  height: number,
  box: { x: number; y: number; width: number; height: number },
  mapZoom: Pacing,
): Promise<void> {
  const { context, page } = await newPage(browser, width, height);
  const picture = await readFile(
    path.join(ROOT, 'assets/backdrop', width >= height ? 'landscape.jpg' : 'portrait.jpg'),
    'base64',
  );
  const frame = `position:fixed;left:${box.x}px;top:${box.y}px;width:${box.width}px;height:${box.height}px;overflow:hidden;border-radius:24px`;
  const layer = (background: string) =>
    `position:absolute;inset:0;background:${background};will-change:transform;` +
    'transform-origin:50% 50%;transition:transform 0.9s cubic-bezier(0.2,0.8,0.2,1)';
  const html =
    '<body style="margin:0">' +
    `<div style="position:fixed;inset:0;background:url(data:image/jpeg;base64,${picture}) center/cover"></div>` +
    `<div style="${frame}">` +
    `<div class="zoom" style="${layer('radial-gradient(circle at 40% 40%,rgba(31,95,139,.8),rgba(11,42,74,.5) 70%)')}"></div>` +
    `<div class="zoom" style="${layer('radial-gradient(circle at 60% 60%,rgba(255,200,0,.3),transparent 30%)')}"></div>` +
    '</div></body>';
  await page.goto(`data:text/html,${encodeURIComponent(html)}`);
  await page.waitForTimeout(500);
  const frames = await recordWhile(
    page,
    () =>
      page.evaluate(() =>
        document.querySelectorAll<HTMLElement>('.zoom').forEach((layer) => (layer.style.transform = 'scale(3.5)')),
      ),
    1500,
  );
  await context.close();
  const reference = pacing(intervalsOf(frames));
  add({
    id: `frames-reference-${width}x${height}`,
    figure: `Reference at ${width}×${height}: the zoom's layers over the backdrop, without the map, share < 16.7 ms`,
    value: 1 - reference.over16,
    unit: 'share',
    display: `${pct(1 - reference.over16)} < 16.7 ms, p95 ${ms(reference.p95)} (${reference.frames} frames); the map's zoom: ${pct(1 - mapZoom.over16)}, p95 ${ms(mapZoom.p95)}`,
    detail: { reference, mapZoom },
  });
}
