/**
 * Intl formatters, made once per language and options. Building an `Intl.NumberFormat` costs some
 * 40 µs once the locale's ICU data is loaded (the first one of a page, ~13 ms in a start-up
 * profile on the 2-core test machine), formatting with one well under 1 µs (Node 20): a count-up
 * formats every frame, and the attract loop and home screen format dozens of figures before their
 * first frame. The options of a call site are few (a unit, a number of
 * decimals, a grouping rule), so the cache stays small.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}\u0000${JSON.stringify(options)}`;
  let nf = numberFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(lang, options);
    numberFormats.set(key, nf);
  }
  return nf;
}
