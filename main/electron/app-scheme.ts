/**
 * The kiosk's own URL scheme, `app://kiosk/`. The renderer is served through it (not `file://`) so
 * that the page gets a real, fixed origin: CSP, fetch and media work as on the web, `file://`'s
 * broad local-file access never applies, and the one content server answers every request.
 */
import { protocol, type Session } from 'electron';

/** The custom scheme, without the colon. */
export const APP_SCHEME = 'app';

/** The only host the scheme serves; any other host is refused. */
export const APP_HOST = 'kiosk';

/** The page's origin, as the renderer sees it in `location.origin`. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** What the window loads: the content server answers `/` with the renderer's index.html. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

/**
 * True only for a URL on our origin: scheme `app:`, host exactly `kiosk`, no port and no
 * credentials. Parsing (rather than a prefix test) rejects look-alikes such as
 * `app://kiosk.evil.com/` and `app://kiosk@evil/`. Lives here, next to the constants, so that the
 * protocol guard and the security policy share one definition.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    // Chromium lower-cases the host of a standard scheme; Node's URL keeps it as written.
    parsed.host.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * Registers `app:` as a privileged scheme. Electron accepts this only before the `ready` event, so
 * the entry calls it at module top level.
 * - standard: parsed like http (host, path, relative URLs), which gives the page a real origin;
 * - secure: treated like https, so secure-context APIs work and nothing counts as mixed content;
 * - supportFetchAPI: the renderer fetches `/api/*` with `fetch`;
 * - stream: media elements can stream (range requests) from `/media/*`;
 * - codeCache: V8 may cache compiled renderer scripts between starts.
 * Deliberately not `bypassCSP` or `corsEnabled`: the content server's CSP must apply.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        stream: true,
        codeCache: true,
      },
    },
  ]);
}

/** A fetch-standard handler, as `createContentServer` returns. */
export type RequestHandler = (request: Request) => Promise<Response>;

/**
 * Serves `app:` requests of `session` with the content server. The content server routes by path
 * and ignores the host, so the guard here is what confines it to `app://kiosk`: any other host gets
 * 404. A handler that throws gets a 500 instead of an unhandled rejection in the main process.
 */
export function mountContentServer(session: Session, handler: RequestHandler): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (!isAppUrl(request.url)) {
      return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    }
    try {
      return await handler(request);
    } catch (error) {
      console.error(`[kiosk] content server failed on ${request.url}:`, error);
      return new Response('Internal error', {
        status: 500,
        headers: { 'content-type': 'text/plain' },
      });
    }
  });
}
