/**
 * The main-process half of the pre-flight check, as problems to report: the active pack validates
 * again, and the disk has room (`system:preflight` checks the same; the page's half needs a visitor-free screen).
 */
import { statfs as fsStatfs } from 'node:fs/promises';
import type { ActivePackManager } from '../pack/active-pack-manager.ts';
import { plainFileBytes } from '../pack/plain-file-bytes.ts';
import { diskEnough } from '../services/pack-library-service.ts';

export async function boothPreflight(
  packs: Pick<ActivePackManager, 'check' | 'getPack'>,
  dataDir: string,
  statfs: (folder: string) => Promise<{ bavail: number; bsize: number }> = fsStatfs,
): Promise<string[]> {
  const problems: string[] = [];
  const pack = await packs.check();
  if (!pack.ok) problems.push(...pack.errors);
  const space = await statfs(dataDir);
  const free = space.bavail * space.bsize;
  const dir = packs.getPack()?.dir;
  const size = dir ? await plainFileBytes(dir) : 0;
  if (!diskEnough(free, size)) problems.push(`only ${Math.floor(free / 1024 ** 2)} MB free on the data disk`);
  return problems;
}
