import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPackZip } from '../../../../main/core/pack/import-pack-zip.ts';
import { ACTIVE_FILE, PackLibrary } from '../../../../main/core/pack/pack-library.ts';
import { minimalPack, writePackDir } from '../../../fixtures/minimal-pack.ts';
import { packEntries, writeZip } from '../../../fixtures/pack-zip.ts';

/** A library over a fresh packs root, with the minimal pack as its embedded default. */
async function library() {
  const defaultDir = await writePackDir();
  const root = path.join(await writePackDir(), 'packs-root');
  return new PackLibrary({ root, defaultDir });
}

function versioned(version: string) {
  const pack = minimalPack();
  pack.pack.version = version;
  return pack;
}

async function importVersion(lib: PackLibrary, version: string): Promise<string> {
  const imported = await importPackZip(await writeZip(packEntries(versioned(version))), lib.root);
  if (!imported.ok) throw new Error(imported.errors.map((e) => e.message).join('\n'));
  return imported.dir;
}

async function breakPack(dir: string): Promise<void> {
  await writeFile(path.join(dir, 'pack.json'), '{ "pack": ');
}

describe('the pack library', () => {
  it('shows the embedded default, and says so, before anything is activated', async () => {
    const lib = await library();
    const loaded = await lib.loadActive();
    expect(loaded.ok && loaded.used).toBe('default');
    expect(loaded.notes).toEqual(['no pack has been activated', 'showing the embedded default pack']);
  });

  it('imports, activates, and loads the activated pack', async () => {
    const lib = await library();
    const dir = await importVersion(lib, '1.0.0');
    const activated = await lib.activate(dir);
    expect(activated.ok).toBe(true);
    const loaded = await lib.loadActive();
    expect(loaded.ok && loaded.used).toBe('active');
    expect(loaded.ok && loaded.result.dir).toBe(dir);
    // Stored relative to the root, so the user-data folder can move.
    const state = JSON.parse(await readFile(path.join(lib.root, ACTIVE_FILE), 'utf8'));
    expect(state.active).toBe(path.basename(dir));
    expect(state.lastGood).toBeNull();
  });

  it('refuses to activate a pack that does not validate and keeps the current one', async () => {
    const lib = await library();
    const good = await importVersion(lib, '1.0.0');
    await lib.activate(good);
    const broken = await writePackDir({ pack: {} });
    const refused = await lib.activate(broken);
    expect(refused.ok).toBe(false);
    expect((await lib.readState()).active).toBe(path.basename(good));
  });

  it('remembers the outgoing pack as the last good one, and rolls back to it', async () => {
    const lib = await library();
    const v1 = await importVersion(lib, '1.0.0');
    const v2 = await importVersion(lib, '2.0.0');
    await lib.activate(v1);
    await lib.activate(v2);
    expect(await lib.readState()).toMatchObject({ active: path.basename(v2), lastGood: path.basename(v1) });

    const back = await lib.rollback();
    expect(back.ok && back.result.pack.pack.version).toBe('1.0.0');
    expect(await lib.readState()).toMatchObject({ active: path.basename(v1), lastGood: path.basename(v2) });
  });

  it('falls back to the last good pack when the active one no longer loads, and says why', async () => {
    const lib = await library();
    const v1 = await importVersion(lib, '1.0.0');
    const v2 = await importVersion(lib, '2.0.0');
    await lib.activate(v1);
    await lib.activate(v2);
    await breakPack(v2);
    const loaded = await lib.loadActive();
    expect(loaded.ok && loaded.used).toBe('last-good');
    expect(loaded.ok && loaded.result.pack.pack.version).toBe('1.0.0');
    expect(loaded.notes[0]).toMatch(
      /^the active pack "test-city-2\.0\.0-.*" does not load \(pack\.json: not valid JSON/,
    );
  });

  it('falls back to the embedded default when neither the active nor the last good pack loads', async () => {
    const lib = await library();
    const v1 = await importVersion(lib, '1.0.0');
    const v2 = await importVersion(lib, '2.0.0');
    await lib.activate(v1);
    await lib.activate(v2);
    await breakPack(v2);
    await rm(v1, { recursive: true });
    const loaded = await lib.loadActive();
    expect(loaded.ok && loaded.used).toBe('default');
    expect(loaded.notes).toHaveLength(3);
    expect(loaded.notes[1]).toContain('the last-good pack');
    expect(loaded.notes[1]).toContain('not found');
  });

  it('reports failure only when even the default does not load', async () => {
    const lib = new PackLibrary({ root: await writePackDir(), defaultDir: '/nonexistent/default-pack' });
    const loaded = await lib.loadActive();
    expect(loaded.ok).toBe(false);
    expect(loaded.notes.at(-1)).toBe(
      'the embedded default pack does not load (.: pack folder /nonexistent/default-pack not found)',
    );
  });

  it('ignores a damaged active.json instead of failing to start', async () => {
    const lib = await library();
    await importVersion(lib, '1.0.0');
    await writeFile(path.join(lib.root, ACTIVE_FILE), '{"active": ');
    const loaded = await lib.loadActive();
    expect(loaded.ok && loaded.used).toBe('default');
    expect(loaded.notes[0]).toBe('active.json is unreadable and was ignored');
  });

  it('does not keep a broken outgoing pack as the way back', async () => {
    const lib = await library();
    const v1 = await importVersion(lib, '1.0.0');
    const v2 = await importVersion(lib, '2.0.0');
    const v3 = await importVersion(lib, '3.0.0');
    await lib.activate(v1);
    await lib.activate(v2);
    await breakPack(v2);
    await lib.activate(v3);
    expect((await lib.readState()).lastGood).toBe(path.basename(v1));
  });

  it('has nothing to roll back to at first', async () => {
    const lib = await library();
    const back = await lib.rollback();
    expect(back.ok).toBe(false);
    expect(!back.ok && back.errors[0]?.message).toBe('no earlier pack to return to');
  });

  it('writes active.json atomically, leaving no temporary files behind', async () => {
    const lib = await library();
    const v1 = await importVersion(lib, '1.0.0');
    await Promise.all([lib.activate(v1), lib.activate(v1), lib.activate(v1)]);
    const names = await readdir(lib.root);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(JSON.parse(await readFile(path.join(lib.root, ACTIVE_FILE), 'utf8')).active).toBe(path.basename(v1));
  });

  it('activates a pack folder outside the root by its absolute path', async () => {
    const lib = await library();
    const elsewhere = await writePackDir();
    await cp(elsewhere, `${elsewhere}-copy`, { recursive: true });
    await lib.activate(`${elsewhere}-copy`);
    expect((await lib.readState()).active).toBe(`${elsewhere}-copy`);
  });
});
