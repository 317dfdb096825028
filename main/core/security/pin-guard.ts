/**
 * Unlocking the admin panel with the PIN, and changing it. Five wrong tries lock the panel for five
 * minutes; three lock the leads as long (issue 26: the panel may still open with a right PIN, the
 * leads' key does not). The count and the locks live in settings.json, so restarting the kiosk does
 * not reset them. The clock is injected so tests can walk through a lockout without waiting.
 */
import type { ChangePinResult, UnlockResult } from '../../contract/ipc.ts';
import type { SettingsStore } from '../storage/settings-store.ts';
import { DEFAULT_SCRYPT, hashPin, pinProblem, verifyPin, type ScryptParams } from './pin.ts';

/** Wrong tries allowed before a lockout. */
export const MAX_PIN_FAILURES = 5;

/** Wrong tries in a row after which the leads stay locked for the lockout's time, even to the right PIN. */
export const MAX_LEADS_PIN_FAILURES = 3;

/** How long a lockout lasts. */
export const PIN_LOCK_MS = 5 * 60_000;

/** Options of `createPinGuard`. */
export interface PinGuardOptions {
  /** Epoch milliseconds now. */
  now?: () => number;
  maxFailures?: number;
  maxLeadsFailures?: number;
  lockMs?: number;
  /** scrypt cost of new hashes (tests use a cheap one). */
  scrypt?: ScryptParams;
}

/** The PIN checks of the admin panel. */
export interface PinGuard {
  /** Checks `pin`: unlocked, must-change (first-run PIN), wrong (tries left) or locked. */
  unlock(pin: string): Promise<UnlockResult>;
  /** Checks `currentPin` like `unlock`, then stores `newPin` (if it obeys the rules) as the PIN. */
  changePin(currentPin: string, newPin: string): Promise<ChangePinResult>;
  /** Whether the first-run PIN is still in force. */
  mustChange(): boolean;
  /** How long (ms) wrong PINs still keep the leads locked, or null when they do not. */
  leadsRetryAfterMs(): number | null;
}

/** A PinGuard over the PIN record and lockout state of `store`. */
export function createPinGuard(store: SettingsStore, options: PinGuardOptions = {}): PinGuard {
  const now = options.now ?? Date.now;
  const maxFailures = options.maxFailures ?? MAX_PIN_FAILURES;
  const maxLeadsFailures = options.maxLeadsFailures ?? MAX_LEADS_PIN_FAILURES;
  const lockMs = options.lockMs ?? PIN_LOCK_MS;
  const params = options.scrypt ?? DEFAULT_SCRYPT;
  // One check at a time: two fast taps must not both read "4 failures" and each allow a fifth try.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => {});
    return run;
  };

  /** Checks `pin` against the stored PIN, counting a failure; 'ok' or the refusal to return. */
  async function check(
    pin: string,
  ): Promise<{ status: 'ok' } | { status: 'wrong'; triesLeft: number } | { status: 'locked'; retryAfterMs: number }> {
    const { pinLockout, pin: record } = store.get();
    const t = now();
    if (pinLockout.lockedUntil !== null && t < pinLockout.lockedUntil) {
      return { status: 'locked', retryAfterMs: pinLockout.lockedUntil - t };
    }
    if (await verifyPin(pin, record)) {
      // A right PIN ends the count, not a lock of the leads that wrong ones set.
      if (pinLockout.failures !== 0 || pinLockout.lockedUntil !== null) {
        await store.update((s) => ({ ...s, pinLockout: { ...s.pinLockout, failures: 0, lockedUntil: null } }));
      }
      return { status: 'ok' };
    }
    // A lockout that has run out starts a fresh count.
    const failures = (pinLockout.lockedUntil !== null ? 0 : pinLockout.failures) + 1;
    // From the third wrong try in a row, the leads stay locked for a lockout's time after the last one.
    const leads = failures >= maxLeadsFailures ? { leadsLockedUntil: t + lockMs } : {};
    if (failures >= maxFailures) {
      await store.update((s) => ({
        ...s,
        pinLockout: { ...s.pinLockout, ...leads, failures: 0, lockedUntil: t + lockMs },
      }));
      return { status: 'locked', retryAfterMs: lockMs };
    }
    await store.update((s) => ({ ...s, pinLockout: { ...s.pinLockout, ...leads, failures, lockedUntil: null } }));
    return { status: 'wrong', triesLeft: maxFailures - failures };
  }

  return {
    mustChange: () => store.get().pin === null,
    leadsRetryAfterMs: () => {
      const until = store.get().pinLockout.leadsLockedUntil;
      const t = now();
      return until !== undefined && t < until ? until - t : null;
    },
    unlock: (pin) =>
      serial(async () => {
        const result = await check(pin);
        if (result.status !== 'ok') return result;
        return store.get().pin === null ? { status: 'must-change' } : { status: 'unlocked' };
      }),
    changePin: (currentPin, newPin) =>
      serial(async () => {
        const result = await check(currentPin);
        if (result.status !== 'ok') return result;
        const problem = pinProblem(newPin);
        if (problem !== null) return { status: 'invalid', problem };
        const record = await hashPin(newPin, params);
        await store.update((s) => ({ ...s, pin: record }));
        return { status: 'changed' };
      }),
  };
}
