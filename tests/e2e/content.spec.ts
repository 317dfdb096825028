/**
 * What the default pack tells a visitor, checked on the screens themselves: chain links are
 * investment targets only where the pack declares them, the map shows the development zone with
 * its enterprises and never a count of zero, and the English screens carry no Chinese beyond the
 * proper names written in both scripts.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Pack } from '../../main/core/pack/schema.ts';
import { expect, startVisit, test, untilStill } from './kiosk-test.ts';

const pack: Pack = JSON.parse(await readFile('assets/packs/xuzhou/pack.json', 'utf8'));
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

test.describe.configure({ timeout: 120_000 });

async function openCluster(page: Page, id: string): Promise<void> {
  await page.getByTestId('nav-clusters').tap();
  await page.getByTestId(`cluster-node-${id}`).tap();
  await expect(page.getByTestId('screen-cluster')).toBeVisible();
}

/** Each language's own name, as the language switch shows it on every screen. */
const LANGUAGE_NAMES = (
  await Promise.all(
    (await readdir('locales')).map(async (lang) => {
      const { language } = JSON.parse(await readFile(`locales/${lang}/common.json`, 'utf8'));
      return [language.short as string, language.name as string];
    }),
  )
).flat();

/** The visible text of the current screen, without the language switch's names. */
async function screenText(page: Page): Promise<string> {
  let text = await page.locator('body').innerText();
  for (const name of LANGUAGE_NAMES) text = text.split(name).join('');
  return text;
}

test('a declared chain target is shown as one, and an empty undeclared link is not', async ({ page }) => {
  await startVisit(page);
  await page.getByTestId('lang-en').tap();
  const energy = pack.clusters.find((c) => c.id === 'green-low-carbon-energy')!;
  await openCluster(page, energy.id);
  const links = energy.chain!.links;
  for (let i = 0; i < links.length; i++) {
    const link = page.getByTestId(`chain-link-${i}`);
    const declared = links[i]!.target;
    await expect(link.getByTestId('chain-target')).toHaveCount(declared ? 1 : 0);
    if (declared) await expect(link.getByTestId('chain-target')).toContainText(declared.note!.en);
    if (!declared && links[i]!.enterprises.length === 0) {
      await expect(link.getByTestId('chain-open')).toHaveText('No enterprise listed here yet');
    }
  }
  const targets = links.filter((l) => l.target).length;
  await expect(page.getByTestId('chain-summary')).toHaveText(
    `${targets} of ${links.length} links are investment targets.`,
  );

  // Steel declares no target: none is shown, nothing is called an opportunity, no summary counts gaps.
  await page.getByTestId('nav-back').tap();
  await page.getByTestId('cluster-node-high-grade-steel').tap();
  const screen = page.getByTestId('screen-cluster');
  await expect(screen).toContainText(pack.clusters.find((c) => c.id === 'high-grade-steel')!.name.en);
  await expect(page.getByTestId('chain-target')).toHaveCount(0);
  await expect(page.getByTestId('chain-open')).toHaveCount(5);
  await expect(page.getByTestId('chain-summary')).toHaveCount(0);
  await expect(screen).not.toContainText(/opportunit/i);
  await expect(page.getByTestId('chain-illustrative')).toHaveText('An outline of the chain');
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`the map (${lang}) shows the development zone and its pins, and never a count of zero`, async ({ page }) => {
    await startVisit(page);
    if (lang === 'en') await page.getByTestId('lang-en').tap();
    await page.getByTestId('nav-map').tap();
    const screen = page.getByTestId('screen-map');
    await expect(screen).toBeVisible();
    const zone = pack.parks.find((p) => p.id === 'xzetdz')!;
    await expect(page.getByTestId('map-zone-xzetdz')).toBeVisible();
    await expect(page.getByTestId('map-zone-xzetdz')).toContainText(zone.shortName![lang]);
    const inZone = pack.enterprises.filter((e) => e.park === 'xzetdz').map((e) => e.id);
    expect(inZone.sort()).toEqual(['gcl', 'hongyuan', 'xcmg-hanyun', 'xinhua-semiconductor']);
    for (const id of inZone) await expect(page.getByTestId(`map-pin-${id}`)).toBeVisible();
    // The zone's pins sit inside its ring, once they have dropped in.
    await expect(page.locator('.district-map')).not.toHaveClass(/is-entering/, { timeout: 15_000 });
    const ring = (await page.locator('[data-testid="map-zone-xzetdz"] circle').boundingBox())!;
    for (const id of inZone) {
      const pin = (await page.locator(`[data-testid="map-pin-${id}"] .map-pin__dot`).boundingBox())!;
      expect(pin.x).toBeGreaterThan(ring.x);
      expect(pin.x + pin.width).toBeLessThan(ring.x + ring.width);
    }
    // Beside the map: the zone with its enterprises, then every other enterprise in a plain list.
    await expect(page.getByTestId('map-zone-panel-xzetdz')).toContainText(zone.name[lang]);
    const rest = page.getByTestId('map-unplaced');
    for (const e of pack.enterprises.filter((x) => !x.park)) {
      await expect(rest.getByTestId(`map-item-${e.id}`)).toBeVisible();
    }
    const zero = lang === 'en' ? /(^|\D)0 (enterprise|compan|park)|: 0\b/i : /(^|\d)0(家|个)|：0/;
    await expect(screen).not.toContainText(zero);
    // Nor any word on where the content comes from.
    await expect(screen).not.toContainText(lang === 'en' ? /made-up|the content|our sources/i : /臆测|内容中|资料/);

    // A cluster filter with no enterprise on the map shows no zero either.
    await page.getByTestId('map-filter-food-agri').tap();
    await expect(page.getByTestId('map-filter-food-agri')).toHaveAttribute('aria-pressed', 'true');
    await expect(screen).not.toContainText(zero);
  });
}

test('the English screens hold no Chinese, except proper names written in both scripts', async ({ page }) => {
  // Names the pack writes in both scripts, e.g. "Zhongke Hanyun (中科汉韵)": the Chinese may stand beside its pinyin.
  const english = JSON.stringify(pack, (key, value) => (key === 'zh-CN' ? undefined : value));
  const bilingual = [...english.matchAll(/[A-Za-z][\w .&'’-]* \(([\u3400-\u9fff]+)\)/g)].map((m) => `(${m[1]})`);
  expect(bilingual).toContain('(中科汉韵)');
  const check = async (where: string) => {
    let text = await screenText(page);
    for (const name of bilingual) text = text.split(name).join('');
    const line = text.split('\n').find((l) => CJK.test(l));
    expect(line, `Chinese on the English ${where} screen`).toBeUndefined();
  };

  await startVisit(page);
  await page.getByTestId('lang-en').tap();
  await untilStill(page, 1_000);
  await check('home');
  await page.getByTestId('nav-enterprises').tap();
  await expect(page.getByTestId('screen-enterprises')).toBeVisible();
  await check('enterprises');
  for (const e of pack.enterprises) {
    await page.getByTestId(`enterprise-card-${e.id}`).tap();
    await expect(page.getByTestId('screen-enterprise')).toBeVisible();
    await check(`enterprise ${e.id}`);
    await page.getByTestId('nav-back').tap();
    await expect(page.getByTestId('screen-enterprises')).toBeVisible();
  }
  await page.getByTestId('nav-home').tap();
  await page.getByTestId('nav-clusters').tap();
  await expect(page.getByTestId('screen-clusters')).toBeVisible();
  await check('clusters');
  for (const c of pack.clusters) {
    await page.getByTestId(`cluster-node-${c.id}`).tap();
    await expect(page.getByTestId('screen-cluster')).toContainText(c.name.en);
    await check(`cluster ${c.id}`);
    await page.getByTestId('nav-back').tap();
  }
  await page.getByTestId('nav-home').tap();
  await page.getByTestId('nav-future').tap();
  await expect(page.getByTestId('screen-future')).toBeVisible();
  await check('future');
  await page.getByTestId('nav-home').tap();
  await page.getByTestId('nav-map').tap();
  await expect(page.getByTestId('screen-map')).toBeVisible();
  await untilStill(page, 2_500); // the pins and labels come in
  await check('map');
  await page.getByTestId('map-world').tap();
  await expect(page.getByTestId('world-reach-brazil')).toBeVisible();
  await check('world');
  await page.getByTestId('nav-home').tap();
  await page.getByTestId('nav-contact').tap();
  await expect(page.getByTestId('screen-contact')).toBeVisible();
  await check('contact');
});

test('the home screen shows the 2025 targets as targets for 2025, in both languages', async ({ page }) => {
  await startVisit(page);
  const targets = pack.city.headlineFigures.filter((f) => f.qualifier === 'target');
  expect(targets.map((f) => f.year)).toEqual([2025, 2025]);
  const home = page.getByTestId('screen-home');
  for (const [lang, text] of [
    ['zh-CN', '2025年目标'],
    ['en', '2025 target'],
  ] as const) {
    await page.getByTestId(`lang-${lang}`).tap();
    for (const f of targets) {
      const tile = home.locator('.figure-tile', { hasText: f.label[lang] });
      await expect(tile.locator('.figure-tile__year--target')).toHaveText(text);
    }
  }
});
