/**
 * Imports a content pack from a zip that staff bring on a USB stick. A zip is untrusted input: it
 * may try to write outside its folder, plant symlinks, or expand to fill the disk. So every entry
 * is checked from the central directory before a byte is written, sizes are enforced on the bytes
 * actually inflated (headers can lie), and the pack only appears in the packs folder, by one
 * rename, once it has validated in a staging folder beside it.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { checkRelativePath } from './guard-pack-path.ts';
import { classifyZipEntry, ignoredEntryWarnings } from './zip-entry-kinds.ts';
import { loadPack, PACK_FILE_NAMES } from './load-pack.ts';
import type { PackIssue } from './pack-issue.ts';
import type { Pack } from './schema.ts';

/** Bounds on what one archive may hold. */
export interface ZipLimits {
  /** Entries in the central directory, directories included. */
  maxEntries: number;
  /** Uncompressed bytes of all files together. */
  maxTotalBytes: number;
  /** Uncompressed / compressed size above which an entry counts as a bomb (checked past 1 MiB). */
  maxRatio: number;
}

/** Generous for a city's pack (a few hundred media files, some short videos); hopeless for a bomb. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 2 * 1024 ** 3,
  maxRatio: 100,
};

/** Below this size an entry's ratio does not matter: a small SVG of repeated shapes compresses well. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/** File names a pack may hold besides media: its pack file, and the JSON Schema `pack:new` copies. */
export const ALLOWED_PACK_FILES: readonly string[] = [...PACK_FILE_NAMES, 'pack.schema.json'];
/** Media types a pack may hold; the same list as the schema's MediaPath. */
export const ALLOWED_MEDIA_EXTENSIONS = ['svg', 'png', 'jpg', 'jpeg', 'webp', 'webm', 'mp4'] as const;

/** Called as bytes are written, for a progress bar: total is the sum of the declared file sizes. */
export type ZipProgress = (bytesDone: number, bytesTotal: number) => void;

export interface ZipOptions {
  limits?: Partial<ZipLimits>;
  onProgress?: ZipProgress;
}

/** `ignored`: warnings naming the harmless files left out (notes, documents, the OS's own files). */
export type ExtractResult =
  { ok: true; files: string[]; ignored: PackIssue[] } | { ok: false; errors: PackIssue[]; ignored: PackIssue[] };

export type ImportResult =
  | { ok: true; dir: string; pack: Pack; warnings: PackIssue[] }
  | { ok: false; errors: PackIssue[]; warnings: PackIssue[] };

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/**
 * Why an entry name may not be extracted, or undefined when it may. Specific reasons first, so
 * staff read "absolute path" rather than a list of allowed characters.
 */
function checkEntryName(name: string): string | undefined {
  const climbs = checkEntryPlace(name);
  if (climbs) return climbs;
  // The kiosk may run on Windows, where these names are devices and a trailing dot is dropped.
  for (const segment of name.replace(/\/$/, '').split('/')) {
    if (WINDOWS_DEVICE.test(segment)) return `refused: "${segment}" is a reserved device name on Windows`;
    if (segment.endsWith('.')) return 'refused: a name ending in a dot (Windows would drop it)';
  }
  const reason = checkRelativePath(name.replace(/\/$/, ''));
  return reason ? `refused: ${reason}` : undefined;
}

/** Why a name is hostile wherever it points (out of the folder, or a NUL), whatever the file is. */
function checkEntryPlace(name: string): string | undefined {
  if (name.includes('\\')) return 'refused: backslash in the name (a path must use /)';
  if (/^[A-Za-z]:/.test(name)) return 'refused: drive letter (a path must be relative to the pack folder)';
  if (name.startsWith('/')) return 'refused: absolute path (a path must be relative to the pack folder)';
  if (name.split('/').includes('..')) return 'refused: the path leads outside the pack folder (..)';
  if (name.includes('\0')) return 'refused: path has characters outside letters, digits, . _ - /';
  return undefined;
}

/**
 * The stored name. Zips made by Windows Explorer on a Chinese system store names in GBK without
 * the UTF-8 flag; such names are read as GB18030 so that warnings name the file staff know.
 */
function entryName(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer; // decodeStrings: false gives the stored bytes
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return (entry.generalPurposeBitFlag & 0x800) !== 0 ? raw.toString('utf8') : new TextDecoder('gb18030').decode(raw);
  }
}

/** `folder/` when every name sits below one folder of that name (a zipped pack folder), else ''. */
function commonTopFolder(names: string[]): string {
  const firsts = new Set(names.map((n) => (n.includes('/') ? n.slice(0, n.indexOf('/') + 1) : n)));
  if (firsts.size !== 1) return '';
  const [only] = firsts;
  return only!.endsWith('/') && checkEntryPlace(only!) === undefined ? only! : '';
}

/** Checks a zip's entries and extracts its files into `target` (created if absent). */
export async function extractPackZip(
  zipPath: string,
  target: string,
  options: ZipOptions = {},
): Promise<ExtractResult> {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...options.limits };
  const archive = path.basename(zipPath);
  const archiveError = (message: string, ignored: PackIssue[] = []): ExtractResult => ({
    ok: false,
    errors: [{ severity: 'error', file: archive, path: '', message }],
    ignored,
  });

  let zip: ZipFile;
  try {
    zip = await openZip(zipPath);
  } catch (error) {
    return archiveError(`not a readable zip archive (${describe(error)}); it may be damaged or truncated`);
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      return archiveError(`refused: ${zip.entryCount} entries; the limit is ${limits.maxEntries}`);
    }
    let entries: Entry[];
    try {
      entries = await readEntries(zip);
    } catch (error) {
      return archiveError(`not a readable zip archive (${describe(error)}); it may be damaged or truncated`);
    }

    const planned = planEntries(entries, limits);
    const ignored = ignoredEntryWarnings(planned.ignored);
    if (planned.errors.length > 0) return { ok: false, errors: planned.errors, ignored };
    if (planned.totalBytes > limits.maxTotalBytes) {
      return archiveError(
        `refused: ${planned.totalBytes} bytes uncompressed; the limit is ${limits.maxTotalBytes}`,
        ignored,
      );
    }

    await mkdir(target, { recursive: true });
    for (const dir of planned.dirs) await mkdir(path.join(target, ...dir.split('/')), { recursive: true });
    const progress = { done: 0, total: planned.totalBytes };
    options.onProgress?.(0, progress.total);
    for (const { entry, name } of planned.files) {
      const refusal = await extractEntry(zip, entry, name, target, limits, progress, options.onProgress);
      if (refusal)
        return { ok: false, errors: [{ severity: 'error', file: name, path: '', message: refusal }], ignored };
    }
    return { ok: true, files: planned.files.map((f) => f.name), ignored };
  } finally {
    zip.close();
  }
}

/**
 * Extracts `zipPath` into a staging folder inside `packsRoot`, validates the pack there and, only
 * if it loads, renames it to `<packsRoot>/<id>-<version>-<timestamp>`. Anything else leaves no
 * trace: the staging folder is removed.
 */
export async function importPackZip(
  zipPath: string,
  packsRoot: string,
  options: ZipOptions & { onValidate?: () => void } = {},
): Promise<ImportResult> {
  await mkdir(packsRoot, { recursive: true });
  // Inside the packs root, so the final rename stays on one file system and is atomic.
  const staging = await mkdtemp(path.join(packsRoot, '.staging-'));
  try {
    const extracted = await extractPackZip(zipPath, staging, options);
    if (!extracted.ok) return { ok: false, errors: extracted.errors, warnings: extracted.ignored };

    options.onValidate?.();
    const packDir = await findPackFolder(staging);
    const loaded = await loadPack(packDir);
    const warnings = [...extracted.ignored, ...loaded.warnings];
    if (!loaded.ok) return { ok: false, errors: loaded.errors, warnings };

    const stamp = new Date().toISOString().replace(/[-:.]/g, '');
    const final = path.join(packsRoot, `${loaded.pack.pack.id}-${loaded.pack.pack.version}-${stamp}`);
    await rename(packDir, final);
    return { ok: true, dir: final, pack: loaded.pack, warnings };
  } catch (error) {
    const message = `the pack could not be imported: ${describe(error)}`;
    return {
      ok: false,
      errors: [{ severity: 'error', file: path.basename(zipPath), path: '', message }],
      warnings: [],
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * The folder holding the pack file: the staging folder itself, or its only subfolder when the zip
 * was made by zipping the pack folder (`xuzhou/pack.json`), as "Compress" in a file manager does.
 */
export async function findPackFolder(staging: string): Promise<string> {
  const names = await readdir(staging);
  if (names.some((n) => (PACK_FILE_NAMES as readonly string[]).includes(n))) return staging;
  if (names.length === 1) {
    const only = path.join(staging, names[0]!);
    if ((await stat(only)).isDirectory()) return only;
  }
  return staging; // loadPack then says which pack file it expected
}

interface Plan {
  files: Array<{ entry: Entry; name: string }>;
  dirs: string[];
  /** Harmless entries left out, by name. */
  ignored: string[];
  totalBytes: number;
  errors: PackIssue[];
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;

/** Every check that the central directory allows, before anything is written. */
function planEntries(entries: Entry[], limits: ZipLimits): Plan {
  const plan: Plan = { files: [], dirs: [], ignored: [], totalBytes: 0, errors: [] };
  const seen = new Set<string>();
  const refuse = (file: string, message: string): void => {
    plan.errors.push({ severity: 'error', file, path: '', message });
  };
  const named = entries.map((entry) => ({ entry, name: entryName(entry) }));
  const top = commonTopFolder(named.map((n) => n.name).filter((n) => !n.startsWith('__MACOSX/')));
  for (const { entry, name } of named) {
    // macOS's resource forks: a whole folder of them, however their names look.
    if (name.startsWith('__MACOSX/')) {
      if (!name.endsWith('/')) plan.ignored.push(name);
      continue;
    }
    const climbs = checkEntryPlace(name);
    if (climbs) {
      refuse(name, climbs);
      continue;
    }
    // The folder that was zipped may have any name (徐州 内容包/…): the pack's own paths start below it.
    const inner = top ? name.slice(top.length) : name;
    if (inner === '') continue;
    // Made on Unix: the high 16 bits of the external attributes are the file mode.
    const madeOnUnix = entry.versionMadeBy >> 8 === 3;
    const unixMode = madeOnUnix ? entry.externalFileAttributes >>> 16 : 0;
    const mode = unixMode & S_IFMT;
    if (mode === S_IFLNK) {
      refuse(name, 'refused: symbolic link (a pack holds only plain files)');
      continue;
    }
    if (mode !== 0 && mode !== S_IFREG && mode !== S_IFDIR) {
      refuse(name, 'refused: special file (a pack holds only plain files)');
      continue;
    }
    if (entry.isEncrypted() || (entry.generalPurposeBitFlag & 0x40) !== 0) {
      refuse(name, 'refused: encrypted entry (zip the pack without a password)');
      continue;
    }
    const isDir = name.endsWith('/') || mode === S_IFDIR;
    const clean = inner.replace(/\/$/, '');
    const badName = checkEntryName(clean);
    // Folders are made for the files that go in them: a folder of notes (any name) is never created.
    if (isDir) continue;
    const kind = classifyZipEntry(clean, isAllowedFile(clean));
    if (kind === 'executable') {
      refuse(
        name,
        `refused: a program or script (a pack holds ${ALLOWED_PACK_FILES.join(', ')} and ${ALLOWED_MEDIA_EXTENSIONS.join(', ')} media)`,
      );
      continue;
    }
    if (kind === 'ignored') {
      plan.ignored.push(name);
      continue;
    }
    if (badName) {
      refuse(name, badName);
      continue;
    }
    const key = clean.toLowerCase(); // case-insensitive: two names may be one file on Windows or macOS
    if (seen.has(key)) {
      refuse(name, 'refused: duplicate name in the archive');
      continue;
    }
    seen.add(key);
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      refuse(name, `refused: compression method ${entry.compressionMethod} (only stored and deflate are read)`);
      continue;
    }
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxRatio) {
      refuse(name, `refused: compression ratio ${Math.round(ratio)}:1 (over ${limits.maxRatio}:1, a zip bomb?)`);
      continue;
    }
    plan.totalBytes += entry.uncompressedSize;
    plan.files.push({ entry, name: clean });
    if (clean.includes('/')) plan.dirs.push(clean.slice(0, clean.lastIndexOf('/')));
  }
  return plan;
}

function isAllowedFile(name: string): boolean {
  // By base name: the pack may sit in one top-level folder (see findPackFolder).
  if (ALLOWED_PACK_FILES.includes(name.split('/').pop()!)) return true;
  const extension = /\.([a-z0-9]+)$/.exec(name)?.[1];
  return extension !== undefined && (ALLOWED_MEDIA_EXTENSIONS as readonly string[]).includes(extension);
}

class Refusal extends Error {}

/** Streams one entry to disk, counting the bytes really inflated; returns why it was refused, if it was. */
async function extractEntry(
  zip: ZipFile,
  entry: Entry,
  name: string,
  target: string,
  limits: ZipLimits,
  progress: { done: number; total: number },
  onProgress: ZipProgress | undefined,
): Promise<string | undefined> {
  const destination = path.join(target, ...name.split('/'));
  await mkdir(path.dirname(destination), { recursive: true });
  let written = 0;
  let crc = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      written += chunk.length;
      progress.done += chunk.length;
      // Headers can lie: these checks use the bytes that actually came out of the inflater.
      if (written > entry.uncompressedSize) {
        return callback(
          new Refusal(`refused: expands beyond the ${entry.uncompressedSize} bytes its header declares (a zip bomb?)`),
        );
      }
      if (progress.done > limits.maxTotalBytes) {
        return callback(new Refusal(`refused: the archive expands beyond ${limits.maxTotalBytes} bytes`));
      }
      if (written > RATIO_FLOOR_BYTES && written / Math.max(entry.compressedSize, 1) > limits.maxRatio) {
        return callback(new Refusal(`refused: compression ratio over ${limits.maxRatio}:1 (a zip bomb?)`));
      }
      crc = crc32(chunk, crc);
      onProgress?.(progress.done, progress.total);
      callback(null, chunk);
    },
  });
  try {
    const source = await zip.openReadStreamPromise(entry);
    // 'wx': never follow or overwrite something already there.
    await pipeline(source, counter, createWriteStream(destination, { flags: 'wx' }));
  } catch (error) {
    if (error instanceof Refusal) return error.message;
    return `could not be extracted (${describe(error)}); the archive may be damaged or truncated`;
  }
  if (written !== entry.uncompressedSize) {
    return `refused: ${written} bytes, but its header declares ${entry.uncompressedSize}; the archive is damaged`;
  }
  if (crc >>> 0 !== entry.crc32 >>> 0) return 'refused: checksum mismatch; the archive is damaged';
  return undefined;
}

function openZip(zipPath: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // Names are decoded and checked here, not by yauzl (which would turn \ into / and stop at the first bad name).
    yauzl.open(
      zipPath,
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: false, autoClose: false },
      (error, zip) => (error ? reject(error) : resolve(zip)),
    );
  });
}

async function readEntries(zip: ZipFile): Promise<Entry[]> {
  const entries: Entry[] = [];
  for await (const entry of zip.eachEntry()) entries.push(entry);
  return entries;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
