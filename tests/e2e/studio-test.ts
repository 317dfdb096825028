/**
 * The content studio's e2e support: the studio server's address (playwright.config.ts starts it on
 * its own port and data folder) and a fresh draft of the pack the kiosk shows, opened as staff do.
 */
import type { Page } from '@playwright/test';
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
