/**
 * Small HTTP pieces of the studio server: its JSON answers and errors (the contract's StudioError),
 * bounded JSON bodies, and the per-run token and origin check on `studio/api/*`.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { STUDIO_TOKEN_HEADER, type StudioError } from '../../contract/studio.ts';

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

/** A new per-run token: what the studio page is given in its meta tag and sends back. */
export function newStudioToken(): string {
  return randomBytes(32).toString('hex');
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}

/** A refusal the page can translate by its code. */
export class StudioHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: StudioError['code'],
    message: string,
  ) {
    super(message);
    this.name = 'StudioHttpError';
  }
}

export function errorResponse(status: number, code: StudioError['code'], message: string): Response {
  const body: StudioError = { code, message };
  return json(body, status);
}

/**
 * Why a request to `studio/api/*` is refused, or undefined when it comes from the studio page:
 * its own origin (Host) and, when sent, Origin must be the server's (no other site, no DNS
 * rebinding), and it must carry this run's token (a header a cross-site form cannot set).
 */
export function refuseForeign(request: Request, token: string, allowedOrigins: readonly string[]): string | undefined {
  const url = new URL(request.url);
  const origin = request.headers.get('origin');
  if (!allowedOrigins.includes(url.origin) || (origin !== null && !allowedOrigins.includes(origin))) {
    return `foreign origin ${origin ?? url.origin}`;
  }
  const sent = Buffer.from(request.headers.get(STUDIO_TOKEN_HEADER) ?? '');
  const expected = Buffer.from(token);
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) return 'missing or wrong studio token';
  return undefined;
}

/**
 * The body's bytes, refused with `tooLarge()` past `limit` (a declared length first, then as it
 * streams in) without reading the rest.
 */
export async function readBodyLimited(request: Request, limit: number, tooLarge: () => Error): Promise<Buffer> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks);
}

/** The JSON body, refused (413) past `limit` bytes and (400) when it is not JSON. */
export async function readJson(request: Request, limit: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new StudioHttpError(415, 'invalid-request', 'send application/json');
  const body = await readBodyLimited(request, limit, () => tooLarge(limit));
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    throw new StudioHttpError(400, 'invalid-request', 'the body is not JSON');
  }
}

function tooLarge(limit: number): StudioHttpError {
  return new StudioHttpError(413, 'too-large', `the body is over ${limit} bytes`);
}
