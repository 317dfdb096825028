import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StatsEventInput } from '../../../../main/contract/ipc.ts';
import { createEventLog, logFileName } from '../../../../main/core/stats/event-log.ts';
import { localDate, localIsoTime, type StatsEvent } from '../../../../main/core/stats/events.ts';
import {
  createTopInterestCache,
  readTopInterest,
  topInterest,
  TOP_INTEREST_TTL_MS,
} from '../../../../main/core/stats/top-interest.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const NOW = new Date(2026, 11, 5, 16, 0, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** `event` as logged `ago` ms before NOW. */
function at(ago: number, event: StatsEventInput): StatsEvent {
  return { ...event, time: localIsoTime(new Date(NOW.getTime() - ago)) } as StatsEvent;
}

/** One visit `ago` ms before NOW that said "I'm interested" in each of `items` (`kind:id`), a minute apart. */
function visit(ago: number, ...items: string[]): StatsEvent[] {
  return [
    at(ago, { type: 'visit-start' }),
    ...items.map((key, i) => {
      const [kind, id] = key.split(':') as ['cluster', string];
      return at(ago - (i + 1) * 60_000, { type: 'interest', kind, id });
    }),
    at(ago - (items.length + 1) * 60_000, { type: 'visit-end' }),
  ];
}

describe('topInterest', () => {
  it('counts each visit once per item, needs two visits, and gives the top three, most first', () => {
    const events = [
      ...visit(5 * HOUR, 'cluster:a', 'cluster:a', 'cluster:a', 'cluster:b'),
      ...visit(4 * HOUR, 'cluster:a', 'cluster:b', 'enterprise:x'),
      ...visit(3 * HOUR, 'cluster:a', 'enterprise:x', 'park:p'),
      ...visit(2 * HOUR, 'park:p', 'future-industry:f'),
      ...visit(1 * HOUR, 'cluster:c'),
    ];
    expect(topInterest(events, { now: NOW })).toEqual([
      { kind: 'cluster', id: 'a', visits: 3 },
      // b, x and p have two visits each: the most recent interest first, so b (4 h ago) is left out.
      { kind: 'park', id: 'p', visits: 2 },
      { kind: 'enterprise', id: 'x', visits: 2 },
    ]);
  });

  it('shows nothing when no item has two visits of interest (a fresh kiosk, or one curious visitor)', () => {
    expect(topInterest([], { now: NOW })).toEqual([]);
    const oneVisitor = visit(HOUR, 'cluster:a', 'cluster:a', 'cluster:a', 'cluster:a', 'cluster:a');
    expect(topInterest(oneVisitor, { now: NOW })).toEqual([]);
  });

  it('counts interest outside a visit (no visit-start logged) as a visit of its own', () => {
    const events = [
      at(3 * HOUR, { type: 'interest', kind: 'cluster', id: 'a' }),
      at(2 * HOUR, { type: 'interest', kind: 'cluster', id: 'a' }),
    ];
    expect(topInterest(events, { now: NOW })).toEqual([{ kind: 'cluster', id: 'a', visits: 2 }]);
  });

  it('counts only the last 7 days: older interest has expired', () => {
    const events = [
      ...visit(7 * DAY + HOUR, 'cluster:old'),
      ...visit(7 * DAY + 10 * 60_000, 'cluster:old', 'cluster:edge'),
      ...visit(7 * DAY - 10 * 60_000, 'cluster:edge'),
      ...visit(DAY, 'cluster:edge'),
    ];
    // `edge` has one visit just before the window (its interest 8 minutes too old) and two inside it.
    expect(topInterest(events, { now: NOW })).toEqual([{ kind: 'cluster', id: 'edge', visits: 2 }]);
  });

  it('breaks a tie by the most recent interest, then by the key, so the answer never flickers', () => {
    const events = [...visit(6 * HOUR, 'cluster:b', 'cluster:a'), ...visit(5 * HOUR, 'cluster:b', 'cluster:a')];
    // Both two visits; a's last interest is a minute after b's.
    expect(topInterest(events, { now: NOW }).map((item) => item.id)).toEqual(['a', 'b']);
    const sameTime = [
      at(3 * HOUR, { type: 'interest', kind: 'cluster', id: 'z' }),
      at(3 * HOUR, { type: 'interest', kind: 'cluster', id: 'y' }),
      at(2 * HOUR, { type: 'interest', kind: 'cluster', id: 'z' }),
      at(2 * HOUR, { type: 'interest', kind: 'cluster', id: 'y' }),
    ];
    expect(topInterest(sameTime, { now: NOW }).map((item) => item.id)).toEqual(['y', 'z']);
  });
});

/** Writes `events` into their days' log files in `folder`, as the event log does. */
async function writeLog(folder: string, events: readonly StatsEvent[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const event of events) {
    await appendFile(path.join(folder, logFileName(event.time.slice(0, 10))), `${JSON.stringify(event)}\n`);
  }
}

describe('readTopInterest', () => {
  it("reads the window's days from the statistics log, across day files, and ignores older files", async () => {
    const folder = await tempFolder();
    await writeLog(folder, [
      ...visit(20 * DAY, 'cluster:ancient'),
      ...visit(19 * DAY, 'cluster:ancient'),
      ...visit(6 * DAY, 'cluster:a'),
      ...visit(2 * HOUR, 'cluster:a'),
    ]);
    await appendFile(path.join(folder, logFileName(localDate(NOW))), '{"torn":');
    expect(await readTopInterest(folder, NOW)).toEqual({ days: 7, items: [{ kind: 'cluster', id: 'a', visits: 2 }] });
  });
});

describe('createTopInterestCache', () => {
  async function setup() {
    const folder = await tempFolder();
    const clock = { t: NOW.getTime() };
    const cache = createTopInterestCache(folder, { now: () => new Date(clock.t) });
    const log = createEventLog(folder, { now: () => new Date(clock.t) });
    const record = async (...events: StatsEventInput[]) => {
      for (const event of events) await log.append(event);
    };
    const interestVisit = (id: string) =>
      record({ type: 'visit-start' }, { type: 'interest', kind: 'cluster', id }, { type: 'visit-end' });
    return { cache, clock, record, interestVisit, log };
  }

  it('serves the same answer for a minute without reading the log again, then reads it', async () => {
    const { cache, clock, interestVisit, log } = await setup();
    expect((await cache.get()).items).toEqual([]);
    await interestVisit('a');
    await interestVisit('a');
    clock.t += TOP_INTEREST_TTL_MS - 1_000;
    // Not invalidated: the log's new lines are not read yet.
    expect((await cache.get()).items).toEqual([]);
    clock.t += 1_000;
    expect((await cache.get()).items).toEqual([{ kind: 'cluster', id: 'a', visits: 2 }]);
    await log.close();
  });

  it('reads again at once after an interest event was written (invalidate)', async () => {
    const { cache, interestVisit, log } = await setup();
    expect((await cache.get()).items).toEqual([]);
    await interestVisit('a');
    await interestVisit('a');
    cache.invalidate();
    expect((await cache.get()).items).toEqual([{ kind: 'cluster', id: 'a', visits: 2 }]);
    await log.close();
  });

  it('drops interest that has expired once the minute is over, without any new event', async () => {
    const { cache, clock, interestVisit, log } = await setup();
    await interestVisit('a');
    clock.t += 2 * HOUR;
    await interestVisit('a');
    cache.invalidate();
    expect((await cache.get()).items).toHaveLength(1);
    // Seven days after the first visit, it has left the window: only one visit is left.
    clock.t += 7 * DAY - 2 * HOUR + 60_000;
    expect((await cache.get()).items).toEqual([]);
    await log.close();
  });

  it('shares one read between callers, and does not keep a read that began before an invalidate', async () => {
    const { cache, interestVisit, log } = await setup();
    await interestVisit('a');
    await interestVisit('a');
    const [first, second] = [cache.get(), cache.get()];
    expect(first).toBe(second);
    cache.invalidate();
    await interestVisit('b');
    await interestVisit('b');
    await first;
    // The read begun before the invalidate may have missed b: the next get reads again (a tie at the
    // same moment goes by the key).
    expect((await cache.get()).items.map((item) => item.id)).toEqual(['a', 'b']);
    await log.close();
  });
});
