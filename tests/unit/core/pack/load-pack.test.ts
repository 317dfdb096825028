import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_DIR } from '../../../../main/cli/browser-mode.ts';
import { loadPack } from '../../../../main/core/pack/load-pack.ts';
import { formatIssue } from '../../../../main/core/pack/pack-issue.ts';
import type { PackInput } from '../../../../main/core/pack/schema.ts';
import { minimalPack, writePackDir } from '../../../fixtures/minimal-pack.ts';

/** Loads a pack and returns its error lines, as an editor would read them. */
async function reportFor(dir: string): Promise<string[]> {
  const result = await loadPack(dir);
  if (result.ok) return [];
  return result.errors.map(formatIssue);
}

async function reportForPack(edit: (pack: PackInput & Record<string, unknown>) => void): Promise<string[]> {
  const pack = minimalPack() as PackInput & Record<string, unknown>;
  edit(pack);
  return reportFor(await writePackDir(pack));
}

describe('the default Xuzhou pack', () => {
  it('loads without errors', async () => {
    const result = await loadPack(DEFAULT_PACK_DIR);
    if (!result.ok) expect(result.errors.map(formatIssue)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has the clusters the source names, with every figure sourced', async () => {
    const result = await loadPack(DEFAULT_PACK_DIR);
    if (!result.ok) throw new Error('default pack does not load');
    const { pack } = result;
    expect(pack.pack.id).toBe('xuzhou');
    expect(pack.clusters.length).toBeGreaterThanOrEqual(7);
    const sourceIds = new Set(pack.sources.map((s) => s.id));
    const figures = [
      ...pack.city.headlineFigures,
      ...pack.clusters.flatMap((c) => c.figures),
      ...pack.enterprises.flatMap((e) => e.figures),
    ];
    expect(figures.length).toBeGreaterThan(5);
    for (const figure of figures) expect(sourceIds.has(figure.source)).toBe(true);
    expect(pack.enterprises.some((e) => e.media.video)).toBe(true);
  });
});

describe('a valid pack', () => {
  it('loads from pack.json with defaults applied', async () => {
    const result = await loadPack(await writePackDir());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.file).toBe('pack.json');
      expect(result.pack.futureIndustries).toEqual([]);
      expect(result.pack.city.headlineFigures[0]?.qualifier).toBe('exact');
    }
  });

  it('loads from pack.yaml just the same', async () => {
    const { stringify } = await import('yaml');
    const dir = await writePackDir(undefined, { fileName: 'pack.yaml', raw: stringify(minimalPack()) });
    const result = await loadPack(dir);
    expect(result.ok && result.file).toBe('pack.yaml');
  });

  it('accepts a third language beside zh-CN and en', async () => {
    const report = await reportForPack((p) => {
      p.pack.languages = ['zh-CN', 'en', 'ja'];
      p.city.tagline = { 'zh-CN': '标语', en: 'Tagline', ja: 'キャッチコピー' };
    });
    expect(report).toEqual([]);
  });
});

describe('a broken pack is reported by file, field and what was expected', () => {
  const cases: Array<[string, (p: PackInput & Record<string, unknown>) => void, string]> = [
    [
      'a missing English name',
      (p) => delete (p.enterprises![0]!.name as Record<string, string>).en,
      'pack.json: enterprises[0].name.en: required',
    ],
    [
      'an empty Chinese text',
      (p) => (p.city.tagline['zh-CN'] = '  '),
      'pack.json: city.tagline.zh-CN: expected a non-empty Chinese text',
    ],
    [
      'an enterprise in an unknown cluster',
      (p) => (p.enterprises![0]!.clusters = ['steel']),
      'pack.json: enterprises[0].clusters[0]: unknown cluster "steel"',
    ],
    [
      'a figure without a known source',
      (p) => (p.city.headlineFigures[0]!.source = 'rumour'),
      'pack.json: city.headlineFigures[0].source: unknown source "rumour"',
    ],
    [
      'a cluster in an unknown tier',
      (p) => (p.clusters[0]!.tier = 'huge'),
      'pack.json: clusters[0].tier: unknown cluster tier "huge"',
    ],
    [
      'an unknown district',
      (p) => (p.enterprises![0]!.district = 'nowhere'),
      'pack.json: enterprises[0].district: unknown district "nowhere"',
    ],
    [
      'a park in an unknown district',
      (p) => (p.parks![0]!.district = 'nowhere'),
      'pack.json: parks[0].district: unknown district "nowhere"',
    ],
    [
      'a duplicate enterprise id',
      (p) => p.enterprises!.push({ ...p.enterprises![0]! }),
      'pack.json: enterprises[1].id: duplicate id "acme"',
    ],
    [
      'a referenced image that is missing',
      (p) => (p.enterprises![0]!.media!.images![0]!.file = 'media/missing.png'),
      'pack.json: enterprises[0].media.images[0].file: media file "media/missing.png" not found in the pack folder',
    ],
    [
      'a media path that leaves the pack',
      (p) => (p.enterprises![0]!.media!.images![0]!.file = '../outside.png'),
      'pack.json: enterprises[0].media.images[0].file: expected a relative path inside the pack',
    ],
    [
      'a misspelt field',
      (p) => ((p.enterprises![0] as Record<string, unknown>).sumary = p.enterprises![0]!.summary),
      'pack.json: enterprises[0].sumary: unknown field',
    ],
    [
      'a figure value given as text',
      (p) => ((p.city.headlineFigures[0] as Record<string, unknown>).value = '780亿'),
      'pack.json: city.headlineFigures[0].value: expected a number, got the text "780亿"',
    ],
    [
      'an unknown unit',
      (p) => ((p.city.headlineFigures[0] as Record<string, unknown>).unit = 'dollars'),
      'pack.json: city.headlineFigures[0].unit: expected one of "yuan"',
    ],
    ['a bad version', (p) => (p.pack.version = 'v1'), 'pack.json: pack.version: expected a version like 1.0.0'],
    [
      'a language list without English',
      (p) => (p.pack.languages = ['zh-CN', 'ja']),
      'pack.json: pack.languages: expected a list that includes zh-CN and en',
    ],
    [
      'a default language the pack lacks',
      (p) => (p.pack.defaultLanguage = 'ru'),
      "pack.json: pack.defaultLanguage: expected one of the pack's languages",
    ],
    ['no clusters at all', (p) => (p.clusters = []), 'pack.json: clusters: expected at least 1 item(s)'],
    [
      'a chain naming an unknown enterprise',
      (p) =>
        (p.clusters[0]!.chain = {
          illustrative: true,
          links: [{ stage: 'upstream', name: { 'zh-CN': '零件', en: 'Parts' }, enterprises: ['ghost'] }],
        }),
      'pack.json: clusters[0].chain.links[0].enterprises[0]: unknown enterprise "ghost"',
    ],
    [
      'a chain target citing an unknown source',
      (p) =>
        (p.clusters[0]!.chain = {
          illustrative: true,
          links: [{ stage: 'upstream', name: { 'zh-CN': '零件', en: 'Parts' }, target: { source: 'hearsay' } }],
        }),
      'pack.json: clusters[0].chain.links[0].target.source: unknown source "hearsay"',
    ],
    [
      'a park position citing an unknown source',
      (p) => (p.parks![0]!.location = { x: 1, y: 2, source: 'hearsay' }),
      'pack.json: parks[0].location.source: unknown source "hearsay"',
    ],
    [
      'a website that is not a URL',
      (p) => (p.enterprises![0]!.website = 'xcmg dot com'),
      'pack.json: enterprises[0].website: expected a valid url',
    ],
  ];

  it.each(cases)('%s', async (_name, edit, expected) => {
    const report = await reportForPack(edit);
    expect(
      report.some((line) => line.startsWith(expected)),
      `report was:\n${report.join('\n')}`,
    ).toBe(true);
  });
});

describe('a pack file that cannot be read is reported, not thrown', () => {
  it('names the line and column of a JSON syntax error', async () => {
    const report = await reportFor(await writePackDir(undefined, { raw: '{\n  "pack": {\n    "id": "x",,\n' }));
    expect(report).toHaveLength(1);
    expect(report[0]).toMatch(/^pack\.json: not valid JSON: .* at line 3, column \d+$/);
  });

  it('names the line of a YAML syntax error', async () => {
    const report = await reportFor(
      await writePackDir(undefined, { fileName: 'pack.yaml', raw: 'pack:\n  id: x\n   bad: [\n' }),
    );
    expect(report[0]).toMatch(/^pack\.yaml: not valid YAML at line \d+, column \d+/);
  });

  it('refuses a folder with two pack files', async () => {
    const dir = await writePackDir();
    await writeFile(path.join(dir, 'pack.yaml'), 'pack: {}\n');
    expect(await reportFor(dir)).toEqual(['.: more than one pack file (pack.json, pack.yaml): keep exactly one']);
  });

  it('refuses a folder without a pack file', async () => {
    const dir = path.join(tmpdir(), `kiosk-empty-${process.pid}`);
    await mkdir(dir, { recursive: true });
    expect(await reportFor(dir)).toEqual(['.: no pack file: expected one of pack.json, pack.yaml, pack.yml']);
  });

  it('refuses a folder that does not exist', async () => {
    const report = await reportFor('/nonexistent/kiosk-pack');
    expect(report).toEqual(['.: pack folder /nonexistent/kiosk-pack not found']);
  });

  it('refuses a pack file that is not UTF-8', async () => {
    const dir = await writePackDir();
    await writeFile(path.join(dir, 'pack.json'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await reportFor(dir)).toEqual([
      'pack.json: the file is not UTF-8 text (perhaps GBK); save it as UTF-8 (in Notepad: Save As → Encoding: UTF-8)',
    ]);
  });

  it('reports a media file reached through a symlink that leaves the pack as missing', async () => {
    const dir = await writePackDir();
    const outside = path.join(tmpdir(), `kiosk-outside-${process.pid}.svg`);
    await writeFile(outside, '<svg/>');
    await rm(path.join(dir, 'media/acme.svg'));
    await symlink(outside, path.join(dir, 'media/acme.svg'));
    const report = await reportFor(dir);
    expect(report).toEqual([
      'pack.json: enterprises[0].media.images[0].file: media file "media/acme.svg" not found in the pack folder',
    ]);
  });
});
