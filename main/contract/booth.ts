/**
 * The booth's shapes that cross processes: a kiosk's status file (read by the laptop), the laptop's
 * booth table and pooled statistics (shown in the admin panel's Booth section). Types only.
 */
import type { DateRange, StatsSummary } from './ipc.ts';

export type BoothRoleName = 'none' | 'laptop' | 'kiosk';

/** A received pack version the kiosk does not show (yet), and why. */
export type BoothPending =
  | { state: 'none' }
  /** Still arriving, or its files differ from the manifest (a damaged or tampered copy). */
  | { state: 'incomplete'; id: string; version: string; reason: string }
  /** Whole and valid: applied when the kiosk is next on its attract loop. */
  | { state: 'waiting-attract'; id: string; version: string }
  /** Whole and valid, but the data disk has no room to switch to it: tried again once space is freed. */
  | { state: 'no-space'; id: string; version: string; reason: string }
  /** Failed validation as a zip import would: never retried. */
  | { state: 'refused'; id: string; version: string; reasons: string[] }
  /** Applied, but the pre-flight check failed afterwards: the kiosk went back to its pack. */
  | { state: 'rolled-back'; id: string; version: string; reasons: string[] };

/** `<outbox>/status.json`, written by a kiosk at least every 30 s. */
export interface KioskStatusFile {
  format: 1;
  name: string;
  deviceId: string;
  /** The kiosk's clock when it wrote the file (local ISO with offset). */
  clock: string;
  pack: { id: string; version: string } | null;
  pending: BoothPending;
  uptimeSeconds: number;
  /** When the last visit began (local ISO), or null. */
  lastVisitAt: string | null;
  /** Errors in the kiosk's log in the last hour: how many, and the latest few. */
  errors: { count: number; latest: Array<{ time: string; text: string }> };
  disk: { freeBytes: number; totalBytes: number } | null;
}

/** One row of the laptop's booth table. */
export interface BoothKioskRow {
  deviceId: string;
  name: string;
  online: boolean;
  /** ISO time the kiosk was last heard of (its last status's arrival, or Syncthing's last seen). */
  lastSeen: string | null;
  /** No status arrived in the last 2 minutes. */
  stale: boolean;
  /** The kiosk's clock is off the laptop's by more than a few minutes: its events are left out of the charts. */
  clockWrong: boolean;
  /** How far ahead (+) or behind (−) the kiosk's clock is, in seconds, when known. */
  clockSkewSeconds: number | null;
  status: KioskStatusFile | null;
  /** Why the status file could not be read, when it could not. */
  problem: string | null;
}

/** `booth:stats`: each kiosk's summary and the pooled one. */
export interface BoothPooledStats {
  range: DateRange;
  total: StatsSummary;
  kiosks: Array<{ deviceId: string; name: string; summary: StatsSummary }>;
  /** Kiosks left out of the charts because their clock is wrong. */
  excluded: Array<{ deviceId: string; name: string; reason: 'clock-wrong' }>;
}

/** `booth:view`: this machine's role and name, its engine, and what its role shows. */
export interface BoothView {
  role: BoothRoleName;
  name: string;
  /** Why booth.json was not used (the machine runs as a single kiosk meanwhile), or null. */
  settingsProblem: string | null;
  /** Syncthing running with this machine's device ID, or why not. */
  engine: { running: true; deviceId: string } | { running: false; reason: string };
  /** Kiosk: the received version not shown yet. */
  pending: BoothPending | null;
  /** Laptop: the booth table. */
  kiosks: BoothKioskRow[];
  /** Laptop: the version the packs folder names now. */
  published: { id: string; version: string; publishedAt: string } | null;
}

/** `booth:publish`: what the kiosks will receive. */
export interface BoothPublishResult {
  id: string;
  version: string;
  publishedAt: string;
}
