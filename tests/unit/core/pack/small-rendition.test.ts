/**
 * A picture's small rendition (`small`, what cards and thumbnails draw): pack:check refuses one that
 * is not in the pack, and warns when one is too heavy to be small.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../../main/core/pack/load-pack.ts';
import { formatIssue } from '../../../../main/core/pack/pack-issue.ts';
import { SMALL_IMAGE_BUDGET_BYTES } from '../../../../main/core/pack/pack-warnings.ts';
import { MEDIA_FILES, minimalPack, writePackDir } from '../../../fixtures/minimal-pack.ts';

async function packWithSmall(small: string, media: Record<string, string | Uint8Array>) {
  const pack = minimalPack();
  const image = pack.enterprises![0]!.media!.images![0]!;
  image.small = small;
  return loadPack(await writePackDir(pack, { media: { ...MEDIA_FILES, ...media } }));
}

describe('small renditions in pack:check', () => {
  it('refuses a small rendition that is not in the pack', async () => {
    const result = await packWithSmall('media/gone-small.jpg', {});
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map(formatIssue)).toContain(
      'pack.json: enterprises[0].media.images[0].small: media file "media/gone-small.jpg" not found in the pack folder',
    );
  });

  it('accepts a small JPEG and warns about one heavier than the small budget', async () => {
    const light = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#468' } })
      .jpeg()
      .toBuffer();
    const ok = await packWithSmall('media/light-small.jpg', { 'media/light-small.jpg': light });
    expect(ok.ok).toBe(true);
    expect(ok.warnings.map(formatIssue).join('\n')).not.toContain('small rendition');

    const heavy = await sharp({
      create: {
        width: 1200,
        height: 900,
        channels: 3,
        background: '#888',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .jpeg({ quality: 95 })
      .toBuffer();
    expect(heavy.length).toBeGreaterThan(SMALL_IMAGE_BUDGET_BYTES);
    const warned = await packWithSmall('media/heavy-small.jpg', { 'media/heavy-small.jpg': heavy });
    expect(warned.ok).toBe(true);
    expect(warned.warnings.map(formatIssue)).toContainEqual(
      expect.stringMatching(
        /^pack\.json: enterprises\[0\]\.media\.images\[0\].small: small rendition "media\/heavy-small\.jpg" is \d+ KB; .*under 300 KB/,
      ),
    );
  });
});
