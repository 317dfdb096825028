import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type ShellInfo } from '../../../main/contract/ipc.ts';
import { createIpcHandlers, currentShellInfo, registerIpcHandlers } from '../../../main/electron/ipc-channels.ts';
import { handleIpc, isTrustedSender, UntrustedSenderError } from '../../../main/electron/ipc-sender-check.ts';
import { FakeWebContents, fakeFrame, fakeInvokeEvent } from '../support/fake-electron-objects.ts';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    ipcMain: {
      handle: vi.fn((channel: string, listener: Listener) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, listener);
      }),
    },
    app: { getVersion: vi.fn(() => '0.1.0') },
    BrowserWindow: { fromWebContents: vi.fn((): object | null => ({})) },
    protocol: { registerSchemesAsPrivileged: vi.fn() },
  };
});
vi.mock('electron', () => electron);

beforeEach(() => {
  electron.handlers.clear();
  electron.ipcMain.handle.mockClear();
  electron.BrowserWindow.fromWebContents.mockReset().mockReturnValue({});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

/** Calls the registered listener of `channel` as Electron would. */
async function invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
  const listener = electron.handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener(event, ...args);
}

/** A window we own showing the kiosk page, and an invoke from its main frame. */
function trustedCall(): { contents: FakeWebContents; event: IpcMainInvokeEvent } {
  const contents = new FakeWebContents('app://kiosk/');
  return { contents, event: fakeInvokeEvent(contents, contents.mainFrame) };
}

describe('handleIpc', () => {
  it('gives a trusted sender the handler result', async () => {
    const handler = vi.fn(() => info);
    handleIpc('shell:get-info', handler);
    const { event } = trustedCall();
    await expect(invoke('shell:get-info', event)).resolves.toEqual(info);
    expect(handler).toHaveBeenCalledExactlyOnceWith(event);
  });

  it('trusts the main frame when Electron hands out a different object for it', async () => {
    handleIpc('shell:get-info', () => info);
    const contents = new FakeWebContents('app://kiosk/');
    const sameFrame = { ...contents.mainFrame };
    await expect(invoke('shell:get-info', fakeInvokeEvent(contents, sameFrame))).resolves.toEqual(info);
  });

  it.each([
    ['a frame showing a web page', 'https://example.com/'],
    ['a frame showing a local file', 'file:///tmp/evil.html'],
    ['a frame on another app host', 'app://evil/'],
    ['a frame on a look-alike host', 'app://kiosk.evil.com/'],
    ['a frame with no URL', ''],
  ])('rejects %s and never runs the handler', async (_what, url) => {
    const handler = vi.fn(() => info);
    handleIpc('shell:get-info', handler);
    const contents = new FakeWebContents(url);
    await expect(invoke('shell:get-info', fakeInvokeEvent(contents, contents.mainFrame))).rejects.toThrow(
      'untrusted sender',
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects a call whose sender frame is gone (no senderFrame)', async () => {
    const handler = vi.fn(() => info);
    handleIpc('shell:get-info', handler);
    await expect(invoke('shell:get-info', fakeInvokeEvent(new FakeWebContents(), null))).rejects.toThrow(
      UntrustedSenderError,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects a subframe, even one on our own origin', async () => {
    const handler = vi.fn(() => info);
    handleIpc('shell:get-info', handler);
    const contents = new FakeWebContents();
    const subframe = fakeFrame({ url: 'app://kiosk/frame.html', parent: contents.mainFrame });
    await expect(invoke('shell:get-info', fakeInvokeEvent(contents, subframe))).rejects.toThrow('untrusted sender');
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects a top-level frame that is not the main frame of its webContents', async () => {
    const handler = vi.fn(() => info);
    handleIpc('shell:get-info', handler);
    const contents = new FakeWebContents();
    const stranger = fakeFrame({ url: 'app://kiosk/' });
    await expect(invoke('shell:get-info', fakeInvokeEvent(contents, stranger))).rejects.toThrow('untrusted sender');
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects a webContents that belongs to no window of ours', async () => {
    electron.BrowserWindow.fromWebContents.mockReturnValue(null);
    const handler = vi.fn(() => info);
    handleIpc('shell:get-info', handler);
    await expect(invoke('shell:get-info', trustedCall().event)).rejects.toThrow('untrusted sender');
    expect(handler).not.toHaveBeenCalled();
  });

  it('asks the given ownership test instead of the default one', () => {
    const { contents, event } = trustedCall();
    const owns = vi.fn(() => false);
    expect(isTrustedSender(event, owns)).toBe(false);
    expect(owns).toHaveBeenCalledWith(contents);
    expect(electron.BrowserWindow.fromWebContents).not.toHaveBeenCalled();
  });
});

describe('registerIpcHandlers', () => {
  it('registers every channel of the contract, once', () => {
    registerIpcHandlers({ getShellInfo: () => info });
    expect([...electron.handlers.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(IPC_CHANNELS.length);
  });

  it('builds a handler for every channel of the contract', () => {
    expect(Object.keys(createIpcHandlers()).sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('answers shell:get-info to the kiosk page', async () => {
    registerIpcHandlers({ getShellInfo: () => info });
    await expect(invoke('shell:get-info', trustedCall().event)).resolves.toEqual(info);
  });

  it('checks the sender on the registered channels too', async () => {
    registerIpcHandlers({ getShellInfo: () => info });
    const contents = new FakeWebContents('https://example.com/');
    await expect(invoke('shell:get-info', fakeInvokeEvent(contents, contents.mainFrame))).rejects.toThrow(
      'untrusted sender',
    );
  });

  it('reports the app version, the Electron version and the platform', () => {
    const versions = process.versions as Record<string, string | undefined>;
    const saved = versions.electron;
    versions.electron = '45.5.0';
    try {
      expect(currentShellInfo()).toEqual({
        shell: 'electron',
        appVersion: '0.1.0',
        electronVersion: '45.5.0',
        platform: process.platform,
      });
    } finally {
      if (saved === undefined) delete versions.electron;
      else versions.electron = saved;
    }
  });
});

const info: ShellInfo = { shell: 'electron', appVersion: '1.2.3', electronVersion: '45.5.0', platform: 'linux' };
