/**
 * Kiosk: `<outbox>/status.json`, what the laptop's booth table shows of this kiosk. Rewritten
 * atomically every 15 s (the laptop marks a kiosk silent for 2 minutes), so Syncthing never sends a
 * torn one. It carries the kiosk's clock, so the laptop can tell a wrong clock from a slow network.
 */
import { statfs as fsStatfs } from 'node:fs/promises';
import path from 'node:path';
import type { BoothPending, KioskStatusFile } from '../../contract/booth.ts';
import type { PackStatus } from '../../contract/ipc.ts';
import { readRecentLog } from '../log/read-log.ts';
import { localIsoTime } from '../stats/events.ts';
import { writeFileAtomic } from '../storage/write-file-atomic.ts';
import { mkdir } from 'node:fs/promises';

export const STATUS_FILE = 'status.json';
/** How often the status is rewritten: well inside the 30 s. */
export const STATUS_INTERVAL_MS = 15_000;
/** Errors shown in the status: the latest few of the last hour (the count covers all of them). */
const LATEST_ERRORS = 5;
const HOUR_MS = 3_600_000;

export interface KioskStatusDeps {
  outbox: string;
  name: () => string;
  deviceId: () => string;
  pack: () => PackStatus['active'];
  pending: () => BoothPending;
  /** When the kiosk started (epoch ms). */
  startedAt: number;
  /** When the last visit began (epoch ms), or null. */
  lastVisitAt: () => number | null;
  /** `<data>/logs`. */
  logFolder: string;
  /** A folder on the data disk. */
  dataDir: string;
  statfs?: (folder: string) => Promise<{ bavail: number; bsize: number; blocks: number }>;
  now?: () => Date;
}

export async function buildKioskStatus(deps: KioskStatusDeps): Promise<KioskStatusFile> {
  const now = (deps.now ?? (() => new Date()))();
  const pack = deps.pack();
  const recent = await readRecentLog(deps.logFolder, 'error', 200).catch(() => []);
  const lastHour = recent.filter((entry) => now.getTime() - Date.parse(entry.time) <= HOUR_MS);
  const disk = await (deps.statfs ?? fsStatfs)(deps.dataDir).then(
    (s) => ({ freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize }),
    () => null,
  );
  const lastVisit = deps.lastVisitAt();
  return {
    format: 1,
    name: deps.name(),
    deviceId: deps.deviceId(),
    clock: localIsoTime(now),
    pack: pack ? { id: pack.id, version: pack.version } : null,
    pending: deps.pending(),
    uptimeSeconds: Math.max(0, Math.round((now.getTime() - deps.startedAt) / 1000)),
    lastVisitAt: lastVisit === null ? null : localIsoTime(new Date(lastVisit)),
    errors: {
      count: lastHour.length,
      // The first line of each (a stack stays in the kiosk's own log), capped.
      latest: lastHour
        .slice(-LATEST_ERRORS)
        .map((entry) => ({ time: entry.time, text: entry.text.split('\n')[0]!.slice(0, 300) })),
    },
    disk,
  };
}

export async function writeKioskStatus(deps: KioskStatusDeps): Promise<KioskStatusFile> {
  const status = await buildKioskStatus(deps);
  await mkdir(deps.outbox, { recursive: true });
  await writeFileAtomic(path.join(deps.outbox, STATUS_FILE), `${JSON.stringify(status, null, 1)}\n`);
  return status;
}

/** Writes the status now and every `intervalMs`; returns the stop function. A failed write is logged and retried next time. */
export function startKioskStatus(
  deps: KioskStatusDeps,
  log: Pick<Console, 'warn'>,
  intervalMs = STATUS_INTERVAL_MS,
): () => void {
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    writeKioskStatus(deps)
      .catch((error: unknown) => log.warn('[booth] writing status.json failed:', error))
      .finally(() => (busy = false));
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
