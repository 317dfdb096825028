/**
 * What the sheet's QR codes hold, for the visitor's phone: the bureau's contact as a vCard (3.0, which
 * every phone's camera app reads) and an e-mail already addressed, with the item and the reference code
 * in its subject and body. The phone sends it when it has a network; the kiosk never needs one.
 */

export interface BureauContact {
  organisation: string;
  phone?: string;
  email?: string;
  website?: string;
  address?: string;
}

/** RFC 6350 text escaping: backslash, comma, semicolon and line breaks. */
function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** The bureau's card, with the reference code in its note so the visitor finds it again. */
export function vCard(contact: BureauContact, note: string): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${escapeText(contact.organisation)};;;;`,
    `FN:${escapeText(contact.organisation)}`,
    `ORG:${escapeText(contact.organisation)}`,
  ];
  if (contact.phone) lines.push(`TEL;TYPE=WORK,VOICE:${contact.phone.replace(/[^\d+]/g, '')}`);
  if (contact.email) lines.push(`EMAIL;TYPE=INTERNET:${contact.email}`);
  if (contact.website) lines.push(`URL:${contact.website}`);
  if (contact.address) lines.push(`ADR;TYPE=WORK:;;${escapeText(contact.address)};;;;`);
  lines.push(`NOTE:${escapeText(note)}`, 'END:VCARD');
  return lines.join('\r\n');
}

/** A mailto: link with subject and body (RFC 6068: percent-encoded UTF-8, line breaks as CRLF). */
export function mailto(email: string, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${email}?subject=${encode(subject)}&body=${encode(body)}`;
}
