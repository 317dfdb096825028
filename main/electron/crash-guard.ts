/**
 * The main process never shows Electron's crash dialog on a kiosk: Electron shows it for an
 * uncaught exception only when no 'uncaughtException' listener exists, so `installCrashGuard`
 * adds one (and one for 'unhandledRejection') before anything else of the app runs
 * (`early-start.ts`, the entry's first import). Each error is logged with its context, then:
 *
 * - recover cheaply: the kiosk page is reloaded (after a short delay), so it re-syncs with main;
 * - if errors repeat (more than `maxReloads` within `windowMs`), main itself is suspect: the app
 *   relaunches (`app.relaunch(); app.exit()`). Relaunches are recorded on disk
 *   (`<userData>/crash-relaunches.json`), and each one within `relaunchWindowMs` of the others
 *   waits longer first, so a crash loop slows down instead of spinning.
 *
 * Native crashes (of any process) are kept as minidumps by Electron's crashReporter, locally only
 * (`startLocalCrashReporter`). The decisions are here and take a clock, a file and a timer, so they
 * are unit-tested with Electron mocked; whether Electron then really shows no dialog can only be
 * seen with the real binary.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { App, CrashReporter } from 'electron';
import { createRestartPolicy, type RestartPolicy } from './self-healing.ts';

/** Defaults: 3 reloads in 10 minutes; relaunches within an hour wait 2 s, 30 s, 2 min, then 10 min. */
export const CRASH_GUARD_DEFAULTS = {
  maxReloads: 3,
  windowMs: 10 * 60_000,
  reloadDelayMs: 1000,
  relaunchWindowMs: 60 * 60_000,
  relaunchBackoffMs: [2000, 30_000, 120_000, 600_000],
} as const;

/** The file relaunches are recorded in. */
export const RELAUNCH_FILE = 'crash-relaunches.json';

export interface CrashGuardOptions {
  app: Pick<App, 'relaunch' | 'exit'>;
  /** `app.getPath('userData')`: where the relaunch record lives. */
  userDataDir: string;
  /** The process whose errors are guarded (default: `process`). */
  target?: NodeJS.EventEmitter;
  log?: Pick<Console, 'warn' | 'error'>;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
}

export interface CrashGuard {
  /** How to reload the kiosk page; until set (before the window exists), errors relaunch at once. */
  setReload(reload: (() => void) | undefined): void;
  /** Removes the listeners (tests). */
  dispose(): void;
}

/** The relaunch times on record, or none if the file is missing or damaged. */
export function readRelaunches(file: string): number[] {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { at?: unknown };
    return Array.isArray(parsed.at) ? parsed.at.filter((t): t is number => typeof t === 'number') : [];
  } catch {
    return [];
  }
}

/** The wait before the next relaunch, given the earlier ones: the more in the window, the longer. */
export function relaunchDelayMs(
  earlier: readonly number[],
  now: number,
  windowMs: number = CRASH_GUARD_DEFAULTS.relaunchWindowMs,
  backoffMs: readonly number[] = CRASH_GUARD_DEFAULTS.relaunchBackoffMs,
): number {
  const recent = earlier.filter((t) => now - t < windowMs).length;
  return backoffMs[Math.min(recent, backoffMs.length - 1)] ?? 0;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** Installs the listeners on `target` at once. Never throws from a listener. */
export function installCrashGuard(options: CrashGuardOptions): CrashGuard {
  const target = options.target ?? process;
  const log = options.log ?? console;
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const file = path.join(options.userDataDir, RELAUNCH_FILE);
  const policy: RestartPolicy = createRestartPolicy({
    maxRestarts: CRASH_GUARD_DEFAULTS.maxReloads,
    windowMs: CRASH_GUARD_DEFAULTS.windowMs,
    backoffMs: [CRASH_GUARD_DEFAULTS.reloadDelayMs],
    now,
  });
  let reload: (() => void) | undefined;
  let reloadPending = false;
  let relaunching = false;
  const started = now();

  const relaunch = () => {
    if (relaunching) return;
    relaunching = true;
    const earlier = readRelaunches(file);
    const t = now();
    const delay = relaunchDelayMs(earlier, t);
    try {
      mkdirSync(options.userDataDir, { recursive: true });
      const kept = earlier.filter((at) => t - at < CRASH_GUARD_DEFAULTS.relaunchWindowMs);
      // Synchronous (the process may be dying); a torn file reads as no record, which only shortens one wait.
      writeFileSync(file, JSON.stringify({ at: [...kept, t] }));
    } catch (error) {
      log.warn(`[kiosk] could not record the relaunch: ${describe(error)}`);
    }
    log.error(`[kiosk] main process: errors repeat; relaunching the app in ${delay} ms`);
    setTimer(() => {
      options.app.relaunch();
      options.app.exit(0);
    }, delay);
  };

  const onError = (what: string) => (error: unknown) => {
    try {
      const uptime = Math.round((now() - started) / 1000);
      log.error(`[kiosk] main process: ${what} after ${uptime} s: ${describe(error)}`);
      if (relaunching) return;
      const decision = policy.onCrash(what);
      if (decision.action === 'give-up' || !reload) {
        relaunch();
        return;
      }
      if (reloadPending) return;
      reloadPending = true;
      log.warn(`[kiosk] main process: reloading the kiosk page in ${decision.delayMs} ms`);
      setTimer(() => {
        reloadPending = false;
        reload?.();
      }, decision.delayMs);
    } catch {
      // The guard itself must never throw: that would bring back the dialog it exists to prevent.
    }
  };

  const onException = onError('uncaught exception');
  const onRejection = onError('unhandled promise rejection');
  target.on('uncaughtException', onException);
  target.on('unhandledRejection', onRejection);
  return {
    setReload(next) {
      reload = next;
    },
    dispose() {
      target.off('uncaughtException', onException);
      target.off('unhandledRejection', onRejection);
    },
  };
}

/** The folder Electron keeps crash dumps in: `<userData>/crash-dumps`. */
export function crashDumpsDir(userDataDir: string): string {
  return path.join(userDataDir, 'crash-dumps');
}

/**
 * Starts Electron's crashReporter with uploads off: a native crash of any process leaves a minidump
 * in `<userData>/crash-dumps`, and nothing leaves the machine. Must run before `ready`.
 */
export function startLocalCrashReporter(
  app: Pick<App, 'setPath'>,
  crashReporter: Pick<CrashReporter, 'start'>,
  userDataDir: string,
): void {
  app.setPath('crashDumps', crashDumpsDir(userDataDir));
  crashReporter.start({ uploadToServer: false, compress: true });
}
