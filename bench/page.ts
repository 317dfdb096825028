/** A fresh page for a figure, and a touch on a target of the kiosk's that is really on screen. */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { PAGE_PROBES } from './probes.ts';

export async function newPage(
  browser: Browser,
  width = 1920,
  height = 1080,
  probes = true,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height }, hasTouch: true, locale: 'zh-CN' });
  // tsx (esbuild, keepNames) wraps named functions in __name(): give serialised page functions one.
  await context.addInitScript('window.__name = (f) => f;');
  // Not on the memory page: window.__events keeps every slow event for good (~31 per touch under
  // load, ~1.3 MiB per 1,000 touches), which the heap figure would count as the kiosk's.
  if (probes) await context.addInitScript(PAGE_PROBES);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  return { context, page };
}

export async function tapTestId(page: Page, testId: string): Promise<void> {
  const target = page.getByTestId(testId).first();
  // A screen that is still being replaced can lose the target between two reads: look again.
  for (let attempt = 0; attempt < 50; attempt++) {
    await target.waitFor({ state: 'visible', timeout: 15_000 });
    const box = await target.boundingBox();
    if (box) return page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(100);
  }
  throw new Error(`${testId} is not on screen`);
}
