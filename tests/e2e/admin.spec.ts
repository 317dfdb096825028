/**
 * The staff side, end to end in browser mode (the ops HTTP bridge): the hidden corner gesture, the
 * PIN pad (first-run change, wrong tries, lockout), and the admin panel (settings that take
 * effect, statistics and CSV export, pack import with progress and rollback, a hostile zip,
 * Electron-only controls). Touch is emulated; the server runs on a fresh data folder each run.
 *
 * Each test brings the server to the state it needs through the API (the PIN set, the admin
 * locked) and puts back what it changed (settings, the pack). The lockout test is last: it locks
 * the keypad for five minutes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { PackImportProgress } from '../../main/contract/ipc.ts';
import { minimalPack } from '../fixtures/minimal-pack.ts';
import { packEntries, writeZip } from '../fixtures/pack-zip.ts';
import { readZip } from '../fixtures/read-zip.ts';
import {
  expect,
  holdCorner,
  installClock,
  ops,
  press,
  runCountdown,
  skipAhead,
  startVisit,
  test,
  typePin,
} from './kiosk-test.ts';

const PIN = '246810';
const FIRST_RUN_PIN = '000000';

/** The PIN is `PIN` (changed from the first-run one if need be), and the admin session is locked. */
async function ensurePin(request: APIRequestContext): Promise<void> {
  const first = await ops<{ status: string }>(request, 'admin:unlock', PIN);
  if (first.status !== 'unlocked') {
    const fresh = await ops<{ status: string }>(request, 'admin:unlock', FIRST_RUN_PIN);
    expect(fresh.status, 'the PIN is neither the test PIN nor the first-run one').toBe('must-change');
    expect((await ops<{ status: string }>(request, 'admin:change-pin', FIRST_RUN_PIN, PIN)).status).toBe('changed');
  }
  await ops(request, 'admin:lock');
}

/** Runs `fn` with an unlocked admin session, locking again afterwards. */
async function asAdmin<T>(request: APIRequestContext, fn: () => Promise<T>): Promise<T> {
  expect((await ops<{ status: string }>(request, 'admin:unlock', PIN)).status).toBe('unlocked');
  try {
    return await fn();
  } finally {
    await ops(request, 'admin:lock');
  }
}

/**
 * Loads the kiosk (attract loop), holds the corner, and unlocks with `pin`. The hold is skipped on
 * the test's clock, unless `realTimers` (the pack import: it failed on the clock before
 * `installClock` kept performance.now() real, and has not been tried on it since).
 */
async function openPanel(page: Page, { pin = PIN, realTimers = false } = {}): Promise<void> {
  if (!realTimers) await installClock(page);
  await page.goto('/');
  await page.getByTestId('screen-attract').waitFor();
  if (realTimers) await press(page, 3300);
  else await holdCorner(page);
  await expect(page.getByTestId('admin-pin')).toBeVisible();
  await typePin(page, pin);
  await page.getByTestId('pin-enter').tap();
  await expect(page.getByTestId('admin-panel')).toBeVisible();
}

async function packId(request: APIRequestContext): Promise<{ id: string; version: string }> {
  const health = (await (await request.get('api/health')).json()) as { pack: { id: string; version: string } };
  return health.pack;
}

test('the hidden gesture: a 3 s hold in the corner opens the PIN pad; a short press or sliding away does not', async ({
  page,
}) => {
  // On the home screen (the attract loop's first touch would start a visit under the finger).
  await startVisit(page);
  await page.waitForTimeout(1000);
  await press(page, 1000);
  await page.waitForTimeout(2500);
  await expect(page.getByTestId('admin-layer')).toHaveCount(0);

  await press(page, 3300, { x: 30, y: 30 }, { x: 400, y: 400 });
  await expect(page.getByTestId('admin-layer')).toHaveCount(0);

  await press(page, 3300);
  const pad = page.getByTestId('admin-pin');
  await expect(pad).toBeVisible();
  // Bilingual: the panel speaks the kiosk's language, and switches on its own.
  await expect(pad.getByRole('heading')).toHaveText('请输入管理密码');
  const key = await page.getByTestId('pin-key-5').boundingBox();
  expect(key?.width).toBeGreaterThanOrEqual(64);
  expect(key?.height).toBeGreaterThanOrEqual(64);
  await typePin(page, '123');
  await expect(page.locator('.adm-dot')).toHaveCount(3); // masked
  await page.getByTestId('pin-back').tap();
  await expect(page.locator('.adm-dot')).toHaveCount(2);
  await page.getByTestId('pin-clear').tap();
  await expect(page.locator('.adm-dot')).toHaveCount(0);
  await page.getByTestId('admin-language').tap();
  await expect(pad.getByRole('heading')).toHaveText('Enter the admin PIN');
  await expect(page.getByTestId('pin-enter')).toHaveText('Unlock');
  await page.getByTestId('admin-close').tap();
  await expect(page.getByTestId('admin-layer')).toHaveCount(0);
});

test('the first-run PIN must be changed before anything else', async ({ page, request }) => {
  // The server starts on a fresh data folder each run (playwright.config.ts), so the PIN is the first-run one.
  const state = await ops<{ status: string }>(request, 'admin:unlock', FIRST_RUN_PIN);
  await ops(request, 'admin:lock');
  expect(state.status, 'a fresh data folder has the first-run PIN').toBe('must-change');

  await page.clock.install();
  await page.goto('/');
  await page.getByTestId('screen-attract').waitFor();
  await holdCorner(page);
  await typePin(page, FIRST_RUN_PIN);
  await page.getByTestId('pin-enter').tap();
  const form = page.getByTestId('admin-change-pin');
  await expect(form).toBeVisible();
  await expect(page.getByTestId('change-first-run')).toBeVisible();
  await expect(page.getByTestId('admin-panel')).toHaveCount(0);
  await expect(page.getByRole('tab')).toHaveCount(0);
  // The admin API agrees: nothing but the PIN change is allowed yet.
  const locked = await request.post('api/ops/stats:summary', {
    headers: { 'x-kiosk-ops': '1' },
    data: { args: [{ from: '2026-01-01', to: '2026-01-01' }] },
  });
  expect(locked.status()).toBe(403);

  // Rules: one digit repeated is refused; so is a repeat that differs.
  await typePin(page, FIRST_RUN_PIN);
  await page.getByTestId('pin-enter').tap();
  await typePin(page, '111111');
  await page.getByTestId('pin-enter').tap();
  await typePin(page, '111111');
  await page.getByTestId('pin-enter').tap();
  await expect(page.getByTestId('pin-message')).toHaveText('新密码不能由同一个数字组成。');
  await page.getByTestId('change-next').tap();
  await page.getByTestId('pin-clear').tap();
  await typePin(page, PIN);
  await page.getByTestId('change-repeat').tap();
  await page.getByTestId('pin-clear').tap();
  await typePin(page, PIN);
  await page.getByTestId('pin-enter').tap();
  await expect(page.getByTestId('admin-panel')).toBeVisible();
  await page.getByTestId('admin-close').tap();
  await expect(page.getByTestId('admin-layer')).toHaveCount(0);
  expect((await ops<{ status: string }>(request, 'admin:unlock', PIN)).status).toBe('unlocked');
  await ops(request, 'admin:lock');
});

test('a wrong PIN shows the tries left; the right one opens the panel; "Lock and close" locks', async ({
  page,
  request,
}) => {
  await ensurePin(request);
  await page.clock.install();
  await page.goto('/');
  await page.getByTestId('screen-attract').waitFor();
  await holdCorner(page);
  await typePin(page, '999999');
  await page.getByTestId('pin-enter').tap();
  await expect(page.getByTestId('pin-message')).toHaveText('密码错误。再错 4 次键盘将被锁定。');
  await page.getByTestId('admin-language').tap();
  await typePin(page, '999999');
  await page.getByTestId('pin-enter').tap();
  await expect(page.getByTestId('pin-message')).toHaveText('Wrong PIN. 3 tries left before the keypad locks.');
  await typePin(page, PIN);
  await page.getByTestId('pin-enter').tap();
  await expect(page.getByTestId('admin-panel')).toBeVisible();
  await expect(page.getByTestId('admin-close')).toHaveText('Lock and close');
  await page.getByTestId('admin-close').tap();
  await expect(page.getByTestId('admin-layer')).toHaveCount(0);
  // The session was locked before the panel went away.
  const status = await request.post('api/ops/packs:status', { headers: { 'x-kiosk-ops': '1' }, data: { args: [] } });
  expect(status.status(), 'the admin session is locked again').toBe(403);
});

test('Electron-only controls say "unavailable in browser mode", and the content studio how to start it', async ({
  page,
  request,
}) => {
  await ensurePin(request);
  await openPanel(page);
  await expect(page.getByTestId('pack-choose-folder-unavailable')).toHaveText('浏览器模式下不可用');
  await page.getByTestId('admin-tab-settings').tap();
  await expect(page.getByTestId('settings-display-unavailable')).toBeVisible();
  await expect(page.getByTestId('settings-start-at-login-unavailable')).toBeVisible();
  await page.getByTestId('admin-tab-kiosk').tap();
  await page.getByTestId('admin-language').tap();
  await expect(page.getByTestId('kiosk-exit-unavailable')).toHaveText('Unavailable in browser mode');
  // The content studio is its own server in browser mode; the kiosk's panel says how to start it.
  await expect(page.getByTestId('kiosk-studio')).toHaveCount(0);
  await expect(page.getByTestId('kiosk-studio-browser-mode')).toHaveText(
    'In browser mode the content studio runs on its own: start it with npm run studio.',
  );
  await expect(page.getByTestId('kiosk-reload')).toBeEnabled();
  await page.getByTestId('admin-close').tap();
});

test('settings take effect: a short idle timeout and English as the default language', async ({ page, request }) => {
  await ensurePin(request);
  const before = await ops<{ settings: Record<string, unknown> }>(request, 'settings:get');
  try {
    await openPanel(page);
    await page.getByTestId('admin-tab-settings').tap();
    await page.getByTestId('settings-idle').fill('10');
    await page.getByTestId('settings-language-en').tap();
    await page.getByTestId('settings-save').tap();
    await expect(page.getByTestId('settings-saved')).toBeVisible();
    await page.getByTestId('admin-close').tap();
    await expect(page.getByTestId('admin-layer')).toHaveCount(0);

    // The visit the corner touch began (or a new one) now ends after 10 s without a touch: not
    // yet at 9 s, counting down at 10 (on the page's clock).
    if (await page.getByTestId('screen-attract').isVisible()) await page.getByTestId('attract-start').tap();
    await page.getByTestId('screen-home').waitFor();
    const overlay = page.getByTestId('idle-overlay');
    await skipAhead(page, 9_000);
    await expect(overlay).toHaveCount(0);
    await skipAhead(page, 1_000);
    await expect(overlay).toBeVisible();
    await runCountdown(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  } finally {
    const { idleTimeoutSeconds, defaultLanguage } = before.settings;
    await asAdmin(request, () => ops(request, 'settings:set', { idleTimeoutSeconds, defaultLanguage }));
  }
});

test('staff choose how screens change: the panel says what draws here, and "Slide" makes screens slide', async ({
  page,
  request,
}) => {
  await ensurePin(request);
  try {
    await openPanel(page);
    await page.getByTestId('admin-tab-settings').tap();
    // This Chromium runs with --disable-gpu: the processor draws, and Automatic keeps screens still.
    await expect(page.getByTestId('settings-graphics-auto')).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByTestId('admin-layer')).toContainText('处理器');
    await page.getByTestId('settings-graphics-full').tap();
    await page.getByTestId('settings-save').tap();
    await expect(page.getByTestId('settings-saved')).toBeVisible();
    await page.getByTestId('admin-close').tap();
    await expect(page.locator('html')).toHaveAttribute('data-graphics', 'full');
    expect((await ops<{ settings: { graphics: string } }>(request, 'settings:get')).settings.graphics).toBe('full');

    // Kept across a reload, before any screen has asked.
    await page.reload();
    if (await page.getByTestId('screen-attract').isVisible()) await page.getByTestId('attract-start').tap();
    await page.getByTestId('screen-home').waitFor();
    await expect(page.locator('html')).toHaveAttribute('data-graphics', 'full');
  } finally {
    await asAdmin(request, () => ops(request, 'settings:set', { graphics: 'auto' }));
  }
  await page.reload();
  await page.getByTestId('screen-attract').waitFor();
  await page.getByTestId('attract-start').tap();
  await expect(page.locator('html')).toHaveAttribute('data-graphics', 'light');
});

/** Today in the kiosk's local time, as the statistics name days. */
function localDay(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

type Totals = { visits: number; screenViews: number; taps: number; languageChanges: number; videoPlays: number };
const todaysTotals = async (request: APIRequestContext): Promise<Totals> =>
  asAdmin(request, async () => {
    const day = localDay();
    return (await ops<{ totals: Totals }>(request, 'stats:summary', { from: day, to: day })).totals;
  });

test('statistics: a scripted visit shows up in the totals and charts; CSV export writes it', async ({
  page,
  request,
}) => {
  await ensurePin(request);
  const before = await todaysTotals(request);

  // A visit: English, the directory, one enterprise, the cluster map, one cluster.
  await startVisit(page);
  await page.getByTestId('lang-en').tap();
  await page.getByTestId('nav-enterprises').tap();
  await page.getByTestId('enterprise-card-xcmg-heavy').tap();
  await expect(page.getByTestId('screen-enterprise')).toBeVisible();
  await page.getByTestId('nav-home').tap();
  await page.getByTestId('nav-clusters').tap();
  await page.getByTestId('cluster-node-construction-machinery').tap();
  await expect(page.getByTestId('screen-cluster')).toBeVisible();
  // Events go out one by one without waiting: let them land before the page navigates away.
  await expect
    .poll(async () => {
      const now = await todaysTotals(request);
      return [now.taps - before.taps, now.languageChanges - before.languageChanges, now.visits - before.visits];
    })
    .toEqual([2, 1, 1]);

  // The panel shows today's totals (its own corner touch only wakes the kiosk: not a visit).
  await openPanel(page);
  await page.getByTestId('admin-tab-stats').tap();
  await expect(page.getByTestId('stats-total-visits')).toHaveText(String(before.visits + 1));
  await expect(page.getByTestId('stats-total-taps')).toHaveText(String(before.taps + 2));
  await expect(page.getByTestId('stats-total-languageChanges')).toHaveText(String(before.languageChanges + 1));
  await expect(page.getByTestId('chart-hours')).toBeVisible();
  await expect(page.getByTestId('chart-screens')).toBeVisible();

  await page.getByTestId('stats-export').tap();
  const folder = (await page.getByTestId('stats-export-folder').textContent()) ?? '';
  expect(path.isAbsolute(folder)).toBe(true);
  if (process.env.KIOSK_E2E_DATA)
    expect(path.resolve(folder).startsWith(path.resolve(process.env.KIOSK_E2E_DATA))).toBe(true);
  const day = localDay();
  const csv = (await readFile(path.join(folder, `kiosk-stats-${day}.csv`), 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.split('\r\n');
  // The columns are named in the panel's language (Chinese here); the values stay codes, for pivot tables.
  expect(lines[0]).toBe('日期,小时,指标,类型,对象,次数');
  const rows = lines.filter((l) => l.startsWith(`${day},`));
  for (const expected of [
    ',visits,,,',
    ',screen-view,,home,',
    ',screen-view,,enterprise,',
    ',tap,enterprise,xcmg-heavy,',
    ',tap,cluster,construction-machinery,',
    ',language,,en,',
  ])
    expect(
      rows.some((l) => l.includes(expected)),
      `a CSV row with ${expected}`,
    ).toBe(true);
  await page.getByTestId('admin-close').tap();
});

/**
 * The kiosk re-fetched its pack and shows `city` (on the attract loop or home, whichever it is on
 * once the new pack is up: the old screens fade out first), then home.
 */
async function showsCity(page: Page, city: string): Promise<void> {
  const attract = page.getByTestId('screen-attract');
  await expect(attract.or(page.getByTestId('screen-home'))).toContainText(city, { timeout: 15_000 });
  if (await attract.isVisible()) await page.getByTestId('attract-start').tap();
  await expect(page.getByTestId('screen-home')).toContainText(city);
}

/**
 * Holds the zip upload until `release()`, and while it is held answers `packs:status` with the real
 * status plus the import phase given to `show` (browser mode's page polls it for the phase; a small
 * real import is over before a poll could see it, so the server's phases are checked in the unit
 * tests and the page's showing of them here).
 */
async function holdUpload(page: Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let injected: PackImportProgress | null = null;
  await page.route('**/api/ops/packs:import-zip', async (route) => {
    await held;
    await route.continue();
  });
  await page.route('**/api/ops/packs:status', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { ok: boolean; result?: { import: PackImportProgress | null } };
    if (injected && body.ok && body.result) body.result.import = injected;
    await route.fulfill({ response, json: body });
  });
  return {
    show: (progress: PackImportProgress | null) => (injected = progress),
    release: async () => {
      injected = null;
      release();
      await page.unroute('**/api/ops/packs:import-zip');
    },
    done: () => page.unroute('**/api/ops/packs:status'),
  };
}

test('a pack zip imports showing each phase and its bar, shows on the home screen, and Rollback brings Xuzhou back', async ({
  page,
  request,
}) => {
  await ensurePin(request);
  const original = await packId(request);
  const pack = minimalPack();
  pack.pack.id = 'e2e-city';
  pack.pack.version = '2.3.4';
  const zip = await writeZip(packEntries(pack), 'e2e-city.zip');
  try {
    await openPanel(page, { realTimers: true });
    await expect(page.getByTestId('pack-id')).toHaveText(original.id);
    const upload = await holdUpload(page);
    await page.getByTestId('pack-file').setInputFiles(zip);
    const phase = page.getByTestId('pack-phase');
    const bar = page.getByTestId('pack-progress');
    await expect(phase).toHaveAttribute('data-phase', 'copy');
    await expect(phase).toHaveText('正在复制 zip…'); // the panel opens in Chinese
    upload.show({ phase: 'extract', bytesDone: 1, bytesTotal: 4 });
    await expect(phase).toHaveText('正在解压文件…');
    await expect(bar).toHaveAttribute('data-value', '25');
    upload.show({ phase: 'validate', bytesDone: 0, bytesTotal: 0 });
    await expect(phase).toHaveText('正在检查内容包…');
    await expect(bar).toHaveAttribute('data-value', '');
    upload.show({ phase: 'switch', bytesDone: 0, bytesTotal: 0 });
    await expect(phase).toHaveText('正在切换到新内容包…');
    await upload.release();
    await expect(page.getByTestId('pack-imported')).toBeVisible({ timeout: 30_000 });
    await upload.done();
    await expect(bar).toHaveAttribute('data-value', '100');
    await expect(page.getByTestId('pack-id')).toHaveText('e2e-city');
    expect(await packId(request)).toEqual({ id: 'e2e-city', version: '2.3.4' });
    await page.getByTestId('admin-close').tap();
    // The kiosk re-fetched its pack: the new city, without a reload.
    await showsCity(page, '测试市');

    await openPanel(page, { realTimers: true });
    await expect(page.getByTestId('pack-last-good')).toContainText(original.id);
    await page.getByTestId('pack-rollback').tap();
    await expect(page.getByTestId('pack-rollback-done')).toBeVisible();
    await expect(page.getByTestId('pack-id')).toHaveText(original.id);
    expect(await packId(request)).toEqual(original);
    await page.getByTestId('admin-close').tap();
    await showsCity(page, '徐州');
  } finally {
    if ((await packId(request)).id !== original.id) await asAdmin(request, () => ops(request, 'packs:rollback'));
  }
});

test('a hostile zip is refused with its reasons and the pack on screen stays', async ({ page, request }) => {
  await ensurePin(request);
  const original = await packId(request);
  const zip = await writeZip([...packEntries(), { name: '../escape.txt', data: 'x' }], 'hostile.zip');
  await openPanel(page);
  await page.getByTestId('pack-file').setInputFiles(zip);
  await expect(page.getByTestId('pack-refused')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('pack-refused-errors')).toContainText('escape.txt');
  await expect(page.getByTestId('pack-id')).toHaveText(original.id);
  expect(await packId(request)).toEqual(original);
  await page.getByTestId('admin-close').tap();
});

test('the self-test checks the pack, pictures, videos, font, screen, touch and disk', async ({ page, request }) => {
  await ensurePin(request);
  await openPanel(page);
  await page.getByTestId('admin-tab-preflight').tap();
  await page.getByTestId('preflight-run').tap();
  await expect(page.getByTestId('preflight-results')).toBeVisible({ timeout: 45_000 });
  for (const id of ['pack', 'images', 'videos', 'fonts', 'screen', 'touch', 'disk']) {
    await expect(page.getByTestId(`preflight-${id}`)).toHaveAttribute('data-ok', 'true');
  }
  await expect(page.getByTestId('preflight-screen')).toContainText('1920');
  await page.getByTestId('admin-close').tap();
});

test('reduced motion, from the setting or from the system, stills the attract loop', async ({ page, request }) => {
  await ensurePin(request);
  const ctaAnimation = () =>
    page.locator('.attract__cta').evaluate((el) => getComputedStyle(el, '::before').animationName);
  try {
    await page.goto('/');
    await page.getByTestId('screen-attract').waitFor();
    expect(await ctaAnimation()).not.toBe('none'); // it breathes

    await asAdmin(request, () => ops(request, 'settings:set', { reducedMotion: true }));
    await page.reload();
    await page.getByTestId('screen-attract').waitFor();
    await expect(page.locator('html')).toHaveAttribute('data-reduced-motion', '');
    await expect.poll(ctaAnimation).toBe('none');
  } finally {
    await asAdmin(request, () => ops(request, 'settings:set', { reducedMotion: false }));
  }
  await page.reload();
  await page.getByTestId('screen-attract').waitFor();
  await expect.poll(ctaAnimation).not.toBe('none');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect.poll(ctaAnimation).toBe('none');
});

test('presenter mode: no idle reset, arrow keys move the focus, Enter opens, Escape goes back', async ({
  page,
  request,
}) => {
  await ensurePin(request);
  try {
    await asAdmin(request, () => ops(request, 'settings:set', { presenterMode: true }));
    await page.clock.install();
    await startVisit(page, '?idle=2');
    await expect(page.locator('html')).toHaveClass(/kiosk-presenter/);
    // Well past the 2 s idle time (on the page's clock), the presenter is still where they were.
    await skipAhead(page, 6_000);
    await expect(page.getByTestId('idle-overlay')).toHaveCount(0);
    await expect(page.getByTestId('screen-home')).toBeVisible();

    // The keyboard walks through the buttons; Enter opens the one in focus.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
    const seen = new Set<string | null>();
    for (let i = 0; i < 40 && !seen.has('nav-enterprises'); i++) {
      await page.keyboard.press('ArrowRight');
      seen.add(await focused());
    }
    expect(seen.size, 'arrow keys moved the focus across buttons').toBeGreaterThan(2);
    expect(await focused()).toBe('nav-enterprises');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('screen-enterprises')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('screen-home')).toBeVisible();
  } finally {
    await asAdmin(request, () => ops(request, 'settings:set', { presenterMode: false }));
  }
});

// Last: it locks the keypad for five minutes.
test("the Logs tab: a page error shows with the visitor's screen, the level filter works, the export zips the log", async ({
  page,
  request,
  watch,
}) => {
  await ensurePin(request);
  const marker = `a page error on purpose ${Date.now()}`;
  await startVisit(page);
  await page.getByTestId('nav-enterprises').tap();
  await expect(page.getByTestId('screen-enterprises')).toBeVisible();
  await page.evaluate((message) => {
    setTimeout(() => {
      throw new Error(message);
    });
  }, marker);
  // The report is fire and forget: wait until the kiosk's log has it.
  await expect
    .poll(() =>
      asAdmin(request, async () => {
        const tail = await ops<{ entries: Array<{ text: string }> }>(request, 'logs:tail', {
          level: 'error',
          limit: 50,
        });
        return tail.entries.some((e) => e.text.includes(marker));
      }),
    )
    .toBe(true);
  // That error was thrown on purpose: it is what this test is about, not a failure of the page.
  const expected = watch.errors.filter((e) => e.includes(marker));
  expect(expected.length).toBeGreaterThan(0);
  watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((e) => !e.includes(marker)));

  await openPanel(page);
  await page.getByTestId('admin-tab-logs').tap();
  const entries = page.getByTestId('logs-entries');
  const ours = entries.locator('li', { hasText: marker });
  await expect(ours).toHaveCount(1);
  await expect(ours).toHaveAttribute('data-level', 'error');
  await expect(ours).toContainText('on screen "enterprises"');
  await expect(entries.locator('li[data-level="info"]')).toHaveCount(0);
  await page.getByTestId('logs-level-info').tap();
  await expect(entries.locator('li[data-level="info"]').first()).toBeVisible();
  await expect(entries.locator('li', { hasText: 'admin unlock: unlocked' }).first()).toBeVisible();
  await page.getByTestId('logs-level-error').tap();
  await expect(entries.locator('li[data-level="info"]')).toHaveCount(0);
  await expect(ours).toHaveCount(1);

  await page.getByTestId('logs-export').tap();
  const folder = (await page.getByTestId('logs-export-folder').textContent()) ?? '';
  const file = (await page.getByTestId('logs-export-file').textContent()) ?? '';
  expect(file).toMatch(/^kiosk-logs-.*\.zip$/);
  if (process.env.KIOSK_E2E_DATA)
    expect(path.resolve(folder).startsWith(path.join(path.resolve(process.env.KIOSK_E2E_DATA), 'exports'))).toBe(true);
  const zip = await readZip(path.join(folder, file));
  expect(Object.keys(zip)).toContain('kiosk.log');
  expect(zip['kiosk.log']).toContain(marker);
  await page.getByTestId('admin-close').tap();
});

test('five wrong PINs lock the keypad, with a countdown', async ({ page, request }) => {
  await ensurePin(request);
  await page.clock.install();
  await page.goto('/');
  await page.getByTestId('screen-attract').waitFor();
  await holdCorner(page);
  for (let i = 0; i < 5; i++) {
    await typePin(page, '999999');
    await page.getByTestId('pin-enter').tap();
    if (i < 4) await expect(page.getByTestId('pin-message')).toContainText(String(4 - i));
  }
  const locked = page.getByTestId('pin-locked');
  await expect(locked).toContainText(/[45]:\d\d/);
  const first = await locked.textContent();
  await expect(locked).not.toHaveText(first ?? '', { timeout: 3000 });
  await expect(page.getByTestId('pin-key-1')).toBeDisabled();
});
