/**
 * The machines of a booth in one test process: each a browser-mode server on a data folder of its
 * own, with a cheap PIN hash and the booth's timers shortened; and versions of the default pack to
 * publish to them, told apart by their city's name.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  DEFAULT_PACK_DIR,
  startBrowserMode,
  type BrowserModeOptions,
  type BrowserModeServer,
} from '../main/cli/browser-mode.ts';

/** A booth machine's server, on its data folder `<work>/<name>-…`. */
export async function startBoothMachine(
  work: string,
  name: string,
  options: Pick<BrowserModeOptions, 'packDir' | 'startBoothEngine' | 'syncthingOptions'>,
): Promise<{ server: BrowserModeServer; dataDir: string }> {
  const dataDir = await mkdtemp(path.join(work, `${name}-`));
  const server = await startBrowserMode({
    port: 0,
    dataDir,
    packDir: options.packDir,
    watchPack: false,
    scrypt: { N: 1024, r: 8, p: 1, keyLength: 32 },
    log: () => {},
    startBoothEngine: options.startBoothEngine,
    syncthingOptions: options.syncthingOptions,
    boothPollMs: 500,
    boothStatusMs: 1000,
  });
  return { server, dataDir };
}

/** pack.json's parts the booth's tests change. */
export type PackJson = { pack: Record<string, unknown>; city: { name: Record<string, string> } };

/**
 * A copy of the default pack in `<work>/pack-<version>` as version `version`, its city named
 * `cityName` (by language); `edit` may break it.
 */
export async function packVersion(
  work: string,
  version: string,
  cityName: Record<string, string>,
  edit: (pack: PackJson) => void = () => {},
): Promise<string> {
  const dir = path.join(work, `pack-${version}`);
  await cp(DEFAULT_PACK_DIR, dir, { recursive: true });
  const pack = JSON.parse(await readFile(path.join(dir, 'pack.json'), 'utf8')) as PackJson;
  pack.pack.version = version;
  pack.city.name = { ...pack.city.name, ...cityName };
  edit(pack);
  await writeFile(path.join(dir, 'pack.json'), JSON.stringify(pack, null, 2));
  return dir;
}
