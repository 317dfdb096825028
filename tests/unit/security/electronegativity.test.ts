/**
 * The Electron security gate: Doyensec's Electronegativity over the main process, the preload and
 * the page exactly as they ship, failing on any finding of medium or high severity. Its CLI exits 0
 * whatever it finds, so it is called from code. The one check that needs the network (known
 * security fixes of the Electron version) is excluded: this runs offline.
 */
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../main/cli/browser-mode.ts';
import { CSP_META, CSP_META_TOKEN } from '../../../main/core/server/csp.ts';

interface Finding {
  id: string;
  file: string;
  severity: { name: string; value: number };
  confidence: { name: string };
  description: string;
  location?: { line: number };
}
interface Result {
  globalChecks: number;
  atomicChecks: number;
  errors: Array<{ file: string; message: string }>;
  issues: Finding[];
}

const require = createRequire(import.meta.url);
const electronegativity = require('@doyensec/electronegativity') as (
  options: Record<string, unknown>,
) => Promise<Result>;

/** Bundles what ships, lowered to a syntax Electronegativity's parser reads. */
async function stageApp(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kiosk-electronegativity-'));
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2019',
    external: ['electron'],
    logLevel: 'silent',
  };
  await build({
    ...common,
    entryPoints: [path.join(REPO_ROOT, 'main/electron/electron-main.ts')],
    outfile: path.join(dir, 'main.js'),
  });
  await build({
    ...common,
    entryPoints: [path.join(REPO_ROOT, 'main/preload/preload.ts')],
    outfile: path.join(dir, 'preload.js'),
  });
  const html = await readFile(path.join(REPO_ROOT, 'renderer/index.html'), 'utf8');
  await mkdir(path.join(dir, 'renderer'));
  await writeFile(path.join(dir, 'renderer/index.html'), html.replaceAll(CSP_META_TOKEN, CSP_META));
  const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: pkg.name, main: 'main.js', devDependencies: { electron: pkg.devDependencies.electron } }),
  );
  return dir;
}

describe('Electronegativity', () => {
  it('finds nothing of medium or high severity in the app as it ships', { timeout: 120_000 }, async () => {
    const input = await stageApp();
    const result = await electronegativity({
      input,
      isSarif: false,
      customScan: [],
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      isRelative: true,
      isVerbose: false,
      parserPlugins: [],
    });
    expect(result.atomicChecks).toBeGreaterThan(20);
    expect(result.errors, 'files the scanner could not parse').toEqual([]);
    const serious = result.issues
      .filter((issue) => issue.severity.value >= 2)
      .map(
        (issue) =>
          `${issue.id} (${issue.severity.name}, ${issue.confidence.name}) ${issue.file}:${issue.location?.line ?? 0} ${issue.description}`,
      );
    expect(serious).toEqual([]);
  });
});
