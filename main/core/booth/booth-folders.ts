/**
 * Where the booth's synced folders live in the data folder, and their Syncthing folder ids. Each
 * folder has one writer, so there is never a conflict:
 * - `packs`: written by the laptop only (send-only there, receive-only on every kiosk): published pack
 *   versions, one sub-folder per version, and `booth-packs.json` naming the newest one, written last.
 * - `outbox`: written by one kiosk only (send-only there; the laptop receives one per kiosk, read-only):
 *   the kiosk's statistics (`events-*.jsonl`), its `status.json`, and its sealed leads. It IS the
 *   kiosk's statistics folder (`<data>/stats`): the event log keeps being the one writer of its files,
 *   so no event is ever copied, and none lost, when a kiosk joins or leaves a booth.
 */
import path from 'node:path';
import { STATS_FOLDER } from '../stats/event-log.ts';

export const BOOTH_FOLDER = 'booth';

export type BoothFolderId = 'packs' | `outbox-${string}`;

/** Syncthing's folder id of the packs folder (the same on every machine of a booth). */
export const PACKS_FOLDER_ID = 'kiosk-booth-packs' as const;
/** Syncthing's folder id of one kiosk's outbox: its device id's first block keeps it short and unique. */
export function outboxFolderId(kioskDeviceId: string): string {
  return `kiosk-booth-outbox-${kioskDeviceId.slice(0, 7).toUpperCase()}`;
}

/** `<data>/booth/…` */
export function boothPaths(dataDir: string) {
  const root = path.join(dataDir, BOOTH_FOLDER);
  return {
    root,
    /** Syncthing's own home (its keys, config and database). */
    syncthingHome: path.join(root, 'syncthing'),
    /** The booth's settings: role, name, paired devices. */
    settingsFile: path.join(root, 'booth.json'),
    /** Kiosk: the received pack versions it refused or rolled back (not tried again, even after a restart). */
    settledFile: path.join(root, 'settled-packs.json'),
    /** Laptop: what it publishes. Kiosk: what it receives (never served as is; applied through staging). */
    packs: path.join(root, 'packs'),
    /** Kiosk: what it sends: its statistics folder, where status.json is written too. */
    outbox: path.join(dataDir, STATS_FOLDER),
    /** Laptop: one received outbox per kiosk, by kiosk device id. */
    kioskOutbox: (kioskDeviceId: string) => path.join(root, 'kiosks', kioskDeviceId),
  };
}
