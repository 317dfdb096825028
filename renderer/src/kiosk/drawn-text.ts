/**
 * What of a pack or a locale file a typeface has to draw: every string in it, however deep (keys
 * are identifiers, never shown), and of those only the characters that are drawn (control
 * characters such as a line break are not). The build cuts the kiosk's typeface by it
 * (scripts/kiosk-font.ts), and the page asks by it whether a pack needs the fallback faces
 * (kiosk/fonts.ts). Plain functions: no DOM, no Node.
 */

const NONE: ReadonlySet<string> = new Set();

/**
 * Every string in a parsed JSON value, in document order; `skip`: keys whose values are left out
 * (the texts of languages set in a face of their own: `{ 'zh-CN': …, ja: … }` without `ja`).
 */
export function* stringsIn(value: unknown, skip: ReadonlySet<string> = NONE): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v, skip);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!skip.has(k)) yield* stringsIn(v, skip);
  }
}

/** Whether a code point is drawn: not a C0 or C1 control character (a space is drawn). */
export function isDrawn(codePoint: number): boolean {
  return codePoint >= 0x20 && !(codePoint >= 0x7f && codePoint <= 0x9f);
}
