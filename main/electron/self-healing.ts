/**
 * Self-healing of the kiosk page: a renderer that crashes, is killed or hangs is reloaded, with a
 * growing delay, a bounded number of times; past that the kiosk shows a clear failure page instead
 * of flickering forever. A daily reload at a quiet hour clears whatever a long fair day
 * accumulated (memory, a stuck video decoder). The decisions are pure and take a clock; the glue
 * at the end installs them on a window.
 */
import type { App, BrowserWindow } from 'electron';

/** What to do about a crash. */
export type RestartDecision = { action: 'reload'; delayMs: number } | { action: 'give-up' };

/** Options of `createRestartPolicy`. */
export interface RestartPolicyOptions {
  /** Reloads allowed within `windowMs`; the next crash gives up. */
  maxRestarts: number;
  /** The sliding window crashes are counted in. */
  windowMs: number;
  /** Delay before the 1st, 2nd, … reload in the window; the last one repeats if the list is short. */
  backoffMs: readonly number[];
  /** Epoch milliseconds now. */
  now: () => number;
}

/** Defaults: 5 reloads per 10 minutes, waiting 1, 2, 5, 10 then 30 seconds. */
export const DEFAULT_RESTART_POLICY: Omit<RestartPolicyOptions, 'now'> = {
  maxRestarts: 5,
  windowMs: 10 * 60_000,
  backoffMs: [1000, 2000, 5000, 10_000, 30_000],
};

/** A restart policy: `onCrash` decides, `reset` forgets past crashes (a fresh start). */
export interface RestartPolicy {
  onCrash(reason: string): RestartDecision;
  reset(): void;
}

/**
 * Counts crashes in a sliding window. While fewer than `maxRestarts` reloads happened in the last
 * `windowMs`, the answer is a reload after the next backoff step; then it is `give-up`. Crashes
 * older than the window are forgotten, so a kiosk that crashes once a day never runs out.
 */
export function createRestartPolicy(options: RestartPolicyOptions): RestartPolicy {
  let restarts: number[] = [];
  return {
    onCrash() {
      const t = options.now();
      restarts = restarts.filter((at) => t - at < options.windowMs);
      if (restarts.length >= options.maxRestarts) return { action: 'give-up' };
      const step = Math.min(restarts.length, options.backoffMs.length - 1);
      restarts.push(t);
      return { action: 'reload', delayMs: options.backoffMs[step] ?? 0 };
    },
    reset() {
      restarts = [];
    },
  };
}

/**
 * Milliseconds from `now` to the next local `hour`:00 — today's if still ahead (by more than a
 * minute, so a reload at 04:00:00 does not schedule another at once), else tomorrow's. Walks the
 * local calendar, so daylight-saving days still land on the wall-clock hour.
 */
export function msUntilNextReload(now: Date, hour: number): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hour, 0, 0, 0);
  if (next.getTime() - now.getTime() <= 60_000) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

/** How long a hung page gets to answer again before it is killed and reloaded. */
export const HANG_GRACE_MS = 15_000;

/** What `attachSelfHealing` needs. */
export interface SelfHealingOptions {
  policy: RestartPolicy;
  /** Loads the kiosk page again. */
  reload: () => void;
  /** Shows the failure page with a sentence on what happened. */
  showFailure: (what: string) => void;
  hangGraceMs?: number;
  /** After giving up, when to try once more (default: the default policy window, 10 minutes). */
  retryAfterGiveUpMs?: number;
  log?: Pick<Console, 'info' | 'warn' | 'error'>;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** The self-healing handle of a window. */
export interface SelfHealing {
  /** Forgets past crashes and reloads (the daily reload, or staff asking). */
  freshStart(): void;
}

/**
 * Installs self-healing on `win`: `render-process-gone` (any reason but a clean exit) reloads per
 * the policy, or shows the failure page; `unresponsive` waits `hangGraceMs` for `responsive`, then
 * kills the renderer, which comes back through `render-process-gone`. After giving up, it tries
 * again once the policy's window has passed (crashes age out), so a passing problem heals itself.
 */
export function attachSelfHealing(win: BrowserWindow, options: SelfHealingOptions): SelfHealing {
  const log = options.log ?? console;
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout));
  const hangGraceMs = options.hangGraceMs ?? HANG_GRACE_MS;
  let pending: unknown;
  let hang: unknown;

  const schedule = (ms: number, task: () => void) => {
    if (pending !== undefined) clearTimer(pending);
    pending = setTimer(() => {
      pending = undefined;
      if (!win.isDestroyed()) task();
    }, ms);
  };

  const onGone = (what: string) => {
    const decision = options.policy.onCrash(what);
    if (decision.action === 'reload') {
      log.warn(`[kiosk] ${what}; reloading in ${decision.delayMs} ms`);
      schedule(decision.delayMs, options.reload);
      return;
    }
    log.error(`[kiosk] ${what}; too many restarts, showing the failure page`);
    options.showFailure(what);
    schedule(options.retryAfterGiveUpMs ?? DEFAULT_RESTART_POLICY.windowMs, options.reload);
  };

  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    onGone(`the page's process ended (${details.reason}, exit code ${details.exitCode})`);
  });
  win.on('unresponsive', () => {
    if (hang !== undefined) return;
    log.warn(`[kiosk] the page stopped responding; waiting ${hangGraceMs} ms`);
    hang = setTimer(() => {
      hang = undefined;
      if (win.isDestroyed()) return;
      log.error('[kiosk] the page still hangs; killing its process');
      // Comes back as render-process-gone ('killed'), which applies the policy.
      win.webContents.forcefullyCrashRenderer();
    }, hangGraceMs);
  });
  win.on('responsive', () => {
    if (hang === undefined) return;
    clearTimer(hang);
    hang = undefined;
    log.info('[kiosk] the page responds again');
  });

  return {
    freshStart() {
      options.policy.reset();
      if (pending !== undefined) clearTimer(pending);
      pending = undefined;
      options.reload();
    },
  };
}

/** Logs child processes (GPU, utility, …) that die: Chromium restarts them, but the log should say. */
export function logChildProcessDeaths(app: App, log: Pick<Console, 'warn'> = console): void {
  app.on('child-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    log.warn(
      `[kiosk] child process ${details.type}${details.name ? ` (${details.name})` : ''} gone: ` +
        `${details.reason}, exit code ${details.exitCode}`,
    );
  });
}

/**
 * Runs `reload` every day at local `getHour()` (null: not today), re-reading the hour each time so
 * a settings change applies from the next day on. Returns a function that stops it (and that
 * `reschedule` uses).
 */
export function scheduleDailyReload(
  getHour: () => number | null,
  reload: () => void,
  options: { now?: () => Date; setTimer?: typeof setTimeout; clearTimer?: typeof clearTimeout } = {},
): { reschedule(): void; stop(): void } {
  const now = options.now ?? (() => new Date());
  const setTimer = options.setTimer ?? setTimeout;
  const clearTimer = options.clearTimer ?? clearTimeout;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    const hour = getHour();
    if (hour === null) return;
    // Timers longer than ~24.8 days overflow; a day never is.
    timer = setTimer(
      () => {
        timer = undefined;
        reload();
        arm();
      },
      msUntilNextReload(now(), hour),
    );
    // A pending reload must never keep the process alive on its own.
    (timer as { unref?: () => void }).unref?.();
  };
  arm();
  return {
    reschedule: arm,
    stop() {
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
    },
  };
}
