/** The machine line of the results: the computer, the Chromium, how it draws, and the kiosk's tier. */
import os from 'node:os';
import type { Browser } from '@playwright/test';
import { probeRenderer } from '../renderer/src/kiosk/graphics.ts';
import { drawPath, type DrawPath } from './chromium.ts';
import { load } from './figures.ts';
import { newPage } from './page.ts';
import { GRAPHICS, LAUNCH } from './settings.ts';

/**
 * How the kiosk draws in this browser (renderer/src/kiosk/graphics.ts): its tier, and the WebGL
 * renderer it decided by.
 */
export async function graphicsOf(browser: Browser, url: string): Promise<{ tier: string; webgl: string | null }> {
  const { context, page } = await newPage(browser, 1920, 1080, false);
  try {
    await page.goto(url);
    // The kiosk decides a couple of seconds after its first frame; a build that never does is 'unknown'.
    await page
      .locator('html[data-graphics]')
      .waitFor({ state: 'attached', timeout: 15_000 })
      .catch(() => undefined);
    return {
      tier: await page.evaluate(() => document.documentElement.dataset.graphics ?? 'unknown'),
      webgl: await page.evaluate(probeRenderer),
    };
  } finally {
    await context.close();
  }
}

/** How this Chromium draws (see bench/chromium.ts): the GPU only where the machine's driver allows. */
export async function drawPathOf(browser: Browser): Promise<DrawPath> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { gpu } = (await cdp.send('SystemInfo.getInfo')) as {
      gpu: { featureStatus: Record<string, string>; devices: Array<{ deviceString?: string }> };
    };
    return drawPath(gpu.featureStatus, gpu.devices[0]?.deviceString);
  } finally {
    await cdp.detach();
  }
}

export function machine(browserVersion: string, graphics: { tier: string; webgl: string | null }, draws: DrawPath) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
    node: process.version,
    chromium: browserVersion,
    graphics: `${graphics.tier}${GRAPHICS ? ' (BENCH_GRAPHICS)' : ''}; WebGL: ${graphics.webgl ?? 'none'}`,
    window: LAUNCH.headless ? 'headless (BENCH_GPU=0)' : 'in a window (BENCH_GPU=1)',
    draws: draws.text,
    loadavgAtStart: load(),
  };
}

export type Machine = ReturnType<typeof machine>;
