/**
 * The `scale` section (issue 24): the kiosk with the default pack (Xuzhou's 14 enterprises) and
 * with 1,000 and 5,000 made-up enterprises more (harness/larger-pack.ts), each size written to a
 * pack folder and served by a browser-mode server of its own, as a kiosk would serve it (no
 * routing in Playwright, whose parsing of a large pack in Node would count in the page's load):
 * the attract loop's first paint, the directory (first frame with cards, DOM nodes, scrolling
 * frames), a search keystroke and the map's frames, and at 5,000 the heap's growth over the memory
 * section's walk; and, in Node, the pack's validation at 1,000, 5,000 and 10,000 enterprises.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startBrowserMode } from '../../main/cli/browser-mode.ts';
import { addSyntheticEnterprises } from '../../harness/larger-pack.ts';
import { writeSyntheticPack } from '../../harness/synthetic-pack.ts';
import { loadPack } from '../../main/core/pack/load-pack.ts';
import type { Pack } from '../../main/core/pack/schema.ts';
import { add, ms, pct } from '../figures.ts';
import { intervalsOf, pacing, recordWhile } from '../frames.ts';
import { newPage, tapTestId } from '../page.ts';
import { memoryFigures } from './memory.ts';
import { GRAPHICS, ROOT } from '../settings.ts';
import { median, quantile } from '../stats.ts';

const SIZES = [0, 1000, 5000];
const PAINT_RUNS = 3;
const label = (extra: number) => (extra ? `Xuzhou + ${extra.toLocaleString('en')}` : 'Xuzhou (14)');

type Seen = { __seen: Record<string, number>; __touchAt: number; __painted: Record<string, number> };

async function pageWith(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await newPage(browser);
  return { page, close: () => context.close() };
}

const XUZHOU = path.join(ROOT, 'assets/packs/xuzhou');

/** Xuzhou's pack with `extra` made-up enterprises, written to a folder of its own with its media. */
export async function writeLargerPack(dir: string, extra: number): Promise<{ dir: string; bytes: number }> {
  const pack = JSON.parse(await readFile(path.join(XUZHOU, 'pack.json'), 'utf8')) as Pack;
  addSyntheticEnterprises(pack, extra);
  await mkdir(dir, { recursive: true });
  const json = JSON.stringify(pack);
  await writeFile(path.join(dir, 'pack.json'), json);
  // A copy: the content server's path guard refuses a link out of the pack folder.
  await cp(path.join(XUZHOU, 'media'), path.join(dir, 'media'), { recursive: true });
  return { dir, bytes: Buffer.byteLength(json) };
}

/** From a touch on `testId` to the first frame in which `selector` is on screen and opaque. */
async function touchToFrame(page: Page, testId: string, selector: string): Promise<number> {
  await page.evaluate(
    (s) => (window as unknown as { __watch: (k: string, s: string) => void }).__watch('x', s),
    selector,
  );
  await tapTestId(page, testId);
  await page.waitForFunction(() => (window as unknown as Seen).__seen.x !== undefined, undefined, { timeout: 20_000 });
  return page.evaluate(() => (window as unknown as Seen).__seen.x! - (window as unknown as Seen).__touchAt);
}

/** The attract loop's city name painted (median of fresh pages), and the page's size in bytes. */
async function attractPaint(browser: Browser, url: string): Promise<{ paint: number; pageBytes: number }> {
  const paints: number[] = [];
  let pageBytes = 0;
  for (let i = 0; i < PAINT_RUNS; i++) {
    const { page, close } = await pageWith(browser);
    const response = await page.goto(url);
    pageBytes = (await response?.body())?.byteLength ?? NaN;
    const city = () => (window as unknown as Seen).__painted['attract-city'];
    await page.waitForFunction(city, undefined, { timeout: 20_000 }).catch(() => undefined);
    paints.push((await page.evaluate(city)) ?? NaN);
    await close();
  }
  return { paint: median(paints), pageBytes };
}

async function visitFigures(browser: Browser, url: string, extra: number, packBytes: number): Promise<void> {
  const name = label(extra);
  const { paint, pageBytes } = await attractPaint(browser, url);
  add({
    id: `scale-attract-paint-${extra}`,
    figure: `Attract loop's city name painted, ${name}`,
    value: paint,
    unit: 'ms',
    display: `${ms(paint)} (median of ${PAINT_RUNS}; the page ${(pageBytes / 1e6).toFixed(2)} MB, its pack ${(packBytes / 1e6).toFixed(2)} MB)`,
    target: '< 300 ms',
    met: paint < 300,
    detail: { pageBytes, packBytes },
  });

  const { page, close } = await pageWith(browser);
  try {
    await page.goto(url);
    await tapTestId(page, 'attract-start');
    await page.getByTestId('screen-home').waitFor();
    await page.waitForTimeout(2500); // the preloads and the search index, as a visitor's first look
    // Directory: touch on home's tile → first frame with a card; five times.
    const firstCards: number[] = [];
    for (let i = 0; i < 5; i++) {
      firstCards.push(await touchToFrame(page, 'nav-enterprises', '[data-testid^="enterprise-card-"]'));
      await page.waitForTimeout(800);
      if (i < 4) {
        await tapTestId(page, 'nav-home');
        await page.getByTestId('screen-home').waitFor();
        await page.waitForTimeout(600);
      }
    }
    add({
      id: `scale-directory-first-frame-${extra}`,
      figure: `Touch on the directory tile → first frame with cards, ${name}`,
      value: median(firstCards),
      unit: 'ms',
      display: `${ms(median(firstCards))} (median of 5)`,
      target: '< 150 ms',
      met: median(firstCards) < 150,
      detail: { runs: firstCards },
    });
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    add({
      id: `scale-directory-dom-${extra}`,
      figure: `DOM nodes on the directory, ${name}`,
      value: nodes,
      unit: 'nodes',
      display: String(nodes),
      target: '< 2,000',
      met: nodes < 2000,
    });
    // Scrolling: 30 px a frame for 4 s, as a steady finger would, then back up.
    const frames = await recordWhile(
      page,
      () =>
        page.evaluate(
          () =>
            new Promise<void>((done) => {
              const el = document.querySelector('.list__scroll')!;
              const end = performance.now() + 4000;
              const step = () => {
                el.scrollTop += performance.now() < end - 2000 ? 30 : -30;
                if (performance.now() < end) requestAnimationFrame(step);
                else done();
              };
              requestAnimationFrame(step);
            }),
        ),
      200,
    );
    const scroll = pacing(intervalsOf(frames));
    add({
      id: `scale-directory-scroll-${extra}`,
      figure: `Directory scrolling: frames under 16.7 ms, ${name}`,
      value: 1 - scroll.over16,
      unit: 'share',
      display: `${pct(1 - scroll.over16)} (${scroll.frames} frames, p95 ${ms(scroll.p95)})`,
      target: '≥ 95%',
      met: 1 - scroll.over16 >= 0.95,
    });

    // Search: each key of "xugongz" twice, from the touch to the frame that shows its results.
    await tapTestId(page, 'nav-home');
    await page.getByTestId('screen-home').waitFor();
    await tapTestId(page, 'home-search');
    await page.getByTestId('keyboard-search').waitFor();
    const keys: number[] = [];
    for (let round = 0; round < 2; round++) {
      let typed = '';
      for (const key of 'xugongz') {
        typed += key;
        await page.evaluate((text) => {
          const w = window as unknown as Seen;
          delete w.__seen.key;
          const tick = (t: number) => {
            if (document.querySelector('[data-testid="search-query"]')?.textContent === text) w.__seen.key = t;
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }, typed);
        const box = (await page.locator(`[data-skbtn="${key}"]`).boundingBox())!;
        await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForFunction(() => (window as unknown as Seen).__seen.key !== undefined);
        keys.push(
          await page.evaluate(() => (window as unknown as Seen).__seen.key! - (window as unknown as Seen).__touchAt),
        );
        await page.waitForTimeout(250);
      }
      const clear = (await page.locator('[data-skbtn="{clear}"]').boundingBox())!;
      await page.touchscreen.tap(clear.x + clear.width / 2, clear.y + clear.height / 2);
      await page.waitForTimeout(300);
    }
    add({
      id: `scale-search-key-${extra}`,
      figure: `Search: key touched → frame with its results, p50 / p95, ${name}`,
      value: quantile(keys, 0.95),
      unit: 'ms',
      display: `${ms(quantile(keys, 0.5))} / ${ms(quantile(keys, 0.95))} (${keys.length} keys)`,
      target: '< 50 ms',
      met: quantile(keys, 0.95) < 50,
      detail: { keys },
    });

    // The map: its entrance, then a zoom into a district, at 1920×1080.
    await tapTestId(page, 'nav-home');
    await page.getByTestId('screen-home').waitFor();
    const mapFrames = await recordWhile(page, () => tapTestId(page, 'nav-map'), 3000);
    const zoomFrames = await recordWhile(page, () => tapTestId(page, 'map-district-tongshan'), 1500);
    const map = pacing([...intervalsOf(mapFrames), ...intervalsOf(zoomFrames)]);
    add({
      id: `scale-map-frames-${extra}`,
      figure: `Map entrance and a district zoom at 1920×1080: frames under 16.7 ms, ${name}`,
      value: 1 - map.over16,
      unit: 'share',
      display: `${pct(1 - map.over16)} (${map.frames} frames, p95 ${ms(map.p95)})`,
      target: '≥ 95%',
      met: 1 - map.over16 >= 0.95,
    });
  } finally {
    await close();
  }
}

/**
 * Validation (loadPack) at 1,000, 5,000 and 10,000 enterprises, one row each: the wall time and the
 * process's CPU time (all its threads, the collector's helpers too). On a loaded machine the wall
 * time stretches with the pauses (a parallel collection waits for helper threads that are not
 * scheduled); the CPU time says whether the work itself stays linear.
 */
async function packLoadFigures(tmp: string): Promise<void> {
  for (const n of [1000, 5000, 10000]) {
    const dir = await writeSyntheticPack(path.join(tmp, `scale-${n}`), { enterprises: n, media: 20 });
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < 3; i++) {
      const cpu = process.cpuUsage();
      const t = performance.now();
      const loaded = await loadPack(dir);
      walls.push(performance.now() - t);
      const used = process.cpuUsage(cpu);
      cpus.push((used.user + used.system) / 1000);
      if (!loaded.ok) throw new Error(`synthetic pack of ${n} does not load`);
    }
    const [wall, cpu] = [median(walls), median(cpus)];
    add({
      id: `scale-pack-load-${n}`,
      figure: `Pack loaded and validated at ${n.toLocaleString('en')} enterprises`,
      value: wall,
      unit: 'ms',
      display: `${ms(wall)}, CPU ${ms(cpu)} (median of 3; ${(cpu / (n / 1000)).toFixed(0)} ms of CPU per 1,000)`,
      detail: { walls, cpus },
    });
  }
}

export async function scaleFigures(browser: Browser, rendererDir: string, tmp: string): Promise<void> {
  await packLoadFigures(tmp);
  for (const extra of SIZES) {
    const { dir, bytes } = await writeLargerPack(path.join(tmp, `larger-${extra}`), extra);
    const server = await startBrowserMode({
      port: 0,
      rendererDir,
      packDir: dir,
      dataDir: path.join(tmp, `larger-${extra}-data`),
      watchPack: false,
      log: () => {},
    });
    try {
      const url = GRAPHICS ? `${server.url}?graphics=${GRAPHICS}` : server.url;
      await visitFigures(browser, url, extra, bytes);
      if (extra === 5000) await memoryFigures(browser, url, { id: `-${extra}`, name: label(extra) });
    } finally {
      await server.close();
    }
  }
}
