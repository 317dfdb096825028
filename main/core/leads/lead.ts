/**
 * What a visitor leaves when they say "I'm interested": the item, their language, the reference code
 * the sheet showed, and the short form. Validated here in the main process whatever the page sent:
 * shapes of e-mail and phone, lengths, no control characters, and an explicit consent.
 */
import { z } from 'zod';
import {
  INTEREST_KINDS,
  isEmailOrPhone,
  LEAD_FIELD_MAX,
  PRINTABLE,
  REFERENCE_PATTERN,
} from '../../contract/lead-shapes.ts';

const line = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what}: at most ${max} characters`)
    .regex(PRINTABLE, `${what}: letters, digits and punctuation only, on one line`);

/** An e-mail address or a phone number, by shape; a phone has at least 5 digits. */
export const LeadContact = line(LEAD_FIELD_MAX.contact, 'e-mail or phone').refine(
  isEmailOrPhone,
  'an e-mail address (name@example.com) or a phone number (digits, + ( ) -)',
);

export const LeadInput = z.strictObject({
  item: z.strictObject({
    kind: z.enum(INTEREST_KINDS),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/, 'an item id')
      .max(160),
    /** The item's name as the visitor saw it, so the bureau reads it without the pack at hand. */
    title: line(200, 'item').pipe(z.string().min(1, 'item: a name')),
  }),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag'),
  reference: z.string().regex(REFERENCE_PATTERN, 'a reference code such as XZ-7K3F'),
  name: line(LEAD_FIELD_MAX.name, 'name').pipe(z.string().min(1, 'name: required')),
  organisation: line(LEAD_FIELD_MAX.organisation, 'organisation'),
  contact: LeadContact,
  country: line(LEAD_FIELD_MAX.country, 'country'),
  message: line(LEAD_FIELD_MAX.message, 'message'),
  consent: z.literal(true, 'consent: the visitor must tick it'),
});
export type LeadInput = z.infer<typeof LeadInput>;

/** A lead as stored (inside its sealed box) and listed: the input and when it was left. */
export interface Lead extends LeadInput {
  /** Local ISO time, as the statistics stamp their events. */
  at: string;
}
