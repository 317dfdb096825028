/**
 * Visual regression: every screen at 1920×1080 in Chinese and English, the main ones at 1080×1920,
 * and a few in Japanese, compared with the committed baselines (tests/e2e/visual.spec.ts-snapshots/). The layout is the
 * kiosk's real one; the pictures are taken at half the device pixels to keep the baselines small.
 * After an intended change of the look: `npx playwright test visual --update-snapshots`, and say
 * in the commit which screens changed and why.
 *
 * On the kiosk no other spec records anything on (`fresh-kiosk.ts`): a baseline is the look of a
 * kiosk without statistics, whatever the specs before this one recorded on the shared server.
 */
import { FRESH_KIOSK } from './fresh-kiosk.ts';
import { expect, test } from './kiosk-test.ts';
import { openScreen, SCREENS } from './screens.ts';

const PORTRAIT_SCREENS = new Set(['attract', 'home', 'enterprises', 'enterprise', 'map', 'cluster']);
/** Japanese, the third language: a few screens in landscape, where its face and its numbers show. */
const JAPANESE_SCREENS = new Set(['home', 'enterprise', 'cluster']);
const VIEWPORTS = [
  { name: 'landscape', width: 1920, height: 1080, screens: (name: string) => name.length > 0 },
  { name: 'portrait', width: 1080, height: 1920, screens: (name: string) => PORTRAIT_SCREENS.has(name) },
];

test.use({ deviceScaleFactor: 0.5, baseURL: FRESH_KIOSK });

/**
 * Half the device pixels, and the backdrop (a picture with its own test, backdrop.spec.ts) left out,
 * so that a baseline compresses to tens of kilobytes; animations are settled by the comparison's
 * wait for two identical frames.
 */
const SHOT_OPTIONS = {
  animations: 'disabled',
  caret: 'hide',
  scale: 'device',
  style: '.backdrop { background: #0b1f3a !important; } .backdrop::before { content: none !important; }',
  maxDiffPixelRatio: 0.002,
  threshold: 0.2,
} as const;
test.describe.configure({ timeout: 240_000 });

for (const viewport of VIEWPORTS) {
  for (const lang of ['zh-CN', 'en', 'ja']) {
    if (lang === 'ja' && viewport.name !== 'landscape') continue;
    test(`every screen looks as before, ${viewport.name} ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      for (const step of SCREENS) {
        if (!viewport.screens(step.name)) continue;
        if (lang === 'ja' && !JAPANESE_SCREENS.has(step.name)) continue;
        if (step.name === 'attract' && lang !== 'zh-CN') continue; // every visit starts in the default language
        await openScreen(page, step, lang);
        await expect
          .soft(page, `${step.name} ${lang} ${viewport.name}`)
          .toHaveScreenshot(`${step.name}-${lang}-${viewport.name}.png`, SHOT_OPTIONS);
      }
    });
  }
}
