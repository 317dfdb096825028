/**
 * A file staff drop into the studio, made ready and added to the draft's media: a raster picture
 * through the picture pipeline (prepare-picture.ts), with its small rendition when asked; a video
 * only when Chromium plays it (sniff-video.ts); an SVG as it is, once checked. The upload and the
 * naming are draft-media.ts's, shared with the plain media upload.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { PhotoRefusalReason, PreparedMedia } from '../../../../contract/studio-photos.ts';
import { checkMediaContent, sniff } from '../../../pack/media-content.ts';
import {
  MAX_MEDIA_UPLOAD_BYTES,
  type MediaOutput,
  safeMediaName,
  UploadTooLarge,
  UPLOAD_FOLDER,
  withUpload,
  writeUnderFreeNames,
} from '../../draft-media.ts';
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
  const folder = path.join(options.draftDir, UPLOAD_FOLDER);
  const maxBytes = options.maxBytes ?? MAX_MEDIA_UPLOAD_BYTES;
  try {
    return await withUpload(folder, options.body, maxBytes, async (temp, size) => {
      if (size === 0) throw new PhotoRefused('not-media', name, `"${name}" is empty`);
      const kind = sniff(await readHead(temp));

      const outputs: MediaOutput[] = [];
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

      const write = () => writeUnderFreeNames(folder, base, outputs, options.taken);
      const paths = await (options.exclusive ? options.exclusive(write) : write());
      return { path: paths[0]!, ...(paths[1] ? { small: paths[1] } : {}), ...answer };
    });
  } catch (error) {
    if (error instanceof UploadTooLarge) {
      throw new PhotoRefused('too-large', name, `"${name}" is larger than ${maxBytes / 1024 / 1024} MB`);
    }
    throw error;
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
