/**
 * The pack served inside the page. renderer/index.html holds an empty JSON data block,
 * `<script type="application/json" id="kiosk-pack">%KIOSK_PACK%</script>`; the content server
 * writes the active pack's head into it (main/contract/pack-head.ts: the pack without its list of
 * enterprises), and the renderer draws its first screen from it before the whole pack arrives from
 * api/pack. A data block is never executed, so the strict CSP (`script-src 'self'`) still holds.
 */

/** Token in renderer/index.html that the server replaces with the head's JSON (or with nothing). */
export const PACK_DATA_TOKEN = '%KIOSK_PACK%';

/**
 * JSON made safe inside a script element: every `<` becomes `\u003c` (JSON allows `<` only inside
 * strings, where the escape means the same), so no text of the pack can close the element or open
 * a comment; U+2028 and U+2029 are escaped for good measure.
 */
export function jsonForScriptElement(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
