/**
 * The kiosk API: `window.kiosk` in Electron, the same channels over HTTP in browser mode (one
 * client, `admin/kiosk-api.ts`). Callers still treat every part as optional.
 */
import type { KioskApi } from '../../../main/contract/ipc';
import { kiosk } from '../admin/kiosk-api';

export function kioskApi(): Partial<KioskApi> | undefined {
  if (typeof window === 'undefined') return undefined;
  return kiosk;
}
