/**
 * Renditions of pack pictures, made once with sharp and kept in a cache folder: `small/<picture>`,
 * the small rendition a card draws when the pack has none of its own, and `blurred/<picture>`, the
 * glow behind a gallery's picture. Anything that cannot be made into one is served as it is.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The renditions' own writes (to a `.partial` file, then renamed) are counted: a picture asked for
// many times at once is to be drawn once.
const written = vi.hoisted(() => ({ partial: 0 }));
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  return {
    ...fs,
    writeFile: (file: Parameters<typeof fs.writeFile>[0], ...rest: [never]) => {
      if (String(file).endsWith('.partial')) written.partial++;
      return fs.writeFile(file, ...rest);
    },
  };
});
import { SMALL_SIDE_PX } from '../../../../main/contract/studio-photos.ts';
import type { Pack } from '../../../../main/core/pack/schema.ts';
import { createContentServer, type FetchHandler } from '../../../../main/core/server/content-server.ts';
import { createRenditions } from '../../../../main/core/server/renditions.ts';

const DRAWING =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 100" width="160" height="100">' +
  '<rect width="160" height="100" fill="#0b2545"/><circle cx="80" cy="50" r="40" fill="#2dd4bf"/></svg>';

let packDir: string;
let cacheDir: string;
let handler: FetchHandler;
const get = (url: string) => handler(new Request(`app://kiosk${url}`));
const sizeOf = async (res: Response) => sharp(Buffer.from(await res.arrayBuffer())).metadata();

beforeEach(async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'kiosk-small-'));
  packDir = path.join(root, 'pack');
  cacheDir = path.join(root, 'data', 'cache', 'renditions');
  await mkdir(path.join(packDir, 'media'), { recursive: true });
  await writeFile(path.join(packDir, 'pack.json'), '{}');
  await writeFile(path.join(packDir, 'media', 'drawing.svg'), DRAWING);
  await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#336699' } })
    .jpeg()
    .toFile(path.join(packDir, 'media', 'photo.jpg'));
  await sharp({ create: { width: 300, height: 200, channels: 3, background: '#996633' } })
    .png()
    .toFile(path.join(packDir, 'media', 'tiny.png'));
  await writeFile(path.join(packDir, 'media', 'broken.jpg'), 'this is not a picture');
  await writeFile(path.join(packDir, 'media', 'clip.mp4'), 'not really a film');
  handler = createContentServer({
    rendererDir: packDir,
    getPack: () => ({ pack: {} as Pack, dir: packDir }),
    renditions: createRenditions(cacheDir),
  });
});

describe('small/: a card picture', () => {
  it('is a WebP of at most 640 px on its longer side, from a photograph and from an SVG drawing', async () => {
    const photo = await get('/small/media/photo.jpg');
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/webp');
    expect(await sizeOf(photo)).toMatchObject({ format: 'webp', width: SMALL_SIDE_PX, height: 427 });

    // The drawing is 160 px wide as written: drawn at 640, not scaled up from 160.
    const drawing = await get('/small/media/drawing.svg');
    expect(drawing.headers.get('content-type')).toBe('image/webp');
    const meta = await sizeOf(drawing);
    expect(meta).toMatchObject({ format: 'webp', width: SMALL_SIDE_PX, height: 400 });
  });

  it('is made once: the second request is served from the cache folder with the same ETag', async () => {
    const first = await get('/small/media/photo.jpg');
    const files = await readdir(cacheDir);
    expect(files).toHaveLength(1);
    const second = await get('/small/media/photo.jpg');
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await readdir(cacheDir)).toEqual(files);
    // Asked for by many cards at once, it is still made once.
    const before = written.partial;
    await Promise.all(Array.from({ length: 8 }, () => get('/small/media/drawing.svg')));
    expect(written.partial - before).toBe(1);
    expect(await readdir(cacheDir)).toHaveLength(2);
  });

  it('is kept for a picture a new pack version carries unchanged, and made again for one it replaces', async () => {
    const first = await get('/small/media/photo.jpg');
    // The next version of the pack: another folder, its files written anew (another time).
    const nextDir = path.join(packDir, '..', 'pack-next');
    await mkdir(path.join(nextDir, 'media'), { recursive: true });
    await copyFile(path.join(packDir, 'media', 'photo.jpg'), path.join(nextDir, 'media', 'photo.jpg'));
    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(nextDir, 'media', 'photo.jpg'), later, later);
    const next = createContentServer({
      rendererDir: nextDir,
      getPack: () => ({ pack: {} as Pack, dir: nextDir }),
      renditions: createRenditions(cacheDir),
    });
    const before = written.partial;
    const again = await next(new Request('app://kiosk/small/media/photo.jpg'));
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(written.partial - before).toBe(0);
    expect(await readdir(cacheDir)).toHaveLength(1);

    // A photo replaced under the same name is a new picture.
    await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#aa3322' } })
      .jpeg()
      .toFile(path.join(nextDir, 'media', 'photo.jpg'));
    const replaced = await next(new Request('app://kiosk/small/media/photo.jpg'));
    expect(replaced.headers.get('etag')).not.toBe(first.headers.get('etag'));
    expect(await readdir(cacheDir)).toHaveLength(2);
  });

  it('is found by digests remembered for a bounded number of pictures, read again once forgotten', async () => {
    const renditions = createRenditions(cacheDir, { digestsKept: 2 });
    // One size and time throughout, so that only the content tells the versions apart.
    const file = (name: string) => ({ absolute: path.join(packDir, 'media', name), size: 1, mtimeMs: 1 });
    const first = await renditions.fileFor(file('photo.jpg'), 'small');
    await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#aa3322' } })
      .jpeg()
      .toFile(path.join(packDir, 'media', 'photo.jpg'));
    // While its digest is remembered, the same place, size and time are taken as the same picture.
    expect((await renditions.fileFor(file('photo.jpg'), 'small'))?.absolute).toBe(first?.absolute);
    // Two other pictures later it has been forgotten (a kiosk up for weeks of publishes does not
    // grow), and its content is read again.
    await renditions.fileFor(file('drawing.svg'), 'small');
    await renditions.fileFor(file('tiny.png'), 'small');
    expect((await renditions.fileFor(file('photo.jpg'), 'small'))?.absolute).not.toBe(first?.absolute);
  });

  it('is never larger than the picture: a small picture is not scaled up', async () => {
    expect(await sizeOf(await get('/small/media/tiny.png'))).toMatchObject({ width: 300, height: 200 });
  });

  it('is the file as stored when it cannot be made small: a broken picture, a video', async () => {
    const broken = await get('/small/media/broken.jpg');
    expect(broken.status).toBe(200);
    expect(await broken.text()).toBe('this is not a picture');
    const clip = await get('/small/media/clip.mp4');
    expect(clip.status).toBe(200);
    expect(await clip.text()).toBe('not really a film');
    expect(await readdir(cacheDir)).toEqual([]);
  });

  it('refuses what media/ refuses: paths out of the pack, and files that are not media', async () => {
    await writeFile(path.join(packDir, '..', 'secret.svg'), DRAWING);
    for (const url of [
      '/small/pack.json',
      '/small/media/..%2F..%2Fsecret.svg',
      '/small/media/%252e%252e/drawing.svg',
    ]) {
      expect([400, 404], url).toContain((await get(url)).status);
    }
    expect((await get('/small/media/missing.jpg')).status).toBe(404);
    expect(await readdir(cacheDir).catch(() => [])).toEqual([]);
  });

  it('is removed from the cache when unused for 30 days, as are half-written ones', async () => {
    await mkdir(cacheDir, { recursive: true });
    const old = path.join(cacheDir, 'old.webp');
    const recent = path.join(cacheDir, 'recent.webp');
    const partial = path.join(cacheDir, 'x.webp.123.partial');
    for (const f of [old, recent, partial]) await writeFile(f, 'x');
    const longAgo = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    await utimes(old, longAgo, longAgo);
    const server = createContentServer({
      rendererDir: packDir,
      getPack: () => ({ pack: {} as Pack, dir: packDir }),
      renditions: createRenditions(cacheDir),
    });
    await server(new Request('app://kiosk/small/media/photo.jpg'));
    const left = await readdir(cacheDir);
    expect(left).toContain('recent.webp');
    expect(left).not.toContain('old.webp');
    expect(left).not.toContain('x.webp.123.partial');
    expect(await readFile(recent, 'utf8')).toBe('x');
  });
});

describe('blurred/: the glow behind a gallery picture', () => {
  it('is a tiny WebP of the picture, softened, kept apart from its small rendition', async () => {
    const glow = await get('/blurred/media/photo.jpg');
    expect(glow.headers.get('content-type')).toBe('image/webp');
    expect(await sizeOf(glow)).toMatchObject({ format: 'webp', width: 48, height: 32 });
    const drawing = await get('/blurred/media/drawing.svg');
    expect(await sizeOf(drawing)).toMatchObject({ format: 'webp', width: 48, height: 30 });
    await get('/small/media/photo.jpg');
    expect(await readdir(cacheDir)).toHaveLength(3);
  });

  it('refuses what media/ refuses, and serves a picture it cannot read as stored', async () => {
    expect((await get('/blurred/pack.json')).status).toBe(404);
    expect((await get('/blurred/media/..%2F..%2Fsecret.svg')).status).toBeGreaterThanOrEqual(400);
    expect(await (await get('/blurred/media/broken.jpg')).text()).toBe('this is not a picture');
  });
});

it('without renditions (a server given none), small/ serves the picture as stored', async () => {
  const plain = createContentServer({ rendererDir: packDir, getPack: () => ({ pack: {} as Pack, dir: packDir }) });
  const res = await plain(new Request('app://kiosk/small/media/photo.jpg'));
  expect(await sizeOf(res)).toMatchObject({ format: 'jpeg', width: 3000 });
});
