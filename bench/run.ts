/**
 * `npm run bench`: performance figures of the kiosk in Chromium against browser mode, with the
 * machine they were measured on. Prints a table, writes bench/results/latest.json and the results
 * section of docs/PERFORMANCE.md. Not part of `npm test`. docs/PERFORMANCE.md says what each
 * figure means.
 *
 * Environment: BENCH_RUNS (start-up repetitions, 5), BENCH_TOUCHES (scripted visit, 200),
 * BENCH_WALK (memory walk, 5000), BENCH_PHOTOS (photos through the pipeline, 100), BENCH_RENDERER (a built renderer to use instead of building one),
 * BENCH_ONLY (a comma-separated subset of pack, publish, studio, sheet, boundary, startup, touch, map, memory, scale, photos: a partial run, written
 * to bench/results/partial.json and not into docs/PERFORMANCE.md, which shows only whole runs),
 * BENCH_GRAPHICS (light or full: the kiosk's graphics tier, instead of the one it detects; a run
 * with it is written to partial.json too).
 *
 * This file runs the sections in order; each lives in bench/sections/ (the map's in three files:
 * the page it opens, its frames, the ECharts comparison). The settings are read in
 * bench/settings.ts, the figures kept in bench/figures.ts and written by bench/report.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startBrowserMode } from '../main/cli/browser-mode.ts';
import { writeSyntheticPack } from '../harness/synthetic-pack.ts';
import { add, rows } from './figures.ts';
import { drawPathOf, graphicsOf, machine, type Machine } from './machine.ts';
import { rendererToMeasure } from './renderer.ts';
import { writeResults } from './report.ts';
import { memoryFigures } from './sections/memory.ts';
import { boundaryFigures } from './sections/boundary.ts';
import { calibrationFigure, mapFigures } from './sections/map-frames.ts';
import { peerFigures } from './sections/map-peer.ts';
import { packFigures } from './sections/pack.ts';
import { photoGridFigures, photoPipelineFigures } from './sections/photos.ts';
import { publishFigures } from './sections/publish.ts';
import { scaleFigures } from './sections/scale.ts';
import { studioPageFigures } from './sections/studio-page.ts';
import { sheetFigures } from './sections/studio-sheet.ts';
import { startupFigures } from './sections/start-up.ts';
import { touchCalibration, touchLatency, touchWalk, VISITOR_READ_MS } from './sections/touch.ts';
import { GRAPHICS, LAUNCH, ONLY, runs } from './settings.ts';

async function main(): Promise<void> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'kiosk-bench-'));
  try {
    const { rendererDir, commit } = await rendererToMeasure(tmp);
    const browser = await chromium.launch({
      executablePath: LAUNCH.executablePath,
      headless: LAUNCH.headless,
      args: LAUNCH.args,
    });

    if (runs('pack') || runs('publish') || runs('studio')) {
      const syntheticDir = await writeSyntheticPack(path.join(tmp, 'synthetic-1000'), { enterprises: 1000, media: 20 });
      if (runs('pack')) await packFigures(syntheticDir, rendererDir);
      if (runs('publish')) await publishFigures(syntheticDir);
      if (runs('studio')) await studioPageFigures(browser, syntheticDir, rendererDir);
    }
    if (runs('sheet')) await sheetFigures(browser, rendererDir);
    if (runs('boundary')) await boundaryFigures();
    if (runs('photos')) await photoPipelineFigures();
    const server = await startBrowserMode({ port: 0, rendererDir, log: () => {} });
    const url = GRAPHICS ? `${server.url}?graphics=${GRAPHICS}` : server.url;
    let info: Machine | undefined;
    try {
      const draws = await drawPathOf(browser);
      info = machine(browser.version(), await graphicsOf(browser, url), draws);
      console.log(`Machine: ${JSON.stringify(info)}`);
      if (LAUNCH.gpu && draws.raster === 'CPU')
        console.warn(
          'BENCH_GPU=1, but this Chromium rasterises on the CPU (no usable GPU or driver): these figures are of the CPU path.',
        );
      if (runs('startup')) await startupFigures(browser, url);
      if (runs('touch')) {
        await touchCalibration(browser);
        await touchLatency(browser, url);
        await touchLatency(browser, url, VISITOR_READ_MS);
        await touchWalk(browser, url, await touchCalibration(browser, VISITOR_READ_MS));
      }
      if (runs('map')) {
        await calibrationFigure(browser);
        const at1080 = await mapFigures(browser, url, 1920, 1080);
        if (at1080) {
          await mapFigures(browser, url, 3840, 2160);
          await peerFigures(browser, url, at1080);
        } else {
          for (const figure of ['Map frame pacing', 'ECharts peer']) {
            add({ id: figure, figure, value: null, unit: '', display: 'not measured: map screen not available' });
          }
        }
      }
      if (runs('memory')) await memoryFigures(browser, url);
      if (runs('scale')) await scaleFigures(browser, rendererDir, tmp);
      if (runs('photos')) await photoGridFigures(browser, url);
    } finally {
      await server.close();
      await browser.close();
    }

    const json = {
      date: new Date().toISOString(),
      commit,
      ...(ONLY ? { only: ONLY } : {}),
      ...(GRAPHICS ? { graphics: GRAPHICS } : {}),
      machine: info,
      rows,
    };
    await writeResults(json);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

await main();
