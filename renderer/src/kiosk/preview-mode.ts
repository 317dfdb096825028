/**
 * The kiosk as the content studio's preview (`?studio-preview`, main/contract/studio.ts): the page
 * sits in an iframe of the studio and takes its pack, language and screen only from the studio's
 * messages (same origin, from the parent window). It has no idle reset and records no statistics.
 * The listener is installed when this module loads, before the studio's first message can arrive.
 */
import { PREVIEW_QUERY, type PreviewMessage } from '../../../main/contract/studio';

export const PREVIEW_MODE = typeof location !== 'undefined' && new URLSearchParams(location.search).has(PREVIEW_QUERY);

let latest: (PreviewMessage & { pack: unknown }) | null = null;
const listeners = new Set<() => void>();

function isPreviewMessage(data: unknown): data is PreviewMessage {
  if (!data || typeof data !== 'object') return false;
  const d = data as Partial<PreviewMessage>;
  const pack = d.pack === undefined || (!!d.pack && typeof d.pack === 'object');
  return d.type === 'studio:preview' && typeof d.language === 'string' && pack;
}

if (PREVIEW_MODE && typeof window !== 'undefined') {
  window.addEventListener('message', (event) => {
    // Only the studio page that holds this frame may drive it.
    if (event.origin !== location.origin || event.source !== window.parent) return;
    if (!isPreviewMessage(event.data)) return;
    // A message without a pack (the studio changed only the screen or the language) keeps the last.
    const pack = event.data.pack ?? latest?.pack;
    if (pack === undefined) return;
    latest = { ...event.data, pack };
    for (const listener of listeners) listener();
  });
}

/** For useSyncExternalStore: the studio's last message (always with a pack), or null before the first. */
export function previewMessage(): (PreviewMessage & { pack: unknown }) | null {
  return latest;
}

export function onPreviewMessage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
