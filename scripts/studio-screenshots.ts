/**
 * The screenshots of docs/studio.md, taken from the real studio (`npm run build` first):
 *   npm run docs:studio-screenshots
 * For each UI language (Chinese, English) a studio server on a fresh data folder, driven through
 * the steps the guide describes; each picture is 1280×800, written as a palette PNG with sharp
 * (a tenth of a full-colour one's size, and the studio's flat colours survive it).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import sharp from 'sharp';
import { startBrowserMode } from '../main/cli/browser-mode.ts';
import { newStudioToken } from '../main/core/studio/studio-http.ts';

const OUT = path.resolve('docs/images');
const VIEWPORT = { width: 1280, height: 800 };
const field = (page: Page, at: string) => page.locator(`[data-path="${at}"]`);

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400); // the preview's and the checks' debounce
  // The server's check answered (the problems list is not "checking…"), where the editor shows.
  await page
    .locator('.problems__checking')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  const png = await page.screenshot();
  const file = path.join(OUT, `${name}.png`);
  await sharp(png).png({ palette: true, quality: 85, compressionLevel: 9, effort: 10 }).toFile(file);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

async function pictures(lang: 'zh-CN' | 'en', suffix: string): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'studio-screenshots-'));
  const server = await startBrowserMode({ port: 0, dataDir, studio: { token: newStudioToken() }, log: () => {} });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: lang });
    await context.addInitScript((l) => localStorage.setItem('studio-ui-language', l), lang);
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    const name = (step: string) => `studio-${step}-${suffix}`;

    // Opening the studio: where a draft starts.
    await page.goto(server.studioUrl!);
    await page.getByTestId('open-active').waitFor();
    await shoot(page, name('open'));

    // A new city from the starter pack.
    await page.locator('.open-card').nth(1).getByRole('textbox').fill('lakeside');
    await page.locator('.open-card').nth(1).getByRole('button').click();
    await field(page, 'city.name.zh-CN').fill('湖滨市');
    await field(page, 'city.name.en').fill('Lakeside City');
    await field(page, 'city.name.en').focus();
    await shoot(page, name('new-city'));

    // Correcting a figure of the pack the kiosk shows.
    await page.getByTestId('open-other').click();
    await page.getByTestId('open-active').click();
    await page.getByTestId('form').waitFor();
    await page.getByTestId('section-city').click();
    const value = field(page, 'city.headlineFigures[0].value');
    await value.scrollIntoViewIfNeeded();
    await value.fill('791000000000');
    await shoot(page, name('figure'));

    // A photo: the enterprise's media field, where pictures are dropped.
    await page.getByTestId('section-enterprises').click();
    const images = page.locator('[data-field="enterprises[0].media.images"]');
    await images.scrollIntoViewIfNeeded();
    await shoot(page, name('photos'));

    // A problem: a year typed wrong, its message at the field and in the problems list.
    await page.getByTestId('section-city').click();
    const year = field(page, 'city.headlineFigures[1].year');
    await year.fill('20x4');
    await year.scrollIntoViewIfNeeded();
    await page.getByTestId('problem').first().waitFor();
    await shoot(page, name('problem'));
    await year.fill('2024');
    await page.getByTestId('publish').and(page.locator(':enabled')).waitFor();

    // Publishing, and what changed.
    await page.getByTestId('publish').click();
    await page.getByTestId('publish-confirm').click();
    await page.getByTestId('publish-summary').waitFor({ timeout: 30_000 });
    await shoot(page, name('publish'));
    await page.getByTestId('publish-close').click();

    // Saving the draft to a folder (browser mode: the path typed).
    await page.getByTestId('save-to-folder').click();
    await page
      .getByTestId('save-folder-path')
      .fill(os.platform() === 'win32' ? 'D:\\packs\\xuzhou' : '/home/staff/packs/xuzhou');
    await shoot(page, name('save-folder'));
    await page.getByTestId('save-folder-cancel').click();

    // Rolling back: the kiosk shows the pack before the publish again.
    await page.getByTestId('rollback').click();
    await page
      .getByRole('status')
      .filter({ hasText: /1\.2\.0/ })
      .waitFor();
    await shoot(page, name('rollback'));
  } finally {
    await browser.close();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await pictures('zh-CN', 'zh');
await pictures('en', 'en');
