/**
 * The sender check in front of every IPC handler: Electron's security checklist asks to validate
 * the sender of every IPC message, since any frame that reaches a preload, or a page we never meant
 * to load, could otherwise call into the main process. `ipc-channels.ts` registers every channel
 * through `handleIpc`.
 */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { IpcChannel, IpcContract } from '../contract/ipc.ts';
import { isAppUrl } from './app-scheme.ts';

/**
 * A handler for one channel: the event, then the channel's arguments. The arguments come from the
 * renderer and are typed by the contract only; a handler that takes any must still check them.
 */
export type IpcHandler<C extends IpcChannel> = (
  event: IpcMainInvokeEvent,
  ...args: IpcContract[C]['args']
) => IpcContract[C]['result'] | Promise<IpcContract[C]['result']>;

/** One handler per channel; the mapped type makes a missing channel a compile error. */
export type IpcHandlers = { [C in IpcChannel]: IpcHandler<C> };

/** Decides whether a webContents belongs to a window this app created. */
export type OwnsWebContents = (contents: WebContents) => boolean;

/**
 * Default ownership test: the webContents is a BrowserWindow's. Only main-process code creates
 * windows (`window.open` is denied, webviews are refused), so every BrowserWindow is ours.
 */
export const ownsWindowOf: OwnsWebContents = (contents) => BrowserWindow.fromWebContents(contents) !== null;

/** Thrown, to the renderer's `invoke`, for a call from a sender we do not trust. */
export class UntrustedSenderError extends Error {
  constructor() {
    super('untrusted sender');
    this.name = 'UntrustedSenderError';
  }
}

/**
 * Whether an invoke comes from a frame we trust: the frame still exists, shows a page of our origin
 * (`app://kiosk`), and is the main frame of a window we own, not a subframe. Frames are compared by
 * process and routing id, since two `WebFrameMain` objects may stand for the same frame.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, owns: OwnsWebContents = ownsWindowOf): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (!isAppUrl(frame.url)) return false;
  if (frame.parent !== null) return false;
  const main = event.sender.mainFrame;
  if (frame !== main && (frame.processId !== main.processId || frame.routingId !== main.routingId)) {
    return false;
  }
  return owns(event.sender);
}

/**
 * Registers `handler` for `channel` with `ipcMain.handle`, behind the sender check: an untrusted
 * call is rejected with `UntrustedSenderError` ('untrusted sender') and the handler never runs.
 */
export function handleIpc<C extends IpcChannel>(
  channel: C,
  handler: IpcHandler<C>,
  owns: OwnsWebContents = ownsWindowOf,
): void {
  ipcMain.handle(channel, (event, ...args: unknown[]) => {
    if (!isTrustedSender(event, owns)) {
      console.warn(`[kiosk] refused IPC '${channel}' from ${event.senderFrame?.url ?? 'a gone frame'}`);
      throw new UntrustedSenderError();
    }
    return handler(event, ...(args as IpcContract[C]['args']));
  });
}
