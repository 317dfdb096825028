/**
 * Small renditions of pack pictures that have none of their own (a pack made by hand, or before
 * the studio's importer made them): cards ask for `small/<picture>`, and the content server
 * answers with a WebP of at most SMALL_SIDE_PX on its longer side, made once with sharp and kept
 * in a cache folder. A card then rasters a small bitmap instead of a full photograph or an SVG
 * drawing (the cost of scrolling a directory on a machine without a GPU: docs/PERFORMANCE.md).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_INPUT_PIXELS, SMALL_SIDE_PX } from '../../contract/studio-photos.ts';
import type { FileInfo } from './serve-file.ts';

/** Pictures sharp can make a rendition of; video (and anything else) is never asked for. */
const PICTURE = /\.(svg|png|jpe?g|webp)$/i;
/** A rendition unused for this long is removed when the kiosk starts: pictures of packs gone by. */
const UNUSED_FOR_MS = 30 * 24 * 3600 * 1000;
/** How often a hit marks its rendition as used (a write per request would be wasted). */
const TOUCH_EVERY_MS = 24 * 3600 * 1000;
const QUALITY = 80;
/** Where in a kiosk's data folder the renditions are kept. */
export const SMALL_RENDITIONS_FOLDER = path.join('cache', 'small');

export interface SmallRenditions {
  /**
   * The rendition of a picture, made now if it is not in the cache; undefined when there can be
   * none (not a picture, or one sharp cannot read), and the caller serves the picture itself.
   */
  fileFor(source: FileInfo): Promise<FileInfo | undefined>;
}

export function createSmallRenditions(cacheDir: string): SmallRenditions {
  const making = new Map<string, Promise<FileInfo | undefined>>();
  const ready = mkdir(cacheDir, { recursive: true }).then(() => removeUnused(cacheDir));

  const make = async (source: FileInfo, target: string): Promise<FileInfo | undefined> => {
    await ready;
    try {
      const data = await render(source.absolute);
      // Written beside and renamed: a kiosk switched off mid-write never serves half a picture.
      const partial = `${target}.${process.pid}.partial`;
      await writeFile(partial, data);
      await rename(partial, target);
      return infoOf(target);
    } catch {
      return undefined;
    }
  };

  return {
    async fileFor(source) {
      if (!PICTURE.test(source.absolute)) return undefined;
      const target = path.join(cacheDir, `${keyOf(source)}.webp`);
      const cached = await infoOf(target).catch(() => undefined);
      if (cached) {
        if (Date.now() - cached.mtimeMs > TOUCH_EVERY_MS) void utimes(target, new Date(), new Date()).catch(() => {});
        return cached;
      }
      let pending = making.get(target);
      if (!pending) {
        pending = make(source, target).finally(() => making.delete(target));
        making.set(target, pending);
      }
      return pending;
    },
  };
}

/** The picture's place and version: a picture replaced in a new pack gets a rendition of its own. */
function keyOf(source: FileInfo): string {
  return createHash('sha256')
    .update(`${source.absolute}\0${source.size}\0${Math.floor(source.mtimeMs)}\0${SMALL_SIDE_PX}`)
    .digest('hex')
    .slice(0, 32);
}

async function render(file: string): Promise<Buffer> {
  // Loaded when first needed: the kiosk's start does not wait for libvips.
  const { default: sharp } = await import('sharp');
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' as const };
  // An SVG is drawn at the density that gives the rendition's size, not scaled up from its own.
  let density: number | undefined;
  if (/\.svg$/i.test(file)) {
    const { width = 0, height = 0 } = await sharp(file, options).metadata();
    const longer = Math.max(width, height);
    if (longer > 0) density = Math.min(2400, Math.max(1, (72 * SMALL_SIDE_PX) / longer));
  }
  return sharp(file, { ...options, ...(density ? { density } : {}) })
    .rotate()
    .resize({ width: SMALL_SIDE_PX, height: SMALL_SIDE_PX, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: QUALITY })
    .toBuffer();
}

async function infoOf(absolute: string): Promise<FileInfo> {
  const s = await stat(absolute);
  return { absolute, size: s.size, mtimeMs: s.mtimeMs };
}

async function removeUnused(cacheDir: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(cacheDir).catch(() => [])) {
    const file = path.join(cacheDir, name);
    const s = await stat(file).catch(() => undefined);
    if (s && (name.endsWith('.partial') || now - s.mtimeMs > UNUSED_FOR_MS)) await unlink(file).catch(() => {});
  }
}
