/**
 * A screenshot of every screen, landscape 1920×1080 and portrait 1080×1920, in both languages,
 * into screenshots/ at the repository root (Playwright empties test-results/ at every run).
 */
import { mkdir } from 'node:fs/promises';
import { test } from './kiosk-test.ts';
import { openScreen, SCREENS } from './screens.ts';

const OUT = 'screenshots';
const VIEWPORTS = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
];

test.describe.configure({ timeout: 240_000 }); // ten screens, big PNGs, a busy machine

for (const viewport of VIEWPORTS) {
  for (const lang of ['zh-CN', 'en']) {
    test(`screenshots ${viewport.name} ${lang}`, async ({ page }) => {
      await mkdir(OUT, { recursive: true });
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      for (const step of SCREENS) {
        if (step.name === 'attract' && lang !== 'zh-CN') continue;
        await openScreen(page, step, lang);
        await page.screenshot({ path: `${OUT}/${step.name}-${lang}-${viewport.name}.png` });
      }
    });
  }
}
