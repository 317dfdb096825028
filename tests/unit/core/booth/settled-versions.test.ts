/**
 * A kiosk's memory of the pack versions it refused or rolled back: kept across restarts in the data
 * folder, bounded in size, and a damaged file or a failed write never stops the kiosk.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  MAX_REASONS,
  MAX_SETTLED,
  openSettledVersions,
  type SettledVersion,
} from '../../../../main/core/booth/settled-versions.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const quiet = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });
const refused = (version: string, reasons = ['pack.json: title: required']): SettledVersion => ({
  state: 'refused',
  id: 'test-city',
  version,
  reasons,
});

describe('the memory of refused pack versions', () => {
  it('keeps what it remembered across a restart', async () => {
    const file = path.join(await tempFolder('settled-'), 'booth', 'settled-packs.json');
    const first = await openSettledVersions(file, quiet());
    await first.remember('test-city@2.0.0#t1', refused('2.0.0'));
    const again = await openSettledVersions(file, quiet());
    expect(again.get('test-city@2.0.0#t1')).toEqual(refused('2.0.0'));
    expect(again.get('test-city@2.0.1#t2')).toBeUndefined();
  });

  it('keeps only the newest versions and a bounded list of short reasons', async () => {
    const file = path.join(await tempFolder('settled-'), 'settled-packs.json');
    const memory = await openSettledVersions(file, quiet());
    const many = Array.from({ length: 80 }, (_, i) => `problem ${i} ${'x'.repeat(900)}`);
    for (let i = 0; i < MAX_SETTLED + 5; i++) await memory.remember(`k${i}`, refused(`2.0.${i}`, many));
    const again = await openSettledVersions(file, quiet());
    expect(again.get('k0')).toBeUndefined();
    expect(again.get('k4')).toBeUndefined();
    const newest = again.get(`k${MAX_SETTLED + 4}`)!;
    expect(newest.reasons).toHaveLength(MAX_REASONS);
    expect(newest.reasons.at(-1)).toBe(`and ${80 - (MAX_REASONS - 1)} more`);
    expect(newest.reasons[0]!.length).toBeLessThanOrEqual(500);
    expect((await readFile(file)).byteLength).toBeLessThan(300_000);
  });

  it('starts empty, and says so in the log, when the file is damaged', async () => {
    const folder = await tempFolder('settled-');
    const file = path.join(folder, 'settled-packs.json');
    await writeFile(file, '{"format":1,"versions":[{"key":');
    const log = quiet();
    const memory = await openSettledVersions(file, log);
    expect(memory.get('anything')).toBeUndefined();
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/settled-packs.json is unreadable/), expect.anything());
    await memory.remember('k', refused('2.0.0'));
    expect((await openSettledVersions(file, quiet())).get('k')).toEqual(refused('2.0.0'));
  });

  it('still remembers in memory, and logs, when the file cannot be written', async () => {
    // 'booth' is a file here, so the folder cannot be made (tests run as root: permissions would not stop it).
    const folder = path.join(await tempFolder('settled-'), 'booth');
    await writeFile(folder, 'not a folder');
    const log = quiet();
    const memory = await openSettledVersions(path.join(folder, 'settled-packs.json'), log);
    await memory.remember('k', refused('2.0.0'));
    expect(memory.get('k')).toEqual(refused('2.0.0'));
    expect(log.warn).toHaveBeenCalledWith(
      expect.stringMatching(/remembering the refused pack version/),
      expect.anything(),
    );
  });
});
