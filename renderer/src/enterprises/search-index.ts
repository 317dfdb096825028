/**
 * Finding one enterprise among thousands with letters only, as Chinese kiosks do: a Chinese name
 * is read as pinyin syllables and matched by their starts, so "xg", "xugong" and "xugongzx" all
 * find 徐工重型…; a Latin name is matched by the starts of its words ("heavy", "xcmg h"). Every
 * name and short name of every language is a key. The index is built once per pack, in slices
 * between frames, so that neither start-up nor a visitor's touch waits for it.
 */
import { pinyin } from 'pinyin-pro';
import type { Enterprise, Pack } from '../../../main/core/pack/schema';

/** A name as the tokens a query may start: pinyin syllables, or words. */
type Tokens = string[];

export interface SearchEntry {
  id: string;
  /** One token list per name and short name, in every language. */
  keys: Tokens[];
}

export interface SearchHit {
  id: string;
  /** Lower is better: 0 the whole name (or its initials), 1 from its start, 2 from a later word. */
  rank: number;
  /** The matched name's token count: a shorter name is the likelier one at the same rank. */
  length: number;
}

const HAN = /\p{Script=Han}/u;

/** The tokens of one name: pinyin syllables of its Chinese characters, words of the rest. */
export function nameTokens(name: string): Tokens {
  const parts = HAN.test(name) ? pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }) : [name];
  return parts.flatMap((part) =>
    part
      .normalize('NFD')
      .toLowerCase()
      .split(/[^\p{Letter}\p{Number}]+/u)
      .map((word) => word.replace(/\p{Mark}/gu, ''))
      .filter(Boolean),
  );
}

export function entryOf(enterprise: Enterprise): SearchEntry {
  const names = [enterprise.name, enterprise.shortName].flatMap((text) => (text ? Object.values(text) : []));
  const keys = [...new Set(names)].map(nameTokens).filter((tokens) => tokens.length > 0);
  return { id: enterprise.id, keys };
}

/** What a visitor typed, as the index compares it: lower case, letters and digits only. */
export function normaliseQuery(query: string): string {
  return query.toLowerCase().replace(/[^\p{Letter}\p{Number}]+/gu, '');
}

/**
 * Whether `query` (from position `at`) is spelt by the starts of tokens `from`, `from + 1`, …: each
 * token gives a non-empty start of itself, so "xg" and "xugong" both match [xu, gong].
 */
function spelt(tokens: Tokens, from: number, query: string, at = 0): boolean {
  if (at === query.length) return true;
  const token = tokens[from];
  if (token === undefined) return false;
  for (let take = Math.min(token.length, query.length - at); take > 0; take--) {
    if (query.startsWith(token.slice(0, take), at) && spelt(tokens, from + 1, query, at + take)) return true;
  }
  return false;
}

function rankKey(tokens: Tokens, query: string): number | undefined {
  if (tokens.join('') === query || tokens.map((t) => t[0]).join('') === query) return 0;
  if (tokens[0]?.[0] === query[0] && spelt(tokens, 0, query)) return 1;
  for (let from = 1; from < tokens.length; from++) {
    if (tokens[from]![0] === query[0] && spelt(tokens, from, query)) return 2;
  }
  return undefined;
}

/** The entries `query` finds, best first (ties keep the index's order), at most `limit`. */
export function search(entries: readonly SearchEntry[], query: string, limit: number): SearchHit[] {
  const q = normaliseQuery(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    let best: SearchHit | undefined;
    for (const tokens of entry.keys) {
      const rank = rankKey(tokens, q);
      if (rank === undefined) continue;
      if (!best || rank < best.rank || (rank === best.rank && tokens.length < best.length))
        best = { id: entry.id, rank, length: tokens.length };
    }
    if (best) hits.push(best);
  }
  // Array.prototype.sort is stable: equal hits stay in the index's order.
  hits.sort((a, b) => a.rank - b.rank || a.length - b.length);
  return hits.slice(0, limit);
}

// ── Built once per pack, between frames ────────────────────────────────────────────────────────

/** Enterprises read per slice: ~15 ms of pinyin on a slow machine. */
const SLICE = 200;
const built = new WeakMap<Pack, Promise<SearchEntry[]>>();

function nextIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => resolve(), { timeout: 200 });
    else setTimeout(resolve, 0);
  });
}

/** The pack's search index: built on the first call, in slices, then the same promise every time. */
export function searchIndexOf(pack: Pack): Promise<SearchEntry[]> {
  let index = built.get(pack);
  if (!index) {
    index = (async () => {
      const entries: SearchEntry[] = [];
      for (let i = 0; i < pack.enterprises.length; i += SLICE) {
        await nextIdle();
        for (const enterprise of pack.enterprises.slice(i, i + SLICE)) entries.push(entryOf(enterprise));
      }
      return entries;
    })();
    built.set(pack, index);
  }
  return index;
}
