import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPackZip, type ZipOptions } from '../../../../main/core/pack/import-pack-zip.ts';
import { formatIssue } from '../../../../main/core/pack/pack-issue.ts';
import { minimalPack } from '../../../fixtures/minimal-pack.ts';
import { packEntries, writeZip } from '../../../fixtures/pack-zip.ts';
import { buildZip, deflatedZeros, type ZipEntrySpec } from '../../../fixtures/zip-writer.ts';

const GiB = 1024 ** 3;

async function packsRoot(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'kiosk-packs-'));
}

/** Imports a zip of the given entries into a fresh packs root; returns the report and the root. */
async function importEntries(entries: ZipEntrySpec[] | Buffer, options: ZipOptions = {}) {
  const root = await packsRoot();
  const result = await importPackZip(await writeZip(entries), root, options);
  return { result, root, report: result.ok ? [] : result.errors.map(formatIssue) };
}

describe('importing a valid pack zip', () => {
  it('validates in staging, then moves it to <id>-<version>-<timestamp> and leaves nothing else', async () => {
    const progress: Array<[number, number]> = [];
    const { result, root } = await importEntries(packEntries(), { onProgress: (d, t) => progress.push([d, t]) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(path.basename(result.dir)).toMatch(/^test-city-1\.0\.0-\d{8}T\d{9}Z$/);
    expect(await readdir(root)).toEqual([path.basename(result.dir)]);
    expect((await readdir(result.dir)).sort()).toEqual(['media', 'pack.json']);
    expect(result.pack.enterprises[0]?.id).toBe('acme');
    const [done, total] = progress.at(-1)!;
    expect(done).toBe(total);
    expect(total).toBeGreaterThan(1000);
  });

  it('accepts a zip of the pack folder itself (one top-level folder)', async () => {
    const { result } = await importEntries([{ name: 'xuzhou/' }, ...packEntries(minimalPack(), 'xuzhou/')]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(existsSync(path.join(result.dir, 'pack.json'))).toBe(true);
  });

  it('skips the __MACOSX and .DS_Store junk that macOS adds', async () => {
    const { result } = await importEntries([
      ...packEntries(),
      { name: '__MACOSX/._pack.json', data: 'resource fork' },
      { name: 'media/.DS_Store', data: 'finder' },
    ]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(await readdir(path.join(result.dir, 'media'))).not.toContain('.DS_Store');
  });

  it('keeps stored (uncompressed) entries byte for byte', async () => {
    const entries = packEntries().map((e) => ({ ...e, method: 'store' as const }));
    const { result } = await importEntries(entries);
    expect(result.ok).toBe(true);
    if (result.ok) expect((await readFile(path.join(result.dir, 'media/clip.webm')))[250]).toBe(250);
  });
});

describe('a hostile or broken zip is refused with the entry and the reason, and leaves no trace', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';
  const cases: Array<[string, ZipEntrySpec[] | (() => Buffer), string, ZipOptions?]> = [
    [
      'zip-slip with ../',
      [{ name: '../evil.svg', data: svg }],
      '../evil.svg: refused: the path leads outside the pack folder (..)',
    ],
    [
      'zip-slip hidden inside a path',
      [{ name: 'media/../../evil.svg', data: svg }],
      'media/../../evil.svg: refused: the path leads outside the pack folder (..)',
    ],
    ['an absolute path', [{ name: '/tmp/evil.svg', data: svg }], '/tmp/evil.svg: refused: absolute path'],
    ['a drive letter', [{ name: 'C:/evil.svg', data: svg }], 'C:/evil.svg: refused: drive letter'],
    ['a drive-relative path', [{ name: 'C:evil.svg', data: svg }], 'C:evil.svg: refused: drive letter'],
    ['a backslash', [{ name: 'media\\..\\..\\evil.svg', data: svg }], 'media\\..\\..\\evil.svg: refused: backslash'],
    ['a NUL in a name', [{ name: 'media/a\0.svg', data: svg }], 'media/a\0.svg: refused: path has characters outside'],
    ['a non-ASCII name', [{ name: 'media/图.svg', data: svg }], 'media/图.svg: refused: path has characters outside'],
    [
      'an empty path segment',
      [{ name: 'media//a.svg', data: svg }],
      'media//a.svg: refused: empty or dot path segment',
    ],
    [
      'a Windows device name',
      [{ name: 'media/nul.svg', data: svg }],
      'media/nul.svg: refused: "nul.svg" is a reserved',
    ],
    [
      'a folder name ending in a dot',
      [{ name: 'media./a.svg', data: svg }],
      'media./a.svg: refused: a name ending in a dot',
    ],
    [
      'a symlink entry',
      [{ name: 'media/link.svg', data: '/etc/passwd', unixMode: 0o120777 }],
      'media/link.svg: refused: symbolic link',
    ],
    [
      'a device or fifo entry',
      [{ name: 'media/fifo.svg', data: '', unixMode: 0o010644 }],
      'media/fifo.svg: refused: special file',
    ],
    [
      'an encrypted entry',
      [{ name: 'media/secret.svg', data: svg, flags: 0x1 }],
      'media/secret.svg: refused: encrypted entry',
    ],
    ['an executable', [{ name: 'media/run.exe', data: 'MZ' }], 'media/run.exe: refused: file type not allowed'],
    [
      'a script beside the pack',
      [{ name: 'install.sh', data: 'rm -rf /' }],
      'install.sh: refused: file type not allowed',
    ],
    [
      'a file with no extension',
      [{ name: 'media/README', data: 'hi' }],
      'media/README: refused: file type not allowed',
    ],
    [
      'an upper-case extension',
      [{ name: 'media/photo.PNG', data: 'x' }],
      'media/photo.PNG: refused: file type not allowed',
    ],
    [
      'a duplicate name',
      [
        { name: 'media/x.svg', data: svg },
        { name: 'media/x.svg', data: svg },
      ],
      'media/x.svg: refused: duplicate name in the archive',
    ],
    [
      'names that differ only in case',
      [
        { name: 'media/Logo.svg', data: svg },
        { name: 'media/logo.svg', data: svg },
      ],
      'media/logo.svg: refused: duplicate name in the archive',
    ],
    [
      'too many entries',
      Array.from({ length: 12 }, (_, i) => ({ name: `media/${i}.svg`, data: svg })),
      'pack.zip: refused: 15 entries; the limit is 10',
      { limits: { maxEntries: 10 } },
    ],
    [
      'more bytes than the total limit',
      [{ name: 'media/big.webm', data: Buffer.alloc(5000), method: 'store' }],
      'bytes uncompressed; the limit is 4000',
      { limits: { maxTotalBytes: 4000 } },
    ],
    [
      'a 1 GiB bomb of zeros with an honest header',
      () => buildZip([...packEntries(), { name: 'media/bomb.webm', raw: deflatedZeros(1024), size: GiB }]),
      'media/bomb.webm: refused: compression ratio',
    ],
    [
      'a 1 GiB bomb of zeros whose header claims 1000 bytes',
      () => buildZip([...packEntries(), { name: 'media/bomb.webm', raw: deflatedZeros(1024), size: 1000 }]),
      'media/bomb.webm: refused: expands beyond the 1000 bytes its header declares',
    ],
    [
      'a stored entry shorter than its header says',
      [{ name: 'media/short.webm', data: 'abc', method: 'store', size: 10 }],
      'media/short.webm: refused: 3 bytes, but its header declares 10',
    ],
    [
      'a wrong checksum',
      [{ name: 'media/bad.svg', data: svg, crc: 1234 }],
      'media/bad.svg: refused: checksum mismatch',
    ],
    [
      'bytes that are no zip',
      () => Buffer.from('PK but not really a zip file at all'),
      'pack.zip: not a readable zip archive',
    ],
    ['an empty file', () => Buffer.alloc(0), 'pack.zip: not a readable zip archive'],
    [
      'a truncated archive',
      () => {
        const whole = buildZip(packEntries());
        return whole.subarray(0, Math.floor(whole.length / 2));
      },
      'pack.zip: not a readable zip archive',
    ],
    [
      'a central directory pointing past the end',
      () => {
        const zip = buildZip(packEntries());
        const central = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
        zip.writeUInt32LE(zip.length + 100, central + 42);
        return zip;
      },
      ': could not be extracted',
    ],
    [
      'a zip without a pack file',
      () => buildZip([{ name: 'media/a.svg', data: svg }]),
      '.: no pack file: expected one of pack.json',
    ],
    [
      'a pack that does not validate',
      () => {
        const pack = minimalPack();
        delete (pack.enterprises![0]!.name as Record<string, string>).en;
        return buildZip(packEntries(pack));
      },
      'pack.json: enterprises[0].name.en: required',
    ],
    [
      'a pack naming media the zip lacks',
      () => buildZip(packEntries().filter((e) => e.name !== 'media/acme.svg')),
      'pack.json: enterprises[0].media.images[0].file: media file "media/acme.svg" not found in the pack folder',
    ],
  ];

  it.each(cases)('%s', async (_name, make, expected, options) => {
    // A list of entries is hostile content added to an otherwise valid pack.
    const entries = typeof make === 'function' ? make() : [...packEntries(), ...make];
    const { result, root, report } = await importEntries(entries, options);
    expect(result.ok).toBe(false);
    expect(
      report.some((line) => line.includes(expected)),
      `report was:\n${report.join('\n')}`,
    ).toBe(true);
    // Nothing left behind: no staging folder, no pack, nothing beside the root.
    expect(await readdir(root)).toEqual([]);
    expect(existsSync(path.join(root, '..', 'evil.svg'))).toBe(false);
  });
});
