/**
 * Atomic file replacement: readers (and a restart after a crash or power cut) see either the old
 * content or the new one, never a mix or a truncated file. Our own ~40 lines rather than npm's
 * `write-file-atomic`: we need exactly one behaviour (temp file in the same folder, fsync, rename,
 * fsync the folder), the main process is bundled by esbuild, and plain Node keeps it testable.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Suffix of temp files, so that leftovers of a killed write can be recognised and removed. */
export const TEMP_SUFFIX = '.tmp';

/** The temp name for `file`: same folder (rename is atomic only within one file system). */
export function tempPathFor(file: string): string {
  return `${file}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
}

/**
 * Writes `data` to `file` atomically: write a temp file next to it, fsync it (so its bytes are on
 * disk before the name points at them), rename it over `file`, then fsync the folder so the rename
 * itself survives a power cut. On failure the temp file is removed and `file` is left untouched.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(file);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  await syncFolder(path.dirname(file));
}

/**
 * fsyncs a folder, so that a rename in it is durable. Windows cannot open a folder for this (EPERM,
 * EISDIR) and NTFS journals renames itself, so there, and anywhere else it is refused, it is skipped.
 */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Not supported on this platform/file system; the rename is still atomic, just not yet durable.
  } finally {
    await handle?.close().catch(() => {});
  }
}
