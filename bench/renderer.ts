/**
 * The renderer the bench measures: built now in production mode (or BENCH_RENDERER's, prebuilt),
 * and the commit it was built from.
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { build as viteBuild } from 'vite';
import { ROOT } from './settings.ts';

/** Builds the renderer into `tmp` unless BENCH_RENDERER names one, and checks it is a production build. */
export async function rendererToMeasure(tmp: string): Promise<{ rendererDir: string; commit: string }> {
  let rendererDir = process.env.BENCH_RENDERER;
  // The commit of the code measured: the renderer is built now (a prebuilt one is whatever it is).
  const commit = rendererDir ? 'unknown (BENCH_RENDERER)' : gitHead();
  if (!rendererDir) {
    rendererDir = path.join(tmp, 'renderer');
    console.log('Building the renderer…');
    // mode: without it, Vite's build() bundles React's development build (several times slower).
    await viteBuild({
      configFile: path.join(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: rendererDir, emptyOutDir: true },
    });
    // The content studio's page, built on its own beside it as scripts/build.mjs does.
    await viteBuild({
      configFile: path.join(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: {
        outDir: rendererDir,
        emptyOutDir: false,
        chunkSizeWarningLimit: 1500,
        rolldownOptions: { input: path.join(ROOT, 'renderer', 'studio.html') },
      },
    });
  }
  await assertProductionBuild(rendererDir);
  return { rendererDir, commit };
}

/** Figures of React's development build would say nothing about the kiosk. */
async function assertProductionBuild(rendererDir: string): Promise<void> {
  const assets = path.join(rendererDir, 'assets');
  for (const file of await readdir(assets)) {
    if (file.endsWith('.js') && (await readFile(path.join(assets, file), 'utf8')).includes('jsxDEV'))
      throw new Error(`${file} carries React's development runtime: build the renderer in production mode`);
  }
}

function gitHead(): string {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'renderer', 'main', 'assets', 'locales'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head} with uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
}
