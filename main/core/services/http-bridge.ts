/**
 * Browser mode's stand-in for IPC: `POST api/ops/<channel>` as `main/contract/ops-http.ts` describes
 * it, in front of the content server, calling the same services Electron's IPC calls
 * (`operations-service.ts`, `pack-library-service.ts`). Never mounted in Electron.
 *
 * Checks, in this order: POST only (405); the `x-kiosk-ops: 1` header (403; it forces a CORS
 * preflight, which is never granted); the request's own origin (Host) and, when present, `Origin`
 * must be the server's own (403: another page in the same browser, or a DNS-rebinding name, cannot
 * drive the admin API); a known channel (404); Electron-only channels answer 501 `unavailable`.
 * Then the service validates the arguments (400) and the admin session (403).
 *
 * No events in browser mode: after an import the page polls `packs:status`.
 */
import { IPC_CHANNELS, type IpcChannel } from '../../contract/ipc.ts';
import {
  ELECTRON_ONLY_CHANNELS,
  OPS_HTTP_HEADER,
  OPS_HTTP_PATH,
  type OpsHttpResponse,
} from '../../contract/ops-http.ts';
import { PackSwitchRefused } from '../pack/active-pack-manager.ts';
import { MAX_ZIP_BYTES } from '../pack/zip-source.ts';
import type { FetchHandler } from '../server/content-server.ts';
import type { OperationsService } from './operations-service.ts';
import type { PackLibraryService } from './pack-library-service.ts';
import { AdminLockedError, InvalidArgumentError, UnavailableError, type ServiceLog } from './service-checks.ts';

/** JSON bodies (arguments) are small; anything bigger is not a well-behaved page. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

export interface HttpBridgeOptions {
  operations: OperationsService;
  packs: PackLibraryService;
  /** The origins the kiosk page is served from (e.g. `http://127.0.0.1:5174`); read per request. */
  allowedOrigins: () => readonly string[];
  /** Whether a full admin session is open: checked before a zip body is read, so a locked kiosk never takes one. */
  adminOpen?: () => boolean;
  maxZipBytes?: number;
  log?: ServiceLog;
}

const PREFIX = `/${OPS_HTTP_PATH}`;
const ZIP_CHANNEL = 'packs:import-zip';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly unavailable = false,
  ) {
    super(message);
  }
}

function reply<T>(status: number, body: OpsHttpResponse<T>, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
  });
}

function fail(status: number, error: string, unavailable = false, headers: Record<string, string> = {}): Response {
  return reply(status, unavailable ? { ok: false, error, unavailable: true } : { ok: false, error }, headers);
}

/** Whether `pathname` belongs to the bridge. */
function isHttpBridgePath(pathname: string): boolean {
  return pathname.startsWith(PREFIX);
}

/** Builds the bridge: a fetch handler for `/api/ops/*`. */
export function createHttpBridge(options: HttpBridgeOptions): FetchHandler {
  const log = options.log ?? console;
  const maxZip = options.maxZipBytes ?? MAX_ZIP_BYTES;
  const handlers = { ...options.operations, ...options.packs } as Record<string, (...args: unknown[]) => unknown>;

  return async (request) => {
    const url = new URL(request.url);
    if (request.method !== 'POST') return fail(405, 'use POST', false, { Allow: 'POST' });
    if (request.headers.get(OPS_HTTP_HEADER) !== '1') return fail(403, `the ${OPS_HTTP_HEADER} header is missing`);
    const allowed = options.allowedOrigins();
    const origin = request.headers.get('origin');
    if (!allowed.includes(url.origin) || (origin !== null && !allowed.includes(origin))) {
      log.warn(`[kiosk] refused ops request from origin ${origin ?? '(none)'} to ${url.origin}`);
      return fail(403, 'foreign origin');
    }

    let channel: string;
    try {
      channel = decodeURIComponent(url.pathname.slice(PREFIX.length));
    } catch {
      return fail(404, 'unknown channel');
    }
    if (!(IPC_CHANNELS as readonly string[]).includes(channel)) return fail(404, 'unknown channel');
    if ((ELECTRON_ONLY_CHANNELS as readonly string[]).includes(channel)) {
      return fail(501, `${channel} needs the Electron shell`, true);
    }
    const handler = handlers[channel as IpcChannel];
    if (!handler) return fail(404, 'unknown channel');

    try {
      const args = channel === ZIP_CHANNEL ? readZip(request, maxZip, options.adminOpen) : await readArgs(request);
      const result = await handler(...args);
      return reply(200, { ok: true, result: result === undefined ? null : result });
    } catch (error) {
      return errorResponse(error, channel, log);
    }
  };
}

/** The content server with the bridge in front of it for `/api/ops/*`. */
export function withHttpBridge(bridge: FetchHandler, content: FetchHandler): FetchHandler {
  return (request) => (isHttpBridgePath(new URL(request.url).pathname) ? bridge(request) : content(request));
}

function errorResponse(error: unknown, channel: string, log: ServiceLog): Response {
  if (error instanceof HttpError) return fail(error.status, error.message, error.unavailable);
  if (error instanceof InvalidArgumentError) return fail(400, error.message);
  if (error instanceof AdminLockedError) return fail(403, error.message);
  if (error instanceof UnavailableError) return fail(501, error.message, true);
  if (error instanceof PackSwitchRefused) return fail(409, error.message);
  log.error(`[kiosk] ops ${channel} failed:`, error);
  return fail(500, error instanceof Error ? error.message : 'internal error');
}

async function readArgs(request: Request): Promise<unknown[]> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'send application/json');
  const bytes = await readBody(request, MAX_JSON_BODY_BYTES);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new HttpError(400, 'the body is not JSON');
  }
  const args = (body as { args?: unknown } | null)?.args;
  if (typeof body !== 'object' || body === null || !Array.isArray(args)) {
    throw new HttpError(400, 'the body must be { "args": [ ... ] }');
  }
  return args;
}

/**
 * The zip body as the channel's arguments: the stream itself (the service streams it to a file,
 * never buffering it) and its declared length; refused with 413 as soon as it is longer than `limit`,
 * declared or actual.
 */
function readZip(
  request: Request,
  limit: number,
  adminOpen: (() => boolean) | undefined,
): [ReadableStream, number | null] {
  // Before reading: a locked kiosk never takes a large body.
  if (adminOpen && !adminOpen()) throw new AdminLockedError();
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(zip|x-zip-compressed|octet-stream)\b/i.test(type)) {
    throw new HttpError(415, 'send the zip itself as application/zip');
  }
  const declared = declaredLength(request, limit);
  if (declared === 0 || !request.body) throw new HttpError(400, 'the body is empty: send the zip');
  let total = 0;
  const limited = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      total += chunk.byteLength;
      if (total > limit) throw new HttpError(413, `the body is over ${limit} bytes`);
      controller.enqueue(chunk);
    },
  });
  return [request.body.pipeThrough(limited), declared];
}

/** The Content-Length, if the request declares one; 413 when it is over `limit`. */
function declaredLength(request: Request, limit: number): number | null {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw new HttpError(413, `the body is over ${limit} bytes`);
  return Number.isFinite(declared) && declared >= 0 ? declared : null;
}

/** The body, refused with 413 as soon as it is longer than `limit` (declared or actual). */
async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  declaredLength(request, limit);
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new HttpError(413, `the body is over ${limit} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
