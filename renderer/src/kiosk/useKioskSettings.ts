/**
 * The kiosk's settings as the page sees them: read once through the kiosk client (Electron or
 * browser mode), then kept current from the admin panel's `kiosk:settings-changed` event.
 */
import { useEffect, useState } from 'react';
import type { KioskSettings } from '../../../main/contract/ipc';
import { onSettingsChanged } from './kiosk-events';
import { kiosk } from './kiosk-client';
import { PREVIEW_MODE } from './preview-mode';

export function useKioskSettings(): KioskSettings | null {
  const [settings, setSettings] = useState<KioskSettings | null>(null);
  useEffect(() => {
    if (PREVIEW_MODE) return; // the studio's preview: the defaults (no shell to ask)
    let live = true;
    kiosk['settings:get']().then(
      (view) => {
        if (live) setSettings((s) => s ?? view.settings);
      },
      () => undefined, // no settings: the defaults of each consumer apply
    );
    const off = onSettingsChanged((s) => setSettings(s));
    return () => {
      live = false;
      off();
    };
  }, []);
  return settings;
}
