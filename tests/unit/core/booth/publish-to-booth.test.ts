/**
 * Publishing to the booth: a whole version folder under its final name, the manifest written last
 * and naming every file with its size and hash, the temp folder ignored by Syncthing, old versions pruned.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as fsp from 'node:fs/promises';
import {
  PUBLISH_TEMP_PREFIX,
  readManifest,
  STIGNORE_FILE,
  verifyFiles,
} from '../../../../main/core/booth/booth-manifest.ts';
import { publishToBooth } from '../../../../main/core/booth/publish-to-booth.ts';
import { minimalPack, writePackDir } from '../../../fixtures/minimal-pack.ts';
import { tempFolder } from '../../support/temp-folder.ts';

async function packDir(version: string) {
  const pack = minimalPack();
  pack.pack.version = version;
  return writePackDir(pack);
}

describe('publishToBooth', () => {
  it('writes a whole version folder and a manifest listing each file with its size and sha256', async () => {
    const packsDir = path.join(await tempFolder(), 'packs');
    const dir = await packDir('2.0.0');
    const manifest = await publishToBooth({ packsDir, packDir: dir, id: 'test-city', version: '2.0.0' });
    expect(manifest.folder).toBe('test-city-2.0.0');
    expect(manifest.files.map((f) => f.path)).toContain('pack.json');
    expect(manifest.files.map((f) => f.path)).toContain('media/clip.webm');
    expect(await verifyFiles(path.join(packsDir, manifest.folder), manifest.files)).toEqual([]);
    const read = await readManifest(packsDir);
    expect(read).toEqual({ ok: true, manifest });
    const names = await readdir(packsDir);
    expect(names.filter((n) => n.startsWith(PUBLISH_TEMP_PREFIX))).toEqual([]);
    expect(await readFile(path.join(packsDir, STIGNORE_FILE), 'utf8')).toContain(`${PUBLISH_TEMP_PREFIX}*`);
  });

  it('writes the manifest only after the version folder has its final name', async () => {
    const packsDir = path.join(await tempFolder(), 'packs');
    await publishToBooth({ packsDir, packDir: await packDir('1.0.0'), id: 'test-city', version: '1.0.0' });
    const seen: Array<string | undefined> = [];
    const manifest = await publishToBooth({
      packsDir,
      packDir: await packDir('2.0.0'),
      id: 'test-city',
      version: '2.0.0',
      onStep: async () => {
        const read = await readManifest(packsDir);
        seen.push(read.ok ? read.manifest?.version : 'unreadable');
      },
    });
    // While the copy is under its temp name and right after the rename, kiosks still see 1.0.0.
    expect(seen).toEqual(['1.0.0', '1.0.0']);
    expect(manifest.version).toBe('2.0.0');
  });

  it('a publish that fails half-way leaves the manifest as it was and no temp folder', async () => {
    const packsDir = path.join(await tempFolder(), 'packs');
    const first = await publishToBooth({
      packsDir,
      packDir: await packDir('1.0.0'),
      id: 'test-city',
      version: '1.0.0',
    });
    await expect(
      publishToBooth({
        packsDir,
        packDir: await packDir('2.0.0'),
        id: 'test-city',
        version: '2.0.0',
        onStep: (step) => {
          if (step === 'copied') throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(await readManifest(packsDir)).toEqual({ ok: true, manifest: first });
    expect((await readdir(packsDir)).filter((n) => n.startsWith(PUBLISH_TEMP_PREFIX))).toEqual([]);
  });

  it('keeps the last three versions and prunes older ones', async () => {
    const packsDir = path.join(await tempFolder(), 'packs');
    for (const version of ['1.0.0', '2.0.0', '3.0.0', '4.0.0']) {
      await publishToBooth({ packsDir, packDir: await packDir(version), id: 'test-city', version });
    }
    const dirs = (await readdir(packsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(dirs.sort()).toEqual(['test-city-2.0.0', 'test-city-3.0.0', 'test-city-4.0.0']);
    const read = await readManifest(packsDir);
    expect(read.ok && read.manifest?.kept).toEqual(['test-city-4.0.0', 'test-city-3.0.0', 'test-city-2.0.0']);
  });

  it('a republished version replaces its folder and the manifest names the new bytes', async () => {
    const packsDir = path.join(await tempFolder(), 'packs');
    const dir = await packDir('2.0.0');
    await publishToBooth({ packsDir, packDir: dir, id: 'test-city', version: '2.0.0' });
    await writeFile(path.join(dir, 'media', 'extra.txt'), 'new');
    const again = await publishToBooth({ packsDir, packDir: dir, id: 'test-city', version: '2.0.0' });
    expect(again.files.map((f) => f.path)).toContain('media/extra.txt');
    expect(again.kept).toEqual(['test-city-2.0.0']);
    expect(await verifyFiles(path.join(packsDir, again.folder), again.files)).toEqual([]);
  });
});

describe('verifyFiles', () => {
  it('names a missing file, a short file and a file with other bytes', async () => {
    const packsDir = path.join(await tempFolder(), 'packs');
    const manifest = await publishToBooth({
      packsDir,
      packDir: await packDir('2.0.0'),
      id: 'test-city',
      version: '2.0.0',
    });
    const folder = path.join(packsDir, manifest.folder);
    const pack = await readFile(path.join(folder, 'pack.json'), 'utf8');
    await writeFile(path.join(folder, 'pack.json'), pack.replace('2.0.0', '2.0.9'));
    expect(await verifyFiles(folder, manifest.files)).toEqual([
      'pack.json: its bytes differ from the published ones (sha256)',
    ]);
    await writeFile(path.join(folder, 'pack.json'), pack.slice(0, 10));
    expect((await verifyFiles(folder, manifest.files))[0]).toMatch(/^pack\.json: 10 bytes, expected \d+$/);
    await fsp.rm(path.join(folder, 'pack.json'));
    expect(await verifyFiles(folder, manifest.files)).toEqual(['pack.json: missing']);
  });
});
