/**
 * The booth's settings (`<data>/booth/booth.json`, boothPaths.settingsFile): this machine's role and
 * name, and the machines it is paired with, each with optional static addresses for networks that
 * block the LAN broadcast Syncthing's discovery uses. They are the truth Syncthing's config is made
 * to match at every start and every pairing change, so a config edited elsewhere cannot widen who a
 * kiosk trusts. Written atomically; a bad file never stops the kiosk (it runs as a single kiosk).
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../storage/write-file-atomic.ts';
import { boothPaths } from './booth-folders.ts';
import { checkDeviceId } from './syncthing/device-id.ts';

/** `tcp://host:port` (or quic://): an address Syncthing can dial without discovery. */
export const StaticAddress = z
  .string()
  .regex(/^(tcp|quic)[46]?:\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, 'expected tcp://host:port');

export const BoothPeerSettings = z.object({
  deviceId: z.string().refine((id) => checkDeviceId(id).ok, 'not a valid Syncthing device ID'),
  name: z.string().max(80).default(''),
  addresses: z.array(StaticAddress).default([]),
});
export type BoothPeerSettings = z.infer<typeof BoothPeerSettings>;

export const BoothSettings = z.object({
  role: z.enum(['none', 'laptop', 'kiosk']).default('none'),
  /** What the other machines and the booth table call this one. */
  name: z.string().max(80).default(''),
  /** Laptop: its kiosks. Kiosk: its one laptop (or none yet). */
  peers: z.array(BoothPeerSettings).default([]),
});
export type BoothSettings = z.infer<typeof BoothSettings>;

export function defaultBoothSettings(): BoothSettings {
  return { role: 'none', name: '', peers: [] };
}

/** The settings in `file`, and what was wrong with it (a missing file is simply a first start). */
export async function readBoothSettings(
  file: string,
  now: () => Date = () => new Date(),
): Promise<{ settings: BoothSettings; problem: string | null }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: defaultBoothSettings(), problem: null };
    return { settings: defaultBoothSettings(), problem: `${path.basename(file)} could not be read: ${String(error)}` };
  }
  let parsed;
  try {
    parsed = BoothSettings.safeParse(JSON.parse(text));
  } catch {
    parsed = undefined;
  }
  if (parsed?.success) return { settings: parsed.data, problem: null };
  // Kept aside rather than overwritten: the pairing it held can be read back by hand.
  const kept = `${file}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
  await copyFile(file, kept).catch(() => {});
  const what = parsed ? parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : 'not JSON';
  return {
    settings: defaultBoothSettings(),
    problem: `${path.basename(file)} is invalid (${what}); the booth is off until it is set again. A copy is in ${path.basename(kept)}.`,
  };
}

export async function writeBoothSettings(file: string, settings: BoothSettings): Promise<void> {
  const valid = BoothSettings.parse(settings);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(valid, null, 2)}\n`);
}

/** The name staff give a machine in the admin panel. */
export const BoothNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[^\p{Cc}]*$/u, 'no control characters');

/** What the admin panel sets; the pairings in the same file are the engine's (syncthing-booth-engine.ts). */
export type BoothRoleAndName = Pick<BoothSettings, 'role' | 'name'>;

/** The settings as the booth's runtime holds them: read once at start, set from the admin panel. */
export interface BoothSettingsStore {
  get(): BoothSettings;
  /** Why booth.json was not used at start, or null. */
  problem: string | null;
  /** Sets the role and name, keeping the pairings the engine wrote meanwhile. */
  set(next: BoothRoleAndName): Promise<BoothSettings>;
}

export async function openBoothSettings(dataDir: string): Promise<BoothSettingsStore> {
  const file = boothPaths(dataDir).settingsFile;
  const fallbackName = hostname().slice(0, 60) || 'kiosk';
  const named = (settings: BoothSettings): BoothSettings => ({ ...settings, name: settings.name || fallbackName });
  const read = await readBoothSettings(file);
  let current = named(read.settings);
  let problem = read.problem;
  return {
    get: () => current,
    get problem() {
      return problem;
    },
    async set(next) {
      const name = BoothNameSchema.parse(next.name);
      const { settings } = await readBoothSettings(file);
      const saved = { ...settings, role: next.role, name };
      await writeBoothSettings(file, saved);
      current = named(saved);
      problem = null;
      return current;
    },
  };
}
