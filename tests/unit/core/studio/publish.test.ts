/**
 * Publish, rollback, export and save-to-folder, through the studio's API as its page calls them,
 * against a real pack library.
 */
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActivePackManager } from '../../../../main/core/pack/active-pack-manager.ts';
import { loadPack } from '../../../../main/core/pack/load-pack.ts';
import { bumpVersion, localDate, publishedPack } from '../../../../main/core/studio/publish-draft.ts';
import { pngHeader } from '../../../fixtures/image-headers.ts';
import { tempFolder } from '../../support/temp-folder.ts';
import { studioHarness } from './support/studio-harness.ts';

const activePackJson = async (packs: ActivePackManager) =>
  JSON.parse(await readFile(path.join(packs.getPack()!.dir, 'pack.json'), 'utf8'));

async function openActive(studio: Awaited<ReturnType<typeof studioHarness>>) {
  return (await studio.json('POST', 'studio/api/open', { body: { source: 'active' } })).body.draft;
}

describe('publish', () => {
  it('without edits: the new pack equals the old one field for field, but for version (patch) and date', async () => {
    const studio = await studioHarness();
    const before = JSON.parse(await readFile(path.join(studio.embeddedDir, 'pack.json'), 'utf8'));
    await openActive(studio);
    const published = await studio.json('POST', 'studio/api/publish', { body: {} });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ ok: true, id: 'test-city', version: '1.0.1' });
    expect(published.body.summary).toEqual({
      added: [],
      removed: [],
      changed: [],
      textsChanged: 0,
      mediaAdded: 0,
      mediaRemoved: 0,
    });
    const after = await activePackJson(studio.packs);
    expect(after).toEqual({ ...before, pack: { ...before.pack, version: '1.0.1', updated: localDate(new Date()) } });
    expect(studio.packs.status()).toMatchObject({ source: 'library', active: { version: '1.0.1' } });
    // Every media file came along.
    expect((await loadPack(studio.packs.getPack()!.dir)).ok).toBe(true);
  });

  it('keeps a field the studio has no form for and a language it does not list (round trip)', async () => {
    const studio = await studioHarness();
    const draft = await openActive(studio);
    draft.pack.pack.languages = ['zh-CN', 'en', 'ja'];
    draft.pack.city.name.ja = 'テスト市';
    await studio.json('PUT', 'studio/api/draft', { body: { pack: draft.pack, revision: draft.revision } });
    await studio.json('POST', 'studio/api/publish', { body: { bump: 'minor' } });
    const after = await activePackJson(studio.packs);
    expect(after.pack.version).toBe('1.1.0');
    expect(after.city.name).toEqual({ 'zh-CN': '测试市', en: 'Test City', ja: 'テスト市' });
  });

  it('with edits: the kiosk shows them, with a media file added in the studio, and the summary says what changed', async () => {
    const studio = await studioHarness();
    const draft = await openActive(studio);
    const added = await studio.json('POST', 'studio/api/media?name=New Logo.png', { raw: pngHeader(512, 512) });
    const pack = draft.pack;
    pack.city.headlineFigures[0].value = 2e11;
    pack.enterprises.push({
      ...structuredClone(pack.enterprises[0]),
      id: 'beta',
      name: { 'zh-CN': '乙公司', en: 'Beta' },
      logo: added.body.path,
    });
    pack.clusters[0].name.en = 'Machinery';
    await studio.json('PUT', 'studio/api/draft', { body: { pack, revision: draft.revision } });
    const published = await studio.json('POST', 'studio/api/publish', { body: {} });
    expect(published.body.ok).toBe(true);
    expect(published.body.summary).toMatchObject({
      // Each named as the published pack names it (the cluster by its new English name).
      added: [{ kind: 'enterprise', id: 'beta', name: { 'zh-CN': '乙公司', en: 'Beta' } }],
      changed: [
        { kind: 'cluster', id: 'machines', name: { 'zh-CN': '机械', en: 'Machinery' } },
        { kind: 'figure', id: 'Output', name: { 'zh-CN': '产值', en: 'Output' } },
      ],
      // The cluster's English name, and the new enterprise's 7 texts (name, sector, summary, figure
      // label and noun, picture alt, video caption) in two languages each.
      textsChanged: 15,
      mediaAdded: 1,
    });
    const shown = studio.packs.getPack()!.pack;
    expect(shown.city.headlineFigures[0]!.value).toBe(2e11);
    expect(shown.enterprises.map((e) => e.id)).toEqual(['acme', 'beta']);
    const state = await studio.json('GET', 'studio/api/draft');
    expect(state.body).toMatchObject({
      unpublished: false,
      draft: { base: { version: '1.0.1' } },
      active: { version: '1.0.1' },
    });
  });

  it('refuses an invalid draft with every problem, and the kiosk keeps its pack', async () => {
    const studio = await studioHarness();
    const draft = await openActive(studio);
    draft.pack.enterprises[0].district = 'nowhere';
    draft.pack.clusters[0].tier = 'missing-tier';
    await studio.json('PUT', 'studio/api/draft', { body: { pack: draft.pack, revision: draft.revision } });
    const refused = await studio.json('POST', 'studio/api/publish', { body: {} });
    expect(refused.status).toBe(422);
    expect(refused.body.ok).toBe(false);
    expect(refused.body.errors.map((e: { path: string; message: string }) => `${e.path}: ${e.message}`)).toEqual(
      expect.arrayContaining([
        'enterprises[0].district: unknown district "nowhere"',
        'clusters[0].tier: unknown cluster tier "missing-tier"',
      ]),
    );
    expect(studio.packs.status()).toMatchObject({ source: 'embedded', active: { version: '1.0.0' } });
  });

  it('rolls back to the pack shown before the publish', async () => {
    const studio = await studioHarness();
    const draft = await openActive(studio);
    draft.pack.city.headlineFigures[0].value = 3e11;
    await studio.json('PUT', 'studio/api/draft', { body: { pack: draft.pack, revision: draft.revision } });
    await studio.json('POST', 'studio/api/publish', { body: {} });
    expect(studio.packs.getPack()!.pack.city.headlineFigures[0]!.value).toBe(3e11);
    const rolled = await studio.json('POST', 'studio/api/rollback');
    expect(rolled.body).toEqual({ id: 'test-city', version: '1.0.0' });
    expect(studio.packs.getPack()!.pack.city.headlineFigures[0]!.value).toBe(1e11);
  });
});

describe('export and save to folder', () => {
  it('exports a zip that the kiosk’s import accepts, with the draft’s own media in it', async () => {
    const studio = await studioHarness();
    const draft = await openActive(studio);
    const added = await studio.json('POST', 'studio/api/media?name=logo.png', { raw: pngHeader(512, 512) });
    draft.pack.enterprises[0].logo = added.body.path;
    await studio.json('PUT', 'studio/api/draft', { body: { pack: draft.pack, revision: draft.revision } });
    const response = await studio.call('GET', 'studio/api/export.zip');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('test-city-1.0.0.zip');
    const zip = new Uint8Array(await response.arrayBuffer());

    const kiosk = await ActivePackManager.open({
      root: path.join(await tempFolder('kiosk-import-'), 'packs'),
      embeddedDir: studio.embeddedDir,
      log: studio.log,
    });
    const imported = await kiosk.importZip(zip);
    expect(imported).toMatchObject({ status: 'imported', pack: { id: 'test-city', version: '1.0.0' } });
    expect(kiosk.getPack()!.pack.enterprises[0]!.logo).toBe('media/logo.png');
  });

  it('refuses to export an invalid draft (422 with its errors)', async () => {
    const studio = await studioHarness();
    const draft = await openActive(studio);
    draft.pack.enterprises[0].park = 'nowhere';
    await studio.json('PUT', 'studio/api/draft', { body: { pack: draft.pack, revision: draft.revision } });
    const refused = await studio.json('GET', 'studio/api/export.zip');
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].message).toBe('unknown park "nowhere"');
  });

  it('saves the draft as a pack folder that pack:check accepts, and never into a folder that holds files', async () => {
    const studio = await studioHarness();
    await studio.json('POST', 'studio/api/open', { body: { source: 'new', id: 'new-city' } });
    const target = path.join(await tempFolder('kiosk-save-'), 'my pack');
    const saved = await studio.json('POST', 'studio/api/save-to-folder', { body: { path: target } });
    expect(saved.body.path).toBe(target);
    const loaded = await loadPack(target);
    expect(loaded.ok && loaded.pack.pack.id).toBe('new-city');

    const full = await tempFolder('kiosk-full-');
    await mkdir(full, { recursive: true });
    await writeFile(path.join(full, 'notes.txt'), 'mine');
    const refused = await studio.json('POST', 'studio/api/save-to-folder', { body: { path: full } });
    expect(refused.status).toBe(409);
    expect(await readFile(path.join(full, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it("with Electron's folder dialog: the page is told there is one, the folder chosen is used, and a cancelled dialog saves nothing", async () => {
    const studio = await studioHarness();
    const plain = await studio.json('POST', 'studio/api/open', { body: { source: 'new', id: 'new-city' } });
    expect(plain.body.folderDialog).toBe(false);

    const chosen = path.join(await tempFolder('kiosk-chosen-'), 'from the dialog');
    let answer: string | undefined = chosen;
    studio.rebuild({ chooseFolder: async () => answer });
    expect((await studio.json('GET', 'studio/api/draft')).body.folderDialog).toBe(true);
    const saved = await studio.json('POST', 'studio/api/save-to-folder', { body: {} });
    expect(saved.body).toEqual({ path: chosen });
    expect((await loadPack(chosen)).ok).toBe(true);

    answer = undefined;
    const cancelled = await studio.json('POST', 'studio/api/save-to-folder', { body: {} });
    expect(cancelled.body).toEqual({ cancelled: true });
    await expect(readdir(path.join(studio.dataDir, 'studio', 'saved'))).rejects.toThrow();
  });
});

describe('version bump', () => {
  it('bumps from the base pack, keeps a later version staff typed, and ignores an earlier one', () => {
    const today = new Date(2026, 11, 5);
    const draft = (version: string) => ({ pack: { version, updated: '2020-01-01' } });
    expect(publishedPack(draft('1.0.0'), '1.0.0', undefined, today)).toEqual({
      pack: { version: '1.0.1', updated: '2026-12-05' },
    });
    expect(publishedPack(draft('2.0.0'), '1.0.0', 'patch', today)).toEqual({
      pack: { version: '2.0.0', updated: '2026-12-05' },
    });
    // A window still holding the version from before a publish: the base (already published) wins.
    expect(publishedPack(draft('1.0.0'), '1.0.3', 'minor', today)).toEqual({
      pack: { version: '1.1.0', updated: '2026-12-05' },
    });
    // A new city (no base): its own version, bumped.
    expect(publishedPack(draft('0.1.0'), undefined, undefined, today)).toEqual({
      pack: { version: '0.1.1', updated: '2026-12-05' },
    });
  });

  it('bumps patch by default, minor and major on request', () => {
    expect(bumpVersion('1.4.2')).toBe('1.4.3');
    expect(bumpVersion('1.4.2', 'minor')).toBe('1.5.0');
    expect(bumpVersion('1.4.2', 'major')).toBe('2.0.0');
    expect(bumpVersion('one')).toBeUndefined();
  });
});
