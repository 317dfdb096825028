/**
 * The preload of the kiosk window. It runs sandboxed (only `electron`'s renderer modules are
 * available; esbuild bundles this file and the channel list into one CommonJS script) and exposes,
 * through contextBridge, exactly one async function per IPC channel on `window.kiosk`, plus
 * `on(event, listener)` for the events main pushes.
 *
 * It never exposes `ipcRenderer` itself, nor a generic `invoke(channel, …)`: the page can reach only
 * the channels of the contract, listen only to the events of the contract, and a listener gets only
 * the payload, never Electron's event object (whose `sender` is `ipcRenderer`). The main process
 * still checks every call's sender.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, IPC_EVENTS, KIOSK_API_GLOBAL, type IpcEvent, type KioskApi } from '../contract/ipc.ts';

/** The part of `ipcRenderer` that events need. */
export interface EventSource {
  on(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
}

/**
 * Builds the API object: for each channel, a function that forwards its arguments to `invoke`
 * on that channel and nothing else; and `on`, when an event source is given. Frozen so the page
 * cannot swap a proxy for its own.
 */
function buildKioskApi(
  invoke: (channel: string, ...args: unknown[]) => Promise<unknown>,
  events?: EventSource,
): KioskApi {
  const api: Record<string, unknown> = {};
  for (const channel of IPC_CHANNELS) {
    api[channel] = (...args: unknown[]) => invoke(channel, ...args);
  }
  if (events) {
    api.on = (event: unknown, listener: unknown): (() => void) => {
      if (typeof event !== 'string' || !(IPC_EVENTS as readonly string[]).includes(event)) {
        throw new Error(`unknown kiosk event: ${String(event)}`);
      }
      if (typeof listener !== 'function') throw new Error('a listener must be a function');
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => {
        (listener as (payload: unknown) => void)(payload);
      };
      events.on(event as IpcEvent, wrapped);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        events.removeListener(event, wrapped);
      };
    };
  }
  return Object.freeze(api) as unknown as KioskApi;
}

// Wrapped in arrows so that `ipcRenderer` (and its `sender` on events) never leaks into the page.
contextBridge.exposeInMainWorld(
  KIOSK_API_GLOBAL,
  buildKioskApi((channel, ...args) => ipcRenderer.invoke(channel, ...args), {
    on: (channel, listener) => ipcRenderer.on(channel, listener),
    removeListener: (channel, listener) => ipcRenderer.removeListener(channel, listener),
  }),
);
