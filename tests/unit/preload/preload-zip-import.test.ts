/**
 * The path road of a zip import, from the page's client through the real preload to `ipcRenderer`
 * (mocked): the page asks main to choose and import a zip, and neither the zip's bytes nor a path
 * cross IPC; progress comes back as `packs:import-progress` events, phase by phase. Whether
 * Electron's own dialog and IPC then behave can only be seen in Electron.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PACK_IMPORT_PHASES, type KioskApi, type PackImportProgress } from '../../../main/contract/ipc.ts';

const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const bus = new EventEmitter();
  return {
    bus,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => bus.on(channel, listener)),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) =>
        bus.removeListener(channel, listener),
      ),
    },
  };
});
vi.mock('electron', () => electron);

let client: typeof import('../../../renderer/src/kiosk/kiosk-client.ts');

beforeAll(async () => {
  await import('../../../main/preload/preload.ts');
  const api = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as KioskApi;
  vi.stubGlobal('window', { kiosk: api });
  client = await import('../../../renderer/src/kiosk/kiosk-client.ts');
});
afterAll(() => vi.unstubAllGlobals());

/** Main's side, as the page sees it: progress events while the import runs, then the result. */
function mainImports(): void {
  electron.ipcRenderer.invoke.mockImplementationOnce(async () => {
    for (const phase of PACK_IMPORT_PHASES) {
      const progress: PackImportProgress = { phase, bytesDone: 5, bytesTotal: phase === 'copy' ? 10 : 0 };
      electron.bus.emit('packs:import-progress', { sender: electron.ipcRenderer }, progress);
    }
    return { status: 'imported', pack: { id: 'city', version: '2.0.0' }, warnings: [] };
  });
}

describe('importing a zip in Electron', () => {
  it('asks main to choose and import it: one invoke of packs:choose-zip with no argument at all', async () => {
    electron.ipcRenderer.invoke.mockClear();
    mainImports();
    const seen: unknown[] = [];
    await expect(client.kiosk.chooseZip((p) => seen.push(p))).resolves.toMatchObject({ status: 'imported' });
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([['packs:choose-zip']]);
    expect(seen).toEqual([
      { phase: 'copy', fraction: 0.5 },
      { phase: 'extract', fraction: null },
      { phase: 'validate', fraction: null },
      { phase: 'switch', fraction: null },
    ]);
    expect(electron.bus.listenerCount('packs:import-progress')).toBe(0);
  });

  it('never sends a chosen file over IPC: the upload road is for browser mode only', async () => {
    electron.ipcRenderer.invoke.mockClear();
    const file = new Blob([new Uint8Array([80, 75, 3, 4])]);
    await expect(client.kiosk.importZip(file)).rejects.toThrow(/packs:choose-zip/);
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('offers the zip dialog in Electron', () => {
    expect(client.isAvailable('packs:choose-zip')).toBe(true);
  });
});
