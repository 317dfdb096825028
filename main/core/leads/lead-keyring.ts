/**
 * The leads' key pair on disk (`<data>/leads/keyring.json`): the public key in the clear, so the kiosk
 * seals leads without the PIN, and the private key wrapped (AES-256-GCM) under a key derived from the
 * admin PIN with scrypt. A stolen disk gives the wrapped key, which only the PIN opens.
 *
 * Changing the PIN re-wraps the private key. The keyring and settings.json (which holds the PIN's
 * hash) are two files, so the change writes the keyring first with both wraps, then the PIN, then the
 * keyring with the new wrap only: a crash between them leaves a keyring the new PIN opens.
 */
import { createCipheriv, createDecipheriv, createPrivateKey, randomBytes, scrypt, type KeyObject } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_SCRYPT, type ScryptParams } from '../security/pin.ts';
import { writeFileAtomic } from '../storage/write-file-atomic.ts';
import { generateLeadKeyPair } from './sealed-box.ts';

export const KEYRING_FILE = 'keyring.json';

const WrappedKey = z.strictObject({
  algorithm: z.literal('scrypt-aes-256-gcm'),
  N: z.int().min(2),
  r: z.int().min(1),
  p: z.int().min(1),
  salt: z.base64(),
  iv: z.base64(),
  ct: z.base64(),
  tag: z.base64(),
});
export type WrappedKey = z.infer<typeof WrappedKey>;

export const LeadKeyring = z.strictObject({
  v: z.literal(1),
  /** Base64 SPKI DER of the X25519 public key leads are sealed with. */
  publicKey: z.base64(),
  /** The private key under each PIN that may open it: one, or two while a PIN change is under way. */
  wrapped: z.array(WrappedKey).min(1).max(2),
});
export type LeadKeyring = z.infer<typeof LeadKeyring>;

/** Raised when the PIN given does not open the keyring. */
export class KeyringLockedError extends Error {
  constructor() {
    super('the PIN does not open the leads keyring');
    this.name = 'KeyringLockedError';
  }
}

function deriveKek(pin: string, salt: Buffer, params: Pick<ScryptParams, 'N' | 'r' | 'p'>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const maxmem = 256 * params.N * params.r + 1024 * 1024;
    scrypt(pin.normalize('NFKC'), salt, 32, { N: params.N, r: params.r, p: params.p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

async function wrap(privateKey: KeyObject, pin: string, params: ScryptParams): Promise<WrappedKey> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await deriveKek(pin, salt, params);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });
  const ct = Buffer.concat([cipher.update(der), cipher.final()]);
  return {
    algorithm: 'scrypt-aes-256-gcm',
    N: params.N,
    r: params.r,
    p: params.p,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    ct: ct.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

async function unwrap(wrapped: WrappedKey, pin: string): Promise<KeyObject | null> {
  const kek = await deriveKek(pin, Buffer.from(wrapped.salt, 'base64'), wrapped);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    const der = Buffer.concat([decipher.update(Buffer.from(wrapped.ct, 'base64')), decipher.final()]);
    return createPrivateKey({ key: der, type: 'pkcs8', format: 'der' });
  } catch {
    return null;
  }
}

/** A new keyring whose private key `pin` opens. */
export async function createKeyring(pin: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<LeadKeyring> {
  const { publicKey, privateKey } = generateLeadKeyPair();
  return { v: 1, publicKey, wrapped: [await wrap(privateKey, pin, params)] };
}

/** The wrap `pin` opens and its private key; KeyringLockedError if it opens none. */
async function openWith(keyring: LeadKeyring, pin: string): Promise<{ wrapped: WrappedKey; key: KeyObject }> {
  for (const wrapped of keyring.wrapped) {
    const key = await unwrap(wrapped, pin);
    if (key) return { wrapped, key };
  }
  throw new KeyringLockedError();
}

/** The private key, if `pin` opens any of the keyring's wraps; KeyringLockedError otherwise. */
export async function unlockKeyring(keyring: LeadKeyring, pin: string): Promise<KeyObject> {
  return (await openWith(keyring, pin)).key;
}

/** The keyring with the private key wrapped under `newPin` first and, if `keepOld`, under `oldPin` too. */
export async function rewrapKeyring(
  keyring: LeadKeyring,
  oldPin: string,
  newPin: string,
  options: { keepOld: boolean; params?: ScryptParams },
): Promise<LeadKeyring> {
  const opened = await openWith(keyring, oldPin);
  const fresh = await wrap(opened.key, newPin, options.params ?? DEFAULT_SCRYPT);
  return { ...keyring, wrapped: options.keepOld ? [fresh, opened.wrapped] : [fresh] };
}

/** The keyring in `file`, or null when there is none yet; a damaged file is an error, never replaced. */
export async function readKeyring(file: string): Promise<LeadKeyring | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed = LeadKeyring.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(`${file}: not a leads keyring (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  return parsed.data;
}

export async function writeKeyring(file: string, keyring: LeadKeyring): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(keyring, null, 2)}\n`);
}
