/**
 * Answers a GET or HEAD for one file on disk, the way a video element needs it: Content-Type,
 * validators (ETag, Last-Modified, 304) and byte ranges (206 / 416). Electron's net.fetch of file://
 * ignores Range, so the kiosk answers ranges itself.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { getMimeType } from 'hono/utils/mime';
import { parseRangeHeader } from './byte-range.ts';

export interface FileInfo {
  absolute: string;
  size: number;
  mtimeMs: number;
}

function contentTypeFor(fileName: string): string {
  return getMimeType(fileName) ?? 'application/octet-stream';
}

/**
 * A strong ETag from size and modification time, as nginx does. Strong, because Chromium's media
 * stack sends it back in If-Range when it seeks, and a weak one never matches there (RFC 9110).
 */
function etagFor(info: Pick<FileInfo, 'size' | 'mtimeMs'>): string {
  return `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
}

export function serveFile(request: Request, info: FileInfo, extraHeaders: Record<string, string> = {}): Response {
  const etag = etagFor(info);
  const lastModified = new Date(Math.floor(info.mtimeMs / 1000) * 1000).toUTCString();
  const headers = new Headers({
    'Content-Type': contentTypeFor(info.absolute),
    'Accept-Ranges': 'bytes',
    ETag: etag,
    'Last-Modified': lastModified,
    'Cache-Control': 'no-cache',
    ...extraHeaders,
  });

  if (isNotModified(request, etag, info.mtimeMs)) return new Response(null, { status: 304, headers });

  const head = request.method === 'HEAD';
  const rangeHeader = request.headers.get('range');
  if (rangeHeader && rangeApplies(request, etag, lastModified)) {
    const wanted = parseRangeHeader(rangeHeader, info.size);
    if (wanted.kind === 'unsatisfiable') {
      headers.set('Content-Range', `bytes */${info.size}`);
      headers.delete('Content-Type');
      return new Response(null, { status: 416, headers });
    }
    // Invalid headers and several disjoint ranges get the whole file, as RFC 9110 allows.
    if (wanted.kind === 'ranges' && wanted.ranges.length === 1) {
      const { start, end } = wanted.ranges[0]!;
      headers.set('Content-Range', `bytes ${start}-${end}/${info.size}`);
      headers.set('Content-Length', String(end - start + 1));
      return new Response(head ? null : stream(info.absolute, start, end), { status: 206, headers });
    }
  }

  headers.set('Content-Length', String(info.size));
  const body = head || info.size === 0 ? null : stream(info.absolute, 0, info.size - 1);
  return new Response(body, { status: 200, headers });
}

function stream(absolute: string, start: number, end: number): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(absolute, { start, end })) as ReadableStream<Uint8Array>;
}

function isNotModified(request: Request, etag: string, mtimeMs: number): boolean {
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch !== null) {
    return ifNoneMatch.split(',').some((tag) => {
      const t = tag.trim();
      return t === '*' || weakEqual(t, etag);
    });
  }
  const ifModifiedSince = request.headers.get('if-modified-since');
  if (ifModifiedSince !== null) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && Math.floor(mtimeMs / 1000) * 1000 <= since;
  }
  return false;
}

/** If-Range: the range is honoured only while the file is still the one the client has. */
function rangeApplies(request: Request, etag: string, lastModified: string): boolean {
  const ifRange = request.headers.get('if-range');
  if (ifRange === null) return true;
  const value = ifRange.trim();
  if (value.startsWith('W/')) return false; // a weak validator never matches If-Range
  if (value.startsWith('"')) return value === etag;
  return value === lastModified;
}

function weakEqual(a: string, b: string): boolean {
  return a.replace(/^W\//, '') === b.replace(/^W\//, '');
}
