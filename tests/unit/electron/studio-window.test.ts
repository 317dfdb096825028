/**
 * The content studio's window, with Electron mocked: the window's options, its own session and
 * that session's policy, which navigations its frames may make, and that the page it loads is
 * served by the real studio server (on 127.0.0.1). Whether Electron then enforces these (the
 * sandbox, the request filter, the frame navigation events) can only be seen on a real machine.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActivePackManager } from '../../../main/core/pack/active-pack-manager.ts';
import { writePackDir } from '../../fixtures/minimal-pack.ts';
import { tempFolder } from '../support/temp-folder.ts';

const fake = await vi.hoisted(async () => {
  const { vi } = await import('vitest');
  const { FakeBrowserWindow, FakeSession } = await import('../support/fake-electron-objects.ts');
  const studioSession = new FakeSession();
  return {
    FakeWindow: FakeBrowserWindow,
    studioSession,
    fromPartition: vi.fn(() => studioSession),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
  };
});

vi.mock('electron', () => ({
  BrowserWindow: fake.FakeWindow,
  dialog: { showOpenDialog: fake.showOpenDialog },
  screen: { getPrimaryDisplay: () => ({ workAreaSize: { width: 1440, height: 900 } }) },
  session: { fromPartition: fake.fromPartition },
}));

const { createStudioWindow, STUDIO_PARTITION } = await import('../../../main/electron/studio-window.ts');

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
  fake.FakeWindow.instances = [];
});

async function studioWindow() {
  vi.spyOn(console, 'info').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const userDataDir = await tempFolder('kiosk-studio-window-');
  const rendererDir = path.join(userDataDir, 'renderer');
  await (await import('node:fs/promises')).mkdir(rendererDir);
  await writeFile(path.join(rendererDir, 'studio.html'), '<meta name="studio-token" content="%STUDIO_TOKEN%">');
  const packs = await ActivePackManager.open({
    root: path.join(userDataDir, 'packs'),
    embeddedDir: await writePackDir(),
    log: { info: () => {}, warn: () => {}, error: () => {} },
  });
  const studio = createStudioWindow({ packs, userDataDir, rendererDir, isPackaged: true });
  opened.push(studio);
  return studio;
}

type RequestFilter = (details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void;

describe('the studio window', () => {
  it('opens a secure window in its own session on the studio server’s page, which serves it with a token', async () => {
    const studio = await studioWindow();
    await studio.open();
    expect(fake.fromPartition).toHaveBeenCalledWith(STUDIO_PARTITION);
    const [win] = fake.FakeWindow.instances;
    expect(win!.options).toMatchObject({
      width: 1440,
      height: 900,
      show: false,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        devTools: false,
        session: fake.studioSession,
      },
    });
    expect((win!.options.webPreferences as Record<string, unknown>).preload).toBeUndefined();
    const url = win!.loadURL.mock.calls[0]![0];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/studio\/$/);
    const page = await fetch(url);
    expect(await page.text()).toMatch(/content="[0-9a-f]{64}"/);
  });

  it('brings the open window to the front instead of opening a second one', async () => {
    const studio = await studioWindow();
    await studio.open();
    await studio.open();
    expect(fake.FakeWindow.instances).toHaveLength(1);
    expect(fake.FakeWindow.instances[0]!.focus).toHaveBeenCalledOnce();
  });

  it('lets its session reach its own server only, and refuses every permission', async () => {
    const studio = await studioWindow();
    await studio.open();
    const origin = new URL(fake.FakeWindow.instances[0]!.loadURL.mock.calls[0]![0]).origin;
    const filter = fake.studioSession.webRequest.onBeforeRequest.mock.calls.at(-1)![1] as RequestFilter;
    const cancelled = (url: string) => {
      let answer = true;
      filter({ url }, (a) => (answer = a.cancel));
      return answer;
    };
    expect(cancelled(`${origin}/studio/preview/`)).toBe(false);
    expect(cancelled('blob:abc')).toBe(false);
    expect(cancelled('https://example.com/')).toBe(true);
    expect(cancelled(`http://127.0.0.1:${Number(new URL(origin).port) + 1}/`)).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    const permission = fake.studioSession.setPermissionRequestHandler.mock.calls.at(-1)![0] as (
      c: unknown,
      p: string,
      cb: (ok: boolean) => void,
    ) => void;
    const granted = vi.fn();
    permission({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
  });

  it('lets the studio’s own frames navigate within its origin, and nothing else navigate anywhere', async () => {
    const studio = await studioWindow();
    await studio.open();
    const origin = new URL(fake.FakeWindow.instances[0]!.loadURL.mock.calls[0]![0]).origin;
    const studioContents = { session: fake.studioSession } as never;
    const kioskContents = { session: new EventEmitter() } as never;
    expect(studio.mayNavigate(studioContents, `${origin}/studio/preview/?studio-preview`)).toBe(true);
    expect(studio.mayNavigate(studioContents, 'https://example.com/')).toBe(false);
    expect(studio.mayNavigate(kioskContents, `${origin}/studio/`)).toBe(false);
  });
});
