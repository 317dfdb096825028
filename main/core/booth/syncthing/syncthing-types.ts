/**
 * The parts of Syncthing's REST API (v1.19, Debian's version, and later) the booth reads and writes.
 * Only the fields the booth uses are named; config objects keep every other field Syncthing sends
 * (the index signatures), so that a read-modify-write never drops a setting we do not know.
 */

export interface SystemStatus {
  myID: string;
  uptime: number;
  [key: string]: unknown;
}

export interface ConfigOptions {
  listenAddresses: string[];
  globalAnnounceEnabled: boolean;
  localAnnounceEnabled: boolean;
  relaysEnabled: boolean;
  natEnabled: boolean;
  urAccepted: number;
  crashReportingEnabled: boolean;
  autoUpgradeIntervalH: number;
  maxRecvKbps: number;
  maxSendKbps: number;
  limitBandwidthInLan: boolean;
  [key: string]: unknown;
}

export interface FolderDevice {
  deviceID: string;
  introducedBy?: string;
  encryptionPassword?: string;
}

export type FolderType = 'sendreceive' | 'sendonly' | 'receiveonly' | 'receiveencrypted';

export interface FolderConfig {
  id: string;
  label: string;
  path: string;
  type: FolderType;
  devices: FolderDevice[];
  rescanIntervalS: number;
  fsWatcherEnabled: boolean;
  fsWatcherDelayS: number;
  paused: boolean;
  [key: string]: unknown;
}

export interface DeviceConfig {
  deviceID: string;
  name: string;
  /** `dynamic` (discovery) and/or static `tcp://host:port` addresses. */
  addresses: string[];
  autoAcceptFolders: boolean;
  introducer: boolean;
  paused: boolean;
  [key: string]: unknown;
}

export interface SyncthingConfig {
  version: number;
  folders: FolderConfig[];
  devices: DeviceConfig[];
  options: ConfigOptions;
  [key: string]: unknown;
}

/** `/rest/cluster/pending/devices`: unknown devices that tried to connect, by device id. */
export type PendingDevices = Record<string, { time: string; name: string; address: string }>;

/** `/rest/cluster/pending/folders`: folders offered to us and not configured, by folder id then device id. */
export type PendingFolders = Record<string, { offeredBy: Record<string, { time: string; label: string }> }>;

/** `/rest/db/completion`: how much of the global state a device (by default this one) has. */
export interface Completion {
  completion: number;
  globalBytes: number;
  needBytes: number;
  globalItems: number;
  needItems: number;
  needDeletes: number;
  remoteState?: string;
  sequence?: number;
}

/** `/rest/db/status`: the folder's state (idle, scanning, syncing, error…) and counts. */
export interface FolderStatus {
  state: string;
  error: string;
  globalFiles: number;
  globalBytes: number;
  localFiles: number;
  localBytes: number;
  needFiles: number;
  needBytes: number;
  needTotalItems: number;
  sequence: number;
  [key: string]: unknown;
}

/** `/rest/folder/errors`: the files the last pull could not get, and why (e.g. insufficient space). */
export interface FolderErrors {
  folder: string;
  errors: Array<{ path: string; error: string }> | null;
  [key: string]: unknown;
}

export interface ConnectionInfo {
  connected: boolean;
  paused: boolean;
  address: string;
  type: string;
  inBytesTotal: number;
  outBytesTotal: number;
  [key: string]: unknown;
}

export interface Connections {
  connections: Record<string, ConnectionInfo>;
  total: ConnectionInfo;
}

export interface SyncthingEvent {
  id: number;
  globalID: number;
  type: string;
  time: string;
  data: unknown;
}
