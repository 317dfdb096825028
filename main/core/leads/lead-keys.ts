/**
 * The leads' keys while the kiosk runs: the public key from the keyring file (leads are sealed with it,
 * no PIN needed), and the private key, held in memory only between a right PIN and the end of that
 * admin session. The keyring is made when the admin PIN is first set (no lead is saved before: the
 * first-run PIN is public), and re-wrapped when it changes.
 */
import type { KeyObject } from 'node:crypto';
import path from 'node:path';
import type { ScryptParams } from '../security/pin.ts';
import {
  createKeyring,
  KEYRING_FILE,
  KeyringLockedError,
  readKeyring,
  rewrapKeyring,
  unlockKeyring,
  writeKeyring,
  type LeadKeyring,
} from './lead-keyring.ts';

export interface LeadKeys {
  /** The key leads are sealed with; null until the admin PIN has been set once. */
  publicKey(): string | null;
  /** After a right PIN: opens the private key for this session (a keyring that does not open is logged, not fatal). */
  unlock(pin: string): Promise<void>;
  /** The private key of the open session, or null. */
  privateKey(): KeyObject | null;
  /** Drops the private key (the admin session ended). */
  forget(): void;
  /**
   * Runs `change` (the PIN guard's own change, which checks `current`) with the keyring kept
   * openable through it: wrapped for `next` too before, for `next` only after, restored if the change
   * is refused. With no keyring yet, a successful change makes one for `next`.
   */
  changePin<T>(current: string, next: string, change: () => Promise<T>, changed: (result: T) => boolean): Promise<T>;
}

/** Keys over `<leadsFolder>/keyring.json`, read once now. */
export async function openLeadKeys(
  leadsFolder: string,
  options: { scrypt?: ScryptParams; log?: { warn: (line: string) => void } } = {},
): Promise<LeadKeys> {
  const file = path.join(leadsFolder, KEYRING_FILE);
  let keyring: LeadKeyring | null = await readKeyring(file);
  let privateKey: KeyObject | null = null;

  async function store(next: LeadKeyring): Promise<void> {
    await writeKeyring(file, next);
    keyring = next;
  }

  return {
    publicKey: () => keyring?.publicKey ?? null,
    async unlock(pin) {
      if (!keyring) return;
      try {
        privateKey = await unlockKeyring(keyring, pin);
        // A PIN change interrupted after the PIN was stored leaves the old wrap: drop it now.
        if (keyring.wrapped.length > 1)
          await store(await rewrapKeyring(keyring, pin, pin, { keepOld: false, params: options.scrypt }));
      } catch (error) {
        if (!(error instanceof KeyringLockedError)) throw error;
        options.log?.warn('[leads] the admin PIN does not open the leads keyring; leads cannot be read');
      }
    },
    privateKey: () => privateKey,
    forget() {
      privateKey = null;
    },
    async changePin(current, next, change, changed) {
      const before = keyring;
      let opened = false;
      if (before) {
        try {
          await store(await rewrapKeyring(before, current, next, { keepOld: true, params: options.scrypt }));
          opened = true;
        } catch (error) {
          if (!(error instanceof KeyringLockedError)) throw error;
        }
      }
      const result = await change();
      if (!changed(result)) {
        if (opened && before) await store(before);
        return result;
      }
      if (!before) await store(await createKeyring(next, options.scrypt));
      else if (opened && keyring)
        await store(await rewrapKeyring(keyring, next, next, { keepOld: false, params: options.scrypt }));
      privateKey = keyring ? await unlockKeyring(keyring, next).catch(() => null) : null;
      return result;
    },
  };
}
