/**
 * Visit statistics: one event at a time to the shell (`stats:record`: IPC in Electron, the ops HTTP
 * bridge in browser mode), fire and forget; a failure never reaches the visitor.
 */
import type { StatsEventInput } from '../../../main/contract/ipc';
import { kioskApi } from './kiosk-client';
import { PREVIEW_MODE } from './preview-mode';

export function recordStat(event: StatsEventInput): void {
  if (PREVIEW_MODE) return; // the studio's preview: staff at work, not visitors
  const record = kioskApi()?.['stats:record'];
  if (!record) return;
  try {
    void record(event).catch(() => undefined);
  } catch {
    // A broken bridge must not break a tap.
  }
}
