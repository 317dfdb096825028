/**
 * Playwright config for the Electron smoke test only; it is not part of the default project list
 * (playwright.config.ts runs the browser-mode tests in tests/e2e).
 *
 *   npm run build && npx playwright test -c tests/electron/playwright.electron.config.ts
 *
 * Needs the Electron binary (node_modules/electron/dist) and, on Linux without a desktop, a display
 * (e.g. `xvfb-run -a npx playwright test -c …`). Without the binary the test skips and says why.
 * With KIOSK_ELECTRON_APP set to a packaged app's executable (the e2e build), it tests that app.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.electron.spec.ts',
  outputDir: '../../test-results/electron',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: 'list',
});
