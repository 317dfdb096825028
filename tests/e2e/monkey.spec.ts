/**
 * Monkey test: a seeded random walk of 2,000+ touches across every screen, in both languages (the
 * walk taps the language switch now and then). The kiosk-test fixture fails it on any uncaught
 * error, console error or failed / off-host request. The idle time is 2 s (`?idle=2`): at a few
 * points the walk stops touching and the idle reset must bring back the attract loop in the
 * default language. `MONKEY_SEED=<n>` replays a walk.
 */
import { readFile } from 'node:fs/promises';
import { errors, type Page } from '@playwright/test';
import type { Pack } from '../../main/core/pack/schema.ts';
import { expect, test } from './kiosk-test.ts';
import { MENU, randomWalk, seededRandom } from '../../harness/random-walk.ts';

const pack: Pack = JSON.parse(await readFile('assets/packs/xuzhou/pack.json', 'utf8'));
/** At least 2,000 in `npm test`; MONKEY_TOUCHES may ask for more (or fewer, when trying it out). */
const TOUCHES = Number(process.env.MONKEY_TOUCHES ?? 2_100);
const LEGS = 3;
const IDLE_SECONDS = 2;

async function waitForIdleReset(page: Page): Promise<void> {
  // Leave any screen with a video (a playing video rightly postpones the reset). With a 2 s idle
  // time the reset may take the button away between looking and tapping (a tap then waits for it
  // for ever): once it has been gone for a few seconds, the screen it was on is gone as well.
  const home = page.getByTestId('nav-home');
  if (await home.isVisible()) {
    await home.tap({ timeout: 5_000 }).catch((error: unknown) => {
      if (!(error instanceof errors.TimeoutError)) throw error;
    });
  }
  // Idle time + the 10 s countdown, with room for a busy machine.
  await expect(page.getByTestId('screen-attract')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('screen-home')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', pack.pack.defaultLanguage);
}

test('a random walk of 2,000+ touches: no error, and the idle reset always brings back the attract loop', async ({
  page,
  watch,
}) => {
  // 600 touches took 13.5 min on a 2-core machine at a load average of 20 (other test runs):
  // the walk is bound by the CPU, so the limit is generous. Unloaded, a touch costs far less.
  test.setTimeout(60 * 60_000);
  const seed = Number(process.env.MONKEY_SEED ?? Date.now() % 2 ** 31);
  console.log(`monkey seed: ${seed} (replay with MONKEY_SEED=${seed})`);
  const random = seededRandom(seed);
  const screens = new Map<string, number>();
  const langs = new Set<string>();

  await page.goto(`/?idle=${IDLE_SECONDS}`);
  await expect(page.getByTestId('screen-attract')).toBeVisible();
  const started = Date.now();
  for (let leg = 0; leg < LEGS; leg++) {
    await randomWalk(page, {
      touches: Math.ceil(TOUCHES / LEGS),
      random,
      onTouch: (i, scene) => {
        if (i % 250 === 249) console.log(`monkey: leg ${leg + 1}, touch ${i + 1}, ${(Date.now() - started) / 1000} s`);
        screens.set(scene.screen, (screens.get(scene.screen) ?? 0) + 1);
        if (scene.screen !== 'screen-attract') langs.add(scene.lang);
      },
    });
    // Fail early, with the seed in the log, rather than after the whole walk.
    expect(watch.errors, `errors logged by the page during leg ${leg + 1}`).toEqual([]);
    await waitForIdleReset(page);
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`monkey: ${TOUCHES} touches in ${seconds.toFixed(0)} s; screens: ${JSON.stringify([...screens])}`);

  // Every screen of the menu was reached, and the visit ran in both languages.
  for (const entry of MENU) {
    const screen = entry.replace('nav-', 'screen-');
    expect.soft(screens.has(screen), `visited ${screen}`).toBe(true);
  }
  expect(screens.has('screen-home')).toBe(true);
  expect(langs).toEqual(new Set(pack.pack.languages));
});
