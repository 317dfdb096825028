/**
 * A media file that is not what its name says fails the pack check (and so an import) as an error
 * naming the file and what it really is: for every media type, files that do not decode, files of
 * another type, and empty files.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../../main/core/pack/load-pack.ts';
import { formatIssue } from '../../../../main/core/pack/pack-issue.ts';
import { MEDIA_FILES, minimalPack, WEBM_HEADER, writePackDir } from '../../../fixtures/minimal-pack.ts';
import { jpegHeader, pngHeader, webpHeader } from '../../../fixtures/image-headers.ts';

const IMAGE_AT = 'pack.json: enterprises[0].media.images[0].file';
const VIDEO_AT = 'pack.json: enterprises[0].media.video.file';

/** The pack's error lines when its picture is `file` holding `bytes` (and its video the usual clip). */
async function errorsWithPicture(file: string, bytes: string | Uint8Array): Promise<string[]> {
  const pack = minimalPack();
  pack.enterprises![0]!.media!.images![0]!.file = file;
  const result = await loadPack(await writePackDir(pack, { media: { ...MEDIA_FILES, [file]: bytes } }));
  return result.ok ? [] : result.errors.map(formatIssue);
}

async function errorsWithVideo(file: string, bytes: string | Uint8Array): Promise<string[]> {
  const pack = minimalPack();
  pack.enterprises![0]!.media!.video!.file = file;
  const result = await loadPack(await writePackDir(pack, { media: { ...MEDIA_FILES, [file]: bytes } }));
  return result.ok ? [] : result.errors.map(formatIssue);
}

const mp4 = (brand: string) =>
  Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from(`ftyp${brand}`), Buffer.alloc(16)]);
const matroska = Buffer.from(WEBM_HEADER).toString('latin1').replace('webm', 'mkvx');
const samples = {
  png: pngHeader(2000, 1000),
  jpeg: jpegHeader(2000, 1000),
  webp: webpHeader(2000, 1000, 'VP8X'),
  svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
  webm: Buffer.from(WEBM_HEADER),
  mp4: mp4('isom'),
  mov: mp4('qt  '),
  heic: mp4('heic'),
  pdf: Buffer.from('%PDF-1.7\n'),
  text: Buffer.from('Our company was founded in 1943.'),
  zip: Buffer.from('PK\x03\x04rest', 'latin1'),
};

describe('a picture that is not what its name says', () => {
  it.each([
    ['photo.png', samples.jpeg, 'is not a PNG picture: it is a JPEG picture'],
    ['photo.jpg', samples.png, 'is not a JPEG picture: it is a PNG picture'],
    ['photo.jpeg', samples.heic, 'is not a JPEG picture: it is a HEIC photo from a phone'],
    ['photo.webp', samples.text, 'is not a WebP picture: it is plain text'],
    ['photo.png', samples.pdf, 'is not a PNG picture: it is a PDF document'],
    ['photo.jpg', samples.zip, 'is not a JPEG picture: it is a zip archive or an Office document'],
  ])('%s holding another format', async (file, bytes, message) => {
    expect(await errorsWithPicture(`media/${file}`, bytes)).toEqual([
      `${IMAGE_AT}: media file "media/${file}" ${message}`,
    ]);
  });

  it.each([
    ['plain text', 'Our company was founded in 1943.', 'it holds plain text, not XML'],
    ['HTML', '<html><body>logo</body></html>', 'its root element is <html>, not <svg>'],
    ['an unclosed element', '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>', 'not well-formed XML at line 1'],
    ['a PNG renamed', samples.png, 'it is a PNG picture'],
  ])('an SVG holding %s', async (_what, bytes, message) => {
    const [error] = await errorsWithPicture('media/logo.svg', bytes);
    expect(error).toContain(`${IMAGE_AT}: media file "media/logo.svg" is not an SVG drawing: ${message}`);
  });

  it('accepts an SVG with an XML declaration, a comment and a doctype', async () => {
    const svg = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- drawn for the pack -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>`;
    expect(await errorsWithPicture('media/logo.svg', svg)).toEqual([]);
  });

  it('refuses random bytes under every picture extension (generated)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('png', 'jpg', 'jpeg', 'webp', 'svg'),
        fc.uint8Array({ minLength: 1, maxLength: 512 }),
        async (extension, bytes) => {
          const [error] = await errorsWithPicture(`media/x.${extension}`, bytes);
          expect(error).toMatch(new RegExp(`^${escape(IMAGE_AT)}: media file "media/x\\.${extension}" is not an? `));
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('a video whose container is not the one its extension names', () => {
  it.each([
    ['clip.webm', samples.mp4, 'is not a WebM video: it is an MP4 video'],
    ['clip.webm', Buffer.from(matroska, 'latin1'), 'is not a WebM video: it is a Matroska (MKV) video'],
    ['clip.mp4', samples.webm, 'is not an MP4 video: it is a WebM video'],
    ['clip.mp4', samples.mov, 'is not an MP4 video: it is a QuickTime (MOV) video'],
    ['clip.mp4', Buffer.from('RIFF\0\0\0\0AVI LIST', 'latin1'), 'is not an MP4 video: it is an AVI video'],
    ['clip.webm', samples.text, 'is not a WebM video: it is plain text'],
  ])('%s holding another container', async (file, bytes, message) => {
    expect(await errorsWithVideo(`media/${file}`, bytes)).toEqual([
      `${VIDEO_AT}: media file "media/${file}" ${message}`,
    ]);
  });

  it('accepts an MP4 and a WebM by their headers', async () => {
    expect(await errorsWithVideo('media/clip.mp4', samples.mp4)).toEqual([]);
    expect(await errorsWithVideo('media/clip.webm', samples.webm)).toEqual([]);
  });
});

describe('an empty file', () => {
  it.each(['png', 'jpg', 'webp', 'svg'])('is refused as a .%s picture', async (extension) => {
    expect(await errorsWithPicture(`media/x.${extension}`, '')).toEqual([
      `${IMAGE_AT}: media file "media/x.${extension}" is empty`,
    ]);
  });

  it.each(['webm', 'mp4'])('is refused as a .%s video', async (extension) => {
    expect(await errorsWithVideo(`media/x.${extension}`, '')).toEqual([
      `${VIDEO_AT}: media file "media/x.${extension}" is empty`,
    ]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
