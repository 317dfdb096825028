/** How big a pack folder is, as an import would copy it. */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';

/** Bytes of the plain files under `dir` (what `importFolder` copies). */
export async function plainFileBytes(dir: string): Promise<number> {
  let total = 0;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const info = await lstat(path.join(entry.parentPath, entry.name)).catch(() => undefined);
    total += info?.size ?? 0;
  }
  return total;
}
