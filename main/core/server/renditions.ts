/**
 * Renditions of pack pictures, made once with sharp and kept in a cache folder, so that the page
 * rasters a small bitmap instead of a full photograph or an SVG drawing (on a machine without a
 * GPU, what scrolling and a touch wait for: docs/PERFORMANCE.md):
 * - `small/<picture>`, for pictures that have no small rendition of their own (a pack made by hand,
 *   or before the studio's importer made them): cards and thumbnails; a WebP of at most
 *   SMALL_SIDE_PX on its longer side.
 * - `blurred/<picture>`: a picture's blurred glow behind it (the gallery's), a tiny WebP blurred
 *   here that the page scales up, instead of a CSS blur filter drawn on the CPU at every change.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LRUCache } from 'lru-cache';
import { MAX_INPUT_PIXELS, SMALL_SIDE_PX } from '../../contract/studio-photos.ts';
import type { FileInfo } from './serve-file.ts';

/** The kinds of rendition, each a route of the content server's. */
export type RenditionKind = 'small' | 'blurred';
export const RENDITION_KINDS: readonly RenditionKind[] = ['small', 'blurred'];

/** The blurred glow's longer side: scaled up tens of times by the page, which smooths it further. */
const BLURRED_SIDE_PX = 48;

/** Pictures sharp can make a rendition of; video (and anything else) is never asked for. */
const PICTURE = /\.(svg|png|jpe?g|webp)$/i;
/** A rendition unused for this long is removed when the kiosk starts: pictures of packs gone by. */
const UNUSED_FOR_MS = 30 * 24 * 3600 * 1000;
/** How often a hit marks its rendition as used (a write per request would be wasted). */
const TOUCH_EVERY_MS = 24 * 3600 * 1000;
const QUALITY = 80;
/**
 * Pictures whose digest is remembered (an entry of ~200 bytes each): the pictures of a few large
 * packs. Each publish puts its pictures in a folder of its own, so a kiosk up for weeks would
 * otherwise remember every version it ever showed.
 */
const DIGESTS_KEPT = 20_000;
/** Where in a kiosk's data folder the renditions are kept. */
export const RENDITIONS_FOLDER = path.join('cache', 'renditions');

export interface Renditions {
  /**
   * The rendition of a picture, made now if it is not in the cache; undefined when there can be
   * none (not a picture, or one sharp cannot read), and the caller serves the picture itself.
   */
  fileFor(source: FileInfo, kind: RenditionKind): Promise<FileInfo | undefined>;
}

export function createRenditions(cacheDir: string, { digestsKept = DIGESTS_KEPT } = {}): Renditions {
  const making = new Map<string, Promise<FileInfo | undefined>>();
  // Each picture's content digest, read once for each place and version of it while remembered.
  const digests = new LRUCache<string, Promise<string>>({ max: digestsKept });
  const digestOf = (source: FileInfo): Promise<string> => {
    const version = `${source.absolute}\0${source.size}\0${Math.floor(source.mtimeMs)}`;
    let digest = digests.get(version);
    if (!digest) {
      digest = contentDigest(source.absolute);
      digests.set(version, digest);
      digest.catch(() => digests.delete(version));
    }
    return digest;
  };
  const ready = mkdir(cacheDir, { recursive: true }).then(() => removeUnused(cacheDir));

  const make = async (source: FileInfo, kind: RenditionKind, target: string): Promise<FileInfo | undefined> => {
    await ready;
    try {
      const data = await render(source.absolute, kind);
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
    async fileFor(source, kind) {
      if (!PICTURE.test(source.absolute)) return undefined;
      const digest = await digestOf(source).catch(() => undefined);
      if (!digest) return undefined;
      const target = path.join(cacheDir, `${keyOf(digest, kind)}.webp`);
      const cached = await infoOf(target).catch(() => undefined);
      if (cached) {
        if (Date.now() - cached.mtimeMs > TOUCH_EVERY_MS) void utimes(target, new Date(), new Date()).catch(() => {});
        return cached;
      }
      let pending = making.get(target);
      if (!pending) {
        pending = make(source, kind, target).finally(() => making.delete(target));
        making.set(target, pending);
      }
      return pending;
    },
  };
}

/**
 * A rendition's name: the picture's content, the kind and its size. A picture that a new pack
 * version carries unchanged (in another folder, with another time) keeps its rendition; one
 * replaced gets its own.
 */
function keyOf(digest: string, kind: RenditionKind): string {
  const size = kind === 'small' ? SMALL_SIDE_PX : BLURRED_SIDE_PX;
  return createHash('sha256').update(`${digest}\0${kind}\0${size}`).digest('hex').slice(0, 32);
}

async function contentDigest(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function render(file: string, kind: RenditionKind): Promise<Buffer> {
  // Loaded when first needed: the kiosk's start does not wait for libvips.
  const { default: sharp } = await import('sharp');
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' as const };
  const side = kind === 'small' ? SMALL_SIDE_PX : BLURRED_SIDE_PX;
  // An SVG is drawn at the density that gives the rendition's size, not scaled up from its own.
  let density: number | undefined;
  if (/\.svg$/i.test(file)) {
    const { width = 0, height = 0 } = await sharp(file, options).metadata();
    const longer = Math.max(width, height);
    if (longer > 0) density = Math.min(2400, Math.max(1, (72 * side) / longer));
  }
  const picture = sharp(file, { ...options, ...(density ? { density } : {}) })
    .rotate()
    .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true });
  if (kind === 'small') return picture.webp({ quality: QUALITY }).toBuffer();
  // The glow: softened and a little more saturated, as the gallery's CSS blur filter drew it.
  return picture.blur(1.5).modulate({ saturation: 1.2 }).webp({ quality: QUALITY }).toBuffer();
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
