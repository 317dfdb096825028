/**
 * Where an imported zip comes from, made safe to read. A path is untrusted input even when main's
 * own dialog chose it: it must be an existing regular file (not a link, a folder or a device), named
 * `.zip`, not empty and within the size limit; the file is opened once and checked through its
 * handle, so a link swapped in after the check is not followed. A zip (a file or an upload) is then
 * copied into the packs folder by streaming, never whole in memory, with the limit enforced on the
 * bytes that really arrive (a file may grow, a Content-Length may lie).
 */
import { createWriteStream } from 'node:fs';
import { lstat, open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DEFAULT_ZIP_LIMITS } from './import-pack-zip.ts';

/** The largest zip an import takes: the zip import's own limit on what it may hold. */
export const MAX_ZIP_BYTES = DEFAULT_ZIP_LIMITS.maxTotalBytes;

/** A zip file checked and opened: read it through `handle`, then close it. */
export type OpenedZip = { ok: true; handle: FileHandle; size: number } | { ok: false; reason: string };

/** Checks the zip at `file` and opens it, or says why not (in words for staff). */
export async function openZipFile(file: unknown, maxBytes = MAX_ZIP_BYTES): Promise<OpenedZip> {
  const no = (reason: string): OpenedZip => ({ ok: false, reason });
  if (typeof file !== 'string' || file === '' || file.includes('\0')) return no('not a file path');
  if (!path.isAbsolute(file)) return no('not an absolute path');
  if (!/\.zip$/i.test(file)) return no(`${path.basename(file)} is not a .zip file`);
  const name = path.basename(file);
  let info;
  try {
    info = await lstat(file);
  } catch {
    return no(`${name} does not exist or cannot be read`);
  }
  if (info.isSymbolicLink()) return no(`${name} is a link; choose the zip itself`);
  if (!info.isFile()) return no(`${name} is not a plain file`);
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch {
    return no(`${name} cannot be opened`);
  }
  const opened = await handle.stat();
  const reason =
    opened.dev !== info.dev || opened.ino !== info.ino || !opened.isFile()
      ? `${name} changed while it was checked`
      : opened.size === 0
        ? `${name} is empty`
        : opened.size > maxBytes
          ? `${name} holds ${opened.size} bytes; the limit is ${maxBytes}`
          : undefined;
  if (reason) {
    await handle.close();
    return no(reason);
  }
  return { ok: true, handle, size: opened.size };
}

/** A zip that turned out larger than the limit while it was copied. */
export class ZipTooLarge extends Error {
  constructor(maxBytes: number) {
    super(`the zip is over ${maxBytes} bytes, the limit`);
    this.name = 'ZipTooLarge';
  }
}

/**
 * Streams `source` into a new file `destination` (never overwriting), calling `onBytes` with the
 * bytes copied so far; rejects with `ZipTooLarge` as soon as more than `maxBytes` arrive. Answers the
 * bytes copied.
 */
export async function copyLimited(
  source: Readable | ReadableStream<Uint8Array>,
  destination: string,
  maxBytes: number,
  onBytes?: (bytesDone: number) => void,
): Promise<number> {
  let done = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      done += chunk.length;
      if (done > maxBytes) return callback(new ZipTooLarge(maxBytes));
      onBytes?.(done);
      callback(null, chunk);
    },
  });
  const from = source instanceof Readable ? source : Readable.fromWeb(source as never);
  await pipeline(from, counter, createWriteStream(destination, { flags: 'wx' }));
  return done;
}
