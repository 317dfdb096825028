/**
 * The kiosk's Content-Security-Policy: nothing from any other origin, no inline script, no eval.
 * framer-motion and React's `style` prop set styles through the CSSOM, which `style-src 'self'`
 * allows, so no 'unsafe-inline' is needed.
 */
const DIRECTIVES: Array<[string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['media-src', "'self' blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['worker-src', "'self' blob:"],
];

/** Directives a browser ignores (and complains about) when they come in a <meta> tag. */
const HEADER_ONLY: Array<[string, string]> = [['frame-ancestors', "'none'"]];

const join = (list: Array<[string, string]>): string => list.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy sent as the Content-Security-Policy header of every HTML response. */
export const CSP_HEADER = join([...DIRECTIVES, ...HEADER_ONLY]);
/** The same policy for the page's <meta http-equiv> tag. */
export const CSP_META = join(DIRECTIVES);
/** Token in renderer/index.html that the server replaces with CSP_META. */
export const CSP_META_TOKEN = '%KIOSK_CSP%';
