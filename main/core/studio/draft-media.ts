/**
 * A draft's media: where its files are found (its own `media/` first, then its base pack's folder)
 * and how a file staff drop in becomes one of them: streamed to a hidden temporary file within a
 * size limit, checked to be what its extension says (media-content.ts), then given a safe unique
 * name of our making. The client's name only suggests the slug and extension; it is never a path.
 */
import { randomUUID } from 'node:crypto';
import { link, mkdir, rm } from 'node:fs/promises';
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
  const maxBytes = options.maxBytes ?? MAX_MEDIA_UPLOAD_BYTES;
  const folder = path.join(options.draftDir, UPLOAD_FOLDER);
  await mkdir(folder, { recursive: true });
  // Hidden (a dot name): never listed as media, never served, removed if the upload fails.
  const temp = path.join(folder, `.upload-${randomUUID()}`);
  try {
    let size: number;
    try {
      size = await copyLimited(options.body, temp, maxBytes);
    } catch (error) {
      if (error instanceof ZipTooLarge) {
        throw new MediaRefused('too-large', `"${options.name}" is larger than ${maxBytes / 1024 / 1024} MB`);
      }
      throw error;
    }
    const problem = await checkMediaContent(temp, options.name, size);
    if (problem) throw new MediaRefused('not-media', problem);
    for (let n = 1; ; n++) {
      const file = `${named.slug}${n === 1 ? '' : `-${n}`}.${named.extension}`;
      const packPath = `${UPLOAD_FOLDER}/${file}`;
      if (await options.taken(packPath)) continue;
      try {
        // link, not rename: it fails if the name appeared meanwhile, instead of replacing a file.
        await link(temp, path.join(folder, file));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw error;
      }
      return packPath;
    }
  } finally {
    await rm(temp, { force: true });
  }
}
