/**
 * Visit statistics: one event at a time to the shell (`stats:record`: IPC in Electron, the ops HTTP
 * bridge in browser mode), fire and forget; a failure never reaches the visitor.
 */
import type { StatsEventInput } from '../../../main/contract/ipc';
import { kioskApi } from './kiosk-client';

export function recordStat(event: StatsEventInput): void {
  const record = kioskApi()?.['stats:record'];
  if (!record) return;
  try {
    void record(event).catch(() => undefined);
  } catch {
    // A broken bridge must not break a tap.
  }
}
