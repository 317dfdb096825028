/**
 * The renderer's only data path: relative HTTP requests to the content server
 * (`api/pack`, `api/health`, `media/…`), so the same build works under app://kiosk/ and http://.
 */
import type { PackHead } from '../../../main/contract/pack-head';
import type { Pack } from '../../../main/core/pack/schema';

const TIMEOUT_MS = 15_000;

export class PackLoadError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PackLoadError';
  }
}

/** A light shape check: the server validates the pack; this only guards against a wrong answer. */
function looksLikePack(data: unknown): data is Pack {
  if (!data || typeof data !== 'object') return false;
  const d = data as Partial<Record<keyof Pack, unknown>>;
  return (
    !!d.pack &&
    typeof d.pack === 'object' &&
    !!d.city &&
    typeof d.city === 'object' &&
    Array.isArray(d.enterprises) &&
    Array.isArray(d.clusters) &&
    Array.isArray(d.sources)
  );
}

/** The same light check for the head the page is served with (contract/pack-head.ts). */
function looksLikeHead(data: unknown): data is PackHead {
  if (!data || typeof data !== 'object') return false;
  const d = data as Partial<Record<keyof PackHead, unknown>>;
  return (
    !!d.pack &&
    typeof d.pack === 'object' &&
    !!d.city &&
    typeof d.city === 'object' &&
    Array.isArray(d.firstEnterprises) &&
    typeof d.enterpriseCount === 'number' &&
    !!d.enterprisesPerCluster &&
    typeof d.enterprisesPerCluster === 'object' &&
    Array.isArray(d.clusters) &&
    Array.isArray(d.sources)
  );
}

let served: PackHead | null | undefined;

/**
 * The head of the pack the page was served with: the content server writes it into index.html's
 * JSON data block (`#kiosk-pack`), so the first screen needs no round trip; the whole pack follows
 * from api/pack. Read once; null when the block is empty or not a head (no pack was loaded, or the
 * page came from elsewhere): then fetch.
 */
export function servedHead(): PackHead | null {
  if (served !== undefined) return served;
  served = null;
  const block = typeof document === 'undefined' ? null : document.getElementById('kiosk-pack');
  const text = block?.textContent?.trim();
  if (block && text) {
    try {
      const data: unknown = JSON.parse(text);
      if (looksLikeHead(data)) served = data;
    } catch {
      // Not JSON (an unbuilt page with its token still in): fetch api/pack instead.
    }
    block.textContent = ''; // the parsed head is all the page needs; drop the text
  }
  return served;
}

export async function loadPack(signal?: AbortSignal): Promise<Pack> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const res = await fetch('api/pack', {
    signal: combined,
    cache: 'no-store',
    headers: { Accept: 'application/json' },
  });
  if (!res.ok) throw new PackLoadError(`api/pack answered ${res.status}`, res.status);
  const data: unknown = await res.json();
  if (!looksLikePack(data)) throw new PackLoadError('api/pack did not return a content pack');
  return data;
}
