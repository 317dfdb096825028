/**
 * The admin PIN: rules, salted scrypt hashing and constant-time verification. Plain Node
 * (node:crypto); the lockout after wrong tries is `pin-guard.ts`.
 *
 * First run: no PIN is stored (`pin: null` in settings.json) and `DEFAULT_PIN` opens the panel, but
 * only to change it (`must-change`). The default breaks the rules on purpose (all one digit), so it
 * can never be chosen again as a real PIN.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { PinRecord } from '../storage/settings-schema.ts';

/** The first-run PIN, documented for staff in docs/kiosk-lockdown.md. */
export const DEFAULT_PIN = '000000';

/** scrypt cost parameters. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  keyLength: number;
}

/**
 * N=2^15, r=8, p=1: OWASP's recommended minimum for scrypt; about 32 MiB and ~100 ms per hash,
 * which is unnoticeable once per unlock and makes offline guessing of a stolen settings file slow.
 * (A 6-digit PIN is still only 10^6 guesses offline; the lockout protects the screen, file-system
 * access protects the file.)
 */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 };

/** Salt length in bytes. */
export const SALT_BYTES = 16;

/**
 * Why `pin` cannot be a PIN, or null if it can: 6 to 12 digits (a touch keypad has only digits),
 * not all the same digit (the first thing a guesser tries).
 */
export function pinProblem(pin: string): string | null {
  if (!/^\d+$/.test(pin)) return 'a PIN has digits only';
  if (pin.length < 6 || pin.length > 12) return 'a PIN has 6 to 12 digits';
  if (/^(\d)\1*$/.test(pin)) return 'a PIN may not be one digit repeated';
  return null;
}

/** Hashes `pin` with a fresh random salt; the record carries its parameters for later checks. */
export async function hashPin(pin: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<PinRecord> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(pin, salt, params);
  return { algorithm: 'scrypt', ...params, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

/**
 * Whether `pin` matches `record` (or, with no record, the first-run PIN). The comparison takes the
 * same time wherever the first differing byte is, so timing tells a guesser nothing.
 */
export async function verifyPin(pin: string, record: PinRecord | null): Promise<boolean> {
  if (record === null) return constantTimeEqual(Buffer.from(pin), Buffer.from(DEFAULT_PIN));
  const expected = Buffer.from(record.hash, 'base64');
  const actual = await derive(pin, Buffer.from(record.salt, 'base64'), { ...record, keyLength: expected.length });
  return timingSafeEqual(actual, expected);
}

/** Equal-length constant-time comparison; a length mismatch is compared against itself first. */
function constantTimeEqual(a: Buffer, b: Buffer): boolean {
  if (a.length !== b.length) {
    timingSafeEqual(b, b);
    return false;
  }
  return timingSafeEqual(a, b);
}

function derive(pin: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    // scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is exactly that for N=2^15, r=8, and
    // the check is strict, so leave room.
    maxmem: 256 * params.N * params.r + 1024 * 1024,
  };
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFKC'), salt, params.keyLength, options, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}
