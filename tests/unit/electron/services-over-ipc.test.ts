/**
 * The kiosk-operations channels: argument validation, the admin gate, and the flows the admin panel
 * will use, on real stores in a temp folder. Registration goes through the shell's `handleIpc`, so
 * the sender check applies to these channels too (checked with Electron's ipcMain mocked).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../main/contract/ipc.ts';
import { createAdminSession } from '../../../main/core/security/admin-session.ts';
import { createPinGuard } from '../../../main/core/security/pin-guard.ts';
import { DEFAULT_PIN } from '../../../main/core/security/pin.ts';
import { openSettingsStore } from '../../../main/core/storage/settings-store.ts';
import { createEventLog } from '../../../main/core/stats/event-log.ts';
import { localDate } from '../../../main/core/stats/events.ts';
import { registerIpcHandlers } from '../../../main/electron/ipc-channels.ts';
import { AdminLockedError, InvalidArgumentError } from '../../../main/core/services/service-checks.ts';
import { openLeads } from '../../../main/core/leads/open-leads.ts';
import { createOperationsHandlers } from '../../../main/electron/services-over-ipc.ts';
import { FakeWebContents, fakeInvokeEvent } from '../support/fake-electron-objects.ts';
import { tempFolder } from '../support/temp-folder.ts';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    ipcMain: { handle: vi.fn((channel: string, listener: Listener) => handlers.set(channel, listener)) },
    app: { getVersion: () => '0.1.0' },
    BrowserWindow: { fromWebContents: () => ({}) },
    protocol: { registerSchemesAsPrivileged: vi.fn() },
  };
});
vi.mock('electron', () => electron);

const quiet = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const FAST = { N: 1024, r: 8, p: 1, keyLength: 32 };

beforeEach(() => {
  electron.handlers.clear();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

/** The handlers over real stores in a temp folder, with the outside world stubbed. */
async function setup() {
  const dir = await tempFolder();
  const settings = await openSettingsStore(dir);
  const clock = { t: 1_000_000 };
  const session = createAdminSession({ idleMs: 60_000, now: () => clock.t });
  const statsFolder = path.join(dir, 'stats');
  const exportFolder = path.join(dir, 'usb');
  const deps = {
    settings,
    pins: createPinGuard(settings, { now: () => clock.t, scrypt: FAST }),
    session,
    events: createEventLog(statsFolder),
    statsFolder,
    logFolder: path.join(dir, 'logs'),
    chooseExportFolder: vi.fn(async (): Promise<string | undefined> => exportFolder),
    onSettingsChanged: vi.fn(),
    reload: vi.fn(),
    exit: vi.fn(),
    log: quiet,
    leads: await openLeads(dir, { retentionDays: () => 90, scrypt: FAST }),
  };
  const handlers = createOperationsHandlers(deps);
  const contents = new FakeWebContents('app://kiosk/');
  const event = fakeInvokeEvent(contents, contents.mainFrame);
  /** Calls a channel's handler as ipcMain would (a throw becomes a rejection), with unchecked arguments. */
  const call = (channel: keyof typeof handlers, ...args: unknown[]) =>
    Promise.resolve().then(() => (handlers[channel] as unknown as Listener)(event, ...args));
  /** Unlocks with a real PIN (changing the first-run one first). */
  const unlock = async () => {
    await call('admin:change-pin', DEFAULT_PIN, '135790');
    await call('admin:lock');
    return call('admin:unlock', '135790');
  };
  return { dir, deps, clock, call, unlock, exportFolder };
}

describe('admin:unlock / admin:change-pin', () => {
  it('with the first-run PIN allows nothing but the PIN change', async () => {
    const { call } = await setup();
    await expect(call('admin:unlock', DEFAULT_PIN)).resolves.toEqual({ status: 'must-change' });
    await expect(call('settings:set', { presenterMode: true })).rejects.toThrow(AdminLockedError);
    await expect(call('kiosk:exit')).rejects.toThrow('admin session locked');
  });

  it('after the change opens a full admin session', async () => {
    const { call, deps } = await setup();
    await expect(call('admin:change-pin', DEFAULT_PIN, '135790')).resolves.toEqual({ status: 'changed' });
    await expect(call('kiosk:reload')).resolves.toBeUndefined();
    expect(deps.reload).toHaveBeenCalledOnce();
  });

  it('reports wrong PINs and the lockout', async () => {
    const { call } = await setup();
    for (let i = 0; i < 4; i++) await call('admin:unlock', '123456');
    await expect(call('admin:unlock', '123456')).resolves.toMatchObject({ status: 'locked' });
  });

  it.each([
    ['a number', [123456]],
    ['no PIN', []],
    ['two PINs', ['123456', '654321']],
    ['a huge string', ['1'.repeat(10_000)]],
  ])('refuses %s as the PIN', async (_what, args) => {
    const { call } = await setup();
    await expect(call('admin:unlock', ...args)).rejects.toThrow(InvalidArgumentError);
  });
});

describe('admin session', () => {
  it('locks on admin:lock', async () => {
    const { call, unlock } = await setup();
    await unlock();
    await call('admin:lock');
    await expect(call('kiosk:reload')).rejects.toThrow(AdminLockedError);
  });

  it('locks by itself after the idle time', async () => {
    const { call, unlock, clock } = await setup();
    await expect(unlock()).resolves.toEqual({ status: 'unlocked' });
    clock.t += 60_000;
    await expect(call('kiosk:reload')).rejects.toThrow(AdminLockedError);
  });
});

describe('settings:get / settings:set', () => {
  it('gives anyone the public settings and the start-up problem, never the PIN record', async () => {
    const { call } = await setup();
    await call('admin:change-pin', DEFAULT_PIN, '135790');
    const view = (await call('settings:get')) as { settings: object; problem: unknown };
    expect(view.problem).toBeNull();
    expect(view.settings).toMatchObject({ idleTimeoutSeconds: 60, defaultLanguage: 'zh-CN' });
    expect(JSON.stringify(view)).not.toMatch(/pin|salt|hash|lockout/i);
  });

  it('changes settings for an admin, writes them and applies them', async () => {
    const { call, unlock, dir, deps } = await setup();
    await unlock();
    const view = await call('settings:set', { idleTimeoutSeconds: 90, dailyReloadHour: null });
    expect(view).toMatchObject({ settings: { idleTimeoutSeconds: 90, dailyReloadHour: null } });
    expect(JSON.parse(await readFile(path.join(dir, 'settings.json'), 'utf8'))).toMatchObject({
      idleTimeoutSeconds: 90,
      dailyReloadHour: null,
    });
    expect(deps.onSettingsChanged).toHaveBeenCalledWith(expect.objectContaining({ idleTimeoutSeconds: 90 }));
  });

  it.each([
    ['the PIN record', { pin: null }],
    ['the lockout', { pinLockout: { failures: 0, lockedUntil: null } }],
    ['an unknown setting', { kiosk: false }],
    ['an out-of-range value', { idleTimeoutSeconds: 1 }],
    ['not an object', 'idle=1'],
  ])('refuses %s, even from an admin', async (_what, patch) => {
    const { call, unlock, deps } = await setup();
    await unlock();
    await expect(call('settings:set', patch)).rejects.toThrow(InvalidArgumentError);
    expect(deps.onSettingsChanged).not.toHaveBeenCalled();
  });
});

describe('stats:record', () => {
  it('appends a valid event from any page of ours, stamped by main', async () => {
    const { call, deps } = await setup();
    await call('stats:record', { type: 'tap', kind: 'enterprise', id: 'xcmg' });
    const today = localDate(new Date());
    const text = await readFile(path.join(deps.statsFolder, `events-${today}.jsonl`), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ type: 'tap', kind: 'enterprise', id: 'xcmg' });
  });

  it.each([
    ['an unknown type', { type: 'admin-unlocked' }],
    ['a time from the page', { type: 'visit-start', time: '2000-01-01T00:00:00Z' }],
    ['a string', 'visit-start'],
  ])('refuses %s', async (_what, event) => {
    const { call } = await setup();
    await expect(call('stats:record', event)).rejects.toThrow(InvalidArgumentError);
  });
});

describe('stats:top-interest', () => {
  /** A visit that opens a cluster's "I'm interested" twice, through the channel. */
  const interestVisit = async (call: Awaited<ReturnType<typeof setup>>['call'], id: string) => {
    await call('stats:record', { type: 'visit-start' });
    await call('stats:record', { type: 'interest', kind: 'cluster', id });
    await call('stats:record', { type: 'interest', kind: 'cluster', id });
    await call('stats:record', { type: 'visit-end' });
  };

  it('answers any page, without a session: nothing on a fresh kiosk, counts only once items have interest', async () => {
    const { call } = await setup();
    await expect(call('stats:top-interest')).resolves.toEqual({ days: 7, items: [] });
    await interestVisit(call, 'machinery');
    await interestVisit(call, 'machinery');
    // The interest just written shows at once: recording it dropped the cached answer.
    const answer = await call('stats:top-interest');
    expect(answer).toEqual({ days: 7, items: [{ kind: 'cluster', id: 'machinery', visits: 2 }] });
  });

  it('keeps its answer while only other events are written (no new read of the log per page)', async () => {
    const { call, deps } = await setup();
    await expect(call('stats:top-interest')).resolves.toEqual({ days: 7, items: [] });
    // Written behind the service's back: only an interest event through the channel drops the cache.
    const log = createEventLog(deps.statsFolder);
    for (let i = 0; i < 2; i++) {
      await log.append({ type: 'visit-start' });
      await log.append({ type: 'interest', kind: 'cluster', id: 'machinery' });
    }
    await log.close();
    await call('stats:record', { type: 'screen-view', screen: 'home' });
    await expect(call('stats:top-interest')).resolves.toEqual({ days: 7, items: [] });
    await call('stats:record', { type: 'interest', kind: 'park', id: 'p' });
    await expect(call('stats:top-interest')).resolves.toMatchObject({ items: [{ id: 'machinery', visits: 2 }] });
  });

  it('refuses arguments', async () => {
    const { call } = await setup();
    await expect(call('stats:top-interest', { days: 365 })).rejects.toThrow(InvalidArgumentError);
  });
});

describe('stats:summary / stats:export-csv', () => {
  it('need an admin session', async () => {
    const { call } = await setup();
    const range = { from: '2026-11-27', to: '2026-11-27' };
    await expect(call('stats:summary', range)).rejects.toThrow(AdminLockedError);
    await expect(call('stats:export-csv', range)).rejects.toThrow(AdminLockedError);
  });

  it('summarise and export what was recorded, into the folder staff chose in the dialog', async () => {
    const { call, unlock, exportFolder, deps } = await setup();
    await unlock();
    await call('stats:record', { type: 'visit-start' });
    await call('stats:record', { type: 'screen-view', screen: 'home' });
    await call('stats:record', { type: 'tap', kind: 'cluster', id: 'machinery' });
    await call('stats:record', { type: 'visit-end' });
    const today = localDate(new Date());
    const range = { from: today, to: today };
    await expect(call('stats:summary', range)).resolves.toMatchObject({
      totals: { visits: 1, screenViews: 1, taps: 1 },
    });
    const { mkdir } = await import('node:fs/promises');
    await mkdir(exportFolder);
    await expect(call('stats:export-csv', range)).resolves.toEqual({
      status: 'written',
      folder: exportFolder,
      files: [`kiosk-stats-${today}.csv`],
    });
    expect(deps.chooseExportFolder).toHaveBeenCalledOnce();
    expect(await readdir(exportFolder)).toEqual([`kiosk-stats-${today}.csv`]);
  });

  it('write nothing when staff cancel the dialog', async () => {
    const { call, unlock, deps } = await setup();
    await unlock();
    deps.chooseExportFolder.mockResolvedValueOnce(undefined);
    await expect(call('stats:export-csv', { from: '2026-11-27', to: '2026-11-27' })).resolves.toEqual({
      status: 'cancelled',
    });
  });

  it.each([
    ['a folder from the page', [{ from: '2026-11-27', to: '2026-11-27', folder: '/etc' }]],
    ['a second argument', [{ from: '2026-11-27', to: '2026-11-27' }, '/etc']],
    ['a reversed range', [{ from: '2026-11-28', to: '2026-11-27' }]],
  ])('refuse %s', async (_what, args) => {
    const { call, unlock, deps } = await setup();
    await unlock();
    await expect(call('stats:export-csv', ...args)).rejects.toThrow(InvalidArgumentError);
    expect(deps.chooseExportFolder).not.toHaveBeenCalled();
  });
});

describe('kiosk:exit', () => {
  it('exits only for an admin, and closes the session', async () => {
    const { call, unlock, deps } = await setup();
    await expect(call('kiosk:exit')).rejects.toThrow(AdminLockedError);
    expect(deps.exit).not.toHaveBeenCalled();
    await unlock();
    await call('kiosk:exit');
    expect(deps.exit).toHaveBeenCalledOnce();
    await expect(call('kiosk:reload')).rejects.toThrow(AdminLockedError);
  });
});

describe('registration', () => {
  it('registers every channel of the contract, each behind the sender check', async () => {
    const { deps } = await setup();
    registerIpcHandlers({ operations: createOperationsHandlers(deps), getShellInfo: () => ({}) as never });
    expect([...electron.handlers.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
    const stranger = new FakeWebContents('https://example.com/');
    const listener = electron.handlers.get('stats:record') as Listener;
    await expect(
      Promise.resolve().then(() => listener(fakeInvokeEvent(stranger, stranger.mainFrame), { type: 'visit-start' })),
    ).rejects.toThrow('untrusted sender');
  });

  it('without kiosk operations, the channels reject clearly instead of being missing', async () => {
    registerIpcHandlers({ getShellInfo: () => ({}) as never });
    const contents = new FakeWebContents('app://kiosk/');
    const listener = electron.handlers.get('settings:get') as Listener;
    await expect(Promise.resolve().then(() => listener(fakeInvokeEvent(contents, contents.mainFrame)))).rejects.toThrow(
      'kiosk operations are not running',
    );
  });
});
