/**
 * Whether a media file is what its name says, from its bytes alone (no browser): a picture whose
 * header is a picture of that type, an SVG that is well-formed XML with an <svg> root, a video whose
 * container matches its extension, and never an empty file. What a file really is goes in the
 * message, so that staff know what to re-export.
 */
import { open, readFile } from 'node:fs/promises';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Enough to recognise any container or picture header. */
const SNIFF_BYTES = 4096;
/** An SVG larger than this is not a drawing a kiosk should parse to check. */
const MAX_SVG_BYTES = 20 * 1024 * 1024;

type Kind =
  | 'png'
  | 'jpeg'
  | 'webp'
  | 'gif'
  | 'bmp'
  | 'tiff'
  | 'heic'
  | 'avif'
  | 'webm'
  | 'matroska'
  | 'mp4'
  | 'quicktime'
  | 'avi'
  | 'pdf'
  | 'zip'
  | 'text'
  | 'unknown';

const DESCRIBED: Record<Kind, string> = {
  png: 'a PNG picture',
  jpeg: 'a JPEG picture',
  webp: 'a WebP picture',
  gif: 'a GIF picture',
  bmp: 'a BMP picture',
  tiff: 'a TIFF picture',
  heic: 'a HEIC photo from a phone',
  avif: 'an AVIF picture',
  webm: 'a WebM video',
  matroska: 'a Matroska (MKV) video',
  mp4: 'an MP4 video',
  quicktime: 'a QuickTime (MOV) video',
  avi: 'an AVI video',
  pdf: 'a PDF document',
  zip: 'a zip archive or an Office document',
  text: 'plain text',
  unknown: 'no picture or video format the kiosk knows',
};

/** The kind each extension must hold. */
const EXPECTED: Record<string, { kind: Kind | 'svg'; name: string }> = {
  png: { kind: 'png', name: 'a PNG picture' },
  jpg: { kind: 'jpeg', name: 'a JPEG picture' },
  jpeg: { kind: 'jpeg', name: 'a JPEG picture' },
  webp: { kind: 'webp', name: 'a WebP picture' },
  svg: { kind: 'svg', name: 'an SVG drawing' },
  webm: { kind: 'webm', name: 'a WebM video' },
  mp4: { kind: 'mp4', name: 'an MP4 video' },
};

/**
 * Why the media file at `absolute` (named `media` in the pack) is not what its extension says, or
 * undefined when it is. Never throws for the file's content.
 */
export async function checkMediaContent(absolute: string, media: string, size: number): Promise<string | undefined> {
  const extension = media.slice(media.lastIndexOf('.') + 1).toLowerCase();
  const expected = EXPECTED[extension];
  if (!expected) return undefined;
  if (size === 0) return `media file "${media}" is empty`;

  if (expected.kind === 'svg') {
    if (size > MAX_SVG_BYTES) return `media file "${media}" is too large for an SVG drawing`;
    const svg = svgProblem(await readFile(absolute));
    return svg ? `media file "${media}" is not ${expected.name}: ${svg}` : undefined;
  }
  const kind = sniff(await readHead(absolute));
  if (kind === expected.kind) return undefined;
  return `media file "${media}" is not ${expected.name}: it is ${DESCRIBED[kind]}`;
}

async function readHead(absolute: string): Promise<Buffer> {
  const handle = await open(absolute, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** What a file's first bytes say it is. */
export function sniff(b: Buffer): Kind {
  const ascii = (start: number, end: number) => b.toString('latin1', start, end);
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'AVI ') return 'avi';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 2) === 'BM') return 'bmp';
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return 'tiff';
  if (ascii(0, 5) === '%PDF-') return 'pdf';
  if (ascii(0, 4) === 'PK\x03\x04') return 'zip';
  if (b.length >= 4 && b.readUInt32BE(0) === 0x1a45dfa3) return ebmlDocType(b) === 'webm' ? 'webm' : 'matroska';
  if (ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12);
    if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'heic';
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (brand === 'qt  ') return 'quicktime';
    return 'mp4';
  }
  return looksLikeText(b) ? 'text' : 'unknown';
}

/** The DocType of an EBML header (`webm` or `matroska`), read from its first element. */
function ebmlDocType(b: Buffer): string | undefined {
  // DocType is element 0x4282 inside the header; its size is an EBML variable-length integer.
  const at = b.indexOf(Buffer.from([0x42, 0x82]), 4);
  if (at < 0 || at + 2 >= b.length) return undefined;
  const first = b[at + 2]!;
  let width = 1;
  while (width <= 8 && (first & (0x80 >> (width - 1))) === 0) width++;
  if (width > 8 || at + 2 + width > b.length) return undefined;
  let length = first & (0xff >> width);
  for (let i = 1; i < width; i++) length = length * 256 + b[at + 2 + i]!;
  const start = at + 2 + width;
  return b.toString('latin1', start, Math.min(start + length, b.length));
}

function looksLikeText(b: Buffer): boolean {
  if (b.length === 0) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, Math.max(0, b.length - 4)));
  } catch {
    return false;
  }
  return !b.includes(0);
}

/** Why `bytes` are not an SVG drawing: not XML, not well-formed, or another root element. */
function svgProblem(bytes: Buffer): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const kind = sniff(bytes);
    return `it is ${DESCRIBED[kind === 'text' ? 'unknown' : kind]}`;
  }
  if (!text.trimStart().startsWith('<')) return 'it holds plain text, not XML';
  const valid = XMLValidator.validate(text);
  if (valid !== true) return `not well-formed XML at line ${valid.err.line}: ${valid.err.msg}`;
  const root = Object.keys(new XMLParser({ ignoreDeclaration: true, ignorePiTags: true }).parse(text)).find(
    (key) => !key.startsWith('#') && !key.startsWith('?'),
  );
  return root === 'svg' ? undefined : `its root element is <${root ?? 'none'}>, not <svg>`;
}
