/**
 * A file staff drop into the studio, made ready and added to the draft's media: a raster picture
 * through the picture pipeline (prepare-picture.ts), with its small rendition when asked; a video
 * only when Chromium plays it (sniff-video.ts); an SVG as it is, once checked. The upload is streamed
 * to a hidden temporary file within a size limit; the result gets a safe unique name of our making.
 */
import { randomUUID } from 'node:crypto';
import { link, mkdir, open, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { PhotoRefusalReason, PreparedMedia } from '../../../../contract/studio-photos.ts';
import { checkMediaContent, sniff } from '../../../pack/media-content.ts';
import { copyLimited, ZipTooLarge } from '../../../pack/zip-source.ts';
import { MAX_MEDIA_UPLOAD_BYTES, safeMediaName, UPLOAD_FOLDER } from '../../draft-media.ts';
import { PictureRefused, preparePicture } from './prepare-picture.ts';
import { sniffVideo } from './sniff-video.ts';

/** Why a dropped file was not added; `reason` is the page's message key. */
export class PhotoRefused extends Error {
  constructor(
    readonly reason: PhotoRefusalReason,
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'PhotoRefused';
  }
}

const VIDEO_KINDS = new Set(['webm', 'matroska', 'mp4', 'quicktime', 'avi']);
const VIDEO_EXTENSIONS = new Set(['mp4', 'm4v', 'webm', 'mov', 'mkv', 'avi']);

/** One file the media folder will hold: its bytes, or a finished file to link. */
type Output = { data: Buffer } | { linkFrom: string };

export async function addPreparedMedia(options: {
  draftDir: string;
  name: string;
  body: Readable | ReadableStream<Uint8Array>;
  /** Whether a pack path is already used (by the draft or its base pack). */
  taken: (packPath: string) => Promise<boolean>;
  /** Also make the small rendition of a picture. */
  small?: boolean;
  maxBytes?: number;
  /** Runs the naming and writing (the draft store's exclusive section). */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T>;
}): Promise<PreparedMedia> {
  const { name } = options;
  const base = safeMediaName(name.replace(/\.[^./\\]*$/, '.jpg'))?.slug ?? 'file';
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  const maxBytes = options.maxBytes ?? MAX_MEDIA_UPLOAD_BYTES;
  const folder = path.join(options.draftDir, UPLOAD_FOLDER);
  await mkdir(folder, { recursive: true });
  // Hidden (a dot name): never listed as media, never served, removed whatever happens.
  const temp = path.join(folder, `.upload-${randomUUID()}`);
  try {
    let size: number;
    try {
      size = await copyLimited(options.body, temp, maxBytes);
    } catch (error) {
      if (error instanceof ZipTooLarge) {
        throw new PhotoRefused('too-large', name, `"${name}" is larger than ${maxBytes / 1024 / 1024} MB`);
      }
      throw error;
    }
    if (size === 0) throw new PhotoRefused('not-media', name, `"${name}" is empty`);
    const kind = sniff(await readHead(temp));

    const outputs: Array<{ suffix: string; extension: string; output: Output }> = [];
    let answer: Omit<PreparedMedia, 'path'> = {};
    if (extension === 'svg') {
      const problem = await checkMediaContent(temp, name, size);
      if (problem) throw new PhotoRefused('not-media', name, problem);
      outputs.push({ suffix: '', extension: 'svg', output: { linkFrom: temp } });
    } else if (VIDEO_KINDS.has(kind) || VIDEO_EXTENSIONS.has(extension)) {
      const verdict = await sniffVideo(temp, name);
      if (!verdict.ok) throw new PhotoRefused(verdict.reason, name, verdict.message);
      outputs.push({ suffix: '', extension: verdict.container, output: { linkFrom: temp } });
    } else {
      let prepared;
      try {
        prepared = await preparePicture(temp, name);
      } catch (error) {
        if (error instanceof PictureRefused) throw new PhotoRefused(error.reason, name, error.message);
        throw error;
      }
      const { full, small } = prepared;
      outputs.push({ suffix: '', extension: full.extension, output: { data: full.data } });
      if (options.small) outputs.push({ suffix: '-small', extension: small.extension, output: { data: small.data } });
      answer = { width: full.width, height: full.height };
    }

    const write = () => writeOutputs(folder, base, outputs, options.taken);
    const paths = await (options.exclusive ? options.exclusive(write) : write());
    return { path: paths[0]!, ...(paths[1] ? { small: paths[1] } : {}), ...answer };
  } finally {
    await rm(temp, { force: true });
  }
}

/** Writes the outputs under the first free `<base>[-n]<suffix>.<ext>` names; never replaces a file. */
async function writeOutputs(
  folder: string,
  base: string,
  outputs: Array<{ suffix: string; extension: string; output: Output }>,
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
        // link and 'wx' fail if the name appeared meanwhile, instead of replacing a file.
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

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(64);
    const { bytesRead } = await handle.read(buffer, 0, 64, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
