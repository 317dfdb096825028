/**
 * A kiosk started on a damaged data folder, with another city's pack (`npm run web -- --port …
 * --pack … --data …`): it starts all the same, shows that city, and the admin panel reports the
 * unreadable settings file, which was replaced by defaults. A second browser-mode server of its own,
 * on its own port and folders, so the shared server of the other specs is untouched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MEDIA_FILES, minimalPack, writePackDir } from '../fixtures/minimal-pack.ts';
import { expect, holdCorner, installClock, ops as opsOn, test, typePin } from './kiosk-test.ts';

const PORT = Number(process.env.KIOSK_E2E_PORT ?? 5199) + 37;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PIN = '482915';

/** A made-up city with a map of its own: two square districts, an enterprise placed in one. */
function anotherCity() {
  const pack = minimalPack();
  pack.districts!.push({ id: 'east', code: '320303', name: { 'zh-CN': '东区', en: 'East' }, kind: 'district' });
  pack.map = {
    viewBox: [1000, 600],
    districts: [
      { district: 'centre', path: 'M100 100 L500 100 L500 500 L100 500 Z', labelAt: [300, 200] },
      { district: 'east', path: 'M500 100 L900 100 L900 500 L500 500 Z', labelAt: [700, 300] },
    ],
    attribution: { 'zh-CN': '测试几何', en: 'Test geometry' },
  };
  // A picture whose header reads (3840×2160) but whose pixels are cut off: it cannot be decoded.
  pack.enterprises![0]!.media!.images!.push({ file: 'media/cut-off.png', alt: { 'zh-CN': '残图', en: 'Cut off' } });
  return pack;
}

/** A PNG signature and IHDR chunk (3840×2160, RGBA) and nothing after: no pixels. */
function cutOffPng(): Uint8Array {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(3840, 8);
  ihdr.writeUInt32BE(2160, 12);
  ihdr.set([8, 6, 0, 0, 0], 16);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]);
}

let server: ChildProcess | undefined;
let api: APIRequestContext | undefined;
/** A kiosk channel of this test's own server. */
const ops = (channel: string, ...args: unknown[]) => opsOn<{ status: string }>(api!, channel, ...args);
let dataDir = '';
let packDir = '';

test.beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'kiosk-damaged-data-'));
  await writeFile(path.join(dataDir, 'settings.json'), '{"idleTimeoutSeconds": 60, "defaultLang'); // torn
  // The fixture's clip.webm is made-up bytes, not a video: the self-test must say it does not play.
  packDir = await writePackDir(anotherCity(), { media: { ...MEDIA_FILES, 'media/cut-off.png': cutOffPng() } });
  server = spawn(process.execPath, ['dist/cli/web.mjs', '--port', String(PORT), '--pack', packDir, '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await expect
    .poll(
      async () => {
        if (server?.exitCode !== null) throw new Error(`the server exited: ${output}`);
        return fetch(`${ORIGIN}/api/health`).then(
          (r) => r.ok,
          () => false,
        );
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  api = await playwrightRequest.newContext({ baseURL: `${ORIGIN}/` });
});

test.afterAll(async () => {
  await api?.dispose();
  server?.kill('SIGTERM');
  await Promise.all([dataDir, packDir].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
});

test('a torn settings file does not stop the kiosk: it starts on defaults and the panel says what happened', async ({
  page,
}) => {
  const health = (await (await fetch(`${ORIGIN}/api/health`)).json()) as { pack: { id: string } };
  expect(health.pack.id).toBe('test-city'); // --pack
  // The torn file was replaced by a whole one (the defaults), never left half-written.
  const replaced = JSON.parse(await readFile(path.join(dataDir, 'settings.json'), 'utf8')) as Record<string, unknown>;
  expect(replaced).toMatchObject({ idleTimeoutSeconds: 60 });

  // The first-run PIN, changed through the API (the PIN pad's own flow is tested in admin.spec.ts).
  expect((await ops('admin:unlock', '000000')).status).toBe('must-change');
  expect((await ops('admin:change-pin', '000000', PIN)).status).toBe('changed');
  await ops('admin:lock');

  await installClock(page);
  await page.goto(`${ORIGIN}/`);
  await expect(page.getByTestId('screen-attract')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('screen-attract')).toContainText('测试市');

  // The hidden corner: a 3 s hold (on the page's clock), then the PIN.
  await holdCorner(page);
  await typePin(page, PIN);
  await page.getByTestId('pin-enter').tap();
  await expect(page.getByTestId('admin-panel')).toBeVisible();
  await page.getByTestId('admin-tab-settings').tap();
  const problem = page.getByTestId('settings-problem');
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('settings.json');
  await page.getByTestId('admin-close').tap();
});

test("another city's pack brings its own map: its districts, labels and pins, without Xuzhou's world view", async ({
  page,
}) => {
  await page.goto(`${ORIGIN}/`);
  await page.getByTestId('attract-start').tap();
  await page.getByTestId('lang-en').tap();
  await page.getByTestId('nav-map').tap();
  const screen = page.getByTestId('screen-map');
  await expect(screen).toBeVisible();
  await expect(page.getByTestId('map-district-centre')).toBeAttached();
  await expect(page.getByTestId('map-district-east')).toBeAttached();
  await expect(page.locator('.district-map__label')).toHaveText(['Centre', 'East']);
  await expect(screen).toContainText('Test geometry');
  await expect(page.getByTestId('map-world')).toHaveCount(0); // this pack has no world view
  const pin = page.getByTestId('map-pin-acme');
  await expect(pin).toBeVisible();
  await expect(page.getByTestId('map-district-centre')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('map-district-east')).toHaveAttribute('data-count', '0');
  await page.getByTestId('map-district-east').dispatchEvent('click');
  await expect(page.getByTestId('map-district-panel')).toContainText('East');
});

test('the self-test names the picture that does not decode and the video that does not play', async ({ page }) => {
  await installClock(page);
  await page.goto(`${ORIGIN}/`);
  await expect(page.getByTestId('screen-attract')).toBeVisible({ timeout: 20_000 });
  await holdCorner(page);
  await typePin(page, PIN);
  await page.getByTestId('pin-enter').tap();
  await page.getByTestId('admin-tab-preflight').tap();
  await page.getByTestId('preflight-run').tap();
  await expect(page.getByTestId('preflight-results')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('preflight-pack')).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('preflight-images')).toHaveAttribute('data-ok', 'false');
  await expect(page.getByTestId('preflight-images')).toContainText('media/cut-off.png');
  await expect(page.getByTestId('preflight-images')).not.toContainText('media/acme.svg');
  await expect(page.getByTestId('preflight-videos')).toHaveAttribute('data-ok', 'false');
  await expect(page.getByTestId('preflight-videos')).toContainText('media/clip.webm');
  await page.getByTestId('admin-close').tap();
});
