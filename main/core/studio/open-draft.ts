/**
 * Where a new draft comes from: the pack on screen, the starter pack (a new city), a pack folder,
 * or a pack zip. A pack is read as the object its file holds, not as the schema's output, so that
 * what the studio has no form for (an unknown field, an extra language) round-trips unchanged. A
 * folder opens even when it does not validate: fixing it is what the studio is for.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { extractPackZip, findPackFolder } from '../pack/import-pack-zip.ts';
import { PACK_FILE_NAMES } from '../pack/load-pack.ts';
import { folderMediaSource } from '../pack/media-source.ts';
import type { PackIssue } from '../pack/pack-issue.ts';
import { parsePackFile } from '../pack/parse-pack-file.ts';
import { packIdFromName, scaffoldPack, SCHEMA_FILE_NAME } from '../pack/scaffold-pack.ts';
import type { NewDraft } from './draft-store.ts';

export type OpenedDraft = { ok: true; draft: NewDraft; fill?: (dir: string) => Promise<void> } | OpenRefused;
type OpenRefused = { ok: false; errors: PackIssue[] };

/** The pack object in a pack folder's pack file, as written. */
export async function readPackObject(dir: string): Promise<{ ok: true; data: unknown } | OpenRefused> {
  const refuse = (message: string): OpenRefused => ({
    ok: false,
    errors: [{ severity: 'error', file: '.', path: '', message }],
  });
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) return refuse(`pack folder ${dir} not found`);
  const present: string[] = [];
  for (const name of PACK_FILE_NAMES) {
    if ((await stat(path.join(dir, name)).catch(() => undefined))?.isFile()) present.push(name);
  }
  if (present.length === 0) return refuse(`no pack file in ${dir}: expected one of ${PACK_FILE_NAMES.join(', ')}`);
  if (present.length > 1) return refuse(`more than one pack file (${present.join(', ')}): keep exactly one`);
  const parsed = await parsePackFile(path.join(dir, present[0]!), present[0]!);
  return parsed.ok ? { ok: true, data: parsed.data } : { ok: false, errors: [parsed.issue] };
}

/** `{ id, version }` of a pack object, if it has them. */
export function packIdentity(pack: unknown): { id: string; version: string } | undefined {
  const meta = (pack as { pack?: { id?: unknown; version?: unknown } } | null)?.pack;
  return typeof meta?.id === 'string' && typeof meta.version === 'string'
    ? { id: meta.id, version: meta.version }
    : undefined;
}

/** A draft of the pack in `dir` (the active one, or a folder staff chose); its media stay there. */
export async function openFolder(dir: string, origin: 'active' | 'folder'): Promise<OpenedDraft> {
  const absolute = path.resolve(dir);
  const read = await readPackObject(absolute);
  if (!read.ok) return read;
  const base = packIdentity(read.data);
  return {
    ok: true,
    draft: {
      pack: structuredClone(read.data),
      origin,
      ...(base ? { base } : {}),
      baseDir: absolute,
      basePack: read.data,
    },
  };
}

/** A new city: the starter pack, its placeholder pictures written into the draft's own media. */
export function openNew(id: string | undefined): OpenedDraft {
  const { pack, files } = scaffoldPack(packIdFromName(id ?? 'my-city'));
  return {
    ok: true,
    draft: { pack, origin: 'new' },
    fill: async (dir) => {
      for (const [name, text] of Object.entries(files)) {
        if (name === SCHEMA_FILE_NAME) continue; // written with the pack when it is published
        const target = path.join(dir, ...name.split('/'));
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, text);
      }
    },
  };
}

/**
 * A draft of a pack zip (already streamed to `zipPath`): extracted with the import's checks into a
 * folder in `workDir`, its media moved into the draft (the zip is gone once this returns).
 */
export async function openZip(zipPath: string, workDir: string): Promise<OpenedDraft> {
  const staging = path.join(workDir, `.zip-${randomUUID()}`);
  const extracted = await extractPackZip(zipPath, staging);
  if (!extracted.ok) {
    await rm(staging, { recursive: true, force: true });
    return { ok: false, errors: extracted.errors };
  }
  const packDir = await findPackFolder(staging);
  const read = await readPackObject(packDir);
  if (!read.ok) {
    await rm(staging, { recursive: true, force: true });
    return read;
  }
  const base = packIdentity(read.data);
  return {
    ok: true,
    draft: { pack: structuredClone(read.data), origin: 'zip', ...(base ? { base } : {}), basePack: read.data },
    fill: async (dir) => {
      try {
        for (const name of await folderMediaSource(packDir).list()) {
          const target = path.join(dir, ...name.split('/'));
          await mkdir(path.dirname(target), { recursive: true });
          await rename(path.join(packDir, ...name.split('/')), target);
        }
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    },
  };
}
