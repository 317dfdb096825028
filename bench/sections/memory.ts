/**
 * The `memory` section: the JS heap on home before and after a long seeded random walk. The scale
 * section runs it again on the pack of 5,000 enterprises (`of`: the rows' id suffix and the pack's name).
 */
import type { Browser } from '@playwright/test';
import { randomWalk, seededRandom } from '../../harness/random-walk.ts';
import { add, load } from '../figures.ts';
import { newPage, tapTestId } from '../page.ts';
import { WALK } from '../settings.ts';

export async function memoryFigures(
  browser: Browser,
  url: string,
  of: { id: string; name: string } = { id: '', name: '' },
): Promise<void> {
  const { context, page } = await newPage(browser, 1920, 1080, false);
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // Home from wherever the walk ended: a touch renders its screen as a transition, so the screen
  // touched may still be on screen for a moment after the touch; look again before touching again.
  const backHome = async () => {
    const home = page.getByTestId('screen-home');
    for (let attempt = 0; attempt < 5 && !(await home.isVisible()); attempt++) {
      const next = (await page.getByTestId('attract-start').isVisible()) ? 'attract-start' : 'nav-home';
      await tapTestId(page, next).catch(() => undefined);
      await home.waitFor({ timeout: 5_000 }).catch(() => undefined);
    }
    await home.waitFor();
    await page.waitForTimeout(1500);
  };
  await page.goto(url);
  await page.getByTestId('screen-attract').waitFor();
  await backHome();
  const before = await heap();
  const seed = 20261128;
  const started = Date.now();
  await randomWalk(page, {
    touches: WALK,
    random: seededRandom(seed),
    onTouch: (i) => {
      if (i % 500 === 499)
        console.log(`  walk: ${i + 1} touches, ${((Date.now() - started) / 1000).toFixed(0)} s [load ${load()}]`);
    },
  });
  await backHome();
  const after = await heap();
  await context.close();
  const growth = (after - before) / 2 ** 20;
  add({
    id: `heap-start${of.id}`,
    figure: `JS heap after GC, at the start (home)${of.name ? `, ${of.name}` : ''}`,
    value: before / 2 ** 20,
    unit: 'MiB',
    display: `${(before / 2 ** 20).toFixed(1)} MiB`,
  });
  add({
    id: `heap-growth${of.id}`,
    figure: `JS heap growth after a ${WALK}-touch random walk (seed ${seed}), back on home${of.name ? `, ${of.name}` : ''}`,
    value: growth,
    unit: 'MiB',
    display: `${growth >= 0 ? '+' : ''}${growth.toFixed(2)} MiB (${(after / 2 ** 20).toFixed(1)} MiB)`,
    target: '< 5 MB over 5,000 touches',
    met: WALK >= 5000 ? growth * 1.048576 < 5 : undefined,
    note: WALK >= 5000 ? undefined : `only ${WALK} touches: the target is for 5,000, so it is not assessed`,
  });
}
