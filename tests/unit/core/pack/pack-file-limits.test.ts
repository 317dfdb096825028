/**
 * A pack file as staff's editors save it, and as an attacker would build it: every case ends in one
 * clear issue naming the file (and the field, where there is one), never in a thrown error.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../../main/core/pack/load-pack.ts';
import { formatIssue } from '../../../../main/core/pack/pack-issue.ts';
import { MAX_PACK_DEPTH, MAX_TEXT_CHARS, MAX_YAML_ALIASES } from '../../../../main/core/pack/parse-pack-file.ts';
import { minimalPack, writePackDir } from '../../../fixtures/minimal-pack.ts';

/** Loads a pack folder and returns its error lines, as `pack:check` prints them. */
async function errorsOf(dir: string): Promise<string[]> {
  const result = await loadPack(dir);
  return result.ok ? [] : result.errors.map(formatIssue);
}

/** A pack folder whose pack file holds exactly `bytes`. */
async function packWithBytes(fileName: string, bytes: Uint8Array | string): Promise<string> {
  const dir = await writePackDir(minimalPack(), { fileName });
  await writeFile(path.join(dir, fileName), bytes);
  return dir;
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  if (order === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return be;
}

const RUNS = { numRuns: 12 };

describe('a pack file as Windows Notepad saves it', () => {
  it('loads with a UTF-8 BOM and CRLF line ends, in JSON and in YAML', async () => {
    const pack = minimalPack();
    const json = '\uFEFF' + JSON.stringify(pack, null, 2).replace(/\n/g, '\r\n');
    const yaml = '\uFEFF' + YAML.stringify(pack).replace(/\n/g, '\r\n');
    expect(await errorsOf(await packWithBytes('pack.json', json))).toEqual([]);
    expect(await errorsOf(await packWithBytes('pack.yaml', yaml))).toEqual([]);
  });

  it('refuses UTF-16 ("Unicode" in Notepad), with or without a BOM, and says how to save it', async () => {
    const text = JSON.stringify(minimalPack(), null, 2);
    for (const order of ['le', 'be'] as const)
      for (const bom of [true, false])
        for (const name of ['pack.json', 'pack.yaml']) {
          const errors = await errorsOf(await packWithBytes(name, utf16(text, order, bom)));
          expect(errors, `${order} ${bom ? 'with' : 'without'} BOM, ${name}`).toEqual([
            `${name}: the file is saved as UTF-16 ("Unicode"); save it as UTF-8 (in Notepad: Save As → Encoding: UTF-8)`,
          ]);
        }
  });

  it('refuses GBK (what Chinese Windows saves as "ANSI"), saying how to save it', async () => {
    // 测试 in GBK: the bytes are not valid UTF-8.
    const gbk = Buffer.concat([Buffer.from('{"title": "'), Buffer.from([0xb2, 0xe2, 0xca, 0xd4]), Buffer.from('"}')]);
    expect(await errorsOf(await packWithBytes('pack.json', gbk))).toEqual([
      'pack.json: the file is not UTF-8 text (perhaps GBK); save it as UTF-8 (in Notepad: Save As → Encoding: UTF-8)',
    ]);
  });
});

describe('a pack file built to exhaust resources', () => {
  it('refuses YAML aliases that expand without end ("billion laughs"), of any fan-out', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 4, max: 9 }), async (fanOut, levels) => {
        const lines = [`l0: &l0 [${Array(fanOut).fill('"lol"').join(', ')}]`];
        for (let i = 1; i <= levels; i++)
          lines.push(
            `l${i}: &l${i} [${Array(fanOut)
              .fill(`*l${i - 1}`)
              .join(', ')}]`,
          );
        lines.push(`pack: *l${levels}`);
        const errors = await errorsOf(await packWithBytes('pack.yaml', lines.join('\n')));
        expect(errors).toEqual([
          `pack.yaml: its aliases (*name) expand too far (more than ${MAX_YAML_ALIASES} uses); write the values out instead`,
        ]);
      }),
      { numRuns: 8 },
    );
  });

  it('refuses nesting past the limit, in JSON and YAML, shallow enough to parse or deep enough to overflow', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.integer({ min: MAX_PACK_DEPTH + 1, max: 200 }), fc.integer({ min: 20_000, max: 200_000 })),
        fc.constantFrom('[', '{"a":'),
        fc.constantFrom('pack.json', 'pack.yaml'),
        async (depth, open, name) => {
          const close = open === '[' ? ']' : '}';
          const text = `{"pack": ${open.repeat(depth)}1${close.repeat(depth)}}`;
          const errors = await errorsOf(await packWithBytes(name, text));
          expect(errors).toHaveLength(1);
          expect(errors[0]).toMatch(new RegExp(`^${name.replace('.', '\\.')}: (pack[\\w.[\\]]*: )?nested too deeply`));
        },
      ),
      RUNS,
    );
  });

  it('refuses an enormous text wherever it is, naming its field', async () => {
    const places: Array<[string, (pack: ReturnType<typeof minimalPack>, text: string) => void]> = [
      ['city.intro.en', (p, t) => void (p.city.intro.en = t)],
      ['enterprises[0].name.zh-CN', (p, t) => void (p.enterprises![0]!.name['zh-CN'] = t)],
      ['sources[0].title.en', (p, t) => void (p.sources[0]!.title.en = t)],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...places),
        fc.integer({ min: MAX_TEXT_CHARS + 1, max: 3_000_000 }),
        fc.constantFrom('pack.json', 'pack.yaml'),
        async ([where, put], length, name) => {
          const pack = minimalPack();
          put(pack, 'x'.repeat(length));
          const text = name === 'pack.json' ? JSON.stringify(pack) : YAML.stringify(pack);
          expect(await errorsOf(await packWithBytes(name, text))).toEqual([
            `${name}: ${where}: a text of ${length.toLocaleString('en')} characters; the limit is ${MAX_TEXT_CHARS.toLocaleString('en')}`,
          ]);
        },
      ),
      RUNS,
    );
  });

  it('refuses enormous numbers as numbers out of range, naming the field', async () => {
    for (const name of ['pack.json', 'pack.yaml']) {
      const text = JSON.stringify(minimalPack()).replace('"value":100,', '"value":1e999999,');
      const errors = await errorsOf(await packWithBytes(name, text));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        new RegExp(`^${name.replace('.', '\\.')}: enterprises\\[0\\]\\.figures\\[0\\]\\.value: `),
      );
    }
  });

  it('refuses a pack file of hundreds of megabytes before reading it', async () => {
    const dir = await writePackDir();
    // A sparse file: its size is what counts, and writing it costs nothing.
    const { open } = await import('node:fs/promises');
    const handle = await open(path.join(dir, 'pack.json'), 'r+');
    await handle.truncate(300 * 1024 * 1024);
    await handle.close();
    expect(await errorsOf(dir)).toEqual(['pack.json: the file is 300.0 MB; a pack file may be at most 20.0 MB']);
  });
});
