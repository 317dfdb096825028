/**
 * Whether the admin panel is open, tracked in the main process (the page cannot claim it). A right
 * PIN opens a session; it closes on `lock()`, or after `idleMs` without an admin call, so a panel
 * left open at a fair does not stay open for the next passer-by.
 */

/** Default idle time before an admin session closes by itself. */
export const ADMIN_SESSION_IDLE_MS = 5 * 60_000;

/** `full`: everything; `change-pin-only`: opened with the first-run PIN, only changing it is allowed. */
export type AdminLevel = 'full' | 'change-pin-only';

/** The admin session. */
export interface AdminSession {
  /** Opens (or upgrades) the session at `level`. */
  open(level: AdminLevel): void;
  /** Closes the session now. */
  lock(): void;
  /** The open session's level, or null. An open session's idle clock restarts with every call. */
  touch(): AdminLevel | null;
  /** Whether a full session is open (without restarting its idle clock). */
  isOpen(): boolean;
}

/** A session with the given idle timeout and clock (epoch ms). */
export function createAdminSession(options: { idleMs?: number; now?: () => number } = {}): AdminSession {
  const idleMs = options.idleMs ?? ADMIN_SESSION_IDLE_MS;
  const now = options.now ?? Date.now;
  let level: AdminLevel | null = null;
  let lastUse = 0;

  const current = (): AdminLevel | null => {
    if (level !== null && now() - lastUse >= idleMs) level = null;
    return level;
  };

  return {
    open(next) {
      level = next;
      lastUse = now();
    },
    lock() {
      level = null;
    },
    touch() {
      const found = current();
      if (found !== null) lastUse = now();
      return found;
    },
    isOpen: () => current() === 'full',
  };
}
