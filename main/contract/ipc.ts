/**
 * The one contract between the renderer and the Electron main process: every IPC channel, its
 * arguments and its result. Main registers handlers through `main/electron/ipc.ts` (which checks the
 * sender of every call); the preload exposes typed proxies as `window.kiosk`.
 *
 * Types only, plus the channel list: safe to import from any process.
 */

/** What the renderer may learn about the shell it runs in. */
export interface ShellInfo {
  shell: 'electron';
  appVersion: string;
  electronVersion: string;
  platform: string;
}

/** Channel name → handler signature (arguments as a tuple, result). */
export interface IpcContract {
  'shell:get-info': { args: []; result: ShellInfo };
}

export type IpcChannel = keyof IpcContract;

/** Every channel, so that the preload can build its proxies and tests can check coverage. */
export const IPC_CHANNELS = ['shell:get-info'] as const satisfies readonly IpcChannel[];

/** The API the preload exposes on `window.kiosk`: one async function per channel. */
export type KioskApi = {
  [C in IpcChannel]: (...args: IpcContract[C]['args']) => Promise<IpcContract[C]['result']>;
};

/** Name of the global the preload exposes through contextBridge. */
export const KIOSK_API_GLOBAL = 'kiosk';
