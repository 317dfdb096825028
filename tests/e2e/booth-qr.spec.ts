/**
 * Booth pairing by webcam QR, in browser mode: Chromium's fake camera shows the QR code of another
 * machine's device ID (made here with `qrcode`, turned into a video file with ffmpeg); staff open the
 * kiosk's admin Booth tab, tap "Scan with the webcam", and the ID lands in the field; Pair then pairs
 * it as a typed ID is. Chromium needs its fake-camera flags at launch, so this spec launches its own.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, expect, test, type Browser } from '@playwright/test';
import QRCode from 'qrcode';
import { startBrowserMode, type BrowserModeServer } from '../../main/cli/browser-mode.ts';
import { createFakeEngine, fakeDeviceId, type FakeEngine } from '../../harness/fake-booth.ts';
import { press, typePin } from './kiosk-test.ts';

const PIN = '246813';
const LAPTOP_ID = fakeDeviceId('qr-laptop');

let work: string;
let server: BrowserModeServer;
let engine: FakeEngine;
let browser: Browser;

/** A y4m video of `text`'s QR code, white around it, a few frames (Chromium loops it). */
async function qrVideo(text: string, name: string): Promise<string> {
  const png = path.join(work, `${name}.png`);
  const y4m = path.join(work, `${name}.y4m`);
  await QRCode.toFile(png, text, { width: 480, margin: 4 });
  await promisify(execFile)('ffmpeg', [
    '-loglevel',
    'error',
    '-loop',
    '1',
    '-i',
    png,
    '-vf',
    'scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2:color=white',
    '-r',
    '5',
    '-t',
    '1',
    '-pix_fmt',
    'yuv420p',
    y4m,
  ]);
  return y4m;
}

test.beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'kiosk-booth-qr-'));
  engine = createFakeEngine(fakeDeviceId('qr-kiosk'));
  server = await startBrowserMode({
    port: 0,
    dataDir: path.join(work, 'data'),
    watchPack: false,
    scrypt: { N: 1024, r: 8, p: 1, keyLength: 32 },
    log: () => {},
    startBoothEngine: async () => engine,
  });
  await server.booth.setRole({ role: 'kiosk', name: 'Kiosk QR' });
  const call = async (channel: string, ...args: unknown[]) =>
    fetch(`${server.url}api/ops/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kiosk-ops': '1', origin: server.url.slice(0, -1) },
      body: JSON.stringify({ args }),
    });
  await call('admin:unlock', '000000');
  await call('admin:change-pin', '000000', PIN);
  await call('admin:lock');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${await qrVideo(LAPTOP_ID, 'laptop-id')}`,
    ],
  });
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

test("a kiosk pairs with the laptop by scanning the QR code of the laptop's device ID", async () => {
  const context = await browser.newContext({ locale: 'en', hasTouch: true, viewport: { width: 1920, height: 1080 } });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByTestId('screen-attract').waitFor();
    await press(page, 3300);
    await typePin(page, PIN);
    await page.getByTestId('pin-enter').tap();
    await page.getByTestId('admin-tab-booth').tap();
    await expect(page.getByTestId('booth-pair-id')).toHaveValue('');

    await page.getByTestId('booth-scan-start').tap();
    await expect(page.getByTestId('booth-pair-id')).toHaveValue(LAPTOP_ID, { timeout: 15_000 });
    await expect(page.getByTestId('booth-scan')).toHaveCount(0); // the camera view closes once read

    const paired = page.waitForResponse((res) => res.url().includes('booth:pair'));
    await page.getByTestId('booth-pair').tap();
    expect(await (await paired).json()).toMatchObject({ ok: true });
    await expect(page.getByTestId('booth-error')).toHaveCount(0);
    await expect.poll(async () => (await engine.peers()).map((peer) => peer.deviceId)).toEqual([LAPTOP_ID]);
  } finally {
    await context.close();
  }
});
