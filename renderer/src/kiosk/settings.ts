/**
 * Settings the renderer needs at run time, from `settings:get` (Electron or browser mode), kept
 * current by the admin panel's settings event; the page's query string (`?idle=5`, for tests and
 * demos) overrides the idle time.
 */
import type { KioskSettings } from '../../../main/contract/ipc';
import { onSettingsChanged } from './kiosk-events';
import { kioskApi } from './kiosk-client';

/** Seconds without a touch before the idle countdown, when nothing says otherwise. */
export const DEFAULT_IDLE_SECONDS = 60;
/** Seconds the countdown overlay shows before the kiosk returns to its attract loop. */
export const COUNTDOWN_SECONDS = 10;

export interface RuntimeSettings {
  idleSeconds: number;
  /** The language a visit starts in, if the shell says so. */
  defaultLanguage?: string;
  /** A presenter is at the kiosk: no idle reset. */
  presenterMode?: boolean;
}

function fromSettings(settings: KioskSettings): RuntimeSettings | undefined {
  const fromQuery = typeof location === 'undefined' ? undefined : idleFromQuery(location.search);
  if (!(Number.isFinite(settings.idleTimeoutSeconds) && settings.idleTimeoutSeconds > 0)) return undefined;
  return {
    idleSeconds: fromQuery ?? settings.idleTimeoutSeconds,
    defaultLanguage: settings.defaultLanguage,
    presenterMode: settings.presenterMode === true,
  };
}

/** Calls `listener` when the admin panel saved new settings; returns the unsubscribe. */
export function onRuntimeSettingsChanged(listener: (settings: RuntimeSettings) => void): () => void {
  return onSettingsChanged((s) => {
    const runtime = fromSettings(s);
    if (runtime) listener(runtime);
  });
}

/** `?idle=5` → 5; absent, not a number or not positive → undefined. */
export function idleFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('idle');
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

export async function loadRuntimeSettings(): Promise<RuntimeSettings> {
  const get = kioskApi()?.['settings:get'];
  if (get) {
    try {
      const runtime = fromSettings((await get()).settings);
      if (runtime) return runtime;
    } catch {
      // Fall through to the query string and the defaults.
    }
  }
  const fromQuery = typeof location === 'undefined' ? undefined : idleFromQuery(location.search);
  return { idleSeconds: fromQuery ?? DEFAULT_IDLE_SECONDS };
}
