/**
 * Smoke test of the real Electron shell: the built app starts, loads app://kiosk/, shows the attract
 * loop, a touch opens the home screen, the language switches, and it answers IPC through
 * window.kiosk (only the contract's channels). Not in the default Playwright projects; run it with
 *
 *   npm run build && npx playwright test -c tests/electron/playwright.electron.config.ts
 *
 * (on Linux without a desktop, under `xvfb-run -a`). It skips, with the reason, where the Electron
 * binary is not installed (as on an offline machine, where electron's postinstall cannot fetch it).
 *
 * Against a packaged app instead (the e2e build, `npm run dist:e2e`, whose binary accepts
 * `--inspect`), set KIOSK_ELECTRON_APP to its executable; the app then loads from its own asar, and a
 * missing executable is an error, not a skip:
 *
 *   KIOSK_ELECTRON_APP="release/e2e/win-unpacked/Invest Kiosk.exe" npx playwright test -c …
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { IPC_CHANNELS, type KioskApi, type ShellInfo } from '../../main/contract/ipc.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const builtMain = path.join(repoRoot, 'dist', 'main', 'electron-main.cjs');

/**
 * The Electron binary `require('electron')` would return, found the same way (path.txt in the
 * package, ELECTRON_OVERRIDE_DIST_PATH) but without calling it: when the binary is missing,
 * `require('electron')` tries to download it, which an offline machine must not attempt.
 */
function findElectronBinary(): { binary: string } | { missing: string } {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron npm package is not installed' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { missing: `the Electron binary was never downloaded (${pathFile} is missing; run "npx install-electron")` };
  }
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const binary = path.join(distDir, readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { missing: `the Electron binary ${binary} does not exist` };
  return { binary };
}

/** A packaged app to test instead of dist/ on the development Electron binary (CI's installers job). */
const packagedApp = process.env.KIOSK_ELECTRON_APP ? path.resolve(process.env.KIOSK_ELECTRON_APP) : undefined;

const electronBinary = packagedApp !== undefined ? { binary: packagedApp } : findElectronBinary();
test.skip(
  'missing' in electronBinary,
  `Electron smoke test skipped: ${'missing' in electronBinary ? electronBinary.missing : ''}`,
);

test.describe('the Electron shell', () => {
  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    if (!('binary' in electronBinary)) return;
    if (packagedApp !== undefined && !existsSync(packagedApp)) {
      throw new Error(`KIOSK_ELECTRON_APP ${packagedApp} does not exist: run "npm run dist:e2e" first`);
    }
    if (packagedApp === undefined && !existsSync(builtMain)) {
      throw new Error(`${builtMain} is missing: run "npm run build" first`);
    }
    const env = Object.fromEntries(
      Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    // Playwright adds --no-sandbox itself (chromiumSandbox defaults to false), so this also runs as
    // root in CI; the renderer stays sandboxed by webPreferences.sandbox and app.enableSandbox().
    // A packaged app loads its own asar (the release fuses allow nothing else): no entry to pass.
    const args = packagedApp !== undefined ? [] : [builtMain];
    app = await electron.launch({ executablePath: electronBinary.binary, args, cwd: repoRoot, env });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    if (!app) return;
    // A packaged kiosk refuses to close its window (only the admin panel may), so app.close() would
    // wait for ever: leave through app.exit, which skips the close guard, and wait for the process.
    const exited = new Promise<void>((resolve) => app.process().once('exit', () => resolve()));
    await app.evaluate(({ app: electronApp }) => void setTimeout(() => electronApp.exit(0), 50)).catch(() => {});
    await exited;
  });

  test('loads the kiosk from app://kiosk/', async () => {
    await expect(page).toHaveURL('app://kiosk/');
  });

  test('shows the attract loop, and a touch opens the home screen', async () => {
    await expect(page.getByTestId('screen-attract')).toBeVisible({ timeout: 20_000 });
    await page.getByTestId('attract-start').click();
    await expect(page.getByTestId('screen-home')).toBeVisible();
  });

  test('switches the language in place', async () => {
    await page.getByTestId('lang-en').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('screen-home')).toBeVisible();
    await page.getByTestId('lang-zh-CN').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('shows the window once it is ready', async () => {
    await expect
      .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible() ?? false))
      .toBe(true);
  });

  test('answers shell:get-info through window.kiosk', async () => {
    const info: ShellInfo = await page.evaluate(() =>
      (window as unknown as { kiosk: KioskApi }).kiosk['shell:get-info'](),
    );
    expect(info.shell).toBe('electron');
    expect(info.electronVersion).toMatch(/^\d+\./);
    expect(info.platform).toBe(process.platform);
  });

  test('gives the page no Node and no raw ipcRenderer', async () => {
    const exposed = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      kioskKeys: Object.keys((window as unknown as { kiosk: object }).kiosk),
    }));
    expect(exposed.require).toBe('undefined');
    expect(exposed.process).toBe('undefined');
    expect([...exposed.kioskKeys].sort()).toEqual([...IPC_CHANNELS, 'on'].sort());
  });

  test('opens no new window', async () => {
    const opened = await page.evaluate(() => window.open('app://kiosk/') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  test('lets no request leave the app scheme', async () => {
    // A loopback discard port: should the block ever fail, nothing leaves the machine.
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('http://127.0.0.1:9/');
        return 'fetched';
      } catch {
        return 'blocked';
      }
    });
    expect(outcome).toBe('blocked');
  });
});
