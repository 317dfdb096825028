import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../main/cli/browser-mode.ts';
import { packJsonSchemaText } from '../../../main/core/pack/json-schema.ts';
import { loadPack } from '../../../main/core/pack/load-pack.ts';
import { MEDIA_FILES, minimalPack, writePackDir } from '../../fixtures/minimal-pack.ts';
import { packEntries, writeZip } from '../../fixtures/pack-zip.ts';
import { writeSyntheticPack } from '../../../harness/synthetic-pack.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript CLI the way `npm run` does (through tsx), from the repository root. */
function run(script: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(REPO_ROOT, script), ...args],
      { cwd: REPO_ROOT },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const check = (...args: string[]) => run('main/cli/pack-check.ts', ...args);
const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);
// Each case starts a process through tsx; a busy CI machine can take seconds for that.
const TIMEOUT = 60_000;

async function emptyDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'kiosk-cli-'));
}

describe.concurrent('npm run pack:check', { timeout: TIMEOUT }, () => {
  it('passes a valid folder with exit code 0 and a summary naming the pack', async () => {
    const result = await check(await writePackDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✔ test-city 1.0.0: 0 errors, 0 warnings\n');
  });

  it('lists warnings but still exits 0', async () => {
    const dir = await writePackDir(minimalPack(), { media: { ...MEDIA_FILES, 'media/spare.svg': '<svg/>' } });
    const result = await check(dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Warnings:\n  ⚠ media/spare.svg: media file not referenced by the pack');
    expect(lastLine(result.stdout)).toBe('✔ test-city 1.0.0: 0 errors, 1 warning');
  });

  it('lists errors by file, field and expectation, and exits 1', async () => {
    const pack = minimalPack();
    pack.enterprises![0]!.clusters = ['steel'];
    pack.enterprises![0]!.district = 'nowhere';
    const result = await check(await writePackDir(pack));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'Errors:',
        '  ✖ pack.json: enterprises[0].clusters[0]: unknown cluster "steel"',
        '  ✖ pack.json: enterprises[0].district: unknown district "nowhere"',
        '✖ 2 errors, 0 warnings',
        '',
      ].join('\n'),
    );
  });

  it('shows a schema error by field path', async () => {
    const pack = minimalPack();
    delete (pack.enterprises![0]!.name as Record<string, string>).en;
    const result = await check(await writePackDir(pack));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  ✖ pack.json: enterprises[0].name.en: required\n');
  });

  it('refuses a YAML file of nested aliases with one line and exit 1, never a stack trace', async () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 8; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const dir = await writePackDir(undefined, { fileName: 'pack.yaml', raw: lines.join('\n') });
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('pack.yaml: its aliases (*name) expand too far');
    expect(lastLine(result.stdout)).toBe('✖ 1 error, 0 warnings');
  });

  it('checks a zip through the safe importer', async () => {
    const result = await check(await writeZip(packEntries()));
    expect(result.code).toBe(0);
    expect(lastLine(result.stdout)).toBe('✔ test-city 1.0.0: 0 errors, 0 warnings');
  });

  it('refuses a hostile zip with the entry name and exits 1', async () => {
    const result = await check(await writeZip([...packEntries(), { name: '../evil.svg', data: '<svg/>' }]));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✖ ../evil.svg: refused: the path leads outside the pack folder (..)');
    expect(lastLine(result.stdout)).toBe('✖ 1 error, 0 warnings');
  });

  it.each([
    ['no argument', []],
    ['a path that does not exist', ['/nonexistent/pack']],
  ])('exits 2 with the usage on %s', async (_name, args) => {
    const result = await check(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: npm run pack:check -- <pack folder | pack.zip>');
  });
});

describe.concurrent('npm run pack:new', { timeout: TIMEOUT }, () => {
  it('writes a starter pack that validates without a single warning', async () => {
    const target = path.join(await emptyDir(), 'Lianyungang');
    const result = await run('main/cli/pack-new.ts', target);
    expect(result.code).toBe(0);
    const loaded = await loadPack(target);
    if (!loaded.ok) expect(loaded.errors).toEqual([]);
    expect(loaded.ok && loaded.pack.pack.id).toBe('lianyungang');
    expect(loaded.warnings).toEqual([]);
    // Both languages throughout, and the schema beside it for the editor.
    const raw = JSON.parse(await readFile(path.join(target, 'pack.json'), 'utf8'));
    expect(raw.$schema).toBe('./pack.schema.json');
    expect(await readFile(path.join(target, 'pack.schema.json'), 'utf8')).toBe(packJsonSchemaText());
  });

  it('refuses a folder that is not empty, touching nothing', async () => {
    const target = await emptyDir();
    await writeFile(path.join(target, 'notes.txt'), 'mine');
    const result = await run('main/cli/pack-new.ts', target);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not empty');
    expect(await readFile(path.join(target, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('exits 2 without a folder', async () => {
    expect((await run('main/cli/pack-new.ts')).code).toBe(2);
  });
});

describe.concurrent('the synthetic pack', { timeout: TIMEOUT }, () => {
  it('validates with 1,000 enterprises and 20 media files, without warnings', async () => {
    const dir = await writeSyntheticPack(await emptyDir(), { enterprises: 1000, media: 20 });
    const loaded = await loadPack(dir);
    if (!loaded.ok) expect(loaded.errors.slice(0, 5)).toEqual([]);
    expect(loaded.ok && loaded.pack.enterprises).toHaveLength(1000);
    expect(loaded.warnings).toEqual([]);
  });

  it('is written by npm run pack:synthetic', async () => {
    const target = path.join(await emptyDir(), 'synthetic');
    const result = await run('scripts/pack-synthetic.ts', target, '--enterprises', '5', '--media', '12');
    expect(result.code).toBe(0);
    const loaded = await loadPack(target);
    expect(loaded.ok && loaded.pack.enterprises).toHaveLength(5);
    expect(loaded.warnings).toEqual([]);
  });
});
