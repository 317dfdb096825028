/**
 * Laptop: the booth at a glance, from each kiosk's received outbox. A status file carries the kiosk's
 * clock when written; the laptop compares it with when the file arrived here (its ctime: Syncthing
 * keeps the kiosk's mtime but the rename onto this disk sets the ctime by the laptop's clock). A gap of
 * minutes is a wrong clock, not a slow network (a status is written every 15 s).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { BoothKioskRow, KioskStatusFile } from '../../contract/booth.ts';
import type { BoothPeer } from './booth-engine.ts';
import { STATUS_FILE } from './kiosk-status.ts';

/** A kiosk silent this long is marked. */
export const STALE_MS = 2 * 60_000;
/** A clock off by more than this is wrong (syncing takes seconds). */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

const text = (max: number) => z.string().max(max);
const Versioned = z.object({ id: text(100), version: text(100) });
const Pending = z.discriminatedUnion('state', [
  z.object({ state: z.literal('none') }),
  Versioned.extend({ state: z.literal('incomplete'), reason: text(2000) }),
  Versioned.extend({ state: z.literal('waiting-attract') }),
  Versioned.extend({ state: z.literal('no-space'), reason: text(2000) }),
  Versioned.extend({ state: z.literal('refused'), reasons: z.array(text(2000)).max(50) }),
  Versioned.extend({ state: z.literal('rolled-back'), reasons: z.array(text(2000)).max(50) }),
]);
/** What the laptop accepts from a kiosk's disk: another machine wrote it. */
const KioskStatusSchema = z.object({
  format: z.literal(1),
  name: text(200),
  deviceId: text(100),
  clock: z.iso.datetime({ offset: true }),
  pack: Versioned.nullable(),
  pending: Pending,
  uptimeSeconds: z.number().nonnegative(),
  lastVisitAt: z.iso.datetime({ offset: true }).nullable(),
  errors: z.object({
    count: z.number().int().nonnegative(),
    latest: z.array(z.object({ time: text(40), text: text(1000) })).max(20),
  }),
  disk: z.object({ freeBytes: z.number().nonnegative(), totalBytes: z.number().nonnegative() }).nullable(),
}) satisfies z.ZodType<KioskStatusFile>;

export interface BoothTableOptions {
  /** `<data>/booth/kiosks`: one received outbox per kiosk device id. */
  kiosksRoot: string;
  peers: readonly BoothPeer[];
  now: Date;
  /** When a file arrived on this machine, by this machine's clock (default: its ctime). */
  arrivedAt?: (file: string) => Promise<number>;
}

export async function readBoothTable(options: BoothTableOptions): Promise<BoothKioskRow[]> {
  const arrivedAt = options.arrivedAt ?? (async (file: string) => (await stat(file)).ctimeMs);
  const folders = await readdir(options.kiosksRoot, { withFileTypes: true }).catch(() => []);
  const ids = new Set([
    ...folders.filter((f) => f.isDirectory()).map((f) => f.name),
    ...options.peers.map((p) => p.deviceId),
  ]);
  const rows: BoothKioskRow[] = [];
  for (const deviceId of [...ids].sort()) {
    const peer = options.peers.find((p) => p.deviceId === deviceId);
    const file = path.join(options.kiosksRoot, deviceId, STATUS_FILE);
    const read = await readStatus(file, arrivedAt);
    const now = options.now.getTime();
    const skew = read.status && read.arrived !== null ? Date.parse(read.status.clock) - read.arrived : null;
    const heard = read.arrived ?? (peer?.lastSeen ? Date.parse(peer.lastSeen) : null);
    rows.push({
      deviceId,
      name: read.status?.name || peer?.name || deviceId.slice(0, 7),
      online: peer?.connected ?? false,
      lastSeen: heard === null ? null : new Date(heard).toISOString(),
      stale: read.arrived === null || now - read.arrived > STALE_MS,
      clockWrong: skew !== null && Math.abs(skew) > CLOCK_TOLERANCE_MS,
      clockSkewSeconds: skew === null ? null : Math.round(skew / 1000),
      status: read.status,
      problem: read.problem,
    });
  }
  return rows;
}

async function readStatus(
  file: string,
  arrivedAt: (file: string) => Promise<number>,
): Promise<{ status: KioskStatusFile | null; arrived: number | null; problem: string | null }> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    const missing = (error as { code?: unknown }).code === 'ENOENT';
    return { status: null, arrived: null, problem: missing ? null : `${STATUS_FILE}: ${(error as Error).message}` };
  }
  const arrived = await arrivedAt(file).catch(() => null);
  try {
    const parsed = KioskStatusSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { status: parsed.data as KioskStatusFile, arrived, problem: null };
    const issue = parsed.error.issues[0];
    return { status: null, arrived, problem: `${STATUS_FILE}: ${issue?.path.join('.') || '(top)'}: ${issue?.message}` };
  } catch {
    return { status: null, arrived, problem: `${STATUS_FILE} is not JSON` };
  }
}
