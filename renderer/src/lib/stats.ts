/**
 * Visit statistics: one event at a time to the Electron shell (`stats:record`). A no-op in browser
 * mode, and never lets a failure reach the visitor.
 */
import type { StatsEventInput } from '../../../main/contract/ipc';
import { kioskApi } from './kiosk-api';

export function recordStat(event: StatsEventInput): void {
  const record = kioskApi()?.['stats:record'];
  if (!record) return;
  try {
    void record(event).catch(() => undefined);
  } catch {
    // A broken bridge must not break a tap.
  }
}
