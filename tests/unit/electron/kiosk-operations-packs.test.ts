/**
 * The pack channels wired into the Electron main process, with Electron mocked: the folder dialog,
 * the displays from `screen`, events sent to the kiosk window with `webContents.send`, and the
 * folder watcher only on a staff machine. Whether the real dialog, screen and IPC behave can only be
 * seen in Electron itself.
 */
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ActivePackManager } from '../../../main/core/pack/active-pack-manager.ts';
import { startKioskOperations } from '../../../main/electron/kiosk-operations.ts';
import { minimalPack, writePackDir } from '../../fixtures/minimal-pack.ts';
import { packEntries, writeZip } from '../../fixtures/pack-zip.ts';
import { PACK_IMPORT_PHASES } from '../../../main/contract/ipc.ts';
import { buildZip } from '../../fixtures/zip-writer.ts';
import { tempFolder } from '../support/temp-folder.ts';
import { fakeWindow } from '../support/fake-browser-window.ts';

// Before the imports run (vi.mock is hoisted), hence the dynamic import.
const electron = await vi.hoisted(async () => (await import('../support/fake-electron-main.ts')).fakeElectronMain());
vi.mock('electron', () => electron);

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  electron.dialog.showOpenDialog.mockClear();
});

const event = {} as never;

async function start(isPackaged = true) {
  const userDataDir = await tempFolder('kiosk-electron-packs-');
  const packs = await ActivePackManager.open({
    root: path.join(userDataDir, 'packs'),
    embeddedDir: await writePackDir(),
    log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
  });
  const watch = vi.spyOn(packs, 'watch');
  const kiosk = await startKioskOperations({ userDataDir, isPackaged, argv: [], teeConsole: false, packs });
  const { win, asWindow } = fakeWindow();
  kiosk.attach(asWindow());
  await kiosk.operations['admin:change-pin'](event, '000000', '135790');
  const handlers = kiosk.packs!;
  return { kiosk, packs, win, watch, handlers, userDataDir };
}

function zipOf(version: string): Buffer {
  const pack = minimalPack();
  pack.pack.version = version;
  return buildZip(packEntries(pack));
}

describe('pack channels in Electron (mocked)', () => {
  it('are registered only with a pack manager, and admin-only', async () => {
    const bare = await startKioskOperations({
      userDataDir: await tempFolder(),
      isPackaged: true,
      argv: [],
      teeConsole: false,
    });
    expect(bare.packs).toBeUndefined();
    const { handlers, kiosk } = await start();
    await kiosk.operations['admin:lock'](event);
    await expect(Promise.resolve().then(() => handlers['packs:status'](event))).rejects.toThrow('admin session locked');
  });

  it('asks for a zip with its own open-file dialog, imports it from the path with every phase, and announces the switch', async () => {
    const { handlers, win, packs } = await start();
    await expect(handlers['packs:choose-zip'](event)).resolves.toEqual({ status: 'cancelled' });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({
        properties: ['openFile'],
        filters: [expect.objectContaining({ extensions: ['zip'] })],
      }),
    );
    electron.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: [await writeZip(zipOf('2.0.0'))],
    });
    await expect(handlers['packs:choose-zip'](event)).resolves.toMatchObject({ status: 'imported' });
    expect(packs.getPack()?.pack.pack.version).toBe('2.0.0');
    const progress = win.webContents.send.mock.calls.filter((call) => call[0] === 'packs:import-progress');
    expect([...new Set(progress.map((call) => (call[1] as { phase: string }).phase))]).toEqual(PACK_IMPORT_PHASES);
    expect(win.webContents.send).toHaveBeenLastCalledWith('packs:changed', { id: 'test-city', version: '2.0.0' });
  });

  it('refuses a zip sent over IPC: the bytes channel takes only an upload stream, which IPC cannot carry', async () => {
    const { handlers, packs } = await start();
    await expect(
      Promise.resolve().then(() => handlers['packs:import-zip'](event, zipOf('2.0.0') as never, null)),
    ).rejects.toThrow(/upload stream/);
    expect(packs.getPack()?.pack.pack.version).toBe('1.0.0');
  });

  it('asks for a folder with the open-directory dialog over the window, and copies the pack in', async () => {
    const { handlers, userDataDir, packs } = await start();
    await expect(handlers['packs:choose-folder'](event)).resolves.toEqual({ status: 'cancelled' });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ properties: ['openDirectory'] }),
    );
    const stick = await writePackDir();
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [stick] });
    await expect(handlers['packs:choose-folder'](event)).resolves.toMatchObject({ status: 'imported' });
    expect(packs.getPack()?.dir.startsWith(path.join(userDataDir, 'packs'))).toBe(true);
  });

  it('reports the displays from screen in preflight', async () => {
    const { handlers } = await start();
    const report = await handlers['system:preflight'](event);
    expect(report.displays).toEqual([{ id: 7, width: 1920, height: 1080, scaleFactor: 1.5, touch: true }]);
    expect(report.pack.ok).toBe(true);
    expect(report.disk).not.toBeNull();
  });

  it('watches the pack folder on a staff machine only', async () => {
    const locked = await start(true);
    expect(locked.watch).not.toHaveBeenCalled();
    const staff = await start(false);
    expect(staff.watch).toHaveBeenCalledOnce();
    staff.packs.close();
  });
});
