import { readFile } from 'node:fs/promises';
import type { Pack } from '../../main/core/pack/schema.ts';
import { expect, startVisit, test } from './kiosk-test.ts';

const pack: Pack = JSON.parse(await readFile('assets/packs/xuzhou/pack.json', 'utf8'));
const withVideo = pack.enterprises.find((e) => e.media?.video)!;

test('the first touch opens the home screen in Chinese with the city and its headline figures', async ({ page }) => {
  await startVisit(page);
  const home = page.getByTestId('screen-home');
  await expect(home).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(home).toContainText(pack.city.name['zh-CN']);
  await expect(home).toContainText(pack.city.headlineFigures[0]!.label['zh-CN']);
});

test('switching language changes every visible text at once, without a reload', async ({ page }) => {
  await startVisit(page);
  await expect(page.getByTestId('screen-home')).toContainText(pack.city.tagline['zh-CN']);
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => navigations.push(frame.url()));

  await page.getByTestId('lang-en').tap();
  const home = page.getByTestId('screen-home');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(home).toContainText(pack.city.tagline.en);
  await expect(home).toContainText(pack.city.headlineFigures[0]!.label.en);
  // No Chinese characters remain anywhere on the English screen but in the language switch.
  const visibleText = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[data-testid^="lang-"]').forEach((el) => el.remove());
    return clone.innerText;
  });
  expect(visibleText).not.toMatch(/[\u4e00-\u9fff]/);

  await page.getByTestId('lang-zh-CN').tap();
  await expect(home).toContainText(pack.city.tagline['zh-CN']);
  expect(navigations).toEqual([]);
});

/** The width of a curly and of a straight quote, set inside `el` (with its font and language). */
function quoteWidths(el: Element): { curly: number; straight: number } {
  const measure = (text: string) => {
    const span = document.createElement('span');
    span.textContent = text;
    el.append(span);
    const width = span.getBoundingClientRect().width;
    span.remove();
    return width;
  };
  return { curly: measure('\u201c'), straight: measure('"') };
}

test('quotation marks are set the English way in English and the Chinese way in Chinese', async ({ page }) => {
  await page.goto('/');
  // The attract loop's first highlight quotes “343” in Chinese, with its English line under it.
  const attractEnglish = page.locator('.highlight__title-2[lang="en"]').first();
  await expect(attractEnglish).toContainText('“343”');
  const attractEn = await attractEnglish.evaluate(quoteWidths);
  expect(attractEn.curly).toBeLessThan(1.3 * attractEn.straight);

  await page.getByTestId('attract-start').tap();
  // The first headline figure's label on home, in the language of the page.
  const label = page.locator('.figure-tile__label').first();
  await expect(label).toContainText('“343”');
  const zh = await label.evaluate(quoteWidths);
  // Chinese: full-width quotes, as Chinese typesetting has them.
  expect(zh.curly).toBeGreaterThan(1.6 * zh.straight);

  await page.getByTestId('lang-en').tap();
  await expect(label).toContainText(pack.city.headlineFigures[0]!.label.en);
  const en = await label.evaluate(quoteWidths);
  // English: no blank around the quoted words, a quote as wide as a Latin one.
  expect(en.curly).toBeLessThan(1.3 * en.straight);
});

for (const [width, height] of [
  [1920, 1080],
  [1080, 1920],
  [3840, 2160],
] as const) {
  test(`at ${width}×${height}, home shows the city and every way in on one screen, in both languages`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await startVisit(page);
    for (const lang of ['zh-CN', 'en'] as const) {
      await page.getByTestId(`lang-${lang}`).tap();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByTestId('screen-home')).toContainText(pack.city.intro[lang]);
      const layout = await page.evaluate(async () => {
        await document.fonts.ready;
        const box = (el: Element) => {
          const r = el.getBoundingClientRect();
          return { id: el.getAttribute('data-testid') ?? el.className, top: r.top, bottom: r.bottom };
        };
        const home = document.querySelector('[data-testid="screen-home"]')!;
        const scroller = home.querySelector('.scroll-area')!;
        const topBar = document.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0;
        return {
          overflow: scroller.scrollHeight - scroller.clientHeight,
          scrolled: scroller.scrollTop,
          viewport: innerHeight,
          topBar,
          city: box(home.querySelector('.home__city')!),
          tiles: [...home.querySelectorAll('[data-testid^="nav-"]')].map(box),
        };
      });
      // Nothing to scroll to: a visitor who does not think of scrolling still sees every way in.
      expect(layout.overflow, `home overflows by ${layout.overflow} px in ${lang}`).toBeLessThanOrEqual(1);
      expect(layout.scrolled).toBe(0);
      expect(layout.tiles).toHaveLength(5);
      for (const tile of layout.tiles) {
        expect(tile.top, `${tile.id} (${lang})`).toBeGreaterThanOrEqual(layout.topBar);
        expect(tile.bottom, `${tile.id} (${lang})`).toBeLessThanOrEqual(layout.viewport);
      }
      expect(layout.city.top, `the city's name (${lang})`).toBeGreaterThanOrEqual(layout.topBar);
    }
  });
}

test('a visitor opens an enterprise from the list and sees its profile', async ({ page }) => {
  await startVisit(page);
  await page.getByTestId('lang-en').tap();
  await page.getByTestId('nav-enterprises').tap();
  await expect(page.getByTestId('screen-enterprises')).toBeVisible();
  for (const enterprise of pack.enterprises) {
    await expect(page.getByTestId(`enterprise-card-${enterprise.id}`)).toBeVisible();
  }
  const first = pack.enterprises[0]!;
  await page.getByTestId(`enterprise-card-${first.id}`).tap();
  const profile = page.getByTestId('screen-enterprise');
  await expect(profile).toBeVisible();
  await expect(profile).toContainText(first.name.en);
  await expect(profile).toContainText(first.summary.en);
  // The first image of the gallery is shown and actually decoded.
  const image = profile.locator('img').first();
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  // The language switch keeps the visitor on the same profile.
  await page.getByTestId('lang-zh-CN').tap();
  await expect(profile).toContainText(first.name['zh-CN']);

  await page.getByTestId('nav-back').tap();
  await expect(page.getByTestId('screen-enterprises')).toBeVisible();
});

test('a first visit’s enterprise grid has its pictures from its first frame: they were fetched while the attract loop ran', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByTestId('screen-attract').waitFor();
  await page.waitForTimeout(1500); // the loop runs a while before anyone touches it
  await page.getByTestId('attract-start').tap();
  await page.getByTestId('screen-home').waitFor();
  // Frame by frame once the grid is there: how many of its cards' pictures have arrived.
  await page.evaluate(() => {
    const w = window as unknown as { __covers: string[] };
    w.__covers = [];
    const started = performance.now();
    const sample = () => {
      const images = [...document.querySelectorAll<HTMLImageElement>('[data-testid^="enterprise-card-"] img')];
      if (images.length)
        w.__covers.push(`${images.filter((i) => i.complete && i.naturalWidth > 0).length}/${images.length}`);
      if (performance.now() - started < 1500) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.getByTestId('nav-enterprises').tap();
  await expect(page.getByTestId('screen-enterprises')).toBeVisible();
  await page.waitForTimeout(1600);
  const covers = await page.evaluate(() => (window as unknown as { __covers: string[] }).__covers);
  const all = `${pack.enterprises.length}/${pack.enterprises.length}`;
  expect(covers.length).toBeGreaterThan(0);
  expect(covers[0]).toBe(all);
  expect(covers.filter((c) => c !== all)).toEqual([]);
});

test('the enterprise video plays when tapped and seeks by byte ranges', async ({ page, watch }) => {
  await startVisit(page);
  await page.getByTestId('nav-enterprises').tap();
  await page.getByTestId(`enterprise-card-${withVideo.id}`).tap();
  const video = page.getByTestId('enterprise-video');
  await expect(video).toBeVisible();
  expect(await video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);

  await page.getByTestId('video-play').tap();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => !v.paused && v.currentTime > 0.2)).toBe(true);

  const duration = await video.evaluate((v: HTMLVideoElement) => v.duration);
  expect(duration).toBeGreaterThan(2);
  // Seek to about 70% by tapping the seek bar there.
  const seek = page.getByTestId('video-seek');
  const box = (await seek.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width * 0.7, box.y + box.height / 2);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime / v.duration)).toBeGreaterThan(0.55);
  expect(watch.rangeStatuses.length).toBeGreaterThan(0);
  expect(
    watch.rangeStatuses.filter((status) => status !== 206),
    JSON.stringify(watch.rangeStatuses),
  ).toEqual([]);

  await page.getByTestId('video-play').tap();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);
});

test('the page carries the strict CSP and refuses to be zoomed or scrolled past its edges', async ({ page }) => {
  const response = await page.goto('/');
  expect(response!.headers()['content-security-policy']).toContain("default-src 'self'");
  await startVisit(page);
  const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
  expect(viewport).toContain('user-scalable=no');
  const hygiene = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { userSelect: style.userSelect, overscroll: getComputedStyle(document.documentElement).overscrollBehavior };
  });
  expect(hygiene.userSelect).toBe('none');
  expect(hygiene.overscroll).toContain('none');
});

test('the kiosk runs the production build of React (the development build is several times slower)', async ({
  page,
}) => {
  await startVisit(page);
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((url) => url.endsWith('.js')),
  );
  expect(scripts.length).toBeGreaterThan(0);
  for (const url of scripts) {
    const code = await (await page.request.get(url)).text();
    // Only React's development build carries its JSX dev runtime and its warnings.
    expect(code, url).not.toContain('jsxDEV');
    expect(code, url).not.toContain('in plain JavaScript React classes');
  }
});

test('the attract loop draws from the head of the pack served inside the page, without waiting for api/pack', async ({
  page,
}) => {
  // api/pack (the whole pack, fetched after the first frame) held until the attract loop shows.
  let release = () => {};
  const released = new Promise<void>((r) => (release = r));
  await page.route('**/api/pack', async (route) => {
    await released;
    await route.fallback();
  });
  const asked = page.waitForRequest((request) => new URL(request.url()).pathname === '/api/pack');
  await page.goto('/');
  const attract = page.getByTestId('screen-attract');
  await expect(attract).toContainText(pack.city.name['zh-CN']);
  await expect(page.getByTestId('attract-highlight')).toBeVisible();
  await asked;
  // The head's text was taken out of the page once read.
  expect(await page.locator('#kiosk-pack').textContent()).toBe('');
  release();
});

/**
 * Records, frame by frame for `ms` from now, how many elements match `selector` and whether the
 * `which` one of them is moved or faded (a transform other than none, or an opacity under 1).
 * `recordedFrames` reads them.
 */
async function recordFrames(
  page: import('@playwright/test').Page,
  selector: string,
  which: 'first' | 'last',
  ms: number,
): Promise<void> {
  await page.evaluate(
    ({ selector, which, ms }) => {
      const w = window as unknown as { __frames: Array<{ count: number; moving: boolean }> };
      w.__frames = [];
      const started = performance.now();
      const sample = () => {
        const all = [...document.querySelectorAll<HTMLElement>(selector)];
        const el = which === 'first' ? all[0] : all.at(-1);
        const style = el ? getComputedStyle(el) : null;
        const moving =
          !!style &&
          ((style.transform !== 'none' && style.transform !== 'matrix(1, 0, 0, 1, 0, 0)') || Number(style.opacity) < 1);
        w.__frames.push({ count: all.length, moving });
        if (performance.now() - started < ms) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    },
    { selector, which, ms },
  );
}

const recordedFrames = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __frames: Array<{ count: number; moving: boolean }> }).__frames);

test('without a GPU, screens change at once; with one (or when asked), the new screen slides and fades in', async ({
  page,
}) => {
  // This Chromium runs with --disable-gpu: the probe finds its software rasteriser.
  await startVisit(page);
  await expect(page.locator('html')).toHaveAttribute('data-graphics', 'light');
  await recordFrames(page, '.screen', 'last', 3000);
  // After each change of the document: how many screens it holds.
  await page.evaluate(() => {
    const w = window as unknown as { __mostScreens: number };
    w.__mostScreens = 0;
    new MutationObserver(() => {
      w.__mostScreens = Math.max(w.__mostScreens, document.querySelectorAll('.screen').length);
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByTestId('nav-enterprises').tap();
  await expect(page.getByTestId('screen-enterprises')).toBeVisible();
  await expect(page.getByTestId('screen-home')).toHaveCount(0);
  await page.waitForTimeout(1000);
  const light = await recordedFrames(page);
  expect(light.some((f) => f.count > 0)).toBe(true);
  expect(light.filter((f) => f.moving)).toEqual([]);
  // The old screen is gone in the same change that brings the new one: no frame draws one under
  // the other (drawn on the CPU, such frames took ~100-190 ms longer here, and showed both).
  expect(await page.evaluate(() => (window as unknown as { __mostScreens: number }).__mostScreens)).toBe(1);

  await startVisit(page, '?graphics=full');
  await expect(page.locator('html')).toHaveAttribute('data-graphics', 'full');
  await recordFrames(page, '.screen', 'last', 3000);
  await page.getByTestId('nav-enterprises').tap();
  await expect(page.getByTestId('screen-enterprises')).toBeVisible();
  await page.waitForTimeout(1000);
  const full = await recordedFrames(page);
  // The old screen leaves while the new one comes (two screens on the page), and the new one moves.
  expect(full.some((f) => f.count === 2)).toBe(true);
  expect(full.some((f) => f.moving)).toBe(true);
  // ...and comes to rest.
  expect(full.at(-1)).toEqual({ count: 1, moving: false });
});

test('without a GPU, the attract loop’s figure shows its value from its first frame; with one, it counts up', async ({
  page,
}) => {
  // Frame by frame from the page's start: the number as drawn, and the value it stands for.
  await page.addInitScript(() => {
    const w = window as unknown as { __numbers: Array<{ drawn: string; value: string }> };
    w.__numbers = [];
    const sample = () => {
      const number = document.querySelector('.highlight__number');
      const [drawn, value] = number ? [...number.children].map((c) => c.textContent ?? '') : [];
      if (drawn !== undefined && value !== undefined) w.__numbers.push({ drawn, value });
      if (performance.now() < 4000) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  const numbers = async (query: string) => {
    await page.goto('/' + query);
    await expect(page.getByTestId('screen-attract')).toBeVisible();
    await page.waitForFunction(() => performance.now() > 4000);
    return page.evaluate(() => (window as unknown as { __numbers: Array<{ drawn: string; value: string }> }).__numbers);
  };

  // This Chromium runs with --disable-gpu: the probe finds its software rasteriser.
  const light = await numbers('');
  await expect(page.locator('html')).toHaveAttribute('data-graphics', 'light');
  expect(light.length).toBeGreaterThan(3); // the loop opens on a figure
  expect(light.filter((n) => n.drawn !== n.value)).toEqual([]);

  const full = await numbers('?graphics=full');
  await expect(page.locator('html')).toHaveAttribute('data-graphics', 'full');
  expect(new Set(full.map((n) => n.drawn)).size).toBeGreaterThan(3);
  expect(full.at(-1)!.drawn).toBe(full.at(-1)!.value);
});

test('without a GPU, a screen’s parts are in place from their first frame; with one, they rise in', async ({
  page,
}) => {
  const card = '[data-testid^="enterprise-card-"]';

  await startVisit(page);
  await expect(page.locator('html')).toHaveAttribute('data-graphics', 'light');
  await recordFrames(page, card, 'first', 2000);
  await page.getByTestId('nav-enterprises').tap();
  await expect(page.locator(card).first()).toBeVisible();
  await page.waitForTimeout(2100);
  const light = await recordedFrames(page);
  expect(light.some((f) => f.count > 0)).toBe(true);
  expect(light.filter((f) => f.moving)).toEqual([]);
  // So are the cards a filter brings (a new grid, mounted after the screen's first render).
  await recordFrames(page, card, 'first', 2000);
  await page.locator('[data-testid^="filter-"]:not([data-testid="filter-all"])').first().tap();
  await page.waitForTimeout(2100);
  const filtered = await recordedFrames(page);
  expect(filtered.some((f) => f.count > 0)).toBe(true);
  expect(filtered.filter((f) => f.moving)).toEqual([]);

  await startVisit(page, '?graphics=full');
  await recordFrames(page, card, 'first', 2000);
  await page.getByTestId('nav-enterprises').tap();
  await expect(page.locator(card).first()).toBeVisible();
  await page.waitForTimeout(2100);
  const full = await recordedFrames(page);
  // The card enters transparent and lower, then comes to rest.
  expect(full.some((f) => f.moving)).toBe(true);
  expect(full.at(-1)!.count).toBeGreaterThan(0);
  expect(full.at(-1)!.moving).toBe(false);
});
