/**
 * A picture staff drop in, made ready for the kiosk with sharp (libvips): the camera's orientation
 * applied, colour converted to sRGB (CMYK and wide-gamut profiles too), the long side at most
 * PICTURE_MAX_SIDE_PX, encoded within the pack's image budget, and no metadata at all (EXIF, GPS,
 * XMP, IPTC, ICC: an untagged picture is sRGB to Chromium). Photos become JPEG; a picture with
 * transparency stays PNG (or WebP when a PNG would not fit the budget). Also a small rendition.
 */
import sharp, { type Metadata, type Sharp } from 'sharp';
import {
  MAX_INPUT_PIXELS,
  PICTURE_MAX_SIDE_PX,
  SMALL_SIDE_PX,
  type PhotoRefusalReason,
} from '../../../../contract/studio-photos.ts';
import { IMAGE_BUDGET_BYTES, SMALL_IMAGE_BUDGET_BYTES } from '../../../pack/pack-warnings.ts';

export interface EncodedPicture {
  data: Buffer;
  extension: 'jpg' | 'png' | 'webp';
  width: number;
  height: number;
}

export interface PreparedPicture {
  full: EncodedPicture;
  small: EncodedPicture;
}

/** Why a picture cannot be made ready; the message names the file and says what to do. */
export class PictureRefused extends Error {
  constructor(
    readonly reason: PhotoRefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'PictureRefused';
  }
}

const JPEG_QUALITIES = [85, 78, 70, 62, 55];
const WEBP_QUALITIES = [85, 75, 65, 55];
/** Each further try after the qualities are exhausted shrinks the long side by this factor. */
const SHRINK_STEP = 0.8;
const MIN_SIDE_PX = 1280;
const HOW_TO_EXPORT =
  'open it in the Photos app (or Preview) and export it as JPEG, or on an iPhone set Settings › Camera › Formats › Most Compatible';

/**
 * Makes the picture in `input` (a file path or its bytes) ready for the kiosk. `name` is the file as
 * staff named it, for the messages. Throws PictureRefused for a file it cannot or should not take.
 */
export async function preparePicture(
  input: string | Buffer,
  name: string,
  budgets: { full?: number; small?: number } = {},
): Promise<PreparedPicture> {
  const open = (): Sharp => sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate();
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new PictureRefused(
      'undecodable',
      `"${name}" is not a picture the studio can read; ${HOW_TO_EXPORT.replace('open it', 'open it in the program that made it')}`,
    );
  }
  if (meta.format === 'heif') {
    throw new PictureRefused(
      'heic',
      `"${name}" is a HEIC/HEIF photo from a phone, which the kiosk cannot show: ${HOW_TO_EXPORT}`,
    );
  }
  const pixels = (meta.width ?? 0) * (meta.height ?? 0);
  if (pixels > MAX_INPUT_PIXELS) {
    throw new PictureRefused(
      'too-many-pixels',
      `"${name}" is ${meta.width}×${meta.height} pixels, more than ${MAX_INPUT_PIXELS / 1_000_000} million: save a smaller copy (at most 3840 px on its longer side is enough for a 4K screen)`,
    );
  }
  const alpha = meta.hasAlpha && !(await open().stats()).isOpaque;
  try {
    const full = await encodeWithin(open, PICTURE_MAX_SIDE_PX, alpha, budgets.full ?? IMAGE_BUDGET_BYTES, name);
    // From the original again: a JPEG decodes at a fraction of its size for a 640 px target.
    const small = await encodeWithin(
      open,
      SMALL_SIDE_PX,
      alpha,
      budgets.small ?? SMALL_IMAGE_BUDGET_BYTES,
      name,
      SMALL_SIDE_PX / 2,
    );
    return { full, small };
  } catch (error) {
    if (error instanceof PictureRefused) throw error;
    throw new PictureRefused(
      'undecodable',
      `"${name}" could not be read to the end (${(error as Error).message}): it may be damaged; export it again as JPEG`,
    );
  }
}

/**
 * Encodes at the highest quality, then the largest size, that fits `budget` bytes. The first try
 * streams from the file to the encoder (most photos fit at once); after a miss the picture is
 * decoded, turned and resized once per size, and each quality is an encode of those pixels only.
 */
async function encodeWithin(
  open: () => Sharp,
  longSide: number,
  alpha: boolean,
  budget: number,
  name: string,
  minSide = MIN_SIDE_PX,
): Promise<EncodedPicture> {
  const sized = (side: number) => {
    const pipeline = open()
      .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb');
    return alpha ? pipeline.ensureAlpha() : pipeline.flatten({ background: '#ffffff' });
  };
  const first = alpha ? 'png' : 'jpg';
  const direct = await encode(encoder(sized(longSide), first, 0), first);
  if (direct.data.length <= budget) return direct;
  let smallest = direct.data.length;
  let side = longSide;
  let skip = 1; // the direct try was the first quality at this size
  for (;;) {
    const { data, info } = await sized(side).raw().toBuffer({ resolveWithObject: true });
    const raw = { width: info.width, height: info.height, channels: alpha ? (4 as const) : (3 as const) };
    const from = () => sharp(data, { raw });
    const tries: Array<[EncodedPicture['extension'], number]> = alpha
      ? [['png', 0], ...WEBP_QUALITIES.map((_, i): ['webp', number] => ['webp', i])]
      : JPEG_QUALITIES.map((_, i): ['jpg', number] => ['jpg', i]);
    for (const [extension, step] of tries.slice(skip)) {
      const encoded = await encode(encoder(from(), extension, step), extension);
      if (encoded.data.length <= budget) return encoded;
      smallest = Math.min(smallest, encoded.data.length);
    }
    skip = 0;
    const current = Math.max(info.width, info.height);
    // Bytes grow with the area: aim straight at the size that should fit, and at least one step down.
    const next = Math.round(current * Math.min(SHRINK_STEP, 0.95 * Math.sqrt(budget / smallest)));
    if (next < minSide) break;
    side = next;
  }
  throw new PictureRefused(
    'over-budget',
    `"${name}" cannot be made smaller than ${Math.round(budget / 1024)} KB without losing too much: use a simpler picture`,
  );
}

/** The encoder for a format at the `step`-th quality of its list. */
function encoder(pipeline: Sharp, extension: EncodedPicture['extension'], step: number): Sharp {
  if (extension === 'png') return pipeline.png({ compressionLevel: 9, adaptiveFiltering: true });
  if (extension === 'webp') return pipeline.webp({ quality: WEBP_QUALITIES[step], alphaQuality: 90 });
  return pipeline.jpeg({ quality: JPEG_QUALITIES[step], optimiseCoding: true });
}

async function encode(pipeline: Sharp, extension: EncodedPicture['extension']): Promise<EncodedPicture> {
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { data, extension, width: info.width, height: info.height };
}
