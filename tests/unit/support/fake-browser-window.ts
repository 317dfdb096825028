/** A BrowserWindow stand-in with what the kiosk operations touch, for tests with `electron` mocked. */
import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { vi } from 'vitest';

export function fakeWindow() {
  const webContents = Object.assign(new EventEmitter(), {
    setVisualZoomLevelLimits: vi.fn(async () => {}),
    setZoomFactor: vi.fn(),
    closeDevTools: vi.fn(),
    insertCSS: vi.fn(async () => 'k'),
    removeInsertedCSS: vi.fn(async () => {}),
    isDestroyed: () => false,
    forcefullyCrashRenderer: vi.fn(),
    send: vi.fn(),
  });
  const win = Object.assign(new EventEmitter(), {
    webContents,
    setMenuBarVisibility: vi.fn(),
    isDestroyed: () => false,
    loadURL: vi.fn(async () => {}),
    getBounds: () => ({ x: 0, y: 0, width: 1920, height: 1080 }),
    setBounds: vi.fn(),
    setKiosk: vi.fn(),
    setFullScreen: vi.fn(),
    setResizable: vi.fn(),
    setMovable: vi.fn(),
    setMinimizable: vi.fn(),
    setMaximizable: vi.fn(),
    setSkipTaskbar: vi.fn(),
  });
  return { win, asWindow: () => win as unknown as BrowserWindow };
}
