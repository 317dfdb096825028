/**
 * This machine's part in a booth and its name, in `<data>/booth/booth.json`. Pairing lives in
 * Syncthing's own config (the engine), not here. A damaged file means a single kiosk, and says why.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../storage/write-file-atomic.ts';
import type { BoothRole } from './booth-engine.ts';
import { boothPaths } from './booth-folders.ts';

export const BoothNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[^\p{Cc}]*$/u, 'no control characters');

export const BoothSettingsSchema = z.object({
  role: z.enum(['none', 'laptop', 'kiosk']),
  name: BoothNameSchema,
});
export type BoothSettings = z.infer<typeof BoothSettingsSchema> & { role: BoothRole };

export interface BoothSettingsStore {
  get(): BoothSettings;
  /** Why booth.json was not used at start, or null. */
  problem: string | null;
  set(next: BoothSettings): Promise<BoothSettings>;
}

export async function openBoothSettings(dataDir: string): Promise<BoothSettingsStore> {
  const file = boothPaths(dataDir).settingsFile;
  const fallback: BoothSettings = { role: 'none', name: hostname().slice(0, 60) || 'kiosk' };
  let current = fallback;
  let problem: string | null = null;
  try {
    const parsed = BoothSettingsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) current = parsed.data;
    else
      problem = `${file}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}; running as a single kiosk`;
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT')
      problem = `${file} could not be read; running as a single kiosk`;
  }
  return {
    get: () => current,
    get problem() {
      return problem;
    },
    async set(next) {
      const checked = BoothSettingsSchema.parse(next);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, `${JSON.stringify(checked, null, 2)}\n`);
      current = checked;
      problem = null;
      return current;
    },
  };
}
