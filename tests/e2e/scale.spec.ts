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

test('with 5,000 enterprises the attract loop and home show before the rest of the pack arrives, and a directory asked for early waits for all of it', async ({
  page,
}) => {
  await withLargePack(page);
  // api/pack, which brings the enterprises after the first frame, held until released (the route
  // added last is asked first; it then hands the request to routePack's).
  let release = () => {};
  const released = new Promise<void>((r) => (release = r));
  let asked = 0;
  await page.route('**/api/pack', async (route) => {
    asked++;
    await released;
    await route.fallback();
  });
  await page.goto('/');
  await expect(page.getByTestId('screen-attract')).toContainText('徐州');
  await expect(page.getByTestId('attract-highlight')).toBeVisible();
  await page.getByTestId('attract-start').tap();
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await page.getByTestId('lang-en').tap();
  // Home counts every enterprise from the page's head.
  await expect(page.getByTestId('nav-enterprises')).toContainText(`${LARGE + 14} featured enterprises`);
  expect(asked).toBe(1);

  // The directory, asked for before the enterprises are there: home stays, no partial list.
  await page.getByTestId('nav-enterprises').tap();
  await page.waitForTimeout(1000);
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.getByTestId('screen-enterprises')).toHaveCount(0);

  release();
  await expect(page.getByTestId('screen-enterprises')).toBeVisible();
  await expect(page.getByTestId('enterprise-count')).toHaveText(`${LARGE + 14} enterprises`);
  await page.getByTestId('az-W').tap();
  await expect(page.getByTestId('enterprise-card-wanbang')).toBeInViewport();
});

/** Types `keys` on the search's on-screen keyboard, one tap a key; the search then shows `shows`. */
async function typeOnScreen(page: Page, keys: string, shows = keys): Promise<void> {
  const keyboard = page.getByTestId('keyboard-search');
  for (const key of keys) await keyboard.locator(`[data-skbtn="${key === ' ' ? '{space}' : key}"]`).tap();
  await expect(page.getByTestId('search-query')).toHaveText(shows);
}

async function clearSearch(page: Page): Promise<void> {
  await page.getByTestId('keyboard-search').locator('[data-skbtn="{clear}"]').tap();
  await expect(page.getByTestId('search-query')).toHaveText('');
}

test('among 5,000 enterprises, the search finds one by pinyin initials, full pinyin and English, and opens it', async ({
  page,
}) => {
  await withLargePack(page);
  await startVisit(page);
  await page.getByTestId('home-search').tap();
  await expect(page.getByTestId('screen-search')).toBeVisible();
  const results = page.getByTestId('search-results');
  const hits = results.locator('[data-testid^="search-hit-"]');

  // Pinyin initials: 徐工重型 (xú gōng zhòng xíng) first; each key narrows the list as it is tapped.
  await typeOnScreen(page, 'xg');
  await expect(hits.first()).toBeVisible();
  const afterTwo = await hits.count();
  await typeOnScreen(page, 'zx', 'xgzx');
  await expect(hits.first()).toHaveAttribute('data-testid', 'search-hit-xcmg-heavy');
  expect(await hits.count()).toBeLessThan(afterTwo);
  await hits.first().tap();
  await expect(page.getByTestId('screen-enterprise')).toContainText('徐工重型机械有限公司');
  await page.getByTestId('nav-back').tap();
  // Back from the profile: the same letters and results.
  await expect(page.getByTestId('search-query')).toHaveText('xgzx');
  await expect(hits.first()).toHaveAttribute('data-testid', 'search-hit-xcmg-heavy');

  // Full pinyin: hongyuan → 弘元, the whole name first.
  await clearSearch(page);
  await typeOnScreen(page, 'hongyuan');
  await expect(hits.first()).toHaveAttribute('data-testid', 'search-hit-hongyuan');
  await hits.first().tap();
  await expect(page.getByTestId('screen-enterprise')).toContainText('弘元');
  await page.getByTestId('nav-back').tap();

  // English, by a word's start in the middle of the name; and a made-up one by its number.
  await page.getByTestId('lang-en').tap();
  await clearSearch(page);
  await typeOnScreen(page, 'crawl');
  await expect(hits).toHaveCount(1);
  await hits.first().tap();
  await expect(page.getByTestId('screen-enterprise')).toContainText('XCMG Crawler Chassis Co., Ltd.');
  await page.getByTestId('nav-back').tap();
  await clearSearch(page);
  await typeOnScreen(page, 'synthetic enterprise 4321');
  await expect(hits.first()).toHaveAttribute('data-testid', 'search-hit-enterprise-4321');
  await hits.first().tap();
  await expect(page.getByTestId('screen-enterprise')).toContainText('Synthetic Enterprise 4321 Ltd.');
});

/** The map's markers at the moment: clusters (with their counts) and single pins. */
async function markers(page: Page): Promise<{ clusters: number[]; pins: number }> {
  return page.locator('.district-map').evaluate((map) => ({
    clusters: [...map.querySelectorAll('[data-testid^="map-cluster-"]')].map((c) =>
      Number(c.getAttribute('data-count')),
    ),
    pins: map.querySelectorAll('[data-testid^="map-pin-"]').length,
  }));
}

test('the map of 5,000 enterprises merges pins into counted clusters that split on zoom; a pin opens its card', async ({
  page,
}) => {
  await withLargePack(page);
  await startVisit(page);
  await page.getByTestId('nav-map').tap();
  await expect(page.getByTestId('screen-map')).toBeVisible();
  await expect(page.locator('.district-map')).toHaveAttribute('data-zoom', 'still');
  await expect(page.locator('[data-testid^="map-cluster-"]').first()).toBeVisible();

  // The overview: a few counted clusters hold every placed pin (the 5,000 have districts).
  const overview = await markers(page);
  expect(overview.clusters.length + overview.pins).toBeLessThan(100);
  expect(overview.clusters.reduce((a, b) => a + b, 0) + overview.pins).toBeGreaterThanOrEqual(LARGE);

  // A tap on a cluster zooms to it: it parts into smaller clusters, then into single pins.
  let steps = 0;
  while ((await markers(page)).pins === 0 && steps < 8) {
    // The largest cluster whose centre is on top (clusters may overlap a little).
    const target = await page.locator('.district-map').evaluate((map) => {
      let best: { x: number; y: number; count: number } | null = null;
      for (const c of map.querySelectorAll('.map-cluster')) {
        const r = c.querySelector('.map-cluster__dot')!.getBoundingClientRect();
        const x = r.x + r.width / 2;
        const y = r.y + r.height / 2;
        const count = Number(c.getAttribute('data-count'));
        if (document.elementFromPoint(x, y)?.closest('.map-cluster') === c && (!best || count > best.count))
          best = { x, y, count };
      }
      return best;
    });
    expect(target).not.toBeNull();
    await page.touchscreen.tap(target!.x, target!.y);
    await expect(page.locator('.district-map')).toHaveAttribute('data-zoom', 'still', { timeout: 15_000 });
    await expect.poll(async () => Math.max(0, ...(await markers(page)).clusters)).toBeLessThan(target!.count);
    steps++;
  }
  expect(steps).toBeGreaterThan(0);

  // Zoomed in far enough, single pins: one opens its card, and the card the profile.
  const at = await page.locator('.district-map').evaluate((map) => {
    for (const pin of map.querySelectorAll('.map-pin')) {
      const r = pin.querySelector('.map-pin__dot')!.getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      if (document.elementFromPoint(x, y)?.closest('.map-pin') === pin) return { x, y };
    }
    return null;
  });
  expect(at).not.toBeNull();
  await page.touchscreen.tap(at!.x, at!.y);
  await expect(page.getByTestId('pin-card')).toBeVisible();
  await page.getByTestId('pin-card-open').tap();
  await expect(page.getByTestId('screen-enterprise')).toBeVisible();
});

test('a district of hundreds lists its first 30 beside the map, and a touch shows all of them in the directory', async ({
  page,
}) => {
  await withLargePack(page);
  await startVisit(page);
  await page.getByTestId('nav-map').tap();
  await expect(page.locator('.district-map')).toHaveAttribute('data-zoom', 'still');
  // A point of the district that no cluster covers.
  const spot = await page.getByTestId('map-district-tongshan').evaluate((district) => {
    const r = district.getBoundingClientRect();
    for (let i = 1; i < 20; i++)
      for (let j = 1; j < 20; j++) {
        const [x, y] = [r.x + (r.width * i) / 20, r.y + (r.height * j) / 20];
        if (document.elementFromPoint(x, y) === district) return { x, y };
      }
    return null;
  });
  await page.touchscreen.tap(spot!.x, spot!.y);
  const panel = page.getByTestId('map-district-panel');
  await expect(panel).toBeVisible();
  await expect(panel.locator('[data-testid^="map-item-"]')).toHaveCount(30);
  const all = page.getByTestId('map-district-all');
  const count = Number((await all.textContent())!.match(/\d[\d,]*/)![0].replace(/,/g, ''));
  expect(count).toBeGreaterThan(30);
  await all.tap();
  await expect(page.getByTestId('screen-enterprises')).toBeVisible();
  await expect(page.getByTestId('enterprise-count')).toContainText(String(count));
});
