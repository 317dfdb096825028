/**
 * The industry map and the cluster map with touch, in both languages: filter, zoom in and out, a
 * pin to a profile, the world view, a cluster and its chain; screenshots of both maps at
 * 1920×1080, 1080×1920 and 3840×2160 into screenshots/ (gitignored).
 */
import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Pack } from '../../main/core/pack/schema.ts';
import { expect, flick, test, touchDrag, untilStill, watchedFrames, watchFrames } from './kiosk-test.ts';
import { routePack } from '../../harness/served-pack.ts';

const pack: Pack = JSON.parse(await readFile('assets/packs/xuzhou/pack.json', 'utf8'));
const LANGS = ['zh-CN', 'en'] as const;
const SHOTS = 'screenshots';

/** Home, through the attract loop when the kiosk starts in one. */
async function openHome(page: Page, query = ''): Promise<void> {
  await page.goto('/' + query);
  const attract = page.getByTestId('screen-attract');
  const home = page.getByTestId('screen-home');
  await expect(attract.or(home)).toBeVisible({ timeout: 20_000 }); // the pack loads first
  if (await attract.isVisible()) await page.getByTestId('attract-start').tap();
  await expect(home).toBeVisible();
}

async function chooseLanguage(page: Page, lang: string): Promise<void> {
  await page.getByTestId(`lang-${lang}`).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/**
 * Another city's pack would give districts: serve the default pack with some (test data only, the
 * committed pack gives none). The request still goes to 127.0.0.1; only its answer changes.
 */
const PLACED: Record<string, string> = {
  'xcmg-heavy': 'xinyi',
  'xcmg-crawler-chassis': 'xinyi',
  'xiandao-dianke': 'pizhou',
  'cp-food-xuzhou': 'suining',
};
async function withDistricts(page: Page): Promise<void> {
  await routePack(page, (served) => {
    for (const e of served.enterprises) if (PLACED[e.id]) e.district = PLACED[e.id];
  });
}

/**
 * Taps the middle of a map target once the map has stopped moving: the zoom has settled (the map
 * marks it with data-zoom="still") and the target's box is the same in samples 200 ms apart (pins
 * drop in and spring when the filter changes). Two reads a few ms apart prove nothing on a loaded
 * machine, where the next animation frame can be 100 ms away.
 */
async function tapCentre(page: Page, testId: string): Promise<void> {
  const target = page.getByTestId(testId);
  await expect(target).toBeVisible();
  await expect(page.locator('.district-map')).toHaveAttribute('data-zoom', 'still', { timeout: 15_000 });
  let previous = await target.boundingBox();
  let still = 0;
  await expect
    .poll(
      async () => {
        await page.waitForTimeout(200);
        const box = await target.boundingBox();
        still = previous && box && JSON.stringify(previous) === JSON.stringify(box) ? still + 1 : 0;
        previous = box;
        return still;
      },
      { timeout: 15_000, intervals: [0] },
    )
    .toBeGreaterThanOrEqual(2);
  await page.touchscreen.tap(previous!.x + previous!.width / 2, previous!.y + previous!.height / 2);
}

test.describe.configure({ timeout: 120_000 });

for (const lang of LANGS) {
  test(`industry map (${lang}): draws, filters, zooms in and out, a pin leads to the profile`, async ({ page }) => {
    await withDistricts(page);
    await openHome(page);
    await chooseLanguage(page, lang);
    await page.getByTestId('nav-map').tap();
    const screen = page.getByTestId('screen-map');
    await expect(screen).toBeVisible();
    for (const d of pack.districts) await expect(page.getByTestId(`map-district-${d.id}`)).toBeAttached();
    await expect(screen).toContainText(lang === 'en' ? 'Schematic, not to scale' : '示意图，非按比例');
    await expect(screen).toContainText(pack.districts[0]!.name[lang]);
    // The development zone is drawn at its position, and described beside the map.
    await expect(page.getByTestId('map-zone-xzetdz')).toBeVisible();
    await expect(page.getByTestId('map-zone-panel-xzetdz')).toContainText(pack.parks[0]!.name[lang]);

    // Filter: districts take the count of that cluster's enterprises.
    await page.getByTestId('map-filter-construction-machinery').tap();
    await expect(page.getByTestId('map-filter-construction-machinery')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('map-district-xinyi')).toHaveAttribute('data-count', '2');
    await expect(page.getByTestId('map-district-pizhou')).toHaveAttribute('data-count', '0');
    await page.getByTestId('map-filter-new-materials').tap();
    await expect(page.getByTestId('map-district-pizhou')).toHaveAttribute('data-count', '1');
    await expect(page.getByTestId('map-district-xinyi')).toHaveAttribute('data-count', '0');
    await page.getByTestId('map-filter-all').tap();

    // Zoom into a district (one without pins: a tap in its middle lands on the district) and out again.
    const peixian = page.getByTestId('map-district-peixian');
    const before = (await peixian.boundingBox())!;
    await tapCentre(page, 'map-district-peixian');
    await expect(page.getByTestId('map-district-panel')).toContainText(
      pack.districts.find((d) => d.id === 'peixian')!.name[lang],
    );
    await expect.poll(async () => (await peixian.boundingBox())!.width).toBeGreaterThan(before.width * 1.5);
    await page.getByTestId('map-zoom-out').tap();
    await expect(page.getByTestId('map-zoom-out')).toHaveCount(0);
    await expect.poll(async () => (await peixian.boundingBox())!.width).toBeLessThan(before.width * 1.1);

    // A pin opens a preview card; the card leads to the profile.
    await tapCentre(page, 'map-pin-xcmg-heavy');
    const card = page.getByTestId('pin-card');
    await expect(card).toContainText(pack.enterprises.find((e) => e.id === 'xcmg-heavy')!.name[lang]);
    await page.getByTestId('pin-card-open').tap();
    await expect(page.getByTestId('screen-enterprise')).toBeVisible();
    await page.getByTestId('nav-back').tap();
    await expect(page.getByTestId('screen-map')).toBeVisible();
  });

  test(`industry map (${lang}): the city and the world`, async ({ page }) => {
    await openHome(page);
    await chooseLanguage(page, lang);
    await page.getByTestId('nav-map').tap();
    await page.getByTestId('map-world').tap();
    await expect(page.getByTestId('world-reach-brazil')).toContainText(lang === 'en' ? 'Brazil' : '巴西');
    await expect(page.getByTestId('screen-map')).toContainText(lang === 'en' ? '130+' : '130');
    await page.getByTestId('world-enterprise').tap();
    await expect(page.getByTestId('screen-enterprise')).toBeVisible();
  });

  test(`cluster map (${lang}): every cluster by tier, a cluster opens its chain, empty links neutral`, async ({
    page,
  }) => {
    await openHome(page);
    await chooseLanguage(page, lang);
    await page.getByTestId('nav-clusters').tap();
    await expect(page.getByTestId('screen-clusters')).toBeVisible();
    for (const c of pack.clusters) await expect(page.getByTestId(`cluster-node-${c.id}`)).toBeVisible();
    for (const f of pack.futureIndustries) await expect(page.getByTestId(`future-node-${f.id}`)).toBeVisible();

    const cluster = pack.clusters.find((c) => c.id === 'construction-machinery')!;
    await page.getByTestId(`cluster-node-${cluster.id}`).tap();
    const screen = page.getByTestId('screen-cluster');
    await expect(screen).toContainText(cluster.name[lang]);
    await expect(page.getByTestId('chain-illustrative')).toBeVisible();
    const links = cluster.chain!.links;
    for (let i = 0; i < links.length; i++) {
      const link = page.getByTestId(`chain-link-${i}`);
      await expect(link).toContainText(links[i]!.name[lang]);
      // No link of this chain is a declared target: an empty one only says that nobody is listed.
      await expect(link.getByTestId('chain-target')).toHaveCount(0);
      await expect(link.getByTestId('chain-open')).toHaveCount(links[i]!.enterprises.length === 0 ? 1 : 0);
    }
    await page.getByTestId('chain-enterprise-xcmg-heavy').tap();
    await expect(page.getByTestId('screen-enterprise')).toBeVisible();
  });
}

test('the zoomed map pans by drag and zooms by pinch; a tap on the sea around the city zooms out', async ({ page }) => {
  await openHome(page);
  await page.getByTestId('nav-map').tap();
  const svg = page.locator('.district-map');
  await tapCentre(page, 'map-district-peixian');
  await expect(page.getByTestId('map-district-panel')).toBeVisible();
  await expect(svg).toHaveAttribute('data-zoom', 'still', { timeout: 15_000 });
  const peixian = page.getByTestId('map-district-peixian');
  const zoomed = (await peixian.boundingBox())!;

  // Drag: the map follows the finger, and the drag selects nothing.
  const stage = (await svg.boundingBox())!;
  const mid = { x: stage.x + stage.width / 2, y: stage.y + stage.height / 2 };
  await touchDrag(page, [mid], [{ x: mid.x - 150, y: mid.y - 60 }]);
  await expect.poll(async () => zoomed.x - (await peixian.boundingBox())!.x).toBeGreaterThan(60);
  await expect(page.getByTestId('map-district-panel')).toContainText(
    pack.districts.find((d) => d.id === 'peixian')!.name['zh-CN'],
  );

  // Pinch: two fingers apart make the district bigger.
  const before = (await peixian.boundingBox())!.width;
  await touchDrag(
    page,
    [
      { x: mid.x - 40, y: mid.y },
      { x: mid.x + 40, y: mid.y },
    ],
    [
      { x: mid.x - 160, y: mid.y },
      { x: mid.x + 160, y: mid.y },
    ],
  );
  await expect.poll(async () => (await peixian.boundingBox())!.width).toBeGreaterThan(before * 1.3);

  // The sea: a point of the map that is neither a district nor a control.
  const sea = await page.evaluate(() => {
    const r = document.querySelector('.district-map')!.getBoundingClientRect();
    for (let y = r.top + 40; y < r.bottom - 40; y += 20) {
      for (let x = r.left + 40; x < r.right - 40; x += 20) {
        if (document.elementFromPoint(x, y)?.classList.contains('district-map__sea')) return { x, y };
      }
    }
    return null;
  });
  expect(sea, 'some sea is visible around the zoomed district').not.toBeNull();
  // The click that ends a gesture selects nothing, for 250 ms: a finger lifted from the pinch is not a tap.
  await page.waitForTimeout(400);
  await page.touchscreen.tap(sea!.x, sea!.y);
  await expect(page.getByTestId('map-zoom-out')).toHaveCount(0);
  await expect(page.getByTestId('map-district-panel')).toHaveCount(0);
  await expect.poll(async () => (await peixian.boundingBox())!.width).toBeLessThan(zoomed.width / 2);
});

test("a district's touch is answered at once by its outline; the others step back and the map glides a frame later", async ({
  page,
}) => {
  await openHome(page);
  await page.getByTestId('nav-map').tap();
  await expect(page.locator('.district-map')).toHaveAttribute('data-zoom', 'still', { timeout: 15_000 });
  await watchFrames(page, {
    pressed: '[data-testid="map-district-peixian"][data-pressed]',
    dimmed: '.district-map__districts .is-dimmed',
  });
  await tapCentre(page, 'map-district-peixian');
  await expect(page.getByTestId('map-district-panel')).toBeVisible();
  const { changes } = await watchedFrames(page);
  const [pressedAt] = changes.pressed!;
  const [dimmedAt] = changes.dimmed!;
  expect(pressedAt, 'the touched district showed its press').toBeDefined();
  expect(dimmedAt, 'the other districts stepped back').toBeDefined();
  expect(dimmedAt!, 'the whole map changed in a later frame than the press').toBeGreaterThan(pressedAt!);
  // The press is the selection's outline until the selection draws its own, then it goes.
  await expect(page.getByTestId('map-district-peixian')).not.toHaveAttribute('data-pressed');
  await expect(page.locator('.district-map__selected')).toHaveCount(1);
});

test("zoomed into a district, the city's glow steps back and the pins are back the moment the map is still; zoomed out, the glow returns", async ({
  page,
}) => {
  await withDistricts(page);
  await openHome(page);
  await page.getByTestId('nav-map').tap();
  const map = page.locator('.district-map');
  await expect(map).toHaveAttribute('data-zoom', 'still', { timeout: 15_000 });
  const glow = page.locator('.district-map__outline-glow');
  await expect(glow).toHaveCount(1);
  // In the page: the pins' layer's opacity two frames after the map comes to rest from a glide.
  await page.evaluate(() => {
    const w = window as unknown as { __restOpacity?: string };
    const frame = document.querySelector('.district-map')!;
    let glided = false;
    new MutationObserver(() => {
      if (frame.getAttribute('data-zoom') === 'moving') glided = true;
      if (!glided || frame.getAttribute('data-zoom') !== 'still') return;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          w.__restOpacity = getComputedStyle(document.querySelector('.district-map__markers')!).opacity;
        }),
      );
    }).observe(frame, { attributes: true, attributeFilter: ['data-zoom'] });
  });
  await tapCentre(page, 'map-district-peixian');
  await expect(page.getByTestId('map-district-panel')).toBeVisible();
  await expect(map).toHaveAttribute('data-zoom', 'still', { timeout: 15_000 });
  await expect(glow).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __restOpacity?: string }).__restOpacity))
    .toBe('1');
  await page.getByTestId('map-zoom-out').tap();
  await expect(page.getByTestId('map-district-panel')).toHaveCount(0);
  await expect(glow).toHaveCount(1);
});

test('a second touch on a district while the map starts to glide into it leaves the pins showing at rest', async ({
  page,
}) => {
  await openHome(page);
  await page.getByTestId('nav-map').tap();
  const map = page.locator('.district-map');
  await expect(map).toHaveAttribute('data-zoom', 'still', { timeout: 15_000 });
  await untilStill(page, 4000); // the entrance
  const box = (await page.getByTestId('map-district-jiawang').boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // The second touch stops the glide while the pins are still fading out, and asks for nothing new.
  await page.touchscreen.tap(centre.x, centre.y);
  await page.waitForTimeout(50);
  await page.touchscreen.tap(centre.x, centre.y);
  await expect(page.getByTestId('map-district-panel')).toBeVisible();
  await expect(map).toHaveAttribute('data-zoom', 'still');
  await page.waitForTimeout(500);
  expect(await page.locator('.district-map__markers').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
});

test("an enterprise touched in the map's side panel answers at once; its card comes a frame later", async ({
  page,
}) => {
  await openHome(page);
  await page.getByTestId('nav-map').tap();
  await expect(page.locator('.district-map')).toHaveAttribute('data-zoom', 'still', { timeout: 15_000 });
  await watchFrames(page, { card: '[data-testid="pin-card"]' });
  await page.locator('[data-testid^="map-item-"]').first().tap();
  await expect(page.getByTestId('pin-card')).toBeVisible();
  const { clicks, changes } = await watchedFrames(page);
  const [clickAt] = clicks;
  const [cardAt] = changes.card!;
  expect(clickAt, 'the touch was seen').toBeDefined();
  expect(cardAt, 'the card came').toBeDefined();
  expect(cardAt!, 'the card came in a later frame than the touch').toBeGreaterThan(clickAt!);
});

test('a district tapped soon after a quick swipe across the map is selected', async ({ page }) => {
  await openHome(page);
  await page.getByTestId('nav-map').tap();
  const map = page.locator('.district-map');
  await expect(map).toHaveAttribute('data-zoom', 'still', { timeout: 15_000 });
  const box = (await map.boundingBox())!;
  const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await flick(page, mid, { x: mid.x + 300, y: mid.y });
  // Past the 250 ms in which the click that ends a gesture selects nothing; Chromium's fling, which
  // swallowed this tap, lasted well over a second.
  await page.waitForTimeout(400);
  await tapCentre(page, 'map-district-peixian');
  await expect(page.getByTestId('map-district-panel')).toContainText(
    pack.districts.find((d) => d.id === 'peixian')!.name['zh-CN'],
  );
});

/** The smallest side of any element matching `selector` (after entrance animations settle). */
async function smallestSide(page: Page, selector: string): Promise<number> {
  const sides = await page
    .locator(selector)
    .evaluateAll((els) =>
      els.map((el) => Math.min(el.getBoundingClientRect().width, el.getBoundingClientRect().height)),
    );
  return sides.length > 0 ? Math.min(...sides) : 0;
}

test('every map target is at least 48 px at 1920×1080', async ({ page }) => {
  await withDistricts(page);
  await openHome(page);
  await page.getByTestId('nav-map').tap();
  await expect(page.getByTestId('map-pin-xcmg-heavy')).toBeVisible();
  const mapTargets = '[data-testid="screen-map"] button, [data-testid^="map-pin-"]';
  await expect.poll(() => smallestSide(page, mapTargets)).toBeGreaterThanOrEqual(48);
  await page.getByTestId('nav-back').tap();
  await page.getByTestId('nav-clusters').tap();
  await expect(page.getByTestId('screen-clusters')).toBeVisible();
  await expect.poll(() => smallestSide(page, '[data-testid^="cluster-node-"]')).toBeGreaterThanOrEqual(48);
  await page.getByTestId('cluster-node-construction-machinery').tap();
  await expect(page.getByTestId('screen-cluster')).toBeVisible();
  await expect.poll(() => smallestSide(page, '[data-testid="screen-cluster"] button')).toBeGreaterThanOrEqual(48);
});

const SIZES = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1080x1920', width: 1080, height: 1920 },
  { name: '3840x2160', width: 3840, height: 2160 },
];

for (const size of SIZES) {
  test(`screenshots of both maps at ${size.name}`, async ({ page }) => {
    test.setTimeout(240_000); // big PNGs on a busy machine
    await mkdir(SHOTS, { recursive: true });
    await page.setViewportSize({ width: size.width, height: size.height });
    await withDistricts(page);
    await openHome(page);
    await page.getByTestId('nav-map').tap();
    await expect(page.getByTestId('map-pin-xcmg-heavy')).toBeVisible();
    await untilStill(page, 2600); // entrance animations
    await page.screenshot({ path: `${SHOTS}/map-${size.name}.png` });
    await page.getByTestId('map-filter-construction-machinery').tap();
    await page.getByTestId('map-district-xinyi').dispatchEvent('click');
    await expect(page.getByTestId('map-district-panel')).toBeVisible();
    // At rest: during the glide the map's layers are scaled rasters, painted sharp when it stops.
    await expect(page.locator('.district-map')).toHaveAttribute('data-zoom', 'still', { timeout: 15_000 });
    await untilStill(page, 1500); // pins and labels fade back in
    await page.screenshot({ path: `${SHOTS}/map-zoomed-${size.name}.png` });
    await page.getByTestId('map-world').tap();
    await untilStill(page, 3200);
    await page.screenshot({ path: `${SHOTS}/map-world-${size.name}.png` });
    await page.getByTestId('nav-home').tap();
    await page.getByTestId('nav-clusters').tap();
    await untilStill(page, 1800);
    await page.screenshot({ path: `${SHOTS}/clusters-${size.name}.png` });
    await page.getByTestId('cluster-node-green-low-carbon-energy').tap();
    await untilStill(page, 1500);
    await page.screenshot({ path: `${SHOTS}/cluster-${size.name}.png` });
    await chooseLanguage(page, 'en');
    await untilStill(page, 300);
    await page.screenshot({ path: `${SHOTS}/cluster-en-${size.name}.png` });
  });
}

for (const motion of ['no-preference', 'reduce'] as const) {
  test(`the map's entrance ${motion === 'reduce' ? 'only fades under reduced motion' : 'drops the pins in'}`, async ({
    page,
  }) => {
    await withDistricts(page);
    await page.emulateMedia({ reducedMotion: motion });
    await openHome(page);
    await page.getByTestId('nav-map').tap();
    await expect(page.locator('.district-map.is-entering')).toBeAttached();
    // What the entrance animates (pins wait for their turn, so they are all still listed).
    const animated = await page.evaluate(() =>
      document.getAnimations().flatMap((a) => {
        const effect = a.effect as KeyframeEffect | null;
        if (!(effect?.target instanceof Element) || !effect.target.closest('.district-map')) return [];
        return effect
          .getKeyframes()
          .flatMap((k) =>
            Object.keys(k).filter((p) => !['offset', 'computedOffset', 'easing', 'composite'].includes(p)),
          );
      }),
    );
    expect(animated).toContain('opacity');
    if (motion === 'reduce') expect(new Set(animated)).toEqual(new Set(['opacity']));
    else expect(animated).toContain('transform');
  });
}

test('without a GPU, the city outline fades in on its own layer; with one, the line draws itself', async ({ page }) => {
  // Each frame, from the touch on "map" until the map has come in: the outline's dash (what its
  // drawing changes, a repaint of the line every frame) and its layer's opacity (a fade, which the
  // compositor runs without painting).
  const outlineFrames = async (query: string, tier: 'light' | 'full') => {
    await openHome(page, query);
    await expect(page.locator('html')).toHaveAttribute('data-graphics', tier);
    await page.evaluate(() => {
      const w = window as unknown as { __outline: Array<{ dash: string | null; opacity: number }> };
      w.__outline = [];
      const started = performance.now();
      const sample = () => {
        const line = document.querySelector('.district-map__outline-layer .district-map__outline');
        const layer = document.querySelector('.district-map__outline-layer');
        if (line && layer)
          w.__outline.push({
            dash: line.getAttribute('stroke-dasharray'),
            opacity: Number(getComputedStyle(layer).opacity),
          });
        if (performance.now() - started < 2500) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.getByTestId('nav-map').tap();
    await expect(page.locator('.district-map.is-entering')).toBeAttached();
    await page.waitForTimeout(2600);
    return page.evaluate(
      () => (window as unknown as { __outline: Array<{ dash: string | null; opacity: number }> }).__outline,
    );
  };

  // This Chromium runs with --disable-gpu: the probe finds its software rasteriser.
  const light = await outlineFrames('', 'light');
  expect(light.length).toBeGreaterThan(3);
  expect(new Set(light.map((f) => f.dash))).toEqual(new Set([null])); // never re-dashed: no repaints
  expect(Math.min(...light.map((f) => f.opacity))).toBeLessThan(0.5); // it fades in…
  expect(light.at(-1)?.opacity).toBe(1); // …to full

  const full = await outlineFrames('?graphics=full', 'full');
  // The line's dash grows frame by frame while its layer stays opaque.
  expect(new Set(full.map((f) => f.dash)).size).toBeGreaterThan(3);
  expect(full.every((f) => f.opacity === 1)).toBe(true);
});
