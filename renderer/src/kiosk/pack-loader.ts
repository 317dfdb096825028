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

/** What a field must be: an object means any non-null object. */
const FIELD_KINDS = {
  object: (value: unknown) => !!value && typeof value === 'object',
  array: (value: unknown) => Array.isArray(value),
  number: (value: unknown) => typeof value === 'number',
};

/**
 * A light shape check: the server validates the pack; this only guards against a wrong answer. The
 * guard holds when each named field is there and of its kind.
 */
function shapeGuard<T>(fields: Partial<Record<keyof T, keyof typeof FIELD_KINDS>>): (data: unknown) => data is T {
  return (data: unknown): data is T => {
    if (!data || typeof data !== 'object') return false;
    const d = data as Record<string, unknown>;
    return Object.entries(fields).every(([key, kind]) => FIELD_KINDS[kind as keyof typeof FIELD_KINDS](d[key]));
  };
}

const looksLikePack = shapeGuard<Pack>({
  pack: 'object',
  city: 'object',
  enterprises: 'array',
  clusters: 'array',
  sources: 'array',
});

/** The same for the head the page is served with (contract/pack-head.ts). */
const looksLikeHead = shapeGuard<PackHead>({
  pack: 'object',
  city: 'object',
  firstEnterprises: 'array',
  enterpriseCount: 'number',
  enterprisesPerCluster: 'object',
  clusters: 'array',
  sources: 'array',
});

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
