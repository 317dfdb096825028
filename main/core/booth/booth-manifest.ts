/**
 * `booth-packs.json`, the last file the laptop writes into the packs folder: which pack version is
 * current, and every file of it with its size and sha256. A kiosk applies nothing until each listed
 * file is there with exactly those bytes, so a half-received version is never shown.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export const MANIFEST_FILE = 'booth-packs.json';
/** Syncthing's ignore file in the packs folder (Syncthing never syncs the file itself). */
export const STIGNORE_FILE = '.stignore';
/** Prefix of a version being written on the laptop; `.stignore` keeps Syncthing off it until its rename. */
export const PUBLISH_TEMP_PREFIX = '.booth-publishing-';

const RelativePath = z
  .string()
  .min(1)
  .max(500)
  .refine(
    (p) =>
      !p.startsWith('/') &&
      !p.includes('\\') &&
      p.split('/').every((part) => part !== '' && part !== '..' && part !== '.'),
    'a plain relative path',
  );

const FileEntry = z.strictObject({
  path: RelativePath,
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ManifestFile = z.infer<typeof FileEntry>;

export const BoothManifestSchema = z.strictObject({
  format: z.literal(1),
  id: z.string().min(1).max(100),
  version: z.string().min(1).max(100),
  /** The version's folder in the packs folder: `<id>-<version>`. */
  folder: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)
    .max(220),
  publishedAt: z.string().min(1).max(40),
  files: z.array(FileEntry).max(100_000),
  /** Folders of the versions kept (newest first); older ones are pruned. */
  kept: z.array(z.string()).max(10),
});
export type BoothManifest = z.infer<typeof BoothManifestSchema>;

/** The folder name of a published version. */
export function versionFolderName(id: string, version: string): string {
  return `${id}-${version}`.replace(/[^A-Za-z0-9._-]/g, '_');
}

/** A manifest's identity: a version republished with other bytes is a new one. */
export function manifestKey(manifest: Pick<BoothManifest, 'id' | 'version' | 'publishedAt'>): string {
  return `${manifest.id}@${manifest.version}#${manifest.publishedAt}`;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every plain file under `dir` (links skipped), as `/`-separated relative paths, sorted. */
export async function listPlainFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    files.push(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  }
  return files.sort();
}

/** The file list of a folder, hashed. */
export async function describeFiles(dir: string): Promise<ManifestFile[]> {
  const out: ManifestFile[] = [];
  for (const rel of await listPlainFiles(dir)) {
    const file = path.join(dir, ...rel.split('/'));
    const info = await lstat(file);
    out.push({ path: rel, size: info.size, sha256: await sha256File(file) });
  }
  return out;
}

/** The manifest in `packsDir`, `null` when there is none, or why it does not read. */
export async function readManifest(
  packsDir: string,
): Promise<{ ok: true; manifest: BoothManifest | null } | { ok: false; reason: string }> {
  let text: string;
  try {
    text = await readFile(path.join(packsDir, MANIFEST_FILE), 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { ok: true, manifest: null };
    return { ok: false, reason: `${MANIFEST_FILE} cannot be read: ${(error as Error).message}` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: `${MANIFEST_FILE} is not JSON` };
  }
  const parsed = BoothManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `${MANIFEST_FILE}: ${issue?.path.join('.') || '(top)'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  return { ok: true, manifest: parsed.data };
}

/**
 * Checks that `dir` holds every file of `files` with its size and sha256. Answers the problems
 * (missing, wrong size, other bytes), empty when all match. Sizes are checked first: cheap, and
 * a file still arriving usually has the wrong size.
 */
export async function verifyFiles(dir: string, files: readonly ManifestFile[]): Promise<string[]> {
  const problems: string[] = [];
  for (const entry of files) {
    const info = await lstat(path.join(dir, ...entry.path.split('/'))).catch(() => undefined);
    if (!info?.isFile()) problems.push(`${entry.path}: missing`);
    else if (info.size !== entry.size) problems.push(`${entry.path}: ${info.size} bytes, expected ${entry.size}`);
  }
  if (problems.length > 0) return problems;
  for (const entry of files) {
    const sum = await sha256File(path.join(dir, ...entry.path.split('/')));
    if (sum !== entry.sha256) problems.push(`${entry.path}: its bytes differ from the published ones (sha256)`);
  }
  return problems;
}
