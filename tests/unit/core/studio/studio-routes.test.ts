/**
 * The studio server as its page uses it: who may call the write API, the pages it serves, the
 * draft (open, save, two windows), the check and media upload.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../../main/core/pack/load-pack.ts';
import { minimalPack, writePackDir } from '../../../fixtures/minimal-pack.ts';
import { pngHeader } from '../../../fixtures/image-headers.ts';
import { packEntries } from '../../../fixtures/pack-zip.ts';
import { buildZip } from '../../../fixtures/zip-writer.ts';
import { studioHarness, TOKEN } from './support/studio-harness.ts';

describe('who may use the write API', () => {
  it('answers the studio page (its origin and token)', async () => {
    const studio = await studioHarness();
    expect((await studio.call('GET', 'studio/api/draft')).status).toBe(200);
  });

  it('refuses a request without the token, with a wrong one, or from another origin (403), and changes nothing', async () => {
    const studio = await studioHarness();
    const open = { body: { source: 'new' } };
    expect((await studio.call('POST', 'studio/api/open', { ...open, token: null })).status).toBe(403);
    expect((await studio.call('POST', 'studio/api/open', { ...open, token: 'b'.repeat(64) })).status).toBe(403);
    expect((await studio.call('POST', 'studio/api/open', { ...open, token: 'short' })).status).toBe(403);
    expect((await studio.call('POST', 'studio/api/open', { ...open, origin: 'http://evil.example' })).status).toBe(403);
    const state = await studio.json('GET', 'studio/api/draft');
    expect(state.body.draft).toBeNull();
  });
});

describe('another host name (DNS rebinding)', () => {
  it('refuses every studio path, the page with its token first, under a name other than the server’s own', async () => {
    const studio = await studioHarness();
    await studio.json('POST', 'studio/api/open', { body: { source: 'active' } });
    for (const route of ['studio/', 'studio/media/media/acme.svg', 'studio/preview/', 'studio/api/draft']) {
      const response = await studio.callAt('http://rebound.example:5999', 'GET', route);
      expect(response.status, route).toBe(403);
      expect(await response.text()).not.toContain(TOKEN);
    }
  });
});

describe('pages', () => {
  it('serves the studio page with this run’s token and the CSP filled in', async () => {
    const studio = await studioHarness();
    const response = await studio.call('GET', 'studio/', { token: null, origin: null });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<meta name="studio-token" content="${TOKEN}" />`);
    expect(html).not.toContain('%KIOSK_CSP%');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('says the studio page is not built when it is not', async () => {
    const studio = await studioHarness({ withStudioPage: false });
    const response = await studio.call('GET', 'studio/', { token: null, origin: null });
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/not been built/);
  });

  it('serves the preview: the kiosk page with an empty pack block, framable by the studio only, and its assets', async () => {
    const studio = await studioHarness();
    const page = await studio.call('GET', 'studio/preview/', { token: null, origin: null });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<script type="application/json" id="kiosk-pack"></script>');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect((await studio.call('GET', 'studio/preview/assets/app.js')).status).toBe(200);
    // The page's raw HTML with its tokens is never served as a file.
    expect((await studio.call('GET', 'studio/preview/studio.html')).status).toBe(404);
    expect((await studio.call('GET', 'studio/preview/../../packs/active.json')).status).not.toBe(200);
  });

  it('serves the draft’s media under studio/media and the preview’s media/, its own files first, then its base pack’s', async () => {
    const studio = await studioHarness();
    await studio.json('POST', 'studio/api/open', { body: { source: 'active' } });
    const base = await studio.call('GET', 'studio/media/media/acme.svg');
    expect(base.status).toBe(200);
    expect(await base.text()).toContain('<svg');
    const added = await studio.json('POST', 'studio/api/media?name=Photo.png', { raw: pngHeader(2400, 1600) });
    expect(added.status).toBe(200);
    // As the kiosk asks for it (kiosk/media.ts mediaUrl): media/ + the pack path.
    const preview = await studio.call('GET', `studio/preview/media/${added.body.path}`);
    expect(preview.status).toBe(200);
    expect(Buffer.from(await preview.arrayBuffer()).subarray(0, 8)).toEqual(pngHeader(2400, 1600).subarray(0, 8));
    // Not media: the draft's own files are not served.
    expect((await studio.call('GET', 'studio/media/draft.json')).status).toBe(404);
  });
});

describe('the draft', () => {
  it('opens the active pack as it is written, and says nothing is unpublished', async () => {
    const studio = await studioHarness();
    const opened = await studio.json('POST', 'studio/api/open', { body: { source: 'active' } });
    expect(opened.status).toBe(200);
    const written = JSON.parse(await readFile(path.join(studio.embeddedDir, 'pack.json'), 'utf8'));
    expect(opened.body.draft.pack).toEqual(written);
    expect(opened.body).toMatchObject({
      draft: { origin: 'active', base: { id: 'test-city', version: '1.0.0' } },
      active: { id: 'test-city', version: '1.0.0' },
      unpublished: false,
    });
    expect(opened.body.draft.baseDir).toBeUndefined();
  });

  it('opens a new city (the starter pack), which checks without errors', async () => {
    const studio = await studioHarness();
    const opened = await studio.json('POST', 'studio/api/open', { body: { source: 'new', id: 'Lianyungang' } });
    expect(opened.body.draft).toMatchObject({ origin: 'new', pack: { pack: { id: 'lianyungang' } } });
    const checked = await studio.json('POST', 'studio/api/check', { body: { pack: opened.body.draft.pack } });
    expect(checked.body.errors).toEqual([]);
  });

  it('opens a pack folder that does not validate (to fix it), and refuses one without a pack file', async () => {
    const studio = await studioHarness();
    const broken = minimalPack() as Record<string, unknown>;
    delete broken.city;
    const dir = await writePackDir(broken);
    const opened = await studio.json('POST', 'studio/api/open', { body: { source: 'folder', path: dir } });
    expect(opened.status).toBe(200);
    expect(opened.body.draft.origin).toBe('folder');
    const empty = await studio.json('POST', 'studio/api/open', {
      body: { source: 'folder', path: studio.rendererDir },
    });
    expect(empty.status).toBe(422);
    expect(empty.body.message).toMatch(/no pack file/);
  });

  it('saves an edit under the next revision, and keeps a pack field it has no form for', async () => {
    const studio = await studioHarness();
    const opened = await studio.json('POST', 'studio/api/open', { body: { source: 'active' } });
    const pack = { ...opened.body.draft.pack, futureField: { kept: true } };
    pack.city.name.en = 'Renamed';
    const saved = await studio.json('PUT', 'studio/api/draft', {
      body: { pack, revision: opened.body.draft.revision },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.revision).toBe(opened.body.draft.revision + 1);
    const state = await studio.json('GET', 'studio/api/draft');
    expect(state.body.draft.pack.futureField).toEqual({ kept: true });
    expect(state.body.draft.pack.city.name.en).toBe('Renamed');
    expect(state.body.unpublished).toBe(true);
  });

  it('two windows: a save based on an older revision is refused with changed-elsewhere, and overwrites nothing', async () => {
    const studio = await studioHarness();
    const opened = await studio.json('POST', 'studio/api/open', { body: { source: 'active' } });
    const revision = opened.body.draft.revision;
    const first = structuredClone(opened.body.draft.pack);
    first.city.name.en = 'Window one';
    const second = structuredClone(opened.body.draft.pack);
    second.city.name.en = 'Window two';
    expect((await studio.json('PUT', 'studio/api/draft', { body: { pack: first, revision } })).status).toBe(200);
    const stale = await studio.json('PUT', 'studio/api/draft', { body: { pack: second, revision } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('changed-elsewhere');
    const state = await studio.json('GET', 'studio/api/draft');
    expect(state.body.draft.pack.city.name.en).toBe('Window one');
  });

  it('discards the draft and its media', async () => {
    const studio = await studioHarness();
    await studio.json('POST', 'studio/api/open', { body: { source: 'active' } });
    const added = await studio.json('POST', 'studio/api/media?name=a.png', { raw: pngHeader(10, 10) });
    const discarded = await studio.json('POST', 'studio/api/discard');
    expect(discarded.body.draft).toBeNull();
    expect((await studio.call('GET', `studio/media/${added.body.path}`)).status).toBe(404);
    expect((await studio.json('PUT', 'studio/api/draft', { body: { pack: {}, revision: 1 } })).body.code).toBe(
      'no-draft',
    );
  });
});

describe('open a zip', () => {
  it('opens a pack zip as the draft, its media copied in, and refuses a zip that is no pack', async () => {
    const studio = await studioHarness();
    const zip = buildZip(packEntries(minimalPack(), 'my pack/'));
    const opened = await studio.json('POST', 'studio/api/open-zip', {
      raw: new Uint8Array(zip),
      contentType: 'application/zip',
    });
    expect(opened.status).toBe(200);
    expect(opened.body.draft).toMatchObject({ origin: 'zip', base: { id: 'test-city', version: '1.0.0' } });
    expect((await studio.call('GET', 'studio/media/media/acme.svg')).status).toBe(200);
    const checked = await studio.json('POST', 'studio/api/check', { body: { pack: opened.body.draft.pack } });
    expect(checked.body.errors).toEqual([]);

    const refused = await studio.json('POST', 'studio/api/open-zip', {
      raw: 'not a zip',
      contentType: 'application/zip',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/not a readable zip/);
    // The draft opened before is still there.
    expect((await studio.json('GET', 'studio/api/draft')).body.draft.origin).toBe('zip');
  });
});

describe('check', () => {
  it('gives the same errors and warnings, in the same words, as pack:check gives for the same pack', async () => {
    const studio = await studioHarness();
    const opened = await studio.json('POST', 'studio/api/open', { body: { source: 'active' } });
    const pack = opened.body.draft.pack;
    pack.enterprises[0].district = 'nowhere';
    pack.enterprises[0].media.images[0].file = 'media/missing.png';
    pack.city.tagline = { en: 'only English' };
    const checked = await studio.json('POST', 'studio/api/check', { body: { pack } });
    expect(checked.body.errors.length).toBeGreaterThan(0);

    const dir = await writePackDir(pack);
    const loaded = await loadPack(dir);
    expect(loaded.ok).toBe(false);
    expect(checked.body.errors).toEqual(!loaded.ok && loaded.errors);
    expect(checked.body.errors).toContainEqual(
      expect.objectContaining({ path: 'city.tagline.zh-CN', message: 'required' }),
    );

    delete pack.city.tagline;
    pack.city.tagline = { 'zh-CN': '标语', en: 'Tagline' };
    const refs = await studio.json('POST', 'studio/api/check', { body: { pack } });
    const refsLoaded = await loadPack(await writePackDir(pack));
    expect(refs.body.errors).toEqual(!refsLoaded.ok && refsLoaded.errors);
    expect(refs.body.errors.map((e: { message: string }) => e.message)).toEqual(
      expect.arrayContaining([
        'unknown district "nowhere"',
        'media file "media/missing.png" not found in the pack folder',
      ]),
    );
  });

  it('finds media the draft added itself', async () => {
    const studio = await studioHarness();
    const opened = await studio.json('POST', 'studio/api/open', { body: { source: 'active' } });
    const added = await studio.json('POST', 'studio/api/media?name=logo.png', { raw: pngHeader(400, 400) });
    const pack = opened.body.draft.pack;
    pack.enterprises[0].logo = added.body.path;
    const checked = await studio.json('POST', 'studio/api/check', { body: { pack } });
    expect(checked.body.errors).toEqual([]);
  });
});

describe('media upload', () => {
  it('refuses a text file named .jpg with a clear message (422 not-media), and keeps nothing of it', async () => {
    const studio = await studioHarness();
    await studio.json('POST', 'studio/api/open', { body: { source: 'active' } });
    const refused = await studio.json('POST', 'studio/api/media?name=photo.jpg', { raw: 'just some notes\n' });
    expect(refused.status).toBe(422);
    expect(refused.body).toEqual({
      code: 'not-media',
      message: 'media file "photo.jpg" is not a JPEG picture: it is plain text',
    });
    expect((await studio.call('GET', 'studio/media/media/photo.jpg')).status).toBe(404);
  });

  it('refuses a file type a pack cannot hold', async () => {
    const studio = await studioHarness();
    await studio.json('POST', 'studio/api/open', { body: { source: 'active' } });
    const refused = await studio.json('POST', 'studio/api/media?name=run.exe', { raw: 'MZ' });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('not-media');
  });

  it('names the file itself: a safe slug under media/, never the client’s path, and never over an existing file', async () => {
    const studio = await studioHarness();
    await studio.json('POST', 'studio/api/open', { body: { source: 'active' } });
    const png = pngHeader(100, 100);
    const first = await studio.json(
      'POST',
      `studio/api/media?name=${encodeURIComponent('../../Factory Floor (1).PNG')}`,
      { raw: png },
    );
    expect(first.body.path).toBe('media/factory-floor-1.png');
    const again = await studio.json('POST', `studio/api/media?name=${encodeURIComponent('factory floor 1.png')}`, {
      raw: png,
    });
    expect(again.body.path).toBe('media/factory-floor-1-2.png');
    // The base pack's media/acme.svg is taken too.
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';
    const clash = await studio.json('POST', 'studio/api/media?name=acme.svg', { raw: svg });
    expect(clash.body.path).toBe('media/acme-2.svg');
    const chinese = await studio.json('POST', `studio/api/media?name=${encodeURIComponent('厂区.png')}`, { raw: png });
    expect(chinese.body.path).toBe('media/file.png');
  });

  it('refuses a file over the size limit (413 too-large) and keeps nothing of it', async () => {
    const studio = await studioHarness();
    studio.rebuild({ maxMediaBytes: 1000 });
    await studio.json('POST', 'studio/api/open', { body: { source: 'active' } });
    const big = Buffer.concat([pngHeader(10, 10), Buffer.alloc(2000)]);
    const refused = await studio.json('POST', 'studio/api/media?name=big.png', { raw: big });
    expect(refused.status).toBe(413);
    expect(refused.body.code).toBe('too-large');
    expect(await readdir(path.join(studio.dataDir, 'studio', 'draft', 'media'))).toEqual([]);
  });

  it('needs a draft', async () => {
    const studio = await studioHarness();
    const refused = await studio.json('POST', 'studio/api/media?name=a.png', { raw: pngHeader(10, 10) });
    expect(refused.status).toBe(404);
    expect(refused.body.code).toBe('no-draft');
  });
});
