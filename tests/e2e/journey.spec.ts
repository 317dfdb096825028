/**
 * The visitor journey with touch: attract loop → home → directory (filters, A–Z jumps) → profile (QR,
 * related) → future industries → contact, in both languages, and the idle countdown and reset.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Pack } from '../../main/core/pack/schema.ts';
import { indexLetter } from '../../renderer/src/enterprises/initials.ts';
import { expect, flick, installClock, runCountdown, skipAhead, startVisit, test } from './kiosk-test.ts';
import { routePack } from '../../harness/served-pack.ts';

const pack: Pack = JSON.parse(await readFile('assets/packs/xuzhou/pack.json', 'utf8'));
const LANGS = ['zh-CN', 'en'] as const;

// Journeys are long: many taps, each waiting for its screen.
test.describe.configure({ timeout: 120_000 });

/**
 * Serve the default pack with what it lacks for some checks: websites, an e-mail, districts.
 * The request still goes to 127.0.0.1; only its answer is changed.
 */
async function withRicherPack(page: Page): Promise<Pack> {
  const richer: Pack = structuredClone(pack);
  richer.enterprises.forEach((e, i) => {
    e.district = richer.districts[i % 3]!.id;
  });
  richer.enterprises[0]!.website = 'https://www.example.com/xcmg';
  richer.contact.website = 'https://invest.example.com/';
  richer.contact.email = 'invest@example.com';
  await routePack(page, (served) => {
    served.enterprises.forEach((e, i) => Object.assign(e, { district: richer.enterprises[i]!.district }));
    served.enterprises[0]!.website = richer.enterprises[0]!.website;
    Object.assign(served.contact, { website: richer.contact.website, email: richer.contact.email });
  });
  return richer;
}

async function chooseLanguage(page: Page, lang: string): Promise<void> {
  await page.getByTestId(`lang-${lang}`).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

test('the attract loop cycles highlights and asks to touch in both languages; a touch starts a visit', async ({
  page,
}) => {
  await page.goto('/');
  const attract = page.getByTestId('screen-attract');
  await expect(attract).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', pack.pack.defaultLanguage);
  await expect(page.getByTestId('attract-start')).toContainText('触摸屏幕');
  await expect(page.getByTestId('attract-start')).toContainText('Touch to explore');
  await expect(attract).toContainText(pack.city.name['zh-CN']);
  await expect(attract).toContainText(pack.city.name.en);
  const first = await page.getByTestId('attract-highlight').innerText();
  await expect.poll(() => page.getByTestId('attract-highlight').innerText(), { timeout: 12_000 }).not.toBe(first);

  // A touch anywhere on the loop starts the visit.
  await attract.tap({ position: { x: 40, y: 400 } });
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.getByTestId('screen-attract')).toHaveCount(0);
});

for (const lang of LANGS) {
  test(`home leads to enterprises, future industries and contact (${lang})`, async ({ page }) => {
    await startVisit(page);
    await chooseLanguage(page, lang);
    const home = page.getByTestId('screen-home');
    await expect(home).toContainText(pack.city.headlineFigures[0]!.label[lang]);
    // The city's name for its plan comes from the pack (no "5+X" in the kiosk's own strings).
    const plan = pack.futurePlan!;
    await expect(page.getByTestId('nav-future')).toContainText(plan.name[lang]);

    await page.getByTestId('nav-future').tap();
    const future = page.getByTestId('screen-future');
    await expect(future).toBeVisible();
    await expect(page.getByTestId('future-plan')).toHaveText(plan.name[lang]);
    await expect(future.locator('.future__intro')).toHaveText(plan.summary![lang]);
    for (const f of pack.futureIndustries) {
      await expect(page.getByTestId(`future-${f.id}`)).toContainText(f.name[lang]);
      if (f.summary) await expect(page.getByTestId(`future-${f.id}`)).toContainText(f.summary[lang]);
    }
    const core = pack.futureIndustries.filter((f) => f.group === 'core').length;
    await expect(future.locator('.future-card--core')).toHaveCount(core);

    await page.getByTestId('nav-home').tap();
    await page.getByTestId('nav-contact').tap();
    const contact = page.getByTestId('screen-contact');
    await expect(contact).toContainText(pack.contact.organisation[lang]);
    if (pack.contact.note) await expect(contact).toContainText(pack.contact.note[lang]);
  });

  test(`directory filters by cluster and district, and the A–Z index files names by initial (${lang})`, async ({
    page,
  }) => {
    const richer = await withRicherPack(page);
    await startVisit(page);
    await chooseLanguage(page, lang);
    await page.getByTestId('nav-enterprises').tap();
    const cards = page.locator('[data-testid^="enterprise-card-"]');
    await expect(cards).toHaveCount(richer.enterprises.length);

    // Cluster filter.
    const cluster = richer.clusters.find((c) => richer.enterprises.some((e) => e.clusters.includes(c.id)))!;
    await page.getByTestId(`filter-${cluster.id}`).tap();
    await expect(cards).toHaveCount(richer.enterprises.filter((e) => e.clusters.includes(cluster.id)).length);
    await page.getByTestId('filter-all').tap();

    // District filter.
    const district = richer.districts[0]!;
    await page.getByTestId(`district-${district.id}`).tap();
    await expect(page.getByTestId(`district-${district.id}`)).toHaveAttribute('aria-pressed', 'true');
    await expect(cards).toHaveCount(richer.enterprises.filter((e) => e.district === district.id).length);
    await page.getByTestId('district-all').tap();

    // A–Z: the index jumps to the first name under a letter and lights it; every card stays.
    // 徐工… files under X (pinyin xú), XCMG… under X too; Hongyuan / 弘元 under H.
    const underX = richer.enterprises.filter((e) => indexLetter(e.name[lang]) === 'X');
    expect(underX.length).toBeGreaterThan(1);
    await page.getByTestId('az-X').tap();
    await expect(page.getByTestId('az-X')).toHaveAttribute('aria-current', 'true');
    await expect(cards).toHaveCount(richer.enterprises.length);
    await page.getByTestId('az-H').tap();
    await expect(page.getByTestId('enterprise-card-hongyuan')).toBeInViewport();
    // A letter no name starts with cannot be chosen.
    await expect(page.getByTestId('az-Q')).toBeDisabled();
  });

  test(`a profile shows a QR code for the website and related enterprises (${lang})`, async ({ page }) => {
    const richer = await withRicherPack(page);
    await startVisit(page);
    await chooseLanguage(page, lang);
    await page.getByTestId('nav-enterprises').tap();
    const withSite = richer.enterprises[0]!;
    await page.getByTestId(`enterprise-card-${withSite.id}`).tap();
    const qr = page.getByTestId('enterprise-qr');
    await expect(qr).toBeVisible();
    await expect(qr).toHaveAttribute('data-qr-value', withSite.website!);
    await expect(qr.getByRole('img')).toHaveAccessibleName(new RegExp(withSite.name[lang].slice(0, 4)));

    // Related enterprises: same cluster, one tap away (XCMG Heavy and XCMG Crawler Chassis are
    // both construction machinery in the default pack).
    await page.getByTestId('nav-back').tap();
    await page.getByTestId('enterprise-card-xcmg-heavy').tap();
    const related = page.locator('#related-title + .card-grid');
    await expect(related.getByTestId('enterprise-card-xcmg-crawler-chassis')).toBeVisible();
    await expect(related.getByTestId('enterprise-card-xcmg-heavy')).toHaveCount(0);
    await related.getByTestId('enterprise-card-xcmg-crawler-chassis').tap();
    const crawler = richer.enterprises.find((e) => e.id === 'xcmg-crawler-chassis')!;
    // The new profile replaces the old one (both are on screen while they cross-fade; the touch
    // renders the new one as a transition, so the old one alone is on screen for a moment first).
    await expect(page.locator('.profile__name', { hasText: crawler.name[lang] })).toBeVisible();
    await expect(page.locator('.profile__name')).toHaveCount(1);
    await expect(page.locator('.profile__name')).toHaveText(crawler.name[lang]);
  });

  test(`the contact page has QR codes for the website and e-mail (${lang})`, async ({ page }) => {
    const richer = await withRicherPack(page);
    await startVisit(page);
    await chooseLanguage(page, lang);
    await page.getByTestId('nav-contact').tap();
    await expect(page.getByTestId('contact-qr-website')).toHaveAttribute('data-qr-value', richer.contact.website!);
    await expect(page.getByTestId('contact-qr-email')).toHaveAttribute(
      'data-qr-value',
      `mailto:${richer.contact.email}`,
    );
  });
}

test('when nobody touches the screen, a countdown appears; a touch cancels it; otherwise back to the attract loop in the default language', async ({
  page,
}) => {
  // The waits run on the page's clock; the next test sits through the real idle time and countdown.
  await installClock(page);
  await startVisit(page, '?idle=8');
  await chooseLanguage(page, 'en');
  await page.getByTestId('nav-enterprises').tap();

  const overlay = page.getByTestId('idle-overlay');
  await skipAhead(page, 8_000);
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText('Returning to the start');
  await page.getByTestId('idle-continue').tap();
  await expect(overlay).toBeHidden();
  await expect(page.getByTestId('screen-enterprises')).toBeVisible();

  // Left alone: the countdown runs out and the kiosk returns to its loop, in the default language.
  await skipAhead(page, 8_000);
  await expect(overlay).toBeVisible();
  await runCountdown(page);
  await expect(page.getByTestId('screen-attract')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', pack.pack.defaultLanguage);

  // The next visitor starts at home, not where the last one left.
  await page.getByTestId('attract-start').tap();
  await expect(page.getByTestId('screen-home')).toBeVisible();
});

test('a playing video postpones the idle reset; once it stops, a 10-second countdown runs down', async ({ page }) => {
  test.setTimeout(90_000);
  await startVisit(page, '?idle=3');
  await page.getByTestId('nav-enterprises').tap();
  await page.getByTestId('enterprise-card-xcmg-heavy').tap();
  const video = page.getByTestId('enterprise-video');
  await page.getByTestId('video-play').tap();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => !v.paused && v.currentTime > 0.2)).toBe(true);
  expect(await video.evaluate((v: HTMLVideoElement) => v.loop)).toBe(true);

  // Well past the 3 s idle time (and past the clip's end: it loops), nothing interrupts the film.
  const overlay = page.getByTestId('idle-overlay');
  const duration = await video.evaluate((v: HTMLVideoElement) => v.duration);
  await page.waitForTimeout(Math.max(8_000, duration * 1000 + 2_000));
  await expect(overlay).toBeHidden();
  await expect(page.getByTestId('screen-enterprise')).toBeVisible();
  expect(await video.evaluate((v: HTMLVideoElement) => !v.paused)).toBe(true);

  // Paused (by the page, not a touch: a touch would count as activity), the idle time runs again.
  await video.evaluate((v: HTMLVideoElement) => v.pause());
  await expect(overlay).toBeVisible({ timeout: 10_000 });
  const countdown = page.getByTestId('idle-countdown');
  const first = Number(await countdown.textContent());
  expect(first).toBeGreaterThanOrEqual(8);
  expect(first).toBeLessThanOrEqual(10);
  await expect.poll(async () => Number(await countdown.textContent())).toBeLessThan(first);
  await expect(page.getByTestId('screen-attract')).toBeVisible({ timeout: 15_000 });
});

/** A quick one-finger swipe across `box`, from 80% to 20% of its width (or back). */
async function swipe(page: Page, box: { x: number; y: number; width: number; height: number }, leftward = true) {
  const y = box.y + box.height / 2;
  const [from, to] = leftward ? [0.8, 0.2] : [0.2, 0.8];
  await flick(page, { x: box.x + box.width * from, y }, { x: box.x + box.width * to, y });
}

for (const lang of LANGS) {
  test(`a profile shows the enterprise's clusters, park, figures and highlights, and its gallery swipes (${lang})`, async ({
    page,
  }) => {
    const hanyun = pack.enterprises.find((e) => e.id === 'xcmg-hanyun')!;
    await startVisit(page);
    await chooseLanguage(page, lang);
    await page.getByTestId('nav-enterprises').tap();
    await page.getByTestId(`enterprise-card-${hanyun.id}`).tap();
    const screen = page.getByTestId('screen-enterprise');
    await expect(page.locator('.profile__name')).toHaveText(hanyun.name[lang]);
    for (const id of hanyun.clusters) {
      const cluster = pack.clusters.find((c) => c.id === id)!;
      await expect(page.getByTestId(`cluster-link-${id}`)).toHaveText(cluster.name[lang]);
    }
    await expect(screen.locator('.meta-place')).toContainText(pack.parks.find((p) => p.id === hanyun.park)!.name[lang]);
    const labels = screen.locator('.figure-tile__label');
    await expect(labels).toHaveCount(hanyun.figures.length);
    for (const [i, figure] of hanyun.figures.entries()) await expect(labels.nth(i)).toHaveText(figure.label[lang]);
    for (const highlight of hanyun.highlights)
      await expect(screen.locator('.highlights')).toContainText(highlight[lang]);

    // The gallery: a swipe to the left shows the next image, to the right the previous; arrows too.
    const count = hanyun.media.images.length;
    const position = screen.locator('.gallery__position');
    await expect(position).toHaveText(`1 / ${count}`);
    const stage = (await screen.locator('.gallery__stage').boundingBox())!;
    await swipe(page, stage);
    await expect(position).toHaveText(`2 / ${count}`);
    await expect(screen.locator('.gallery__thumb').nth(1)).toHaveAttribute('aria-current', 'true');
    await swipe(page, stage, false);
    await expect(position).toHaveText(`1 / ${count}`);
    // At once after the swipe (where Chromium's fling once swallowed the tap), wrapping round to the last.
    await screen.locator('.gallery__arrow--prev').tap();
    await expect(position).toHaveText(`${count} / ${count}`);
    await screen.locator('.gallery__thumb').first().tap();
    await expect(position).toHaveText(`1 / ${count}`);
  });
}

test('in portrait, a drag up that starts on the gallery scrolls the profile, and leaves the picture as it was', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await startVisit(page);
  await page.getByTestId('nav-enterprises').tap();
  await page.getByTestId('enterprise-card-xcmg-hanyun').tap();
  const screen = page.getByTestId('screen-enterprise');
  const scroll = screen.locator('.profile__scroll');
  await expect(screen.locator('.gallery__position')).toHaveText(
    `1 / ${pack.enterprises.find((e) => e.id === 'xcmg-hanyun')!.media.images.length}`,
  );
  expect(
    await scroll.evaluate((el) => el.scrollHeight - el.clientHeight),
    'the profile is taller than the screen',
  ).toBeGreaterThan(200);
  const stage = (await screen.locator('.gallery__stage').boundingBox())!;
  const x = stage.x + stage.width / 2;
  const y = stage.y + stage.height * 0.9;
  await flick(page, { x, y }, { x, y: y - 300 });
  await expect.poll(() => scroll.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
  await expect(screen.locator('.gallery__position')).toHaveText(/^1 \//);
});

test('touch hygiene: no context menu, no drag of images, no text selection; the bundled font is used', async ({
  page,
}) => {
  await startVisit(page);
  await page.getByTestId('nav-enterprises').tap();
  await page.getByTestId('enterprise-card-xcmg-hanyun').tap();
  await expect(page.getByTestId('screen-enterprise')).toBeVisible();
  const blocked = await page.evaluate(() => {
    const target = document.querySelector('.gallery__image') ?? document.body;
    const fire = (type: string) => !target.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
    return { contextmenu: fire('contextmenu'), dragstart: fire('dragstart'), selectstart: fire('selectstart') };
  });
  expect(blocked).toEqual({ contextmenu: true, dragstart: true, selectstart: true });
  // Text cannot be selected, by a long press or otherwise.
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.profile__summary')!).userSelect)).toBe(
    'none',
  );
  // The typeface comes with the app (no network, no system font): the build's cut of Noto Sans SC,
  // loaded in both weights and first in the stack, with Noto Sans SC itself behind it.
  const font = await page.evaluate(async () => {
    await document.fonts.ready;
    const faces = (family: string) =>
      [...document.fonts].filter((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded');
    return {
      loaded:
        document.fonts.check('16px "Kiosk Sans"', '徐州') && document.fonts.check('bold 16px "Kiosk Sans"', '徐州'),
      weights: faces('Kiosk Sans')
        .map((f) => f.weight)
        .sort(),
      family: getComputedStyle(document.body).fontFamily,
    };
  });
  expect(font.loaded).toBe(true);
  expect(font.weights).toEqual(['400', '700']);
  expect(font.family).toMatch(/^"?Kiosk Sans"?, "?Noto Sans SC"?/);
});

/** The URLs of the Noto Sans SC range files (the fallback behind the kiosk's cut) a page fetched. */
function rangeFileRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (/noto-sans-sc-[^/]*\.woff2$/.test(request.url())) seen.push(request.url());
  });
  return seen;
}

test('a visit through the bundled pack, in both languages, needs no font file but the kiosk’s two', async ({
  page,
}) => {
  const ranges = rangeFileRequests(page);
  await startVisit(page);
  for (const lang of LANGS) {
    await page.getByTestId(`lang-${lang}`).tap();
    for (const [nav, screen] of [
      ['nav-enterprises', 'screen-enterprises'],
      ['nav-clusters', 'screen-clusters'],
      ['nav-map', 'screen-map'],
      ['nav-future', 'screen-future'],
      ['nav-contact', 'screen-contact'],
    ] as const) {
      await page.getByTestId(nav).tap();
      await expect(page.getByTestId(screen)).toBeVisible();
      await page.getByTestId('nav-home').tap();
      await expect(page.getByTestId('screen-home')).toBeVisible();
    }
    await page.getByTestId('nav-enterprises').tap();
    await page.getByTestId('enterprise-card-xcmg-hanyun').tap();
    await expect(page.getByTestId('screen-enterprise')).toBeVisible();
    await page.getByTestId('nav-home').tap();
  }
  await page.evaluate(() => document.fonts.ready);
  expect(ranges).toEqual([]);
});

test('the kiosk’s typeface is preloaded with the page’s first files, each weight once', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('screen-attract')).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const font = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e as PerformanceResourceTiming)
      .filter((e) => /\/kiosk-sans-[^/]+\.woff2$/.test(e.name))
      .map((e) => ({ name: e.name.replace(/^.*\//, ''), by: e.initiatorType })),
  );
  // Both weights, each fetched once, by the page's preload (a preload the face did not use would be
  // fetched twice), beside the scripts rather than after them: the first layout then sets text in
  // the kiosk's face instead of matching the system's families for a stand-in while it loads.
  expect(font.map((f) => f.name).sort()).toEqual([
    expect.stringMatching(/^kiosk-sans-400-/),
    expect.stringMatching(/^kiosk-sans-700-/),
  ]);
  expect(font.every((f) => f.by === 'link')).toBe(true);
});

test('with the bundled pack, the page never declares Noto Sans SC’s 200 range faces', async ({ page, request }) => {
  // Matching a page against them cost its first frame ~60 ms on a slow laptop, and their arrival
  // later drew all text again; the bundled pack's characters are all in the kiosk's cut.
  const html = await (await request.get('/')).text();
  const sheets = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.\/([^"]+)"/g)].map((m) => m[1]!);
  expect(sheets.length).toBeGreaterThan(0);
  for (const sheet of sheets) expect(await (await request.get(`/${sheet}`)).text()).not.toContain('Noto Sans SC;');
  await page.goto('/');
  await expect(page.getByTestId('screen-attract')).toBeVisible();
  // Past the moment a pack that needs them would have them (2 s after the first frame, then idle).
  await page.waitForTimeout(4500);
  const notoFaces = await page.evaluate(
    () => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans SC').length,
  );
  expect(notoFaces).toBe(0);
});

test('a character the kiosk’s cut lacks (a newly imported pack’s) comes from Noto Sans SC behind it', async ({
  page,
}) => {
  // 翀 is in Noto Sans SC but in no text of the bundled pack or the locale files.
  const tagline = `${pack.city.tagline['zh-CN']}翀`;
  await routePack(page, (served) => {
    served.city.tagline['zh-CN'] = tagline;
  });
  const ranges = rangeFileRequests(page);
  await page.goto('/');
  await expect(page.getByTestId('screen-attract')).toContainText(tagline);
  // This pack says something outside the cut: the faces join, and the one whose range holds it is
  // fetched.
  await expect.poll(() => ranges.length, { timeout: 10_000 }).toBeGreaterThan(0);
  // The face of Noto Sans SC whose range holds it has loaded.
  const loaded = await page.evaluate(async (code) => {
    await document.fonts.ready;
    const covers = (range: string) =>
      range.split(',').some((part) => {
        const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
        return parseInt(from!, 16) <= code && code <= parseInt(to!, 16);
      });
    return [...document.fonts].some(
      (f) => f.family.replace(/"/g, '') === 'Noto Sans SC' && f.status === 'loaded' && covers(f.unicodeRange),
    );
  }, '翀'.codePointAt(0)!);
  expect(loaded).toBe(true);
});
