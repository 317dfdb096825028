/**
 * The picture pipeline on photos made here with sharp: what a camera, a print shop and a phone
 * hand the studio, and what must never reach a visitor's screen (GPS in EXIF, a sideways photo,
 * CMYK colours, a file that only pretends to be a picture, a decompression bomb).
 */
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_PIXELS, PICTURE_MAX_SIDE_PX, SMALL_SIDE_PX } from '../../../../../main/contract/studio-photos.ts';
import { IMAGE_BUDGET_BYTES, SMALL_IMAGE_BUDGET_BYTES } from '../../../../../main/core/pack/pack-warnings.ts';
import { PictureRefused, preparePicture } from '../../../../../main/core/studio/import/photos/prepare-picture.ts';

/** A landscape-stored camera photo (4000×3000) that says "rotate 90° clockwise", with GPS, and noise. */
async function cameraPhoto(): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  // Noise compresses badly, as real photos do: the budget has something to bite on.
  const noise = await sharp({
    create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } },
  })
    .png()
    .toBuffer();
  // A red band along the stored top edge: after rotation 6 it must be on the right.
  const band = await sharp({ create: { width, height: 300, channels: 3, background: '#ff0000' } })
    .png()
    .toBuffer();
  return sharp(noise)
    .composite([{ input: band, top: 0, left: 0 }])
    .jpeg({ quality: 95 })
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'T-1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '34/1 16/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '117/1 11/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** A valid black 1-bit PNG of width×height, written directly: cheap to make, 400 MP to decode. */
function blackPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const framed = Buffer.alloc(body.length + 8);
    framed.writeUInt32BE(data.length, 0);
    body.copy(framed, 4);
    framed.writeUInt32BE(crc32(body), body.length + 4);
    return framed;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height); // filter byte 0, all pixels 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function refusal(input: Buffer, name: string): Promise<PictureRefused> {
  try {
    await preparePicture(input, name);
  } catch (error) {
    if (error instanceof PictureRefused) return error;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe('preparePicture', () => {
  let photo: Buffer;
  beforeAll(async () => {
    photo = await cameraPhoto();
  });

  it('makes a camera photo upright, sRGB, at most 3840 px, within the budget and without any metadata', async () => {
    const before = await sharp(photo).metadata();
    expect(before.orientation).toBe(6);
    // 0x8825: the pointer to the GPS block.
    expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);

    const { full, small } = await preparePicture(photo, 'IMG_0001.JPG');
    expect(full.extension).toBe('jpg');
    const meta = await sharp(full.data).metadata();
    // Stored 4000×3000 turned a quarter: portrait, long side 3840.
    expect([meta.width, meta.height]).toEqual([2880, PICTURE_MAX_SIDE_PX]);
    expect(meta.format).toBe('jpeg');
    expect(meta.space).toBe('srgb');
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(full.data.length).toBeLessThanOrEqual(IMAGE_BUDGET_BYTES);
    expect(full.data.includes(Buffer.from('TestCam'))).toBe(false);

    // The band that was on the stored top is now on the right edge.
    const { data, info } = await sharp(full.data).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
    const right = pixel(info.width - 20, Math.round(info.height / 2));
    const left = pixel(20, Math.round(info.height / 2));
    expect(right[0]).toBeGreaterThan(200);
    expect(right[1]).toBeLessThan(60);
    expect(left[0]! - left[1]!).toBeLessThan(100);

    const smallMeta = await sharp(small.data).metadata();
    expect(Math.max(smallMeta.width!, smallMeta.height!)).toBe(SMALL_SIDE_PX);
    expect(smallMeta.height).toBeGreaterThan(smallMeta.width!);
    expect(smallMeta.exif).toBeUndefined();
    expect(small.data.length).toBeLessThanOrEqual(SMALL_IMAGE_BUDGET_BYTES);
  });

  it('steps the quality, then the size, down until the picture fits the budget', async () => {
    const { full } = await preparePicture(photo, 'IMG_0001.JPG', { full: 1024 * 1024 });
    expect(full.data.length).toBeLessThanOrEqual(1024 * 1024);
    const meta = await sharp(full.data).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBeLessThan(PICTURE_MAX_SIDE_PX);
  });

  it('converts a CMYK JPEG to sRGB', async () => {
    const cmyk = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#1e90ff' } })
      .toColourspace('cmyk')
      .jpeg()
      .toBuffer();
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk');
    const { full } = await preparePicture(cmyk, 'brochure.jpg');
    const meta = await sharp(full.data).metadata();
    expect(meta.space).toBe('srgb');
    expect(meta.channels).toBe(3);
    const { dominant } = await sharp(full.data).stats();
    // Dodger blue stays blue (a CMYK file read as RGB would come out in other colours).
    expect(dominant.b).toBeGreaterThan(dominant.r + 100);
  });

  it('keeps the transparency of a PNG with alpha', async () => {
    const png = await sharp({
      create: { width: 1200, height: 800, channels: 4, background: { r: 10, g: 120, b: 200, alpha: 0 } },
    })
      .composite([
        { input: { create: { width: 400, height: 400, channels: 4, background: '#ff8800ff' } }, top: 200, left: 400 },
      ])
      .png()
      .toBuffer();
    const { full, small } = await preparePicture(png, 'logo.png');
    expect(full.extension).toBe('png');
    expect(small.extension).toBe('png');
    const meta = await sharp(full.data).metadata();
    expect(meta.hasAlpha).toBe(true);
    expect((await sharp(full.data).stats()).isOpaque).toBe(false);
  });

  it('makes an opaque PNG screenshot a JPEG', async () => {
    const png = await sharp({ create: { width: 1000, height: 700, channels: 4, background: '#336699ff' } })
      .png()
      .toBuffer();
    expect((await preparePicture(png, 'screen.png')).full.extension).toBe('jpg');
  });

  it('refuses a text file named .jpg, saying it cannot read it', async () => {
    const error = await refusal(Buffer.from('minutes of the meeting\n'), 'notes.jpg');
    expect(error.reason).toBe('undecodable');
    expect(error.message).toContain('"notes.jpg"');
    expect(error.message).toContain('JPEG');
  });

  it('refuses a 20,000×20,000 PNG by its pixel count before decoding it', async () => {
    const bomb = blackPng(20_000, 20_000);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ width: 20_000, height: 20_000 });
    const error = await refusal(bomb, 'huge.png');
    expect(error.reason).toBe('too-many-pixels');
    expect(error.message).toContain('20000×20000');
    expect(error.message).toContain(String(MAX_INPUT_PIXELS / 1_000_000));
  });

  it('refuses a HEIC photo from a phone and says how to export it as JPEG', async () => {
    // An AVIF is a HEIF too: the same container as an iPhone's HEIC, which this sharp cannot decode.
    const heif = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#0a0' } })
      .heif({ compression: 'av1' })
      .toBuffer();
    const error = await refusal(heif, 'IMG_4031.HEIC');
    expect(error.reason).toBe('heic');
    expect(error.message).toContain('"IMG_4031.HEIC"');
    expect(error.message).toMatch(/export it as JPEG/);
  });

  it('refuses a file named .heic whose bytes sharp cannot decode', async () => {
    // What an iPhone HEIC looks like to a sharp without HEVC: an ftyp box of brand heic and no more.
    const box = Buffer.alloc(24);
    box.writeUInt32BE(24, 0);
    box.write('ftypheic', 4, 'latin1');
    box.write('mif1heic', 16, 'latin1');
    const error = await refusal(box, 'IMG_4032.heic');
    expect(['heic', 'undecodable']).toContain(error.reason);
    expect(error.message).toContain('JPEG');
  });
});
