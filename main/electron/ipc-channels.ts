/**
 * Main-process side of the IPC contract (`main/contract/ipc.ts`): a handler for every channel,
 * each registered behind the sender check of `ipc-sender-check.ts`.
 */
import { app } from 'electron';
import { IPC_CHANNELS, type IpcChannel, type ShellInfo } from '../contract/ipc.ts';
import { handleIpc, type IpcHandlers, type OwnsWebContents } from './ipc-sender-check.ts';
import {
  unavailableOperationsHandlers,
  unavailablePackLibraryHandlers,
  type OperationsHandlers,
  type PackLibraryHandlers,
} from './services-over-ipc.ts';

/** What the handlers need from the outside world; defaults read it from Electron and Node. */
export interface IpcDeps {
  /** The shell facts `shell:get-info` returns. */
  getShellInfo?: () => ShellInfo;
  /** Overrides the ownership test of senders (tests). */
  owns?: OwnsWebContents;
  /** Handlers of the kiosk-operations channels (`services-over-ipc.ts`); without them those channels reject. */
  operations?: OperationsHandlers;
  /** Handlers of the content-pack channels; without them those channels reject. */
  packs?: PackLibraryHandlers;
}

/** The live shell facts: the app's version, Electron's version, the OS platform. */
export function currentShellInfo(): ShellInfo {
  return {
    shell: 'electron',
    appVersion: app.getVersion(),
    electronVersion: process.versions.electron,
    platform: process.platform,
  };
}

/** Builds the handler of every channel of the contract. */
export function createIpcHandlers(deps: IpcDeps = {}): IpcHandlers {
  const getShellInfo = deps.getShellInfo ?? currentShellInfo;
  return {
    'shell:get-info': () => getShellInfo(),
    ...(deps.operations ?? unavailableOperationsHandlers()),
    ...(deps.packs ?? unavailablePackLibraryHandlers()),
  };
}

/**
 * Registers a checked handler for every channel in `IPC_CHANNELS`, so that the preload's proxies
 * (built from the same list) all have a counterpart. Call once, after `app` is ready.
 */
export function registerIpcHandlers(deps: IpcDeps = {}): void {
  const handlers = createIpcHandlers(deps);
  for (const channel of IPC_CHANNELS) {
    // One channel at a time keeps each handler paired with its own channel's types.
    register(channel, handlers, deps.owns);
  }
}

// Generic over the channel, so that `handlers[channel]` is typed as that channel's own handler.
function register<C extends IpcChannel>(channel: C, handlers: IpcHandlers, owns: OwnsWebContents | undefined): void {
  handleIpc(channel, handlers[channel], owns);
}
