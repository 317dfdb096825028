/**
 * A draft's media: where its files are found (its own `media/` first, then its base pack's folder)
 * and how a file staff drop in becomes one of them: streamed to a hidden temporary file within a
 * size limit, checked to be what its extension says (media-content.ts), then given a safe unique
 * name of our making. The client's name only suggests the slug and extension; it is never a path.
 */
import { randomUUID } from 'node:crypto';
import { link, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { checkMediaContent } from '../pack/media-content.ts';
import {
  folderMediaSource,
  layeredMediaSource,
  MEDIA_FILE_EXTENSIONS,
  type MediaSource,
} from '../pack/media-source.ts';
import { copyLimited, ZipTooLarge } from '../pack/zip-source.ts';
import type { StoredDraft } from './draft-store.ts';

/** The largest file one upload may bring (a pack's video budget is 40 MB; a raw one may be bigger). */
export const MAX_MEDIA_UPLOAD_BYTES = 512 * 1024 * 1024;
/** Where uploads go inside the pack. */
export const UPLOAD_FOLDER = 'media';
const SLUG_MAX = 60;

/** The draft's media: its own files over its base pack's. */
export function draftMediaSource(draftDir: string, draft: Pick<StoredDraft, 'baseDir'> | null): MediaSource {
  const own = folderMediaSource(draftDir);
  return draft?.baseDir ? layeredMediaSource([own, folderMediaSource(draft.baseDir)]) : own;
}

/** Why an upload was refused, for staff; `code` says which of the contract's errors it is. */
export class MediaRefused extends Error {
  constructor(
    readonly code: 'not-media' | 'too-large' | 'invalid-request',
    message: string,
  ) {
    super(message);
    this.name = 'MediaRefused';
  }
}

/**
 * `Factory Floor (1).JPG` → `{ slug: 'factory-floor-1', extension: 'jpg' }`: lower-case ASCII
 * letters, digits and dashes; accents folded, other scripts dropped (`file` when nothing is left).
 * Undefined when the extension is not one a pack may hold.
 */
export function safeMediaName(name: string): { slug: string; extension: string } | undefined {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot < 0) return undefined;
  const extension = base.slice(dot + 1).toLowerCase();
  if (!(MEDIA_FILE_EXTENSIONS as readonly string[]).includes(extension)) return undefined;
  const slug =
    base
      .slice(0, dot)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, SLUG_MAX)
      .replace(/-+$/, '') || 'file';
  return { slug, extension };
}

/**
 * Adds a file to the draft's media from `body` and answers its pack path (`media/<slug>.<ext>`).
 * `taken` says whether a pack path is already used (by the draft or its base pack).
 */
export async function addDraftMedia(options: {
  draftDir: string;
  name: string;
  body: Readable | ReadableStream<Uint8Array>;
  taken: (packPath: string) => Promise<boolean>;
  maxBytes?: number;
}): Promise<string> {
  const named = safeMediaName(options.name);
  if (!named) {
    throw new MediaRefused(
      'not-media',
      `"${options.name}" is not a picture or video the kiosk shows: use ${MEDIA_FILE_EXTENSIONS.join(', ')}`,
    );
  }
  const folder = path.join(options.draftDir, UPLOAD_FOLDER);
  return withUpload(folder, options.body, options.maxBytes ?? MAX_MEDIA_UPLOAD_BYTES, async (temp, size) => {
    const problem = await checkMediaContent(temp, options.name, size);
    if (problem) throw new MediaRefused('not-media', problem);
    const [packPath] = await writeUnderFreeNames(
      folder,
      named.slug,
      [{ suffix: '', extension: named.extension, output: { linkFrom: temp } }],
      options.taken,
    );
    return packPath!;
  }).catch((error: unknown) => {
    if (error instanceof UploadTooLarge) {
      throw new MediaRefused('too-large', `"${options.name}" is larger than ${error.maxBytes / 1024 / 1024} MB`);
    }
    throw error;
  });
}

/** An upload larger than its limit. */
export class UploadTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`larger than ${maxBytes} bytes`);
    this.name = 'UploadTooLarge';
  }
}

/**
 * Streams `body` to a hidden temporary file in `folder` (a dot name: never listed as media, never
 * served) within `maxBytes`, runs `use` on it, and removes it whatever happens.
 */
export async function withUpload<T>(
  folder: string,
  body: Readable | ReadableStream<Uint8Array>,
  maxBytes: number,
  use: (temp: string, size: number) => Promise<T>,
): Promise<T> {
  await mkdir(folder, { recursive: true });
  const temp = path.join(folder, `.upload-${randomUUID()}`);
  try {
    let size: number;
    try {
      size = await copyLimited(body, temp, maxBytes);
    } catch (error) {
      if (error instanceof ZipTooLarge) throw new UploadTooLarge(maxBytes);
      throw error;
    }
    return await use(temp, size);
  } finally {
    await rm(temp, { force: true });
  }
}

/** One file the media folder will hold: its bytes, or a finished file to link. */
export type MediaOutput = { suffix: string; extension: string; output: { data: Buffer } | { linkFrom: string } };

/**
 * Writes the outputs under the first free `<base>[-n]<suffix>.<ext>` names in `folder` and answers
 * their pack paths; never replaces a file (link and 'wx' fail if the name appeared meanwhile).
 */
export async function writeUnderFreeNames(
  folder: string,
  base: string,
  outputs: MediaOutput[],
  taken: (packPath: string) => Promise<boolean>,
): Promise<string[]> {
  for (let n = 1; ; n++) {
    const files = outputs.map((o) => `${base}${n === 1 ? '' : `-${n}`}${o.suffix}.${o.extension}`);
    const packPaths = files.map((file) => `${UPLOAD_FOLDER}/${file}`);
    if ((await Promise.all(packPaths.map(taken))).some(Boolean)) continue;
    const written: string[] = [];
    try {
      for (const [i, { output }] of outputs.entries()) {
        const target = path.join(folder, files[i]!);
        if ('linkFrom' in output) await link(output.linkFrom, target);
        else await writeFile(target, output.data, { flag: 'wx' });
        written.push(target);
      }
      return packPaths;
    } catch (error) {
      await Promise.all(written.map((file) => rm(file, { force: true })));
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
  }
}
