import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageDimensionsFromBytes } from '../../../../main/core/pack/image-dimensions.ts';
import { loadPack } from '../../../../main/core/pack/load-pack.ts';
import { formatIssue } from '../../../../main/core/pack/pack-issue.ts';
import { IMAGE_BUDGET_BYTES, VIDEO_BUDGET_BYTES } from '../../../../main/core/pack/pack-warnings.ts';
import type { PackInput } from '../../../../main/core/pack/schema.ts';
import { jpegHeader, pngHeader, webpHeader } from '../../../fixtures/image-headers.ts';
import { MEDIA_FILES, minimalPack, writePackDir } from '../../../fixtures/minimal-pack.ts';

type Edit = (pack: PackInput) => void;

/** Loads an edited minimal pack with extra media and returns its warning lines. */
async function warningsFor(edit: Edit, media: Record<string, string | Uint8Array> = {}): Promise<string[]> {
  const pack = minimalPack();
  edit(pack);
  const result = await loadPack(await writePackDir(pack, { media: { ...MEDIA_FILES, ...media } }));
  return result.warnings.map(formatIssue);
}

/** Shows `file` in the gallery; the fixture's SVG stays in use as the logo, so it is not reported unused. */
const useImage =
  (file: string): Edit =>
  (p) => {
    p.enterprises![0]!.media!.images![0]!.file = file;
    p.enterprises![0]!.logo = 'media/acme.svg';
  };

describe('image headers', () => {
  it.each([
    ['PNG', pngHeader(3840, 2160), 'png'],
    ['JPEG', jpegHeader(3840, 2160), 'jpeg'],
    ['JPEG with a long metadata segment', jpegHeader(3840, 2160, 60_000), 'jpeg'],
    ['lossy WebP', webpHeader(3840, 2160, 'VP8 '), 'webp'],
    ['lossless WebP', webpHeader(3840, 2160, 'VP8L'), 'webp'],
    ['extended WebP', webpHeader(3840, 2160, 'VP8X'), 'webp'],
  ])('reads the size of a %s', (_name, bytes, format) => {
    expect(imageDimensionsFromBytes(bytes)).toEqual({ width: 3840, height: 2160, format });
  });

  it('gives up on bytes that are no image, without throwing', () => {
    expect(imageDimensionsFromBytes(Buffer.from('not an image'))).toBeUndefined();
    expect(imageDimensionsFromBytes(pngHeader(10, 10).subarray(0, 20))).toBeUndefined();
    expect(imageDimensionsFromBytes(jpegHeader(10, 10).subarray(0, 12))).toBeUndefined();
  });
});

describe('pack warnings', () => {
  it('leaves a clean pack without warnings and still ok', async () => {
    const result = await loadPack(await writePackDir());
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('tells the editor, not the visitor, about outlined chains, approximate or unsourced positions and unplaced enterprises', async () => {
    const warnings = await warningsFor((p) => {
      p.clusters[0]!.chain = {
        illustrative: true,
        links: [{ stage: 'upstream', name: { 'zh-CN': '零件', en: 'Parts' }, enterprises: ['acme'] }],
      };
      p.parks![0]!.location = { x: 1, y: 2, source: 'article' };
      p.enterprises![0]!.location = { x: 3, y: 4, approximate: false };
      p.enterprises!.push({
        ...p.enterprises![0]!,
        id: 'nowhere-co',
        district: undefined,
        park: undefined,
        location: undefined,
      });
    });
    expect(warnings).toContain(
      'pack.json: clusters[0].chain.illustrative: the chain of cluster "machines" is an outline that no source gives',
    );
    expect(warnings).toContain('pack.json: parks[0].location: the position of park "zone" is approximate (article)');
    expect(warnings).toContain(
      'pack.json: enterprises[0].location.source: the position of enterprise "acme" names no source',
    );
    expect(warnings).toContain(
      'pack.json: enterprises[1]: enterprise "nowhere-co" has no district, park position or location: the map lists it beside the map',
    );
  });

  it('names each text missing a language the pack lists beyond zh-CN and en', async () => {
    const warnings = await warningsFor((p) => {
      p.pack.languages = ['zh-CN', 'en', 'ja'];
      p.city.tagline = { 'zh-CN': '标语', en: 'Tagline', ja: 'キャッチコピー' };
    });
    expect(warnings).toContain('pack.json: enterprises[0].name: missing ja translation (English is shown instead)');
    expect(warnings.filter((w) => w.startsWith('pack.json: city.tagline:'))).toEqual([]);
    const named = warnings.filter((w) => w.endsWith('missing ja translation (English is shown instead)'));
    expect(warnings).toContain(
      `pack.json: pack.languages: ${named.length} text(s) lack ja, which the pack lists; visitors who choose ja read them in English (each is named below)`,
    );
  });

  it('does not change whether a pack loads', async () => {
    const pack = minimalPack();
    pack.pack.languages = ['zh-CN', 'en', 'ko'];
    const result = await loadPack(await writePackDir(pack));
    expect(result.ok).toBe(true);
    expect(result.warnings.length).toBeGreaterThan(10);
    expect(result.warnings.every((w) => w.severity === 'warning')).toBe(true);
  });

  it('comes with the errors of a pack that fails, so one check shows everything', async () => {
    const pack = minimalPack();
    pack.enterprises![0]!.clusters = ['steel'];
    const result = await loadPack(await writePackDir(pack, { media: { ...MEDIA_FILES, 'media/spare.svg': '<svg/>' } }));
    expect(result.ok).toBe(false);
    expect(result.warnings.map(formatIssue)).toEqual([
      'media/spare.svg: media file not referenced by the pack (remove it or use it)',
    ]);
  });

  it('flags an image over its size budget', async () => {
    const big = Buffer.concat([pngHeader(3840, 2160), Buffer.alloc(IMAGE_BUDGET_BYTES)]);
    expect(await warningsFor(useImage('media/big.png'), { 'media/big.png': big })).toEqual([
      'pack.json: enterprises[0].media.images[0].file: media file "media/big.png" is 3 MB; the budget for images is 3 MB',
    ]);
  });

  it('flags a video over its size budget', async () => {
    const warnings = await warningsFor(() => {}, { 'media/clip.webm': Buffer.alloc(VIDEO_BUDGET_BYTES + 1) });
    expect(warnings).toEqual([
      'pack.json: enterprises[0].media.video.file: media file "media/clip.webm" is 40 MB; the budget for videos is 40 MB',
    ]);
  });

  it.each([
    ['PNG', 'media/small.png', pngHeader(1280, 720)],
    ['JPEG', 'media/small.jpg', jpegHeader(1000, 1500)],
    ['WebP', 'media/small.webp', webpHeader(1919, 1080, 'VP8X')],
  ])('flags a %s gallery image too small for a 4K screen', async (_name, file, bytes) => {
    const warnings = await warningsFor(useImage(file), { [file]: bytes });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^pack\.json: enterprises\[0\]\.media\.images\[0\]\.file: image ".*" is \d+×\d+; a 4K screen needs a longer side of at least 1920 px$/,
    );
  });

  it('accepts a gallery image whose longer side is 1920 px, whichever way it stands', async () => {
    expect(await warningsFor(useImage('media/tall.jpg'), { 'media/tall.jpg': jpegHeader(1080, 1920) })).toEqual([]);
  });

  it('flags a raster image whose header cannot be read', async () => {
    expect(await warningsFor(useImage('media/fake.png'), { 'media/fake.png': 'this is text' })).toEqual([
      'pack.json: enterprises[0].media.images[0].file: image "media/fake.png" has no readable PNG, JPEG or WebP header',
    ]);
  });

  it('flags media files that nothing references, but not hidden files or other files', async () => {
    const dir = await writePackDir(minimalPack(), {
      media: { ...MEDIA_FILES, 'media/old/logo.png': pngHeader(10, 10), 'media/.cache/x.png': 'x' },
    });
    await writeFile(path.join(dir, 'notes.txt'), 'staff notes');
    const result = await loadPack(dir);
    expect(result.warnings.map(formatIssue)).toEqual([
      'media/old/logo.png: media file not referenced by the pack (remove it or use it)',
    ]);
  });

  it('flags an enterprise without any image', async () => {
    const warnings = await warningsFor((p) => (p.enterprises![0]!.media = { images: [] }), {});
    expect(warnings).toContain('pack.json: enterprises[0].media.images: enterprise "acme" has no image');
  });

  it('counts a logo as an image', async () => {
    const warnings = await warningsFor(
      (p) => {
        p.enterprises![0]!.media = { images: [] };
        p.enterprises![0]!.logo = 'media/acme.svg';
      },
      { 'media/clip.webm': 'unused now' },
    );
    expect(warnings.filter((w) => w.includes('has no image'))).toEqual([]);
  });
});
