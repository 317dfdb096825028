/**
 * Window events between the admin panel and the rest of the page, so that neither imports the
 * other's state: the admin panel announces changes, the app listens.
 *
 *   kiosk:settings-changed  detail: KioskSettings   — re-read idle timeout, language, presenter mode …
 *   kiosk:pack-changed      detail: none            — re-fetch api/pack (import, rollback)
 */
import type { KioskSettings } from '../../../main/contract/ipc';

export const SETTINGS_CHANGED = 'kiosk:settings-changed';
export const PACK_CHANGED = 'kiosk:pack-changed';

export function announceSettings(settings: KioskSettings): void {
  window.dispatchEvent(new CustomEvent<KioskSettings>(SETTINGS_CHANGED, { detail: settings }));
}

export function announcePackChanged(): void {
  window.dispatchEvent(new Event(PACK_CHANGED));
}

/** Calls `listener` on every settings change; returns the unsubscribe. */
export function onSettingsChanged(listener: (settings: KioskSettings) => void): () => void {
  const handler = (e: Event) => listener((e as CustomEvent<KioskSettings>).detail);
  window.addEventListener(SETTINGS_CHANGED, handler);
  return () => window.removeEventListener(SETTINGS_CHANGED, handler);
}

/** Calls `listener` when the active pack changed (from the panel, or main's `packs:changed`). */
export function onPackChanged(listener: () => void): () => void {
  window.addEventListener(PACK_CHANGED, listener);
  return () => window.removeEventListener(PACK_CHANGED, listener);
}
