import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, KIOSK_API_GLOBAL } from '../../../main/contract/ipc.ts';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args })),
    send: vi.fn(),
    on: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

let exposedName: unknown;
let api: Record<string, unknown>;

beforeAll(async () => {
  // Importing the preload runs it, as Electron would in the page.
  await import('../../../main/preload/preload.ts');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  [exposedName, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [unknown, Record<string, unknown>];
});

describe('the preload', () => {
  it('exposes one API, as window.kiosk', () => {
    expect(exposedName).toBe(KIOSK_API_GLOBAL);
    expect(KIOSK_API_GLOBAL).toBe('kiosk');
  });

  it('exposes exactly one function per channel, `on` for events, and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...IPC_CHANNELS, 'on'].sort());
    expect(typeof api.on).toBe('function');
    for (const channel of IPC_CHANNELS) expect(typeof api[channel]).toBe('function');
  });

  it.each(IPC_CHANNELS)('invokes %s on its own channel, with the arguments given', async (channel) => {
    electron.ipcRenderer.invoke.mockClear();
    const call = api[channel] as (...args: unknown[]) => Promise<unknown>;
    await expect(call('a', 2)).resolves.toEqual({ channel, args: ['a', 2] });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, 'a', 2);
  });

  it('never hands ipcRenderer or its methods to the page', () => {
    const values = Object.values(api);
    expect(values).not.toContain(electron.ipcRenderer);
    expect(values).not.toContain(electron.ipcRenderer.invoke);
    expect(values).not.toContain(electron.ipcRenderer.send);
    expect(values).not.toContain(electron.ipcRenderer.on);
  });

  it('cannot be rewired by the page', () => {
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends nothing by merely loading', () => {
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
