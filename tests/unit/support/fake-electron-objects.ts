/**
 * Stand-ins for the Electron objects the glue is handed (webContents, session, frames), built on
 * Node's EventEmitter so tests can emit the events Electron would, and inspect what was installed.
 */
import { EventEmitter } from 'node:events';
import type { IpcMainInvokeEvent, Session, WebContents, WebFrameMain } from 'electron';
import { vi } from 'vitest';

/** An Electron-style event: its fields plus a `preventDefault` spy. */
export function fakeEvent<T extends object>(fields: T): T & { preventDefault: ReturnType<typeof vi.fn> } {
  return { ...fields, preventDefault: vi.fn() };
}

/** A webContents: real event emitting, and `setWindowOpenHandler` recorded. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  readonly setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => unknown) => {
    this.windowOpenHandler = handler;
  });
  mainFrame: FakeFrame;

  constructor(url = 'app://kiosk/') {
    super();
    this.mainFrame = fakeFrame({ url });
  }

  /** The fake, typed as what the code under test expects. */
  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

let nextRoutingId = 1;

/** A frame; a top-level one unless `parent` is given. */
export function fakeFrame(fields: Partial<FakeFrame> = {}): FakeFrame {
  return { url: 'app://kiosk/', parent: null, processId: 7, routingId: nextRoutingId++, ...fields };
}

/** An invoke event from `frame` (or from no frame) of `sender`. */
export function fakeInvokeEvent(sender: FakeWebContents, frame: FakeFrame | null): IpcMainInvokeEvent {
  return {
    sender: sender.asWebContents(),
    senderFrame: frame as unknown as WebFrameMain | null,
    frameId: frame?.routingId ?? -1,
    processId: frame?.processId ?? -1,
    type: 'frame',
    preventDefault: () => {},
    defaultPrevented: false,
  } as unknown as IpcMainInvokeEvent;
}

/** A session whose handler-setting methods are spies and whose events can be emitted. */
export class FakeSession extends EventEmitter {
  readonly setPermissionRequestHandler = vi.fn();
  readonly setPermissionCheckHandler = vi.fn();
  readonly setDevicePermissionHandler = vi.fn();
  readonly webRequest = { onBeforeRequest: vi.fn() };
  readonly protocol = { handle: vi.fn() };

  asSession(): Session {
    return this as unknown as Session;
  }
}

/**
 * The BrowserWindow class, for `vi.mock('electron', …)` (imported inside `vi.hoisted`): every window
 * the code under test creates is kept in `instances` with its options; its methods are spies.
 */
export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new EventEmitter();
  readonly loadURL = vi.fn(async (_url: string) => {});
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly destroy = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly isDestroyed = vi.fn(() => false);
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}
