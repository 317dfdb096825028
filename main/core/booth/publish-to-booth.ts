/**
 * Laptop: publishes a pack version into the booth's packs folder. The version is copied into a
 * temp folder Syncthing ignores, renamed to `<id>-<version>/` once whole, and only then is
 * `booth-packs.json` written (atomically) to name it. A kiosk that sees the manifest therefore
 * knows every byte it must wait for. The last few versions stay; older ones are pruned.
 */
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_FOLDER_BYTES } from '../pack/active-pack-manager.ts';
import { localIsoTime } from '../stats/events.ts';
import { TEMP_SUFFIX, writeFileAtomic } from '../storage/write-file-atomic.ts';
import {
  describeFiles,
  listPlainFiles,
  MANIFEST_FILE,
  PUBLISH_TEMP_PREFIX,
  readManifest,
  STIGNORE_FILE,
  versionFolderName,
  type BoothManifest,
} from './booth-manifest.ts';

/** Versions kept in the packs folder: the current one and two before it (a kiosk mid-way keeps a whole one). */
export const KEEP_VERSIONS = 3;

/** What Syncthing must never send: versions being written, and the manifest's temp file. */
export const STIGNORE_TEXT = `// Written by the kiosk: versions being published and temp files are not synced.\n${PUBLISH_TEMP_PREFIX}*\n*${TEMP_SUFFIX}\n`;

export interface PublishOptions {
  /** The laptop's packs folder (`boothPaths(data).packs`). */
  packsDir: string;
  /** The pack folder to publish (validated by the caller: the active pack, or the studio's publish). */
  packDir: string;
  id: string;
  version: string;
  now?: () => Date;
  keep?: number;
  /** Follows the steps (tests): the copy is whole under its temp name; the version folder has its final name. */
  onStep?: (step: 'copied' | 'renamed') => Promise<void> | void;
}

export async function publishToBooth(options: PublishOptions): Promise<BoothManifest> {
  const { packsDir, packDir, id, version } = options;
  const keep = Math.max(1, options.keep ?? KEEP_VERSIONS);
  await mkdir(packsDir, { recursive: true });
  await writeFile(path.join(packsDir, STIGNORE_FILE), STIGNORE_TEXT);

  const files = await listPlainFiles(packDir);
  const temp = path.join(packsDir, `${PUBLISH_TEMP_PREFIX}${randomUUID()}`);
  const folder = versionFolderName(id, version);
  try {
    for (const rel of files) {
      const target = path.join(temp, ...rel.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(path.join(packDir, ...rel.split('/')), target);
    }
    await mkdir(temp, { recursive: true });
    await options.onStep?.('copied');
    // Hashed from the copy: the manifest describes exactly the bytes the kiosks receive.
    const described = await describeFiles(temp);
    const total = described.reduce((sum, f) => sum + f.size, 0);
    if (total > MAX_FOLDER_BYTES) throw new Error(`the pack holds ${total} bytes; the limit is ${MAX_FOLDER_BYTES}`);
    // Republishing a version replaces its folder (the manifest still names the old bytes until it is rewritten).
    await rm(path.join(packsDir, folder), { recursive: true, force: true });
    await rename(temp, path.join(packsDir, folder));
    await options.onStep?.('renamed');

    const previous = await readManifest(packsDir);
    const older = previous.ok && previous.manifest ? previous.manifest.kept.filter((name) => name !== folder) : [];
    const manifest: BoothManifest = {
      format: 1,
      id,
      version,
      folder,
      publishedAt: localIsoTime((options.now ?? (() => new Date()))()),
      files: described,
      kept: [folder, ...older].slice(0, keep),
    };
    await writeFileAtomic(path.join(packsDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
    await prune(packsDir, manifest.kept);
    return manifest;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** Removes version folders the manifest no longer keeps, and leftovers of a publish killed half-way. */
async function prune(packsDir: string, kept: readonly string[]): Promise<void> {
  for (const entry of await readdir(packsDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || kept.includes(entry.name)) continue;
    // Syncthing's own folder marker and anything not ours stays.
    if (entry.name === '.stfolder' || entry.name === '.stversions') continue;
    await rm(path.join(packsDir, entry.name), { recursive: true, force: true });
  }
}
