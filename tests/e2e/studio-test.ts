/**
 * The content studio's e2e support: the studio server's address (playwright.config.ts starts it on
 * its own port and data folder), a fresh draft of the pack the kiosk shows, opened as staff do, and
 * the steps several specs take alike: a new city, a publish, a rollback.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './kiosk-test.ts';
import { STUDIO_TOKEN_HEADER } from '../../main/contract/studio.ts';
import { studioPort } from '../../playwright.config.ts';

export const STUDIO = `http://127.0.0.1:${studioPort}`;

/** The studio with a new draft of the kiosk's pack: the draft of an earlier test is dropped first. */
export async function openActivePack(page: Page): Promise<void> {
  page.on('dialog', (dialog) => void dialog.accept());
  // The token from the page's HTML, without running the page: a studio showing the old draft would
  // be fetching its media while it is dropped.
  const html = await (await page.request.get(`${STUDIO}/studio/`)).text();
  const token = /<meta name="studio-token" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const discarded = await page.request.post(`${STUDIO}/studio/api/discard`, {
    headers: { [STUDIO_TOKEN_HEADER]: token },
  });
  if (!discarded.ok()) throw new Error(`discard: ${discarded.status()}`);
  await page.goto(`${STUDIO}/studio/`);
  await page.getByTestId('open-active').click();
  await page.getByTestId('form').waitFor();
}

/** The input of a field, by its path in pack:check's notation (`city.name.zh-CN`). */
export const field = (page: Page, path: string) => page.locator(`[data-path="${path.replaceAll('"', '\\"')}"]`);

/** "New city" on the open screen: the starter pack under the short name `id`, its id checked in the form. */
export async function startNewCity(page: Page, id: string): Promise<void> {
  await page.getByRole('button', { name: '打开……' }).click();
  const newCity = page.locator('form', { hasText: '新建城市' });
  await newCity.getByRole('textbox').fill(id);
  await newCity.getByRole('button', { name: '开始' }).click();
  await page.getByTestId('section-pack').click();
  await expect(field(page, 'pack.id')).toHaveValue(id);
}

/**
 * Publishes the draft once its checks let it (the check runs after a pause: slow on a loaded machine),
 * through the confirm dialog. `checkSummary` reads the dialog's summary before it is closed.
 */
export async function publishDraft(page: Page, checkSummary: (summary: Locator) => Promise<void>): Promise<void> {
  await expect(page.getByTestId('publish')).toBeEnabled({ timeout: 20_000 });
  await page.getByTestId('publish').click();
  await page.getByTestId('publish-confirm').click();
  const summary = page.getByTestId('publish-summary');
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await checkSummary(summary);
  await page.getByTestId('publish-close').click();
}

/** Back to the pack the kiosk showed before, from the studio's rollback button. */
export async function rollBack(page: Page): Promise<void> {
  await page.getByRole('button', { name: '回滚' }).click();
  await expect(page.getByRole('status').filter({ hasText: '展台重新显示' })).toBeVisible();
}
