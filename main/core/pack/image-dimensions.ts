/**
 * Reads the pixel size of a raster image from its header: PNG (IHDR), JPEG (SOF) and WebP (VP8,
 * VP8L, VP8X). Small and dependency-free because that is all a pack check needs; it never decodes
 * pixels and never throws for bad bytes.
 */
import { open } from 'node:fs/promises';

export interface ImageDimensions {
  width: number;
  height: number;
  format: 'png' | 'jpeg' | 'webp';
}

/** Enough for any PNG or WebP header, and for JPEGs whose metadata comes before the frame. */
const HEADER_BYTES = 256 * 1024;
/** A JPEG may carry large EXIF/ICC segments before its frame header; look no further than this. */
const MAX_JPEG_SCAN_BYTES = 16 * 1024 * 1024;

/** The dimensions from an image's first bytes, or undefined when they are not a readable header. */
export function imageDimensionsFromBytes(bytes: Uint8Array): ImageDimensions | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isPng(b)) return pngDimensions(b);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpegDimensions(b);
  if (b.length >= 16 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') {
    return webpDimensions(b);
  }
  return undefined;
}

/** Reads the header of the file at `file`; undefined when it cannot be read or is not a known image. */
export async function readImageDimensions(file: string): Promise<ImageDimensions | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
    const size = (await handle.stat()).size;
    const first = await readAt(handle, Math.min(size, HEADER_BYTES));
    const found = imageDimensionsFromBytes(first);
    // Only a JPEG can have its frame header further in; read on rather than guess.
    if (found || size <= first.length || !(first[0] === 0xff && first[1] === 0xd8)) return found;
    return imageDimensionsFromBytes(await readAt(handle, Math.min(size, MAX_JPEG_SCAN_BYTES)));
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}

async function readAt(handle: import('node:fs/promises').FileHandle, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, 0);
  return buffer.subarray(0, bytesRead);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function isPng(b: Buffer): boolean {
  return b.length >= 8 && b.subarray(0, 8).equals(PNG_SIGNATURE);
}

function pngDimensions(b: Buffer): ImageDimensions | undefined {
  // The first chunk must be IHDR: length (4), type (4), then width and height as big-endian u32.
  if (b.length < 24 || b.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return positive({ width: b.readUInt32BE(16), height: b.readUInt32BE(20), format: 'png' });
}

function jpegDimensions(b: Buffer): ImageDimensions | undefined {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    // Markers without a length: TEM, RSTn, SOI, EOI.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
      i += 2;
      continue;
    }
    const length = b.readUInt16BE(i + 2);
    if (length < 2) return undefined;
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (i + 9 > b.length) return undefined;
      return positive({ height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7), format: 'jpeg' });
    }
    i += 2 + length;
  }
  return undefined;
}

function webpDimensions(b: Buffer): ImageDimensions | undefined {
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8 ' && b.length >= 30) {
    // Lossy: a 3-byte frame tag, the start code 9d 01 2a, then 14-bit width and height.
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return undefined;
    return positive({ width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff, format: 'webp' });
  }
  if (chunk === 'VP8L' && b.length >= 25) {
    // Lossless: signature 0x2f, then width-1 and height-1 as two 14-bit fields.
    if (b[20] !== 0x2f) return undefined;
    const bits = b.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1, format: 'webp' };
  }
  if (chunk === 'VP8X' && b.length >= 30) {
    // Extended: canvas width-1 and height-1 as 24-bit little-endian numbers.
    return { width: b.readUIntLE(24, 3) + 1, height: b.readUIntLE(27, 3) + 1, format: 'webp' };
  }
  return undefined;
}

function positive(d: ImageDimensions): ImageDimensions | undefined {
  return d.width > 0 && d.height > 0 ? d : undefined;
}
