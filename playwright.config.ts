import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// End-to-end tests in Chromium against browser mode. Playwright's own browser download does not
// work offline, so Debian's Chromium is used; CHROMIUM_PATH may point elsewhere.
const port = Number(process.env.KIOSK_E2E_PORT ?? 5199);
// A fresh data folder (settings, PIN, stats, pack library, CSV exports) per run, so the first-run PIN
// flow is testable; set once by the runner, inherited by the workers, which read exports from it.
process.env.KIOSK_E2E_DATA ??= path.join(tmpdir(), `kiosk-e2e-data-${Date.now()}-${process.pid}`);
const dataDir = process.env.KIOSK_E2E_DATA;
// The content studio's specs (tests/e2e/studio-*.spec.ts) run against `npm run studio`'s server on a
// port of its own, with a data folder of its own (its draft, its pack library).
export const studioPort = Number(process.env.KIOSK_E2E_STUDIO_PORT ?? port + 100);
process.env.KIOSK_E2E_STUDIO_DATA ??= path.join(tmpdir(), `kiosk-e2e-studio-${Date.now()}-${process.pid}`);
const studioDataDir = process.env.KIOSK_E2E_STUDIO_DATA;
// A second kiosk that no spec records anything on (tests/e2e/fresh-kiosk.ts): a fresh data folder,
// for the specs that assert how a kiosk without statistics looks (visual.spec.ts).
export const freshPort = Number(process.env.KIOSK_E2E_FRESH_PORT ?? port + 50);
process.env.KIOSK_E2E_FRESH_DATA ??= path.join(tmpdir(), `kiosk-e2e-fresh-${Date.now()}-${process.pid}`);
const freshDataDir = process.env.KIOSK_E2E_FRESH_DATA;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 60_000,
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1920, height: 1080 },
    hasTouch: true,
    locale: 'zh-CN',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--autoplay-policy=no-user-gesture-required',
      ],
    },
  },
  webServer: [
    {
      command: `node dist/cli/web.mjs --port ${port} --data "${dataDir}"`,
      url: `http://127.0.0.1:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'pipe',
    },
    {
      command: `node dist/cli/web.mjs --port ${freshPort} --data "${freshDataDir}"`,
      url: `http://127.0.0.1:${freshPort}/api/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'pipe',
    },
    {
      command: `npx tsx main/cli/studio.ts --port ${studioPort} --data "${studioDataDir}"`,
      url: `http://127.0.0.1:${studioPort}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
  ],
});
