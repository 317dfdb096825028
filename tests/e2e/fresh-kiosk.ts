/**
 * The e2e `test` on a kiosk of its own: a browser-mode server on a fresh data folder, one per worker,
 * and `baseURL` pointing at it. For specs that assert how a fresh kiosk looks: by the time they run,
 * the shared server has recorded the earlier specs' touches (the monkey's "I'm interested" among
 * them), and home marks the items with the most interest.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startBrowserMode, type BrowserModeServer } from '../../main/cli/browser-mode.ts';
import { test as kioskTest } from './kiosk-test.ts';

export const test = kioskTest.extend<object, { freshKiosk: BrowserModeServer }>({
  freshKiosk: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
    async ({}, use) => {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'kiosk-fresh-e2e-'));
      const server = await startBrowserMode({ port: 0, dataDir, watchPack: false, log: () => {} });
      await use(server);
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ freshKiosk }, use) => use(freshKiosk.url),
});

export { expect } from './kiosk-test.ts';
