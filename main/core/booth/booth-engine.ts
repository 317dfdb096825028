/**
 * What the rest of the kiosk needs from the booth's sync engine (a local Syncthing driven through its
 * REST API; see docs/booth.md). The engine moves files between the booth's machines and says when a
 * folder is complete; everything that reads or writes those files (publishing, applying a received
 * pack, status files, pooled statistics) works on plain folders and never talks to Syncthing itself.
 */
import type { BoothFolderId } from './booth-folders.ts';

/** This machine's part in a booth. `none`: a single kiosk, no Syncthing started. */
export type BoothRole = 'none' | 'laptop' | 'kiosk';

/** Whether Syncthing runs, and if not, why (shown in the admin panel; the kiosk runs alone meanwhile). */
export type BoothEngineState = { running: true; deviceId: string } | { running: false; reason: string };

/** A paired machine as Syncthing sees it. */
export interface BoothPeer {
  deviceId: string;
  name: string;
  connected: boolean;
  /** ISO time it was last connected, when Syncthing knows it. */
  lastSeen?: string;
}

/** A synced folder's state: complete means every file of the remote's latest index is here and Syncthing is idle. */
export interface BoothFolderState {
  folder: BoothFolderId;
  /** 0–100, from Syncthing's completion. */
  completion: number;
  /** Syncthing's folder state: idle, scanning, syncing, error… */
  state: string;
  complete: boolean;
  error?: string;
}

export interface BoothEngine {
  state(): BoothEngineState;
  peers(): Promise<BoothPeer[]>;
  /**
   * Laptop: adds a kiosk. Kiosk: accepts only this laptop from now on (replacing any other).
   * `addresses` (`tcp://host:port`): where to reach it when the network blocks LAN discovery.
   */
  pair(deviceId: string, name?: string, addresses?: string[]): Promise<void>;
  /** Forgets a peer and stops sharing every folder with it. */
  unpair(deviceId: string): Promise<void>;
  /** The state of one of the booth's folders on this machine (kiosk: the packs folder it receives). */
  folderState(folder: BoothFolderId): Promise<BoothFolderState>;
  stop(): Promise<void>;
}
