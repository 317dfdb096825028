/**
 * A city of 5,000 enterprises (issue 24): the default pack served with 5,000 made-up enterprises
 * more (harness/larger-pack.ts). The directory draws only what is on screen and still scrolls to
 * its end and back, its A–Z index jumps, and the way back from a profile finds the same cards.
 */
import type { Page } from '@playwright/test';
import { addSyntheticEnterprises } from '../../harness/larger-pack.ts';
import { routePack } from '../../harness/served-pack.ts';
import { expect, startVisit, test } from './kiosk-test.ts';

const LARGE = 5000;

test.describe.configure({ timeout: 120_000 });

async function withLargePack(page: Page): Promise<void> {
  await routePack(page, (served) => addSyntheticEnterprises(served, LARGE));
}

/** The directory's scroll area: its position, and how far it can go. */
async function scrollState(page: Page): Promise<{ top: number; max: number }> {
  return page
    .locator('.list__scroll')
    .evaluate((el) => ({ top: el.scrollTop, max: el.scrollHeight - el.clientHeight }));
}

test('the directory of 5,000 enterprises draws only its screen, scrolls to the end and back, and the A–Z index jumps', async ({
  page,
}) => {
  await withLargePack(page);
  await startVisit(page);
  await page.getByTestId('lang-en').tap();
  await page.getByTestId('nav-enterprises').tap();
  const screen = page.getByTestId('screen-enterprises');
  const cards = screen.locator('[data-testid^="enterprise-card-"]');
  await expect(page.getByTestId('enterprise-count')).toHaveText(`${LARGE + 14} enterprises`);
  await expect(cards.first()).toBeVisible();
  // Only a few screenfuls of cards exist, not 5,014.
  expect(await cards.count()).toBeLessThan(100);
  const first = await cards.first().getAttribute('data-testid');

  // To the end: the last name in the index (English: Zhongke…) is drawn there.
  const scroller = page.locator('.list__scroll');
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect.poll(async () => (await scrollState(page)).top).toBeGreaterThan(100_000);
  await expect(screen.getByTestId('enterprise-card-zhongke-zhixin')).toBeInViewport();
  expect(await cards.count()).toBeLessThan(100);

  // And back to the top: the first card again.
  await scroller.evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(screen.getByTestId(first!)).toBeInViewport();

  // A–Z: W jumps to Wanbang, far down the list (after 5,000 "Synthetic…"); X to XCMG/Xuzhou/Xiandao.
  await page.getByTestId('az-W').tap();
  await expect(screen.getByTestId('enterprise-card-wanbang')).toBeInViewport();
  await expect(page.getByTestId('az-W')).toHaveAttribute('aria-current', 'true');
  await page.getByTestId('az-S').tap();
  await expect(screen.getByTestId('enterprise-card-enterprise-0000')).toBeInViewport();
  await expect(page.getByTestId('az-S')).toHaveAttribute('aria-current', 'true');
  await page.getByTestId('az-W').tap();
  await expect(screen.getByTestId('enterprise-card-wanbang')).toBeInViewport();

  // A profile and back: the same place in the list.
  const before = (await scrollState(page)).top;
  await screen.getByTestId('enterprise-card-wanbang').tap();
  await expect(page.getByTestId('screen-enterprise')).toBeVisible();
  await page.getByTestId('nav-back').tap();
  await expect(page.getByTestId('screen-enterprises')).toBeVisible();
  await expect(page.getByTestId('enterprise-card-wanbang')).toBeInViewport();
  expect(Math.abs((await scrollState(page)).top - before)).toBeLessThan(2);
});
