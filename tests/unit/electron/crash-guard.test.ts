/**
 * The main process's crash guard, driven through a stand-in process (an EventEmitter), a fake app
 * and a timer the test runs by hand; the relaunch record is a real file in a temp folder. Electron
 * is mocked: this proves what the guard asks Electron to do, not that Electron then shows no dialog.
 */
import { EventEmitter } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CRASH_GUARD_DEFAULTS,
  installCrashGuard,
  RELAUNCH_FILE,
  relaunchDelayMs,
  startLocalCrashReporter,
} from '../../../main/electron/crash-guard.ts';
import { tempFolder } from '../support/temp-folder.ts';

vi.mock('electron', () => ({}));

const HOUR = 60 * 60_000;

async function setup(options: { withWindow?: boolean } = {}) {
  const dir = await tempFolder('kiosk-crash-');
  const target = new EventEmitter();
  const app = { relaunch: vi.fn(), exit: vi.fn() };
  const log = { warn: vi.fn(), error: vi.fn() };
  const clock = { t: 10 * HOUR };
  const timers: Array<{ run: () => void; ms: number }> = [];
  const guard = installCrashGuard({
    app,
    userDataDir: dir,
    target,
    log,
    now: () => clock.t,
    setTimer: (run, ms) => timers.push({ run, ms }),
  });
  const reload = vi.fn();
  if (options.withWindow !== false) guard.setReload(reload);
  /** Runs the timers set so far; returns their delays. */
  const runTimers = () => timers.splice(0).map((timer) => (timer.run(), timer.ms));
  return { dir, target, app, log, clock, guard, reload, runTimers };
}

let rig: Awaited<ReturnType<typeof setup>>;
beforeEach(async () => {
  rig = await setup();
});

describe('installCrashGuard', () => {
  it('listens to uncaught exceptions and unhandled rejections at once (so Electron shows no dialog)', () => {
    expect(rig.target.listenerCount('uncaughtException')).toBe(1);
    expect(rig.target.listenerCount('unhandledRejection')).toBe(1);
    rig.guard.dispose();
    expect(rig.target.listenerCount('uncaughtException')).toBe(0);
  });

  it('logs an uncaught exception with its context and stack, then reloads the kiosk page', () => {
    rig.clock.t += 42_000;
    rig.target.emit('uncaughtException', new TypeError('cannot read x of undefined'), 'uncaughtException');
    const logged = rig.log.error.mock.calls.map((c) => String(c[0])).join('\n');
    expect(logged).toContain('main process: uncaught exception after 42 s');
    expect(logged).toContain('TypeError: cannot read x of undefined');
    expect(logged).toContain('crash-guard.test.ts'); // the stack
    expect(rig.reload).not.toHaveBeenCalled();
    expect(rig.runTimers()).toEqual([CRASH_GUARD_DEFAULTS.reloadDelayMs]);
    expect(rig.reload).toHaveBeenCalledOnce();
    expect(rig.app.relaunch).not.toHaveBeenCalled();
  });

  it('treats an unhandled rejection the same way', () => {
    rig.target.emit('unhandledRejection', 'the disk went away', Promise.resolve());
    expect(String(rig.log.error.mock.calls[0]?.[0])).toContain(
      'unhandled promise rejection after 0 s: "the disk went away"',
    );
    rig.runTimers();
    expect(rig.reload).toHaveBeenCalledOnce();
  });

  it('relaunches the app when errors repeat, and records the relaunch on disk', async () => {
    for (let i = 0; i < CRASH_GUARD_DEFAULTS.maxReloads; i++) {
      rig.target.emit('uncaughtException', new Error(`boom ${i}`));
      rig.runTimers();
      rig.clock.t += 1000;
    }
    expect(rig.reload).toHaveBeenCalledTimes(CRASH_GUARD_DEFAULTS.maxReloads);
    rig.target.emit('uncaughtException', new Error('once too often'));
    expect(rig.app.relaunch).not.toHaveBeenCalled();
    expect(rig.runTimers()).toEqual([CRASH_GUARD_DEFAULTS.relaunchBackoffMs[0]]);
    expect(rig.app.relaunch).toHaveBeenCalledOnce();
    expect(rig.app.exit).toHaveBeenCalledWith(0);
    const record = JSON.parse(await readFile(path.join(rig.dir, RELAUNCH_FILE), 'utf8')) as { at: number[] };
    expect(record.at).toEqual([rig.clock.t]);
    // Errors while the relaunch is pending are logged, nothing more.
    rig.target.emit('uncaughtException', new Error('late'));
    expect(rig.runTimers()).toEqual([]);
  });

  it('waits longer before each relaunch within the hour, as recorded on disk by the processes before', async () => {
    const now = 10 * HOUR;
    const fresh = await setup({ withWindow: false });
    await writeFile(
      path.join(fresh.dir, RELAUNCH_FILE),
      JSON.stringify({ at: [now - 3 * HOUR, now - 20 * 60_000, now - 60_000] }),
    );
    fresh.target.emit('uncaughtException', new Error('at start-up'));
    // Two relaunches in the last hour (the one three hours ago is forgotten): the third step.
    expect(fresh.runTimers()).toEqual([CRASH_GUARD_DEFAULTS.relaunchBackoffMs[2]]);
    const record = JSON.parse(await readFile(path.join(fresh.dir, RELAUNCH_FILE), 'utf8')) as { at: number[] };
    expect(record.at).toEqual([now - 20 * 60_000, now - 60_000, now]);
  });

  it('relaunches at once when there is no window to reload yet (an error during start-up)', () => {
    rig.guard.setReload(undefined);
    rig.target.emit('uncaughtException', new Error('during start'));
    expect(rig.runTimers()).toEqual([CRASH_GUARD_DEFAULTS.relaunchBackoffMs[0]]);
    expect(rig.app.relaunch).toHaveBeenCalledOnce();
  });

  it('survives a damaged relaunch record', async () => {
    await writeFile(path.join(rig.dir, RELAUNCH_FILE), '{"at": [1, 2');
    rig.guard.setReload(undefined);
    rig.target.emit('uncaughtException', new Error('x'));
    expect(rig.runTimers()).toEqual([CRASH_GUARD_DEFAULTS.relaunchBackoffMs[0]]);
  });
});

describe('relaunchDelayMs', () => {
  it('steps up with the relaunches of the last hour and stays at the last step', () => {
    const now = 100 * HOUR;
    const steps = CRASH_GUARD_DEFAULTS.relaunchBackoffMs;
    expect(relaunchDelayMs([], now)).toBe(steps[0]);
    expect(relaunchDelayMs([now - 2 * HOUR], now)).toBe(steps[0]);
    expect(relaunchDelayMs([now - 1000], now)).toBe(steps[1]);
    expect(
      relaunchDelayMs(
        Array.from({ length: 9 }, (_, i) => now - i * 1000),
        now,
      ),
    ).toBe(steps[steps.length - 1]);
  });
});

describe('startLocalCrashReporter', () => {
  it('keeps native crash dumps under userData and never uploads them', () => {
    const app = { setPath: vi.fn() };
    const crashReporter = { start: vi.fn() };
    startLocalCrashReporter(app, crashReporter, '/data/Invest Kiosk');
    expect(app.setPath).toHaveBeenCalledWith('crashDumps', path.join('/data/Invest Kiosk', 'crash-dumps'));
    expect(crashReporter.start).toHaveBeenCalledWith(expect.objectContaining({ uploadToServer: false }));
    expect(app.setPath.mock.invocationCallOrder[0]).toBeLessThan(crashReporter.start.mock.invocationCallOrder[0]!);
  });
});
