/**
 * The entry, run against a mocked Electron: what it does at load time (before `ready`), and the
 * start-up sequence after it. The real binary cannot run here; tests/electron/ covers it for real.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentServerOptions } from '../../../main/core/server/content-server.ts';

const mocks = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const { vi } = await import('vitest');

  // Node 20 has no Promise.withResolvers.
  function deferred(): { promise: Promise<void>; resolve: () => void } {
    let resolve = () => {};
    const promise = new Promise<void>((done) => {
      resolve = done;
    });
    return { promise, resolve };
  }

  const { FakeBrowserWindow: FakeWindow } = await import('../support/fake-electron-objects.ts');

  class FakeApp extends EventEmitter {
    gotLock = true;
    isPackaged = false;
    readonly ready = deferred();
    readonly requestSingleInstanceLock = vi.fn(() => this.gotLock);
    readonly enableSandbox = vi.fn();
    readonly quit = vi.fn();
    readonly exit = vi.fn();
    readonly relaunch = vi.fn();
    readonly setPath = vi.fn();
    readonly getVersion = vi.fn(() => '0.1.0');
    readonly getPath = vi.fn((name: string) => `/fake/${name}`);
    readonly whenReady = vi.fn(() => this.ready.promise);
  }

  const state = {
    app: new FakeApp(),
    session: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
      protocol: { handle: vi.fn() },
      on: vi.fn(),
    },
    registerSchemesAsPrivileged: vi.fn(),
    crashReporterStart: vi.fn(),
    setApplicationMenu: vi.fn(),
    ipcHandle: vi.fn(),
    loadPack: vi.fn(),
    contentServerOptions: undefined as ContentServerOptions | undefined,
    FakeWindow,
    reset() {
      state.app = new FakeApp();
      FakeWindow.instances = [];
      state.contentServerOptions = undefined;
      for (const spy of [
        state.session.setPermissionRequestHandler,
        state.session.setPermissionCheckHandler,
        state.session.setDevicePermissionHandler,
        state.session.webRequest.onBeforeRequest,
        state.session.protocol.handle,
        state.session.on,
        state.registerSchemesAsPrivileged,
        state.crashReporterStart,
        state.setApplicationMenu,
        state.ipcHandle,
        state.loadPack,
      ]) {
        spy.mockReset();
      }
    },
  };
  return state;
});

vi.mock('electron', () => ({
  get app() {
    return mocks.app;
  },
  BrowserWindow: Object.assign(mocks.FakeWindow, { fromWebContents: () => ({}) }),
  Menu: { setApplicationMenu: mocks.setApplicationMenu },
  crashReporter: { start: mocks.crashReporterStart },
  protocol: { registerSchemesAsPrivileged: mocks.registerSchemesAsPrivileged },
  screen: { getPrimaryDisplay: () => ({ workAreaSize: { width: 2560, height: 1440 } }) },
  session: { defaultSession: mocks.session },
  ipcMain: { handle: mocks.ipcHandle },
}));

vi.mock('../../../main/core/pack/load-pack.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  loadPack: mocks.loadPack,
}));

// Kiosk operations (settings, stats, lockdown) have their own tests (kiosk-operations.test.ts and
// tests/unit/core/); here they are a pass-through, so this file keeps testing the entry's own sequence.
const kiosk = vi.hoisted(() => ({ start: vi.fn(), attach: vi.fn(), lockedDown: false }));
vi.mock('../../../main/electron/kiosk-operations.ts', () => ({
  startKioskOperations: async (options: unknown) => {
    kiosk.start(options);
    return {
      ipc: undefined,
      wrapContentServer: (handler: unknown) => handler,
      windowOptions: (options: unknown) => options,
      attach: kiosk.attach,
      lockedDown: () => kiosk.lockedDown,
    };
  },
}));

// The studio window has its own tests (studio-window.test.ts); here: when the entry opens it.
const studio = vi.hoisted(() => ({ open: vi.fn(async () => {}), mayNavigate: vi.fn(() => false), close: vi.fn() }));
vi.mock('../../../main/electron/studio-window.ts', () => ({ createStudioWindow: () => studio }));

vi.mock('../../../main/core/server/content-server.ts', () => ({
  createContentServer: (options: ContentServerOptions) => {
    mocks.contentServerOptions = options;
    return async () => new Response('content');
  },
}));

const savedEnv = process.env.KIOSK_PACK_DIR;
/** The process's own error listeners (Vitest's), so that the entry's crash guard can be removed after each test. */
const GUARDED = ['uncaughtException', 'unhandledRejection'] as const;
type Listener = (...args: unknown[]) => void;
const processEvents = process as NodeJS.EventEmitter;
const listenersOf = (event: string) => processEvents.listeners(event) as Listener[];
let ownListeners = GUARDED.map(listenersOf);
/** The listeners the entry added to `event`. */
const addedListeners = (event: (typeof GUARDED)[number]) =>
  listenersOf(event).filter((l) => !ownListeners[GUARDED.indexOf(event)]!.includes(l));

beforeEach(() => {
  ownListeners = GUARDED.map(listenersOf);
  mocks.reset();
  vi.resetModules();
  vi.spyOn(console, 'info').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  process.env.KIOSK_PACK_DIR = '/packs/test';
  mocks.loadPack.mockImplementation(async (dir: string) => ({
    ok: true,
    pack: { pack: { id: 'test' } },
    dir,
    file: `${dir}/pack.json`,
    warnings: [],
  }));
});

afterEach(() => {
  for (const event of GUARDED) for (const listener of addedListeners(event)) processEvents.off(event, listener);
  if (savedEnv === undefined) delete process.env.KIOSK_PACK_DIR;
  else process.env.KIOSK_PACK_DIR = savedEnv;
});

/** Loads the entry module, as Electron does with the bundled main. */
async function runEntry(): Promise<void> {
  await import('../../../main/electron/electron-main.ts');
}

/** Fires `ready` and waits until the window has been asked to load its page. */
async function becomeReady(): Promise<InstanceType<typeof mocks.FakeWindow>> {
  mocks.app.ready.resolve();
  await vi.waitFor(() => expect(mocks.FakeWindow.instances[0]?.loadURL).toHaveBeenCalled());
  const win = mocks.FakeWindow.instances[0];
  if (!win) throw new Error('no window');
  return win;
}

describe('before ready', () => {
  it('registers the app scheme, enables the sandbox and hardens every future webContents', async () => {
    await runEntry();
    expect(mocks.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(mocks.app.enableSandbox).toHaveBeenCalledOnce();
    expect(mocks.app.listenerCount('web-contents-created')).toBe(1);
    expect(mocks.FakeWindow.instances).toHaveLength(0);
  });

  it('guards against uncaught errors before anything else of the app runs, and keeps crash dumps locally', async () => {
    let guardedAtFirstStep: number[] = [];
    mocks.registerSchemesAsPrivileged.mockImplementation(() => {
      guardedAtFirstStep = GUARDED.map((event) => addedListeners(event).length);
    });
    await runEntry();
    expect(guardedAtFirstStep).toEqual([1, 1]);
    expect(mocks.app.setPath).toHaveBeenCalledWith('crashDumps', path.join('/fake/userData', 'crash-dumps'));
    expect(mocks.crashReporterStart).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ uploadToServer: false }),
    );
    expect(mocks.crashReporterStart.mock.invocationCallOrder[0]).toBeLessThan(
      mocks.registerSchemesAsPrivileged.mock.invocationCallOrder[0] ?? 0,
    );
  });

  it('quits at once when another instance holds the lock', async () => {
    mocks.app.gotLock = false;
    await runEntry();
    expect(mocks.app.quit).toHaveBeenCalledOnce();
    expect(mocks.app.whenReady).not.toHaveBeenCalled();
  });
});

describe('on ready', () => {
  it('opens one secure window on app://kiosk/ and shows it when ready to show', async () => {
    await runEntry();
    const win = await becomeReady();
    expect(win.loadURL).toHaveBeenCalledExactlyOnceWith('app://kiosk/');
    expect(win.options).toMatchObject({
      width: 1920,
      height: 1080,
      show: false,
      backgroundColor: '#0b1e3f',
      autoHideMenuBar: true,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: true },
    });
    const preload = (win.options.webPreferences as { preload: string }).preload;
    expect(preload.endsWith(path.join('preload', 'preload.cjs'))).toBe(true);
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledOnce();
  });

  it('removes the menu, hardens the session, mounts the content server and registers IPC before loading', async () => {
    await runEntry();
    const win = await becomeReady();
    const loadOrder = win.loadURL.mock.invocationCallOrder[0] ?? 0;
    expect(mocks.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(mocks.session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(mocks.session.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(mocks.session.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(mocks.ipcHandle).toHaveBeenCalledWith('shell:get-info', expect.any(Function));
    expect(mocks.session.protocol.handle.mock.invocationCallOrder[0]).toBeLessThan(loadOrder);
    expect(mocks.ipcHandle.mock.invocationCallOrder[0]).toBeLessThan(loadOrder);
  });

  it('starts kiosk operations on userData and hands them the window', async () => {
    kiosk.start.mockClear();
    kiosk.attach.mockClear();
    await runEntry();
    const win = await becomeReady();
    expect(kiosk.start).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ userDataDir: '/fake/userData', isPackaged: false }),
    );
    expect(kiosk.attach).toHaveBeenCalledExactlyOnceWith(win);
  });

  it('serves the pack from the folder KIOSK_PACK_DIR names', async () => {
    await runEntry();
    await becomeReady();
    expect(mocks.loadPack).toHaveBeenCalledWith(path.resolve('/packs/test'));
    expect(mocks.contentServerOptions?.getPack()).toMatchObject({ dir: path.resolve('/packs/test') });
    expect(mocks.contentServerOptions?.getPackErrors?.()).toEqual([]);
  });

  it('without an override, puts the pack library of userData in front of the embedded pack', async () => {
    delete process.env.KIOSK_PACK_DIR;
    kiosk.start.mockClear();
    await runEntry();
    await becomeReady();
    const options = kiosk.start.mock.calls[0]?.[0] as { packs: { root: string; status(): { source: string } } };
    expect(options.packs.root).toBe(path.resolve('/fake/userData/packs'));
    expect(options.packs.status().source).toBe('embedded');
    expect(mocks.loadPack).toHaveBeenCalledWith(expect.stringMatching(/assets[\\/]packs[\\/]xuzhou$/));
    expect(mocks.contentServerOptions?.getPack()?.dir).toMatch(/xuzhou$/);
  });

  it('still opens the window when the pack is broken, and gives the content server the errors', async () => {
    const error = { severity: 'error', file: '.', path: '', message: 'pack folder not found' };
    mocks.loadPack.mockImplementation(async (dir: string) => ({ ok: false, dir, errors: [error], warnings: [] }));
    await runEntry();
    const win = await becomeReady();
    expect(win.loadURL).toHaveBeenCalledWith('app://kiosk/');
    expect(mocks.contentServerOptions?.getPack()).toBeUndefined();
    expect(mocks.contentServerOptions?.getPackErrors?.()).toEqual([error]);
    expect(mocks.app.exit).not.toHaveBeenCalled();
  });

  it('brings the window forward when a second instance starts', async () => {
    await runEntry();
    const win = await becomeReady();
    win.isMinimized.mockReturnValue(true);
    mocks.app.emit('second-instance', {}, [], '/');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('a second start with --studio opens the studio window, unless the kiosk is locked down', async () => {
    studio.open.mockClear();
    await runEntry();
    await becomeReady();
    kiosk.lockedDown = true;
    mocks.app.emit('second-instance', {}, ['electron', '.', '--studio'], '/');
    expect(studio.open).not.toHaveBeenCalled();
    kiosk.lockedDown = false;
    mocks.app.emit('second-instance', {}, ['electron', '.', '--studio'], '/');
    expect(studio.open).toHaveBeenCalledOnce();
  });

  it('started with --studio, opens the studio window alone (no kiosk window), and gives the admin panel its opener', async () => {
    studio.open.mockClear();
    kiosk.start.mockClear();
    process.argv.push('--studio');
    try {
      await runEntry();
      mocks.app.ready.resolve();
      await vi.waitFor(() => expect(studio.open).toHaveBeenCalledOnce());
      expect(mocks.FakeWindow.instances).toHaveLength(0);
      expect(kiosk.start).toHaveBeenCalledWith(expect.objectContaining({ openStudio: expect.any(Function) }));
    } finally {
      process.argv.splice(process.argv.indexOf('--studio'), 1);
    }
  });

  it('an uncaught exception in main is logged by the guard (whose listener keeps the dialog away) and reloads the kiosk page', async () => {
    await runEntry();
    const win = await becomeReady();
    const [guard] = addedListeners('uncaughtException');
    guard?.(new Error('a bug in an IPC handler'), 'uncaughtException');
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('Error: a bug in an IPC handler'));
    await vi.waitFor(() => expect(win.loadURL).toHaveBeenCalledTimes(2), { timeout: 3000 });
    expect(win.loadURL).toHaveBeenLastCalledWith('app://kiosk/');
    expect(mocks.app.relaunch).not.toHaveBeenCalled();
  });

  it('quits when the window is closed', async () => {
    await runEntry();
    await becomeReady();
    mocks.app.emit('window-all-closed');
    expect(mocks.app.quit).toHaveBeenCalledOnce();
  });
});
