/**
 * A 1.5 GiB pack imports by the path road, in plain Node: a zip of stored entries (its video is
 * 1.5 GiB, a WebM by its header) written to disk, imported by `ActivePackManager.importZipFile` as
 * `packs:choose-zip` does after main's dialog, every phase reported, the pack switched to, and the
 * process's memory (RSS, sampled while it ran) growing by far less than the zip. Electron is not
 * involved: its dialog and IPC are covered (mocked) in tests/unit.
 *
 * It writes about 4.5 GiB to the system's temp folder (the zip, the incoming copy, the extracted
 * pack; all removed after) and took 27 s on the 2-core development machine (6 s to write the zip,
 * 21 s to import it), so it stays in the unit suite; see docs/testing.md.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_IMPORT_PHASES } from '../../../../main/contract/ipc.ts';
import { ActivePackManager } from '../../../../main/core/pack/active-pack-manager.ts';
import { writeLargeStoredZip } from '../../../fixtures/large-zip.ts';
import { minimalPack, WEBM_HEADER, writePackDir } from '../../../fixtures/minimal-pack.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const GIB = 1024 ** 3;
const VIDEO_BYTES = 1.5 * GIB;
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

describe('a 1.5 GiB pack', () => {
  it('imports from its path by streaming, phase by phase, with memory bounded', async () => {
    const folder = await tempFolder('kiosk-large-');
    const zipPath = path.join(folder, 'large-city.zip');
    const pack = minimalPack();
    pack.pack.version = '9.0.0';
    const started = Date.now();
    const zipBytes = await writeLargeStoredZip(zipPath, [
      { name: 'pack.json', data: JSON.stringify(pack) },
      { name: 'media/acme.svg', data: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>' },
      { name: 'media/clip.webm', head: WEBM_HEADER, size: VIDEO_BYTES },
    ]);
    const written = Date.now();
    expect(zipBytes).toBeGreaterThan(VIDEO_BYTES);

    const manager = await ActivePackManager.open({
      root: path.join(folder, 'packs'),
      embeddedDir: await writePackDir(),
      log: quiet,
    });
    const phases: string[] = [];
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    let result;
    try {
      result = await manager.importZipFile(zipPath, (p) => {
        if (phases.at(-1) !== p.phase) phases.push(p.phase);
      });
    } finally {
      clearInterval(sampler);
    }
    const imported = Date.now();

    expect(result).toMatchObject({ status: 'imported', pack: { id: 'test-city', version: '9.0.0' } });
    // Over the pack's video budget: a warning, not a refusal.
    expect(result.status === 'imported' && result.warnings.length).toBeGreaterThan(0);
    expect(phases).toEqual(PACK_IMPORT_PHASES);
    expect(manager.status()).toMatchObject({ source: 'library', active: { version: '9.0.0' }, import: null });
    const dir = manager.getPack()!.dir;
    expect((await stat(path.join(dir, 'media', 'clip.webm'))).size).toBe(VIDEO_BYTES);
    expect((await readdir(path.join(folder, 'packs'))).filter((n) => n.startsWith('.'))).toEqual([]);
    const growth = peak - baseline;
    expect(growth).toBeLessThan(256 * 1024 ** 2);
    console.info(
      `[large import] zip ${zipBytes} bytes written in ${(written - started) / 1000} s, ` +
        `imported in ${(imported - written) / 1000} s; RSS grew by ${Math.round(growth / 1024 ** 2)} MiB at most`,
    );
  }, 600_000);
});
