/** The draft on disk: revisions, replacement as a whole, recovery after a kill, discard. */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChangedElsewhere, DraftStore } from '../../../../main/core/studio/draft-store.ts';
import { tempFolder } from '../../support/temp-folder.ts';

async function storeWithDraft() {
  const store = new DraftStore(await tempFolder('kiosk-draft-'));
  const draft = await store.replace({ pack: { n: 1 }, origin: 'new' }, async (dir) => {
    await writeFile(path.join(dir, 'media', 'a.svg'), '<svg/>');
  });
  return { store, draft };
}

describe('DraftStore', () => {
  it('survives a restart: a new store on the same folder reads the last save', async () => {
    const { store, draft } = await storeWithDraft();
    await store.save({ n: 2 }, draft.revision);
    const again = new DraftStore(path.dirname(store.studioDir));
    expect(await again.read()).toMatchObject({ pack: { n: 2 }, revision: draft.revision + 1, origin: 'new' });
  });

  it('refuses a save based on an older revision (another window saved since)', async () => {
    const { store, draft } = await storeWithDraft();
    await store.save({ n: 2 }, draft.revision);
    await expect(store.save({ n: 3 }, draft.revision)).rejects.toBeInstanceOf(ChangedElsewhere);
    expect((await store.read())?.pack).toEqual({ n: 2 });
  });

  it('continues revisions across a replace, so a window on the old draft cannot overwrite the new one', async () => {
    const { store, draft } = await storeWithDraft();
    const next = await store.replace({ pack: { other: true }, origin: 'folder' });
    expect(next.revision).toBeGreaterThan(draft.revision);
    await expect(store.save({ n: 9 }, draft.revision)).rejects.toBeInstanceOf(ChangedElsewhere);
    // The old draft's media went with it.
    expect(await readdir(path.join(store.dir, 'media'))).toEqual([]);
  });

  it('puts the old draft back when a replace was killed between its two renames, and removes what killed operations left', async () => {
    const { store } = await storeWithDraft();
    // The state a kill leaves: the draft set aside, the new one not yet renamed in.
    await rename(store.dir, path.join(store.studioDir, '.old-killed'));
    await mkdir(path.join(store.studioDir, '.next-killed'));
    await writeFile(path.join(store.studioDir, '.incoming-killed.zip'), 'PK');
    await mkdir(path.join(store.studioDir, '.zip-killed'));
    await writeFile(path.join(store.studioDir, '.old-killed', 'media', '.upload-killed'), 'half a photo');
    const again = new DraftStore(path.dirname(store.studioDir));
    expect(await again.read()).toMatchObject({ pack: { n: 1 } });
    expect(await readFile(path.join(again.dir, 'media', 'a.svg'), 'utf8')).toBe('<svg/>');
    expect((await readdir(again.studioDir)).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(await readdir(path.join(again.dir, 'media'))).toEqual(['a.svg']);
  });

  it('discards the draft with its media', async () => {
    const { store } = await storeWithDraft();
    await store.discard();
    expect(await store.read()).toBeNull();
    expect(await readdir(store.studioDir)).toEqual([]);
  });
});
