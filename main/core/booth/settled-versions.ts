/**
 * Kiosk: the received pack versions it refused or rolled back, remembered across restarts in a small
 * JSON file of the data folder, so a refused version is not validated (or switched to) again after a
 * restart. Written atomically; bounded to the newest few versions and a few short reasons each. A
 * missing or unreadable file is an empty memory (the worst case is one more validation), never a crash.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { BoothPending } from '../../contract/booth.ts';
import type { ServiceLog } from '../services/service-checks.ts';
import { writeFileAtomic } from '../storage/write-file-atomic.ts';

export type SettledVersion = Extract<BoothPending, { state: 'refused' | 'rolled-back' }>;

/** Versions kept: a booth publishes a few a day; older keys can never come back (a key holds its publish time). */
export const MAX_SETTLED = 20;
/** Reasons kept per version, and their length: the laptop's booth table shows the first few. */
export const MAX_REASONS = 20;
export const MAX_REASON_CHARS = 500;

const Settled = z.object({
  state: z.enum(['refused', 'rolled-back']),
  id: z.string().max(200),
  version: z.string().max(200),
  reasons: z.array(z.string().max(MAX_REASON_CHARS)).max(MAX_REASONS),
});
const SettledFile = z.object({
  format: z.literal(1),
  versions: z.array(z.object({ key: z.string().max(600), result: Settled })).max(MAX_SETTLED),
});

export interface SettledVersions {
  get(key: string): SettledVersion | undefined;
  /** Remembers `result` for `key` (in memory at once; on disk when the write succeeds). */
  remember(key: string, result: SettledVersion): Promise<void>;
}

/** Cuts a version's reasons to what is kept and shown (the laptop's table accepts no more). */
export function boundReasons(reasons: readonly string[]): string[] {
  const cut = (text: string) => (text.length > MAX_REASON_CHARS ? `${text.slice(0, MAX_REASON_CHARS - 1)}…` : text);
  if (reasons.length <= MAX_REASONS) return reasons.map(cut);
  const more = reasons.length - (MAX_REASONS - 1);
  return [...reasons.slice(0, MAX_REASONS - 1).map(cut), `and ${more} more`];
}

/** A memory that ends with the process (tests; a kiosk without a data folder). */
export function memorySettledVersions(): SettledVersions {
  const map = new Map<string, SettledVersion>();
  return {
    get: (key) => map.get(key),
    async remember(key, result) {
      map.delete(key);
      map.set(key, result);
    },
  };
}

/** The memory kept in `file` (`boothPaths(data).settledFile`). */
export async function openSettledVersions(file: string, log: ServiceLog): Promise<SettledVersions> {
  const map = new Map<string, SettledVersion>();
  let text: string | null = null;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    // none yet
  }
  if (text !== null) {
    try {
      for (const { key, result } of SettledFile.parse(JSON.parse(text)).versions) map.set(key, result);
    } catch (error) {
      log.warn(`[booth] ${path.basename(file)} is unreadable and was ignored:`, error);
    }
  }
  let writing: Promise<void> = Promise.resolve();
  return {
    get: (key) => map.get(key),
    remember(key, result) {
      map.delete(key);
      map.set(key, { ...result, reasons: boundReasons(result.reasons) });
      while (map.size > MAX_SETTLED) map.delete(map.keys().next().value!);
      const body = { format: 1, versions: [...map].map(([k, r]) => ({ key: k, result: r })) };
      // One write at a time, each of the whole memory; a failed write (a full disk) is logged, the memory stays.
      writing = writing.then(async () => {
        try {
          await mkdir(path.dirname(file), { recursive: true });
          await writeFileAtomic(file, `${JSON.stringify(body, null, 1)}\n`);
        } catch (error) {
          log.warn(`[booth] remembering the refused pack version in ${path.basename(file)} failed:`, error);
        }
      });
      return writing;
    },
  };
}
