/**
 * The wiring of kiosk operations, with Electron mocked: what it installs on the window and the app.
 * Real stores in a temp folder. Whether Electron then behaves (kiosk mode, the dialog over a kiosk
 * window, the power-save blocker) can only be seen on a real machine.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FAILURE_PAGE_PATH } from '../../../main/core/server/failure-page.ts';
import { startKioskOperations } from '../../../main/electron/kiosk-operations.ts';
import { tempFolder } from '../support/temp-folder.ts';
import { fakeWindow } from '../support/fake-browser-window.ts';

// Before the imports run (vi.mock is hoisted), hence the dynamic import.
const electron = await vi.hoisted(async () => (await import('../support/fake-electron-main.ts')).fakeElectronMain());
vi.mock('electron', () => electron);

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  electron.powerSaveBlocker.start.mockClear();
  electron.app.quit.mockClear();
});

async function start(isPackaged: boolean) {
  return startKioskOperations({ userDataDir: await tempFolder(), isPackaged, argv: [], teeConsole: false });
}

describe('startKioskOperations', () => {
  it('opens a packaged kiosk in kiosk mode on the chosen display', async () => {
    const kiosk = await start(true);
    expect(kiosk.windowOptions({ show: false })).toMatchObject({ kiosk: true, fullscreen: true, width: 1920, x: 0 });
  });

  it('keeps the display awake and refuses to close until the admin panel exits', async () => {
    const kiosk = await start(true);
    const { win, asWindow } = fakeWindow();
    kiosk.attach(asWindow());
    expect(electron.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    const close = { preventDefault: vi.fn() };
    win.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalled();
  });

  it('lets the window close and quits on kiosk:exit from an admin', async () => {
    const kiosk = await start(true);
    const { win, asWindow } = fakeWindow();
    kiosk.attach(asWindow());
    const event = {} as never;
    await kiosk.operations['admin:change-pin'](event, '000000', '135790');
    await kiosk.operations['kiosk:exit'](event);
    expect(electron.app.quit).toHaveBeenCalledOnce();
    const close = { preventDefault: vi.fn() };
    win.emit('close', close);
    expect(close.preventDefault).not.toHaveBeenCalled();
  });

  it('shows the failure page through the content server after repeated crashes', async () => {
    vi.useFakeTimers();
    try {
      const kiosk = await start(true);
      const { win, asWindow } = fakeWindow();
      kiosk.attach(asWindow());
      for (let i = 0; i < 6; i++) win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
      expect(win.loadURL).toHaveBeenCalledWith(`app://kiosk${FAILURE_PAGE_PATH}`);
      const served = kiosk.wrapContentServer(async () => new Response('app'));
      const page = await served(new Request(`app://kiosk${FAILURE_PAGE_PATH}`));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('crashed');
    } finally {
      vi.useRealTimers();
    }
  });

  it('turns into a presenter window when presenter mode is saved, and back into kiosk mode', async () => {
    const kiosk = await start(true);
    const { win, asWindow } = fakeWindow();
    kiosk.attach(asWindow());
    const event = {} as never;
    await kiosk.operations['admin:change-pin'](event, '000000', '135790');
    await kiosk.operations['settings:set'](event, { presenterMode: true });
    expect(win.setKiosk).toHaveBeenLastCalledWith(false);
    expect(win.setResizable).toHaveBeenLastCalledWith(true);
    expect(win.setBounds).toHaveBeenLastCalledWith({ x: 192, y: 108, width: 1536, height: 864 });
    // The next start opens the window the same way.
    expect(kiosk.windowOptions({ show: false })).toMatchObject({ kiosk: false, fullscreen: false, width: 1536 });

    await kiosk.operations['settings:set'](event, { presenterMode: false });
    expect(win.setKiosk).toHaveBeenLastCalledWith(true);
    expect(win.setBounds).toHaveBeenLastCalledWith({ x: 0, y: 0, width: 1920, height: 1080 });
    expect(kiosk.windowOptions({ show: false })).toMatchObject({ kiosk: true, fullscreen: true });
  });

  it('moves the kiosk back onto its display when displays change', async () => {
    const kiosk = await start(true);
    const { win, asWindow } = fakeWindow();
    win.getBounds = () => ({ x: 1920, y: 0, width: 1280, height: 720 }); // left on a display that went away
    kiosk.attach(asWindow());
    electron.screen.emit('display-removed');
    expect(win.setBounds).toHaveBeenLastCalledWith({ x: 0, y: 0, width: 1920, height: 1080 });
    expect(win.setKiosk).toHaveBeenLastCalledWith(true);
  });

  it('registers the installed kiosk as a login item as the settings say (Windows and macOS only)', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    try {
      Object.defineProperty(process, 'platform', { value: 'win32' });
      electron.app.setLoginItemSettings.mockClear();
      const kiosk = await start(true);
      expect(electron.app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: false });
      const event = {} as never;
      await kiosk.operations['admin:change-pin'](event, '000000', '135790');
      await kiosk.operations['settings:set'](event, { startAtLogin: true });
      expect(electron.app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: true });

      // A development run would register the bare Electron binary; Linux has no login items.
      electron.app.setLoginItemSettings.mockClear();
      await start(false);
      Object.defineProperty(process, 'platform', { value: 'linux' });
      await start(true);
      expect(electron.app.setLoginItemSettings).not.toHaveBeenCalled();
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('exports nothing when staff cancel the folder dialog', async () => {
    const kiosk = await start(true);
    kiosk.attach(fakeWindow().asWindow());
    const event = {} as never;
    await kiosk.operations['admin:change-pin'](event, '000000', '135790');
    await expect(
      kiosk.operations['stats:export-csv'](event, { from: '2026-11-27', to: '2026-11-27' }),
    ).resolves.toEqual({
      status: 'cancelled',
    });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }),
    );
  });
});

describe('studio:open', () => {
  async function withStudio(isPackaged: boolean) {
    const openStudio = vi.fn(async () => {});
    const kiosk = await startKioskOperations({
      userDataDir: await tempFolder(),
      isPackaged,
      argv: [],
      teeConsole: false,
      openStudio,
    });
    const event = {} as never;
    await kiosk.operations['admin:change-pin'](event, '000000', '135790');
    return { kiosk, openStudio, event };
  }

  it('opens the studio window for an admin on a staff machine (no lockdown)', async () => {
    const { kiosk, openStudio, event } = await withStudio(false);
    expect(await kiosk.operations['studio:open'](event)).toEqual({ status: 'opened' });
    expect(openStudio).toHaveBeenCalledOnce();
  });

  it('refuses while the kiosk is locked down, and opens nothing', async () => {
    const { kiosk, openStudio, event } = await withStudio(true);
    expect(kiosk.lockedDown()).toBe(true);
    expect(await kiosk.operations['studio:open'](event)).toEqual({ status: 'refused', reason: 'locked-down' });
    expect(openStudio).not.toHaveBeenCalled();
  });

  it('opens in presenter mode (a locked-down build that staff present from)', async () => {
    const { kiosk, openStudio, event } = await withStudio(true);
    await kiosk.operations['settings:set'](event, { presenterMode: true });
    expect(kiosk.lockedDown()).toBe(false);
    expect(await kiosk.operations['studio:open'](event)).toEqual({ status: 'opened' });
    expect(openStudio).toHaveBeenCalledOnce();
  });

  it('refuses without an admin session', async () => {
    const openStudio = vi.fn(async () => {});
    const kiosk = await startKioskOperations({
      userDataDir: await tempFolder(),
      isPackaged: false,
      argv: [],
      teeConsole: false,
      openStudio,
    });
    await expect(kiosk.operations['studio:open']({} as never)).rejects.toThrow(/locked/);
    expect(openStudio).not.toHaveBeenCalled();
  });
});
