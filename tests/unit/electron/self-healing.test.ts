/**
 * Self-healing: the restart policy and the daily-reload clock are pure and tested directly; the
 * wiring is driven through a fake window with Electron mocked and fake timers.
 */
import { EventEmitter } from 'node:events';
import type { App, BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  attachSelfHealing,
  createRestartPolicy,
  DEFAULT_RESTART_POLICY,
  logChildProcessDeaths,
  msUntilNextReload,
  scheduleDailyReload,
} from '../../../main/electron/self-healing.ts';

vi.mock('electron', () => ({}));

const quiet = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

describe('createRestartPolicy', () => {
  it('reloads with growing delays, then gives up after the limit', () => {
    const policy = createRestartPolicy({ ...DEFAULT_RESTART_POLICY, now: () => 0 });
    const decisions = Array.from({ length: 6 }, () => policy.onCrash('crashed'));
    expect(decisions).toEqual([
      { action: 'reload', delayMs: 1000 },
      { action: 'reload', delayMs: 2000 },
      { action: 'reload', delayMs: 5000 },
      { action: 'reload', delayMs: 10_000 },
      { action: 'reload', delayMs: 30_000 },
      { action: 'give-up' },
    ]);
  });

  it('forgets crashes older than the window, so a daily crash never runs out of restarts', () => {
    const clock = { t: 0 };
    const policy = createRestartPolicy({ ...DEFAULT_RESTART_POLICY, now: () => clock.t });
    for (let day = 0; day < 30; day++) {
      clock.t = day * 86_400_000;
      expect(policy.onCrash('oom')).toEqual({ action: 'reload', delayMs: 1000 });
    }
  });

  it('counts only the crashes within the sliding window', () => {
    const clock = { t: 0 };
    const policy = createRestartPolicy({ maxRestarts: 2, windowMs: 1000, backoffMs: [10, 20], now: () => clock.t });
    expect(policy.onCrash('a')).toEqual({ action: 'reload', delayMs: 10 });
    clock.t = 600;
    expect(policy.onCrash('b')).toEqual({ action: 'reload', delayMs: 20 });
    clock.t = 900;
    expect(policy.onCrash('c')).toEqual({ action: 'give-up' });
    clock.t = 1100; // the first crash has aged out
    expect(policy.onCrash('d')).toEqual({ action: 'reload', delayMs: 20 });
  });

  it('repeats the last backoff step when the list is shorter than the limit', () => {
    const policy = createRestartPolicy({ maxRestarts: 4, windowMs: 1000, backoffMs: [5, 50], now: () => 0 });
    expect([1, 2, 3, 4].map(() => policy.onCrash('x'))).toEqual([
      { action: 'reload', delayMs: 5 },
      { action: 'reload', delayMs: 50 },
      { action: 'reload', delayMs: 50 },
      { action: 'reload', delayMs: 50 },
    ]);
  });

  it('starts afresh after reset', () => {
    const policy = createRestartPolicy({ maxRestarts: 1, windowMs: 1000, backoffMs: [5], now: () => 0 });
    policy.onCrash('x');
    expect(policy.onCrash('x')).toEqual({ action: 'give-up' });
    policy.reset();
    expect(policy.onCrash('x')).toEqual({ action: 'reload', delayMs: 5 });
  });
});

describe('msUntilNextReload', () => {
  it("waits for today's hour when it is still ahead", () => {
    expect(msUntilNextReload(new Date(2026, 10, 27, 1, 30), 4)).toBe(2.5 * 3_600_000);
  });

  it("waits for tomorrow's hour when today's has passed", () => {
    expect(msUntilNextReload(new Date(2026, 10, 27, 4, 0, 30), 4)).toBe(24 * 3_600_000 - 30_000);
    expect(msUntilNextReload(new Date(2026, 10, 27, 22, 0), 4)).toBe(6 * 3_600_000);
  });

  it('does not fire again right after a reload at the hour itself', () => {
    expect(msUntilNextReload(new Date(2026, 10, 27, 3, 59, 30), 4)).toBeGreaterThan(23 * 3_600_000);
  });

  it('lands on the wall-clock hour', () => {
    const now = new Date(2026, 2, 28, 12, 0);
    const next = new Date(now.getTime() + msUntilNextReload(now, 4));
    expect([next.getDate(), next.getHours(), next.getMinutes()]).toEqual([29, 4, 0]);
  });
});

describe('scheduleDailyReload', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 10, 27, 3, 0));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reloads at the hour every day, reading the hour again after each reload', () => {
    const reload = vi.fn();
    let hour: number | null = 4;
    scheduleDailyReload(() => hour, reload);
    vi.advanceTimersByTime(3_600_000); // 04:00
    expect(reload).toHaveBeenCalledTimes(1);
    hour = 5; // without reschedule(): the reload already armed for tomorrow 04:00 stays
    vi.advanceTimersByTime(24 * 3_600_000); // tomorrow 04:00
    expect(reload).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(3_600_000 - 1); // just before 05:00 the same day
    expect(reload).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1); // 05:00, then daily at 05:00
    expect(reload).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(24 * 3_600_000);
    expect(reload).toHaveBeenCalledTimes(4);
  });

  it('does nothing while the hour is null, and rearms on reschedule', () => {
    const reload = vi.fn();
    let hour: number | null = null;
    const daily = scheduleDailyReload(() => hour, reload);
    vi.advanceTimersByTime(48 * 3_600_000);
    expect(reload).not.toHaveBeenCalled();
    hour = 6;
    daily.reschedule();
    vi.advanceTimersByTime(24 * 3_600_000);
    expect(reload).toHaveBeenCalledTimes(1);
    daily.stop();
    vi.advanceTimersByTime(48 * 3_600_000);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

/** A window with emitting webContents. */
function fakeWindow() {
  const webContents = Object.assign(new EventEmitter(), { forcefullyCrashRenderer: vi.fn() });
  const win = Object.assign(new EventEmitter(), { webContents, isDestroyed: vi.fn(() => false) });
  return { win, webContents, asWindow: () => win as unknown as BrowserWindow };
}

describe('attachSelfHealing', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup(maxRestarts = 2) {
    const { win, webContents, asWindow } = fakeWindow();
    const reload = vi.fn();
    const showFailure = vi.fn();
    const policy = createRestartPolicy({ maxRestarts, windowMs: 60_000, backoffMs: [1000, 5000], now: Date.now });
    const healing = attachSelfHealing(asWindow(), { policy, reload, showFailure, log: quiet, hangGraceMs: 15_000 });
    return { win, webContents, reload, showFailure, healing };
  }
  const gone = (reason: string) => [{}, { reason, exitCode: 1 }] as const;

  it('reloads a crashed page after the backoff delay', () => {
    const { webContents, reload } = setup();
    webContents.emit('render-process-gone', ...gone('crashed'));
    vi.advanceTimersByTime(999);
    expect(reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('ignores a clean exit', () => {
    const { webContents, reload } = setup();
    webContents.emit('render-process-gone', ...gone('clean-exit'));
    vi.advanceTimersByTime(60_000);
    expect(reload).not.toHaveBeenCalled();
  });

  it('shows the failure page after the limit, then tries once more after the retry time', () => {
    const { webContents, reload, showFailure } = setup();
    for (const reason of ['crashed', 'oom', 'killed']) {
      webContents.emit('render-process-gone', ...gone(reason));
      vi.advanceTimersByTime(5000);
    }
    expect(reload).toHaveBeenCalledTimes(2);
    expect(showFailure).toHaveBeenCalledExactlyOnceWith(expect.stringContaining('killed'));
    vi.advanceTimersByTime(10 * 60_000);
    expect(reload).toHaveBeenCalledTimes(3);
  });

  it('kills a page that hangs longer than the grace time (it then reloads as a crash)', () => {
    const { win, webContents } = setup();
    win.emit('unresponsive');
    vi.advanceTimersByTime(14_999);
    expect(webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(webContents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
  });

  it('leaves a page alone that responds again within the grace time', () => {
    const { win, webContents } = setup();
    win.emit('unresponsive');
    vi.advanceTimersByTime(10_000);
    win.emit('responsive');
    vi.advanceTimersByTime(60_000);
    expect(webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });

  it('does nothing to a window already destroyed', () => {
    const { win, webContents, reload } = setup();
    webContents.emit('render-process-gone', ...gone('crashed'));
    win.isDestroyed.mockReturnValue(true);
    vi.advanceTimersByTime(60_000);
    expect(reload).not.toHaveBeenCalled();
  });

  it('a fresh start forgets past crashes and reloads at once', () => {
    const { webContents, reload, showFailure, healing } = setup(1);
    webContents.emit('render-process-gone', ...gone('crashed'));
    webContents.emit('render-process-gone', ...gone('crashed'));
    expect(showFailure).toHaveBeenCalledOnce();
    healing.freshStart();
    expect(reload).toHaveBeenCalledOnce();
    webContents.emit('render-process-gone', ...gone('crashed'));
    vi.advanceTimersByTime(1000);
    expect(reload).toHaveBeenCalledTimes(2);
    expect(showFailure).toHaveBeenCalledOnce();
  });
});

describe('logChildProcessDeaths', () => {
  it('logs a GPU process that died, not one that exited cleanly', () => {
    const app = new EventEmitter();
    const log = { warn: vi.fn() };
    logChildProcessDeaths(app as unknown as App, log);
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 3 });
    app.emit('child-process-gone', {}, { type: 'Utility', reason: 'clean-exit', exitCode: 0 });
    expect(log.warn).toHaveBeenCalledExactlyOnceWith('[kiosk] child process GPU gone: crashed, exit code 3');
  });
});
