/**
 * The shapes a lead's fields must have, without zod: the main process validates with them
 * (lead.ts) and the visitor's form checks with the same ones as it is filled in.
 */

/** What a visitor can say "I'm interested" in. */
export const INTEREST_KINDS = ['cluster', 'chain-link', 'park', 'future-industry', 'enterprise'] as const;
export type InterestKind = (typeof INTEREST_KINDS)[number];

/** `XZ-7K3F`: two to four capitals from the pack, then four of Crockford's base-32 (no I, L, O, U). */
export const REFERENCE_PATTERN = /^[A-Z]{2,4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** Letters, marks, digits, punctuation, symbols and plain spaces; no control or format characters. */
export const PRINTABLE = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u;

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
const PHONE = /^\+?[\d\s()-]{5,24}$/;

/** Whether `value` is an e-mail address, or a phone number with at least 5 digits. */
export function isEmailOrPhone(value: string): boolean {
  return EMAIL.test(value) || (PHONE.test(value) && (value.match(/\d/g)?.length ?? 0) >= 5);
}

/** Most characters of each field of the form. */
export const LEAD_FIELD_MAX = { name: 80, organisation: 120, contact: 120, country: 60, message: 200 } as const;
