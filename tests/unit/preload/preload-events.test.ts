/**
 * The preload's `on`: only the events of the contract, the payload alone (never the
 * IpcRendererEvent, whose `sender` is ipcRenderer), and a working unsubscribe. Electron is mocked.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_EVENTS, type KioskApi } from '../../../main/contract/ipc.ts';

const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const bus = new EventEmitter();
  return {
    bus,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async () => undefined),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => bus.on(channel, listener)),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) =>
        bus.removeListener(channel, listener),
      ),
    },
  };
});
vi.mock('electron', () => electron);

let api: KioskApi;

beforeAll(async () => {
  await import('../../../main/preload/preload.ts');
  api = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as KioskApi;
});

/** What main's `webContents.send(channel, payload)` looks like in the page. */
function push(channel: string, payload: unknown): void {
  const fakeEvent = { sender: electron.ipcRenderer, senderId: 0, ports: [] };
  electron.bus.emit(channel, fakeEvent, payload, 'extra');
}

describe("the preload's events", () => {
  it.each(IPC_EVENTS)('delivers %s with its payload only', (event) => {
    const listener = vi.fn();
    const off = api.on!(event, listener);
    push(event, { id: 'x', version: '1.0.0' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ id: 'x', version: '1.0.0' });
    off();
  });

  it('never hands the IpcRendererEvent (or ipcRenderer) to the page', () => {
    const listener = vi.fn();
    const off = api.on!('packs:changed', listener);
    push('packs:changed', { id: 'x', version: '1.0.0' });
    for (const arg of listener.mock.calls.flat()) {
      expect(arg).not.toBe(electron.ipcRenderer);
      expect(arg).not.toHaveProperty('sender');
    }
    off();
  });

  it.each(['packs:status', 'admin:unlock', 'evil', '', 42, undefined])('refuses to listen to %s', (event) => {
    expect(() => (api.on as unknown as (e: unknown, l: unknown) => unknown)(event, () => {})).toThrow(
      /unknown kiosk event/,
    );
  });

  it('refuses a listener that is not a function', () => {
    expect(() => (api.on as unknown as (e: unknown, l: unknown) => unknown)('packs:changed', 'x')).toThrow();
  });

  it('unsubscribes, once and for good', () => {
    const listener = vi.fn();
    const off = api.on!('packs:import-progress', listener);
    off();
    off();
    push('packs:import-progress', { bytesDone: 1, bytesTotal: 2 });
    expect(listener).not.toHaveBeenCalled();
    expect(electron.bus.listenerCount('packs:import-progress')).toBe(0);
  });

  it('keeps listeners apart', () => {
    const a = vi.fn();
    const b = vi.fn();
    const offA = api.on!('packs:changed', a);
    const offB = api.on!('packs:changed', b);
    offA();
    push('packs:changed', { id: 'y', version: '2.0.0' });
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledOnce();
    offB();
  });
});
