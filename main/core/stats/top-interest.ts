/**
 * The items visitors showed the most interest in lately, for home's tiles (issue 26): per item, how
 * many visits said "I'm interested" in it over the last 7 days. A visitor who opens the sheet twice
 * counts once, and an item needs the interest of a few visits before it is shown at all, so one
 * curious visitor (or a fresh kiosk) marks nothing. Counts only: no time, visit or person leaves here.
 *
 * Read from the statistics' own log (`readEvents`), and cached: recomputed at most once a minute, or
 * after an interest event was written (`invalidate`), never once per page that asks.
 */
import type { TopInterest, TopInterestItem } from '../../contract/ipc.ts';
import { localDate, type StatsEvent } from './events.ts';
import { readEvents } from './read-events.ts';

/** How far back interest counts. */
export const TOP_INTEREST_DAYS = 7;
/** How many items are shown at most. */
export const TOP_INTEREST_LIMIT = 3;
/** The fewest visits whose interest makes an item one to show. */
export const TOP_INTEREST_MIN_VISITS = 2;
/** How long a computed answer is served before the log is read again (unless invalidated sooner). */
export const TOP_INTEREST_TTL_MS = 60_000;

const DAY_MS = 86_400_000;

export interface TopInterestOptions {
  /** The moment the window ends. */
  now: Date;
  days?: number;
  limit?: number;
  minVisits?: number;
}

/**
 * The top items of `events` (in log order): counted once per visit, only those at or after
 * `now - days`, at least `minVisits`, most visits first; a tie goes to the item whose latest interest
 * is the more recent, then to the key (kind:id) in alphabetical order, so the answer is stable.
 */
export function topInterest(events: readonly StatsEvent[], options: TopInterestOptions): TopInterestItem[] {
  const days = options.days ?? TOP_INTEREST_DAYS;
  const limit = options.limit ?? TOP_INTEREST_LIMIT;
  const minVisits = options.minVisits ?? TOP_INTEREST_MIN_VISITS;
  const since = options.now.getTime() - days * DAY_MS;

  const counts = new Map<string, { item: TopInterestItem; latest: number }>();
  const counted = new Set<string>();
  // Each visit a number; interest outside any visit (no visit-start logged) is a visit of its own.
  let visit = 0;
  let inVisit = false;
  for (const event of events) {
    if (event.type === 'visit-start') {
      visit++;
      inVisit = true;
      continue;
    }
    if (event.type === 'visit-end') {
      inVisit = false;
      continue;
    }
    if (event.type !== 'interest') continue;
    const at = Date.parse(event.time);
    if (!(at >= since)) continue;
    if (!inVisit) visit++;
    const key = `${event.kind}:${event.id}`;
    const found = counts.get(key) ?? { item: { kind: event.kind, id: event.id, visits: 0 }, latest: at };
    counts.set(key, found);
    found.latest = Math.max(found.latest, at);
    if (counted.has(`${visit} ${key}`)) continue;
    counted.add(`${visit} ${key}`);
    found.item.visits++;
  }

  return [...counts.entries()]
    .filter(([, { item }]) => item.visits >= minVisits)
    .sort(([keyA, a], [keyB, b]) => b.item.visits - a.item.visits || b.latest - a.latest || (keyA < keyB ? -1 : 1))
    .slice(0, limit)
    .map(([, { item }]) => item);
}

/** The top items read from the log in `folder` over the window ending `now`. */
export async function readTopInterest(folder: string, now: Date, days = TOP_INTEREST_DAYS): Promise<TopInterest> {
  // Local days from the one holding `now - days` to today: the window's edges are then cut by time.
  const range = { from: localDate(new Date(now.getTime() - days * DAY_MS)), to: localDate(now) };
  const { events } = await readEvents(folder, range);
  return { days, items: topInterest(events, { now, days }) };
}

export interface TopInterestCache {
  /** The current answer: cached, or read again when older than the TTL or invalidated. */
  get(): Promise<TopInterest>;
  /** An interest event was written: the next `get` reads the log again. */
  invalidate(): void;
}

/** A cache of `readTopInterest` over `folder`, with an injectable clock. */
export function createTopInterestCache(
  folder: string,
  options: { now?: () => Date; ttlMs?: number } = {},
): TopInterestCache {
  const now = options.now ?? (() => new Date());
  const ttlMs = options.ttlMs ?? TOP_INTEREST_TTL_MS;
  let cached: { at: number; value: TopInterest } | undefined;
  // Bumped by `invalidate`: a read that began before it must not be cached as fresh.
  let generation = 0;
  let reading: { generation: number; promise: Promise<TopInterest> } | undefined;

  return {
    get() {
      const at = now();
      if (cached && at.getTime() - cached.at < ttlMs && at.getTime() >= cached.at) return Promise.resolve(cached.value);
      // Pages asking at the same moment share one read.
      if (reading && reading.generation === generation) return reading.promise;
      const started = generation;
      const promise = readTopInterest(folder, at).then((value) => {
        if (started === generation) cached = { at: at.getTime(), value };
        return value;
      });
      reading = { generation: started, promise };
      const clear = () => {
        if (reading?.promise === promise) reading = undefined;
      };
      promise.then(clear, clear);
      return promise;
    },
    invalidate() {
      generation++;
      cached = undefined;
    },
  };
}
