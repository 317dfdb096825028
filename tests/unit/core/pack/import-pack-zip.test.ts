import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_DIR } from '../../../../main/cli/browser-mode.ts';
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
    ['an executable', [{ name: 'media/run.exe', data: 'MZ' }], 'media/run.exe: refused: a program or script'],
    [
      'a script beside the pack',
      [{ name: 'install.sh', data: 'rm -rf /' }],
      'install.sh: refused: a program or script',
    ],
    ['a script in upper case', [{ name: 'SETUP.BAT', data: 'del' }], 'SETUP.BAT: refused: a program or script'],
    ['a web page', [{ name: 'media/index.html', data: '<script>' }], 'media/index.html: refused: a program or script'],
    ['a macro-enabled document', [{ name: 'notes.docm', data: 'PK' }], 'notes.docm: refused: a program or script'],
    [
      'a script with a hostile name',
      [{ name: '../run.ps1', data: 'x' }],
      '../run.ps1: refused: the path leads outside the pack folder (..)',
    ],
    [
      'a note that climbs out of the folder',
      [{ name: '../README.txt', data: 'x' }],
      '../README.txt: refused: the path leads outside the pack folder (..)',
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

describe('a pack zipped the way staff zip it: harmless files beside the content are left out with a warning', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';
  /** Imports, expects success, and returns the warnings' lines and the files of the imported pack. */
  async function importsWithWarnings(entries: ZipEntrySpec[]) {
    const { result, root } = await importEntries(entries);
    if (!result.ok) throw new Error(`refused:\n${result.errors.map(formatIssue).join('\n')}`);
    const files = (await readdir(result.dir, { recursive: true })).map(String).sort();
    expect((await readdir(root)).length, 'only the imported pack in the packs folder').toBe(1);
    return { warnings: result.warnings.map(formatIssue), files };
  }

  const notes = [
    'README',
    'README.md',
    'LICENSES.md',
    '说明.txt',
    'Notes 2026.txt',
    'brochure.pdf',
    '简介.docx',
    'figures.xlsx',
  ];

  it('Windows Explorer ("Send to → Compressed folder"): one top folder, no folder entries, Thumbs.db and desktop.ini', async () => {
    const entries = [
      ...packEntries(minimalPack(), 'xuzhou/'),
      ...notes.map((n) => ({ name: `xuzhou/${n}`, data: 'notes' })),
      { name: 'xuzhou/Thumbs.db', data: 'thumbs' },
      { name: 'xuzhou/media/desktop.ini', data: '[.ShellClassInfo]' },
    ];
    const { warnings, files } = await importsWithWarnings(entries);
    expect(files).toEqual(['media', 'media/acme.svg', 'media/clip.webm', 'pack.json']);
    for (const n of notes) expect(warnings).toContain(`xuzhou/${n}: ${NOTE_WARNING}`);
    expect(warnings).toContain('xuzhou/Thumbs.db: ignored: a file the operating system adds');
    expect(warnings).toContain('xuzhou/media/desktop.ini: ignored: a file the operating system adds');
  });

  it('Windows Explorer on a Chinese system: a folder named in GBK, without the UTF-8 flag', async () => {
    // 徐州 in GBK.
    const folder = Buffer.from([0xd0, 0xec, 0xd6, 0xdd]);
    const entries = [...packEntries(), { name: 'LICENSES.md', data: 'licences' }].map((e) => ({
      ...e,
      nameBytes: Buffer.concat([folder, Buffer.from('/' + e.name)]),
    }));
    const { warnings, files } = await importsWithWarnings(entries);
    expect(files).toEqual(['media', 'media/acme.svg', 'media/clip.webm', 'pack.json']);
    expect(warnings).toContain(`徐州/LICENSES.md: ${NOTE_WARNING}`);
  });

  it('macOS Finder ("Compress"): __MACOSX resource forks and .DS_Store', async () => {
    const entries = [
      { name: 'xuzhou/' },
      ...packEntries(minimalPack(), 'xuzhou/'),
      { name: 'xuzhou/LICENSES.md', data: 'licences' },
      { name: 'xuzhou/.DS_Store', data: 'finder' },
      { name: '__MACOSX/' },
      { name: '__MACOSX/xuzhou/' },
      { name: '__MACOSX/xuzhou/._pack.json', data: 'fork' },
      { name: '__MACOSX/xuzhou/media/._acme.svg', data: 'fork' },
      { name: '__MACOSX/xuzhou/._LICENSES.md', data: 'fork' },
    ];
    const { warnings, files } = await importsWithWarnings(entries);
    expect(files).toEqual(['media', 'media/acme.svg', 'media/clip.webm', 'pack.json']);
    expect(warnings).toContain(`xuzhou/LICENSES.md: ${NOTE_WARNING}`);
    expect(warnings).toContain('xuzhou/.DS_Store: ignored: a file the operating system adds');
    expect(warnings).toContain('__MACOSX/: ignored: 3 files that macOS adds when it compresses a folder');
  });

  it('zip -r on Linux or macOS: folder entries and Unix modes, executable bits on plain files', async () => {
    const entries = [
      { name: 'xuzhou/', unixMode: 0o040755 },
      { name: 'xuzhou/media/', unixMode: 0o040755 },
      ...packEntries(minimalPack(), 'xuzhou/').map((e) => ({ ...e, unixMode: 0o100777 })),
      { name: 'xuzhou/LICENSES.md', data: 'licences', unixMode: 0o100777 },
      { name: 'xuzhou/notes/', unixMode: 0o040755 },
      { name: 'xuzhou/notes/会议记录.txt', data: 'minutes', unixMode: 0o100644 },
    ];
    const { warnings, files } = await importsWithWarnings(entries);
    expect(files).toEqual(['media', 'media/acme.svg', 'media/clip.webm', 'pack.json']);
    expect(warnings).toContain(`xuzhou/LICENSES.md: ${NOTE_WARNING}`);
    expect(warnings).toContain(`xuzhou/notes/会议记录.txt: ${NOTE_WARNING}`);
  });

  it('any harmless name at any depth is left out, never refused (generated)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            dir: fc.constantFrom('', 'media/', 'docs/', '资料/', 'a b/'),
            stem: fc.stringMatching(/^[A-Za-z0-9 _\u4e00-\u9fa5-]{1,12}$/),
            ext: fc.constantFrom('', '.txt', '.md', '.pdf', '.docx', '.xlsx', '.PDF', '.psd', '.ai', '.zip'),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.constantFrom('', 'pack/'),
        async (extras, prefix) => {
          const names = [...new Set(extras.map((x) => `${prefix}${x.dir}${x.stem.trim() || 'x'}${x.ext}`))];
          const { warnings, files } = await importsWithWarnings([
            ...packEntries(minimalPack(), prefix),
            ...names.map((name) => ({ name, data: 'x' })),
          ]);
          expect(files.filter((f) => !f.startsWith('media'))).toEqual(['pack.json']);
          for (const name of names) expect(warnings).toContain(`${name}: ${NOTE_WARNING}`);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a media-typed file under a name the pack could not use is still refused, naming it', async () => {
    const { report } = await importEntries([...packEntries(), { name: 'media/图.svg', data: svg }]);
    expect(report.some((l) => l.startsWith('media/图.svg: refused: path has characters outside'))).toBe(true);
  });
});

const NOTE_WARNING =
  'ignored: not part of what the kiosk shows (a note, document or other file); the import goes on without it';

describe('the shipped pack', () => {
  it('round-trips: its folder zipped as it is (LICENSES.md included) imports, with a warning for the licences', async () => {
    const folder = DEFAULT_PACK_DIR;
    const names = (await readdir(folder, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => path.relative(folder, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
    const entries = await Promise.all(
      names.map(async (name) => ({ name: `xuzhou/${name}`, data: await readFile(path.join(folder, name)) })),
    );
    const { result } = await importEntries(entries);
    if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
    expect(result.pack.pack.id).toBe('xuzhou');
    expect(result.warnings.map(formatIssue)).toContain(`xuzhou/LICENSES.md: ${NOTE_WARNING}`);
  });
});
