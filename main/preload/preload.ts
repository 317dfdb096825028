/**
 * The preload of the kiosk window. It runs sandboxed (only `electron`'s renderer modules are
 * available; esbuild bundles this file and the channel list into one CommonJS script) and exposes,
 * through contextBridge, exactly one async function per IPC channel on `window.kiosk`.
 *
 * It never exposes `ipcRenderer` itself, nor a generic `invoke(channel, …)`: the page can reach only
 * the channels of the contract, and the main process still checks every call's sender.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, KIOSK_API_GLOBAL, type KioskApi } from '../contract/ipc.ts';

/**
 * Builds the API object: for each channel, a function that forwards its arguments to `invoke`
 * on that channel and nothing else. Frozen so the page cannot swap a proxy for its own.
 */
export function buildKioskApi(invoke: (channel: string, ...args: unknown[]) => Promise<unknown>): KioskApi {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const channel of IPC_CHANNELS) {
    api[channel] = (...args: unknown[]) => invoke(channel, ...args);
  }
  return Object.freeze(api) as unknown as KioskApi;
}

// Wrapped in an arrow so that `ipcRenderer` (and its `sender` on events) never leaks into the page.
contextBridge.exposeInMainWorld(
  KIOSK_API_GLOBAL,
  buildKioskApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
