/**
 * A sealed box for leads: anyone with the public key can seal, only the private key opens. The kiosk
 * seals each lead as it is saved, with no PIN; the private key stays wrapped under the admin PIN
 * (lead-keyring.ts). Plain node:crypto: X25519 for an ephemeral key agreement, HKDF-SHA256 for the
 * key, AES-256-GCM for the content (authenticated: a changed byte or a wrong key fails, never garbage).
 */
import {
  createCipheriv,
  createDecipheriv,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';

/** A sealed content, every part base64, in JSON as it is written to disk. */
export interface SealedBox {
  v: 1;
  /** The ephemeral public key (SPKI DER) this box was sealed with. */
  epk: string;
  iv: string;
  ct: string;
  tag: string;
}

const INFO = Buffer.from('invest-kiosk lead v1');
const IV_BYTES = 12;

/** A new key pair: the public key as base64 SPKI DER (it travels and is stored in the clear). */
export function generateLeadKeyPair(): { publicKey: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  return { publicKey: exportPublicKey(publicKey), privateKey };
}

export function exportPublicKey(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'der' }).toString('base64');
}

function importPublicKey(base64: string): KeyObject {
  return createPublicKey({ key: Buffer.from(base64, 'base64'), type: 'spki', format: 'der' });
}

/** The box key from the shared secret, bound to both public keys so a box cannot be re-addressed. */
function boxKey(shared: Buffer, epk: string, recipient: string): Buffer {
  const salt = Buffer.concat([Buffer.from(epk, 'base64'), Buffer.from(recipient, 'base64')]);
  return Buffer.from(hkdfSync('sha256', shared, salt, INFO, 32));
}

/** Seals `plaintext` for the holder of the private key that matches `recipientPublicKey`. */
export function sealBox(recipientPublicKey: string, plaintext: Uint8Array): SealedBox {
  const recipient = importPublicKey(recipientPublicKey);
  const ephemeral = generateKeyPairSync('x25519');
  const epk = exportPublicKey(ephemeral.publicKey);
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient });
  const key = boxKey(shared, epk, recipientPublicKey);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(INFO);
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return {
    v: 1,
    epk,
    iv: iv.toString('base64'),
    ct: ct.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Raised when a box does not open: a wrong key, or a changed or damaged box. */
export class SealedBoxError extends Error {
  constructor(message = 'this lead cannot be opened with this key (wrong key, or the file was changed)') {
    super(message);
    this.name = 'SealedBoxError';
  }
}

/** Opens a box sealed for `privateKey`'s public key; throws SealedBoxError otherwise. */
export function openBox(privateKey: KeyObject, box: SealedBox): Buffer {
  try {
    const recipient = exportPublicKey(createPublicKey(privateKey));
    const shared = diffieHellman({ privateKey, publicKey: importPublicKey(box.epk) });
    const key = boxKey(shared, box.epk, recipient);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(box.iv, 'base64'));
    decipher.setAAD(INFO);
    decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(box.ct, 'base64')), decipher.final()]);
  } catch {
    throw new SealedBoxError();
  }
}
