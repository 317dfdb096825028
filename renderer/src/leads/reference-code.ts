/**
 * A lead's reference code, e.g. XZ-7K3F: the pack's prefix and four characters of Crockford's
 * base-32 (no I, L, O or U, so nobody misreads it when reading it out or typing it). Made in the page
 * when the sheet opens, so the QR's e-mail and the form carry the same code.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function referenceCode(prefix: string, random: (n: number) => Uint8Array = randomBytes): string {
  const bytes = random(4);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte % ALPHABET.length];
  return `${prefix}-${code}`;
}

function randomBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}
