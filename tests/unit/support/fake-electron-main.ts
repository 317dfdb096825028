/**
 * The `electron` module as kiosk operations see it (app, dialog, power-save blocker, one display),
 * for `vi.mock('electron', …)`. Load it inside `vi.hoisted`, since the mock is set up before imports:
 *   const electron = await vi.hoisted(async () => (await import('../support/fake-electron-main.ts')).fakeElectronMain());
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export function fakeElectronMain() {
  const display = {
    id: 7,
    bounds: { x: 0, y: 0, width: 1920, height: 1080 },
    size: { width: 1920, height: 1080 },
    scaleFactor: 1.5,
    touchSupport: 'available',
  };
  return {
    app: Object.assign(new EventEmitter(), { quit: vi.fn(), setLoginItemSettings: vi.fn() }),
    dialog: { showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })) },
    powerSaveBlocker: { start: vi.fn(() => 42), stop: vi.fn(), isStarted: vi.fn(() => true) },
    screen: Object.assign(new EventEmitter(), {
      getAllDisplays: vi.fn(() => [display]),
      getPrimaryDisplay: vi.fn(() => display),
      getCursorScreenPoint: vi.fn(() => ({ x: 0, y: 0 })),
    }),
    protocol: { registerSchemesAsPrivileged: vi.fn() },
  };
}
