/**
 * What Syncthing's config must hold for this machine's role and pairings: a pure function of the
 * booth settings, so the rules (who sends, who receives, who is trusted) are tested without
 * Syncthing, and applying them is one idempotent step (see reconcile in syncthing-booth-engine.ts).
 * - laptop: `packs` send-only, shared with every paired kiosk; each kiosk's outbox received
 *   receive-only into its own folder.
 * - kiosk: `packs` receive-only, from its one laptop; its outbox send-only to that laptop.
 * No device may introduce others or push folders onto us (autoAcceptFolders off).
 */
import { boothPaths, outboxFolderId, PACKS_FOLDER_ID } from '../booth-folders.ts';
import type { BoothSettings } from '../booth-settings.ts';
import { checkDeviceId } from './device-id.ts';
import type { ConfigOptions, DeviceConfig, FolderConfig } from './syncthing-types.ts';

/** How quickly folders notice changes (tests use short intervals; the defaults suit a booth). */
export interface FolderTuning {
  rescanIntervalS: number;
  fsWatcherDelayS: number;
}

export const DEFAULT_FOLDER_TUNING: FolderTuning = { rescanIntervalS: 60, fsWatcherDelayS: 2 };

/** Syncthing's size setting: a number and `%`, `kB`, `MB`, `GB` or `TB`. */
export interface DiskSize {
  value: number;
  unit: '%' | 'kB' | 'MB' | 'GB' | 'TB';
}

/**
 * Syncthing stops receiving into a folder rather than leave less than this free on its disk (its
 * default is 1 %). A kiosk must still have room, once a pack has arrived, to copy it into its library
 * and pass the pre-flight's disk check (1 GiB, or 3x the pack): a full disk stops the transfer, not the kiosk.
 */
export const FOLDER_MIN_DISK_FREE: DiskSize = { value: 3, unit: 'GB' };
/** Syncthing stops when its own home (its database, on the kiosk's data disk) has less than this. */
export const HOME_MIN_DISK_FREE: DiskSize = { value: 1, unit: 'GB' };

export type DesiredDevice = Pick<
  DeviceConfig,
  'deviceID' | 'name' | 'addresses' | 'autoAcceptFolders' | 'introducer' | 'paused'
>;
export type DesiredFolder = Pick<
  FolderConfig,
  'id' | 'label' | 'path' | 'type' | 'devices' | 'rescanIntervalS' | 'fsWatcherEnabled' | 'fsWatcherDelayS' | 'paused'
> & { ignorePerms: boolean; minDiskFree: DiskSize };

export interface DesiredConfig {
  devices: DesiredDevice[];
  folders: DesiredFolder[];
}

/**
 * The options that keep Syncthing on the booth's own network: no global discovery, relays, NAT
 * traversal, usage or crash reports, no self-upgrade; LAN discovery stays on unless turned off.
 */
export function privateNetworkOptions(listenAddresses: string[], localDiscovery = true): Partial<ConfigOptions> {
  return {
    listenAddresses,
    globalAnnounceEnabled: false,
    localAnnounceEnabled: localDiscovery,
    relaysEnabled: false,
    natEnabled: false,
    urAccepted: -1,
    crashReportingEnabled: false,
    autoUpgradeIntervalH: 0,
    startBrowser: false,
    minHomeDiskFree: HOME_MIN_DISK_FREE,
  };
}

export function desiredConfig(
  settings: BoothSettings,
  myId: string,
  dataDir: string,
  tuning: FolderTuning = DEFAULT_FOLDER_TUNING,
): DesiredConfig {
  const paths = boothPaths(dataDir);
  const peers = settings.peers.flatMap((peer) => {
    const checked = checkDeviceId(peer.deviceId);
    return checked.ok && checked.id !== myId ? [{ ...peer, deviceId: checked.id }] : [];
  });
  if (settings.role === 'none') return { devices: [], folders: [] };
  // A kiosk follows one laptop; should the file list more, the last paired wins (pair() keeps one).
  const trusted = settings.role === 'kiosk' ? peers.slice(-1) : peers;
  const devices = trusted.map((peer): DesiredDevice => ({
    deviceID: peer.deviceId,
    name: peer.name,
    // Static addresses first; `dynamic` keeps LAN discovery working where broadcast gets through.
    addresses: [...peer.addresses, 'dynamic'],
    autoAcceptFolders: false,
    introducer: false,
    paused: false,
  }));
  const folder = (
    id: string,
    label: string,
    folderPath: string,
    type: DesiredFolder['type'],
    shareWith: string[],
  ): DesiredFolder => ({
    id,
    label,
    path: folderPath,
    type,
    devices: shareWith.map((deviceID) => ({ deviceID })),
    rescanIntervalS: tuning.rescanIntervalS,
    fsWatcherEnabled: true,
    fsWatcherDelayS: tuning.fsWatcherDelayS,
    paused: false,
    // Windows and FAT-formatted sticks have no Unix permissions to carry.
    ignorePerms: true,
    minDiskFree: FOLDER_MIN_DISK_FREE,
  });

  if (settings.role === 'laptop') {
    const kioskIds = trusted.map((peer) => peer.deviceId);
    return {
      devices,
      folders: [
        folder(PACKS_FOLDER_ID, 'Booth packs', paths.packs, 'sendonly', kioskIds),
        ...trusted.map((peer) =>
          folder(
            outboxFolderId(peer.deviceId),
            `Outbox of ${peer.name || peer.deviceId.slice(0, 7)}`,
            paths.kioskOutbox(peer.deviceId),
            'receiveonly',
            [peer.deviceId],
          ),
        ),
      ],
    };
  }
  const laptop = trusted[0];
  if (!laptop) return { devices, folders: [] };
  return {
    devices,
    folders: [
      folder(PACKS_FOLDER_ID, 'Booth packs', paths.packs, 'receiveonly', [laptop.deviceId]),
      folder(outboxFolderId(myId), 'Outbox', paths.outbox, 'sendonly', [laptop.deviceId]),
    ],
  };
}

/** Whether a configured folder is one of the booth's (the only kind this Syncthing should hold). */
export function isBoothFolderId(id: string): boolean {
  return id === PACKS_FOLDER_ID || id.startsWith('kiosk-booth-outbox-');
}
