/**
 * The mutable active-pack holder: start-up with fallbacks (and the reason), swaps only after
 * validation, imports one at a time, copies of chosen folders, and the folder watcher.
 */
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ActivePackManager, PackSwitchRefused } from '../../../../main/core/pack/active-pack-manager.ts';
import { ACTIVE_FILE } from '../../../../main/core/pack/pack-library.ts';
import { PACK_IMPORT_PHASES } from '../../../../main/contract/ipc.ts';
import { minimalPack, writePackDir } from '../../../fixtures/minimal-pack.ts';
import { packEntries, writeZip } from '../../../fixtures/pack-zip.ts';
import { buildZip } from '../../../fixtures/zip-writer.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const quiet = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

function versioned(version: string) {
  const pack = minimalPack();
  pack.pack.version = version;
  return pack;
}

const zipOf = (version: string) => buildZip(packEntries(versioned(version)));

async function open(options: { overrideDir?: string; root?: string; embeddedDir?: string; maxZipBytes?: number } = {}) {
  const root = options.root ?? path.join(await tempFolder('kiosk-lib-'), 'packs');
  const embeddedDir = options.embeddedDir ?? (await writePackDir());
  const manager = await ActivePackManager.open({ root, embeddedDir, log: quiet, ...options });
  return { manager, root, embeddedDir };
}

const versionOf = (manager: ActivePackManager) => manager.getPack()?.pack.pack.version;

const order = (phase: string) => (PACK_IMPORT_PHASES as readonly string[]).indexOf(phase);

describe('start-up', () => {
  it('shows the embedded pack on a fresh install, with no fallback reason', async () => {
    const { manager, embeddedDir } = await open();
    expect(manager.status()).toMatchObject({
      source: 'embedded',
      active: { id: 'test-city', version: '1.0.0', dir: path.resolve(embeddedDir) },
      fallbackReason: null,
      lastGood: null,
      errors: [],
    });
  });

  it('shows the imported pack after a restart', async () => {
    const { manager, root, embeddedDir } = await open();
    await manager.importZip(zipOf('2.0.0'));
    const again = await ActivePackManager.open({ root, embeddedDir, log: quiet });
    expect(again.status()).toMatchObject({ source: 'library', active: { version: '2.0.0' }, fallbackReason: null });
  });

  it('falls back to the last good pack when the active one broke, and says why', async () => {
    const { manager, root, embeddedDir } = await open();
    await manager.importZip(zipOf('2.0.0'));
    await manager.importZip(zipOf('3.0.0'));
    await writeFile(path.join(manager.getPack()!.dir, 'pack.json'), '{ broken');
    const again = await ActivePackManager.open({ root, embeddedDir, log: quiet });
    expect(versionOf(again)).toBe('2.0.0');
    expect(again.status().source).toBe('library');
    expect(again.status().fallbackReason).toMatch(/the active pack ".*3\.0\.0.*" does not load/);
  });

  it('falls back to the embedded pack when the active and last good packs broke', async () => {
    const { manager, root, embeddedDir } = await open();
    await manager.importZip(zipOf('2.0.0'));
    const second = await manager.importZip(zipOf('3.0.0'));
    expect(second.status).toBe('imported');
    const state = JSON.parse(await readFile(path.join(root, ACTIVE_FILE), 'utf8')) as {
      active: string;
      lastGood: string;
    };
    await rm(path.resolve(root, state.active), { recursive: true });
    await rm(path.resolve(root, state.lastGood), { recursive: true });
    const again = await ActivePackManager.open({ root, embeddedDir, log: quiet });
    expect(again.status()).toMatchObject({ source: 'embedded', active: { version: '1.0.0' } });
    expect(again.status().fallbackReason).toMatch(/active pack.*does not load.*last-good pack.*does not load/);
  });

  it('says so when active.json is unreadable', async () => {
    const root = path.join(await tempFolder('kiosk-lib-'), 'packs');
    await mkdir(root, { recursive: true });
    await writeFile(path.join(root, ACTIVE_FILE), 'not json');
    const { manager } = await open({ root });
    expect(manager.status().fallbackReason).toMatch(/active\.json is unreadable/);
  });

  it('reports errors, without a pack, when even the embedded pack is broken', async () => {
    const { manager } = await open({ embeddedDir: await writePackDir({ pack: {} }) });
    expect(manager.getPack()).toBeUndefined();
    expect(manager.getPackErrors().length).toBeGreaterThan(0);
    expect(manager.status().active).toBeNull();
  });

  it('shows an override as is and refuses import and rollback', async () => {
    const overrideDir = await writePackDir(versioned('9.0.0'));
    const { manager, root } = await open({ overrideDir });
    expect(manager.status()).toMatchObject({ source: 'override', active: { version: '9.0.0' } });
    expect(await manager.importZip(zipOf('2.0.0'))).toMatchObject({ status: 'refused' });
    expect(await manager.importFolder(await writePackDir())).toMatchObject({ status: 'refused' });
    await expect(manager.rollback()).rejects.toThrow(PackSwitchRefused);
    expect(versionOf(manager)).toBe('9.0.0');
    await expect(readdir(root)).rejects.toThrow();
  });
});

describe('switching', () => {
  it('swaps only after validation: a broken zip leaves the pack on screen and announces nothing', async () => {
    const { manager } = await open();
    const changed = vi.fn();
    manager.onChange(changed);
    const before = manager.getPack();
    const result = await manager.importZip(buildZip(packEntries({ pack: {} })));
    expect(result.status).toBe('refused');
    expect(manager.getPack()).toBe(before);
    expect(changed).not.toHaveBeenCalled();
  });

  it('announces a switch after it happened, with the new id and version', async () => {
    const { manager } = await open();
    const seen: string[] = [];
    manager.onChange((change) => seen.push(`${change.version}:${versionOf(manager)}`));
    await manager.importZip(zipOf('2.0.0'));
    expect(seen).toEqual(['2.0.0:2.0.0']);
  });

  it('reports every phase in order (copy, extract, validate, switch), in its status too, and clears it after', async () => {
    const { manager } = await open();
    const seen: Array<[string, string | undefined]> = [];
    const zip = zipOf('2.0.0');
    await manager.importZip(zip, (p) => seen.push([p.phase, manager.status().import?.phase]));
    const phases = seen.map(([phase]) => phase);
    expect([...new Set(phases)]).toEqual(PACK_IMPORT_PHASES);
    // Each phase is one run: never back to an earlier one.
    expect(phases).toEqual([...phases].sort((a, b) => order(a) - order(b)));
    expect(seen.every(([phase, inStatus]) => phase === inStatus)).toBe(true);
    expect(manager.status().import).toBeNull();
  });

  it('imports a zip file from its path, and refuses a path that is not a plain .zip file within the limit', async () => {
    const { manager, root } = await open({ maxZipBytes: 64 * 1024 });
    const good = await writeZip(zipOf('2.0.0'));
    expect(await manager.importZipFile(good)).toMatchObject({ status: 'imported', pack: { version: '2.0.0' } });
    const dir = path.dirname(good);
    await symlink(good, path.join(dir, 'link.zip'));
    await writeFile(path.join(dir, 'huge.zip'), Buffer.alloc(64 * 1024 + 1));
    for (const [file, reason] of [
      [path.join(dir, 'missing.zip'), 'does not exist'],
      [dir, 'not a .zip file'],
      [path.join(dir, 'link.zip'), 'is a link'],
      [path.join(dir, 'huge.zip'), 'the limit is 65536'],
    ] as const) {
      const result = await manager.importZipFile(file);
      expect(result, file).toMatchObject({ status: 'refused', errors: [expect.stringContaining(reason)] });
    }
    expect(versionOf(manager)).toBe('2.0.0');
    expect((await readdir(root)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('runs concurrent imports one after the other; the last one asked wins', async () => {
    const { manager, root } = await open();
    const order: string[] = [];
    manager.onChange((change) => order.push(change.version));
    const results = await Promise.all([
      manager.importZip(zipOf('2.0.0')),
      manager.importZip(zipOf('3.0.0')),
      manager.importZip(zipOf('4.0.0')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported']);
    expect(order).toEqual(['2.0.0', '3.0.0', '4.0.0']);
    expect(versionOf(manager)).toBe('4.0.0');
    expect(manager.status().lastGood).toEqual({ id: 'test-city', version: '3.0.0' });
    // Nothing half-done is left behind: no staging folders, no incoming zips.
    expect((await readdir(root)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('rolls back to the embedded pack after the first import', async () => {
    const { manager } = await open();
    await manager.importZip(zipOf('2.0.0'));
    expect(manager.status().lastGood).toEqual({ id: 'test-city', version: '1.0.0' });
    const status = await manager.rollback();
    expect(status).toMatchObject({ source: 'embedded', active: { version: '1.0.0' } });
    expect(status.lastGood).toEqual({ id: 'test-city', version: '2.0.0' });
  });

  it('refuses a rollback with nowhere to go', async () => {
    const { manager } = await open();
    await expect(manager.rollback()).rejects.toThrow(/no earlier pack/);
  });

  it('copies a chosen folder into the library, so later edits of the stick change nothing', async () => {
    const { manager, root } = await open();
    const stick = await writePackDir(versioned('5.0.0'));
    await symlink('/etc/passwd', path.join(stick, 'media', 'link.svg')).catch(() => undefined);
    const result = await manager.importFolder(stick);
    expect(result).toMatchObject({ status: 'imported', pack: { version: '5.0.0' } });
    const dir = manager.getPack()!.dir;
    expect(path.dirname(dir)).toBe(path.resolve(root));
    expect(await readdir(path.join(dir, 'media'))).not.toContain('link.svg');
    await rm(stick, { recursive: true });
    expect((await manager.check()).ok).toBe(true);
  });

  it('refuses a chosen folder that does not validate', async () => {
    const { manager } = await open();
    const result = await manager.importFolder(await writePackDir({ pack: {} }));
    expect(result.status).toBe('refused');
    expect(versionOf(manager)).toBe('1.0.0');
  });
});

describe('watching the active folder', () => {
  it('reloads on a valid change, ignores an invalid one, and announces only the valid one', async () => {
    const { manager } = await open({ embeddedDir: await writePackDir() });
    const changed = vi.fn();
    manager.onChange(changed);
    const invalid = vi.fn();
    const stop = manager.watch({ mode: 'poll', pollMs: 20, debounceMs: 20, onInvalidChange: invalid });
    const file = path.join(manager.getPack()!.dir, 'pack.json');
    try {
      await new Promise((r) => setTimeout(r, 60));
      await writeFile(file, '{ "pack": ');
      await vi.waitFor(() => expect(invalid).toHaveBeenCalled(), { timeout: 3000 });
      expect(versionOf(manager)).toBe('1.0.0');
      expect(changed).not.toHaveBeenCalled();

      await writeFile(file, JSON.stringify(versioned('1.1.0')));
      await vi.waitFor(() => expect(changed).toHaveBeenCalledWith({ id: 'test-city', version: '1.1.0' }), {
        timeout: 3000,
      });
      expect(versionOf(manager)).toBe('1.1.0');
    } finally {
      stop();
    }
  });
});
