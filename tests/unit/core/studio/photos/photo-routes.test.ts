/**
 * The studio's photo routes as the page uses them: a dropped photo comes back ready with its small
 * rendition, a HEIC or HEVC file is refused with the reason the page translates, and a cancelled
 * batch leaves no file in the draft.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { studioHarness } from '../support/studio-harness.ts';

const photo = () =>
  sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#3a6' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toBuffer();

async function draftMedia(dataDir: string): Promise<string[]> {
  const dir = path.join(dataDir, 'studio', 'draft', 'media');
  return (await readdir(dir).catch(() => [] as string[])).filter((f) => !f.startsWith('.')).sort();
}

describe('studio photo routes', () => {
  it('adds a photo made ready, with its small rendition, both served to the preview', async () => {
    const studio = await studioHarness();
    await studio.json('POST', 'studio/api/open', { body: { source: 'active' } });
    const added = await studio.json<{ path: string; small: string; width: number; height: number }>(
      'POST',
      'studio/api/photos/add?name=Factory%20Floor.JPG&small=1',
      { raw: await photo() },
    );
    expect(added.status).toBe(200);
    expect(added.body).toEqual({
      path: 'media/factory-floor.jpg',
      small: 'media/factory-floor-small.jpg',
      width: 2000,
      height: 3000,
    });
    const small = await studio.call('GET', `studio/preview/media/${added.body.small}`);
    expect(small.status).toBe(200);
    const meta = await sharp(Buffer.from(await small.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([427, 640]);
    // The same name again gets the next free pair of names.
    const again = await studio.json('POST', 'studio/api/photos/add?name=Factory%20Floor.JPG&small=1', {
      raw: await photo(),
    });
    expect(again.body).toMatchObject({ path: 'media/factory-floor-2.jpg', small: 'media/factory-floor-2-small.jpg' });
  });

  it('refuses a HEIC photo and a text file named .jpg with the reason the page shows, keeping nothing', async () => {
    const studio = await studioHarness();
    await studio.json('POST', 'studio/api/open', { body: { source: 'active' } });
    const heic = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#000' } })
      .heif({ compression: 'av1' })
      .toBuffer();
    const refused = await studio.json('POST', 'studio/api/photos/add?name=IMG_1.HEIC', { raw: heic });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'not-media', reason: 'heic', file: 'IMG_1.HEIC' });
    const text = await studio.json('POST', 'studio/api/photos/add?name=notes.jpg', { raw: 'not a photo' });
    expect(text.body).toMatchObject({ reason: 'undecodable', file: 'notes.jpg' });
    expect(await draftMedia(studio.dataDir)).toEqual([]);
  });

  it('removes every file of a cancelled batch, also one that finishes after the cancel, but none the draft names', async () => {
    const studio = await studioHarness();
    await studio.json('POST', 'studio/api/open', { body: { source: 'active' } });
    const first = await studio.json<{ path: string; small: string }>(
      'POST',
      'studio/api/photos/add?name=a.jpg&small=1&batch=b1',
      {
        raw: await photo(),
      },
    );
    const kept = await studio.json<{ path: string }>('POST', 'studio/api/photos/add?name=kept.jpg', {
      raw: await photo(),
    });
    expect(await draftMedia(studio.dataDir)).toEqual(['a-small.jpg', 'a.jpg', 'kept.jpg']);

    const removed = await studio.json<{ removed: string[] }>('POST', 'studio/api/photos/remove', {
      body: { batch: 'b1' },
    });
    expect(removed.body.removed.sort()).toEqual([first.body.path, first.body.small].sort());
    expect(await draftMedia(studio.dataDir)).toEqual(['kept.jpg']);

    const late = await studio.json('POST', 'studio/api/photos/add?name=late.jpg&small=1&batch=b1', {
      raw: await photo(),
    });
    expect(late.status).toBe(409);
    expect(await draftMedia(studio.dataDir)).toEqual(['kept.jpg']);

    // A path the draft names is never removed.
    const state = await studio.json<{ draft: { pack: { city: { image?: string } }; revision: number } }>(
      'GET',
      'studio/api/draft',
    );
    const pack = state.body.draft.pack;
    pack.city.image = kept.body.path;
    await studio.json('PUT', 'studio/api/draft', { body: { pack, revision: state.body.draft.revision } });
    const none = await studio.json<{ removed: string[] }>('POST', 'studio/api/photos/remove', {
      body: { paths: [kept.body.path] },
    });
    expect(none.body.removed).toEqual([]);
    expect(await draftMedia(studio.dataDir)).toEqual(['kept.jpg']);
  });
});
