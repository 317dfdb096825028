/**
 * On the attract loop, asks main every few seconds which pack it serves, and fetches it when it
 * changed: a booth kiosk switches packs only while nobody is at the screen, and browser mode has no
 * `packs:changed` event to say so (Electron's event is taken too, by the admin layer).
 */
import { useEffect } from 'react';
import type { Pack } from '../../../main/core/pack/schema';
import { announcePackChanged } from '../kiosk/kiosk-events';

/** How often the attract loop asks (a local request; a booth's switch is seen within this). */
export const PACK_FOLLOW_MS = 4_000;

export function PackFollower({ pack }: { pack: Pick<Pack, 'pack'> }) {
  const { id, version } = pack.pack;
  useEffect(() => {
    let live = true;
    const timer = window.setInterval(() => {
      fetch('api/health', { cache: 'no-store' })
        .then((r) => (r.ok ? (r.json() as Promise<{ pack?: { id: string; version: string } }>) : null))
        .then((health) => {
          if (live && health?.pack && (health.pack.id !== id || health.pack.version !== version)) announcePackChanged();
        })
        .catch(() => undefined); // the server restarting: ask again next time
    }, PACK_FOLLOW_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [id, version]);
  return null;
}
