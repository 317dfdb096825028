/**
 * Syncthing device ids, checked before Syncthing is asked anything: a mistyped id typed in the admin
 * panel gets a clear answer at once instead of a device that never connects. An id is 52 base32
 * characters of a certificate hash, cut into four blocks of 13, each followed by a check character
 * (Syncthing's Luhn variant over base32), shown as eight dash-separated groups of 7.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export type DeviceIdCheck = { ok: true; id: string } | { ok: false; reason: 'shape' | 'check' };

/** The check character Syncthing appends to a block of 13 (its factor starts at 1 from the left). */
export function luhnBase32(block: string): string {
  let factor = 1;
  let sum = 0;
  for (const char of block) {
    const codepoint = ALPHABET.indexOf(char);
    if (codepoint < 0) throw new Error(`not base32: ${char}`);
    let addend = factor * codepoint;
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / 32) + (addend % 32);
    sum += addend;
  }
  return ALPHABET[(32 - (sum % 32)) % 32]!;
}

/**
 * The canonical form (`XXXXXXX-…`, upper case) of a typed or scanned id, or why it is not one.
 * Spaces, dashes and case are forgiven, and so are the digits 0, 1 and 8, which base32 does not use
 * and which people type for O, I and B (Syncthing forgives them too).
 */
export function checkDeviceId(input: string): DeviceIdCheck {
  const plain = input.toUpperCase().replace(/[\s-]/g, '').replace(/0/g, 'O').replace(/1/g, 'I').replace(/8/g, 'B');
  if (!/^[A-Z2-7]{56}$/.test(plain)) return { ok: false, reason: 'shape' };
  for (let i = 0; i < 4; i++) {
    const block = plain.slice(i * 14, i * 14 + 13);
    if (luhnBase32(block) !== plain[i * 14 + 13]) return { ok: false, reason: 'check' };
  }
  return { ok: true, id: plain.match(/.{7}/g)!.join('-') };
}

/** Thrown by pairing when an id is not one: the message is meant for the admin panel. */
export class InvalidDeviceIdError extends Error {
  override name = 'InvalidDeviceIdError';
  constructor(
    readonly input: string,
    readonly reason: 'shape' | 'check',
  ) {
    super(
      reason === 'shape'
        ? `"${input}" is not a device ID: expected 56 letters A–Z and digits 2–7, in 8 groups of 7.`
        : `"${input}" has a typing mistake: its check characters do not match. Copy or scan it again.`,
    );
  }
}

/** The canonical id, or throws InvalidDeviceIdError. */
export function canonicalDeviceId(input: string): string {
  const checked = checkDeviceId(input);
  if (!checked.ok) throw new InvalidDeviceIdError(input, checked.reason);
  return checked.id;
}
