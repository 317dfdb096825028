/**
 * Starts the content server on 127.0.0.1 for a pack folder. Used by `npm run web`, `npm start`
 * when Electron cannot run, and the end-to-end tests.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { loadPack } from '../core/pack/load-pack.ts';
import { formatIssue } from '../core/pack/pack-issue.ts';
import { createContentServer } from '../core/server/content-server.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_PACK_DIR = path.join(REPO_ROOT, 'assets', 'packs', 'xuzhou');
export const DEFAULT_RENDERER_DIR = path.join(REPO_ROOT, 'dist', 'renderer');

export interface BrowserModeOptions {
  port?: number;
  packDir?: string;
  rendererDir?: string;
  /** Where to report pack problems; console.error by default. */
  log?: (line: string) => void;
}

export interface BrowserModeServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

export async function startBrowserMode(options: BrowserModeOptions = {}): Promise<BrowserModeServer> {
  const log = options.log ?? ((line: string) => console.error(line));
  const packDir = path.resolve(options.packDir ?? DEFAULT_PACK_DIR);
  const result = await loadPack(packDir);
  if (result.ok) {
    log(`Pack "${result.pack.pack.id}" ${result.pack.pack.version} loaded from ${packDir}`);
  } else {
    log(`The pack in ${packDir} cannot be shown (${result.errors.length} problem(s)):`);
    for (const issue of result.errors) log(`  ${formatIssue(issue)}`);
  }

  const handler = createContentServer({
    rendererDir: path.resolve(options.rendererDir ?? DEFAULT_RENDERER_DIR),
    getPack: () => (result.ok ? { pack: result.pack, dir: result.dir } : undefined),
    getPackErrors: () => (result.ok ? [] : result.errors),
  });

  return new Promise((resolve, reject) => {
    const server = serve({ fetch: handler, port: options.port ?? 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}/`,
        port: info.port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
