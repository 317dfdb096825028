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
import type { StudioBoothLink, StudioBoothRuntime } from '../../../main/electron/booth-glue.ts';
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
const { studioBoothLink } = await import('../../../main/electron/booth-glue.ts');

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
  fake.FakeWindow.instances = [];
});

async function studioWindow(booth?: StudioBoothLink) {
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
  const studio = createStudioWindow({ packs, userDataDir, rendererDir, isPackaged: true, booth });
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

  it('publishes from the studio to the booth when this machine is the booth’s laptop, as browser mode does', async () => {
    let runtime: StudioBoothRuntime | undefined; // kiosk operations, hence the booth, start after the studio window
    const publish = vi.fn(async (_dir: string, id: string, version: string) => ({ id, version, publishedAt: '' }));
    const studio = await studioWindow(studioBoothLink(() => runtime));
    await studio.open();
    const url = fake.FakeWindow.instances[0]!.loadURL.mock.calls[0]![0];
    const origin = new URL(url).origin;
    const token = /content="([0-9a-f]{64})"/.exec(await (await fetch(url)).text())![1]!;
    const api = async (method: string, route: string, body?: unknown) => {
      const res = await fetch(`${origin}/studio/api/${route}`, {
        method,
        headers: { 'x-studio-token': token, origin, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await res.json()) as Record<string, unknown>;
    };
    expect((await api('GET', 'draft')).boothLaptop).toBe(false);
    runtime = { currentRole: () => 'laptop', publish };
    expect((await api('GET', 'draft')).boothLaptop).toBe(true);
    await api('POST', 'open', { source: 'active' });
    const published = await api('POST', 'publish', { bump: 'patch', booth: true });
    expect(published).toMatchObject({ ok: true, version: '1.0.1', booth: { ok: true } });
    expect(publish).toHaveBeenCalledExactlyOnceWith(expect.any(String), 'test-city', '1.0.1');
    runtime = { currentRole: () => 'kiosk', publish };
    expect(await api('POST', 'publish', { bump: 'patch', booth: true })).toMatchObject({
      ok: true,
      booth: { ok: false, error: 'this machine is not the booth’s laptop' },
    });
    expect(publish).toHaveBeenCalledOnce();
  });
});
