import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StatsEventInput } from '../../../../main/contract/ipc.ts';
import { aggregate } from '../../../../main/core/stats/aggregate.ts';
import { DateRangeSchema, daysOf } from '../../../../main/core/stats/date-range.ts';
import { createEventLog, logFileName } from '../../../../main/core/stats/event-log.ts';
import { localDate, localIsoTime, StatsEventInputSchema, type StatsEvent } from '../../../../main/core/stats/events.ts';
import { parseEventLines, readEvents } from '../../../../main/core/stats/read-events.ts';
import { tempFolder } from '../../support/temp-folder.ts';

describe('localIsoTime', () => {
  it('writes local time with its offset, which reads back as the same instant', () => {
    const at = new Date('2026-11-27T06:05:09.120Z');
    const text = localIsoTime(at);
    expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
    expect(new Date(text).getTime()).toBe(at.getTime());
    expect(text.slice(0, 10)).toBe(localDate(at));
    expect(Number(text.slice(11, 13))).toBe(at.getHours());
  });
});

describe('StatsEventInputSchema', () => {
  it.each<StatsEventInput>([
    { type: 'visit-start' },
    { type: 'visit-end' },
    { type: 'screen-view', screen: 'enterprise' },
    { type: 'tap', kind: 'enterprise', id: 'xcmg' },
    { type: 'tap', kind: 'district', id: '320302' },
    { type: 'language', lang: 'zh-CN' },
    { type: 'video-play', id: 'xcmg/line.mp4' },
  ])('accepts %j', (event) => {
    expect(StatsEventInputSchema.parse(event)).toEqual(event);
  });

  it.each([
    ['an unknown type', { type: 'hack' }],
    ['an extra field', { type: 'visit-start', time: '2020-01-01T00:00:00Z' }],
    ['an unknown tap kind', { type: 'tap', kind: 'person', id: 'x' }],
    ['an empty id', { type: 'tap', kind: 'cluster', id: '' }],
    ['an id with a line break', { type: 'video-play', id: 'a\nb' }],
    ['a formula as id', { type: 'screen-view', screen: '=HYPERLINK("x")' }],
    ['a very long id', { type: 'screen-view', screen: 'a'.repeat(101) }],
    ['a string', 'visit-start'],
    ['null', null],
  ])('refuses %s', (_what, event) => {
    expect(StatsEventInputSchema.safeParse(event).success).toBe(false);
  });
});

describe('createEventLog', () => {
  it('appends one JSON line per event, stamped with the time, in the file of the local day', async () => {
    const dir = await tempFolder();
    const at = new Date(2026, 10, 27, 14, 5, 9, 120);
    const log = createEventLog(dir, { now: () => at });
    await log.append({ type: 'visit-start' });
    await log.append({ type: 'tap', kind: 'enterprise', id: 'xcmg' });
    await log.close();
    const text = await readFile(path.join(dir, 'events-2026-11-27.jsonl'), 'utf8');
    expect(text.split('\n')).toEqual([
      JSON.stringify({ type: 'visit-start', time: localIsoTime(at) }),
      JSON.stringify({ type: 'tap', kind: 'enterprise', id: 'xcmg', time: localIsoTime(at) }),
      '',
    ]);
  });

  it('moves to a new file when the local day changes', async () => {
    const dir = await tempFolder();
    let at = new Date(2026, 10, 27, 23, 59, 59);
    const log = createEventLog(dir, { now: () => at });
    await log.append({ type: 'visit-start' });
    at = new Date(2026, 10, 28, 0, 0, 1);
    await log.append({ type: 'visit-end' });
    await log.close();
    expect((await readdir(dir)).sort()).toEqual(['events-2026-11-27.jsonl', 'events-2026-11-28.jsonl']);
  });

  it('after a crash left a torn line, starts on a fresh line so the next event is readable', async () => {
    const dir = await tempFolder();
    const at = new Date(2026, 10, 27, 10, 0, 0);
    const file = path.join(dir, logFileName('2026-11-27'));
    await writeFile(file, `${JSON.stringify({ type: 'visit-start', time: localIsoTime(at) })}\n{"type":"ta`);
    const log = createEventLog(dir, { now: () => at });
    await log.append({ type: 'visit-end' });
    await log.close();
    const parsed = parseEventLines(await readFile(file, 'utf8'));
    expect(parsed.events.map((e) => e.type)).toEqual(['visit-start', 'visit-end']);
    expect(parsed.skippedLines).toBe(1);
  });

  it('keeps the order of events appended without waiting', async () => {
    const dir = await tempFolder();
    const log = createEventLog(dir, { now: () => new Date(2026, 10, 27, 10) });
    await Promise.all(Array.from({ length: 50 }, (_, i) => log.append({ type: 'screen-view', screen: `s${i}` })));
    await log.close();
    const { events } = await readEvents(dir, { from: '2026-11-27', to: '2026-11-27' });
    expect(events.map((e) => (e.type === 'screen-view' ? e.screen : ''))).toEqual(
      Array.from({ length: 50 }, (_, i) => `s${i}`),
    );
  });
});

describe('readEvents', () => {
  it('reads every day of the range, skipping torn or damaged lines anywhere, and missing days', async () => {
    const dir = await tempFolder();
    const line = (e: object) => `${JSON.stringify(e)}\n`;
    await writeFile(
      path.join(dir, logFileName('2026-11-26')),
      line({ type: 'visit-start', time: '2026-11-26T09:00:00.000+08:00' }) +
        '{"type":"tap","ki\n' +
        line({ type: 'visit-end', time: '2026-11-26T09:01:00.000+08:00' }) +
        line({ type: 'tap', kind: 'nope', id: 'x', time: '2026-11-26T09:02:00.000+08:00' }),
    );
    await writeFile(
      path.join(dir, logFileName('2026-11-28')),
      line({ type: 'visit-start', time: '2026-11-28T10:00:00.000+08:00' }),
    );
    await appendFile(path.join(dir, logFileName('2026-11-28')), '{"type":"visit-e');
    const result = await readEvents(dir, { from: '2026-11-26', to: '2026-11-28' });
    expect(result.events.map((e) => `${e.time.slice(0, 10)} ${e.type}`)).toEqual([
      '2026-11-26 visit-start',
      '2026-11-26 visit-end',
      '2026-11-28 visit-start',
    ]);
    expect(result.skippedLines).toBe(3);
  });
});

describe('DateRangeSchema / daysOf', () => {
  it('lists every day of a range, across month ends', () => {
    expect(daysOf({ from: '2026-02-27', to: '2026-03-02' })).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
  });

  it.each([
    ['an impossible date', { from: '2026-02-30', to: '2026-03-01' }],
    ['a reversed range', { from: '2026-03-02', to: '2026-03-01' }],
    ['a range over a year', { from: '2025-01-01', to: '2026-06-01' }],
    ['a path', { from: '../../etc', to: '2026-03-01' }],
    ['an extra key', { from: '2026-03-01', to: '2026-03-01', folder: '/tmp' }],
  ])('refuses %s', (_what, range) => {
    expect(DateRangeSchema.safeParse(range).success).toBe(false);
  });
});

/** Events at local times 'YYYY-MM-DD HH:MM' (offset +08:00, as at a fair in China). */
function at(time: string, event: StatsEventInput): StatsEvent {
  return { ...event, time: `${time.replace(' ', 'T')}:00.000+08:00` } as StatsEvent;
}

describe('aggregate', () => {
  const range = { from: '2026-11-27', to: '2026-11-27' };

  it('counts a visit that went on past its landing screen, in the hour it began', () => {
    const summary = aggregate(
      [
        at('2026-11-27 09:58', { type: 'visit-start' }),
        at('2026-11-27 09:58', { type: 'screen-view', screen: 'home' }),
        at('2026-11-27 10:01', { type: 'screen-view', screen: 'enterprise' }),
        at('2026-11-27 10:03', { type: 'visit-end' }),
      ],
      range,
    );
    expect(summary.totals.visits).toBe(1);
    expect(summary.hours.map((h) => [h.hour, h.visits])).toEqual([
      [9, 1],
      [10, 0],
    ]);
  });

  it('does not count a visit whose only touch was the one that woke the kiosk', () => {
    const summary = aggregate(
      [
        at('2026-11-27 10:00', { type: 'visit-start' }),
        at('2026-11-27 10:00', { type: 'screen-view', screen: 'home' }),
        at('2026-11-27 10:01', { type: 'visit-end' }),
        at('2026-11-27 10:05', { type: 'visit-start' }),
        at('2026-11-27 10:06', { type: 'visit-end' }),
      ],
      range,
    );
    expect(summary.totals.visits).toBe(0);
    expect(summary.totals.screenViews).toBe(1);
  });

  it('counts a visit whose one touch after waking was a language switch or a video', () => {
    const summary = aggregate(
      [
        at('2026-11-27 10:00', { type: 'visit-start' }),
        at('2026-11-27 10:00', { type: 'screen-view', screen: 'home' }),
        at('2026-11-27 10:00', { type: 'language', lang: 'en' }),
        at('2026-11-27 10:01', { type: 'visit-end' }),
        at('2026-11-27 10:02', { type: 'visit-start' }),
        at('2026-11-27 10:02', { type: 'video-play', id: 'xcmg-line' }),
        at('2026-11-27 10:03', { type: 'visit-end' }),
      ],
      range,
    );
    expect(summary.totals.visits).toBe(2);
    expect(summary.totals.languageChanges).toBe(1);
  });

  it('ends a visit whose end was lost (a crash) at the next visit-start, and one still open at the end', () => {
    const summary = aggregate(
      [
        at('2026-11-27 10:00', { type: 'visit-start' }),
        at('2026-11-27 10:01', { type: 'tap', kind: 'cluster', id: 'machinery' }),
        at('2026-11-27 11:00', { type: 'visit-start' }),
        at('2026-11-27 11:01', { type: 'tap', kind: 'cluster', id: 'machinery' }),
      ],
      range,
    );
    expect(summary.hours.map((h) => [h.hour, h.visits])).toEqual([
      [10, 1],
      [11, 1],
    ]);
  });

  it('counts screen views, taps per kind and id, languages, video plays and interest per item per hour', () => {
    const summary = aggregate(
      [
        at('2026-11-27 10:00', { type: 'visit-start' }),
        at('2026-11-27 10:00', { type: 'screen-view', screen: 'home' }),
        at('2026-11-27 10:01', { type: 'tap', kind: 'enterprise', id: 'xcmg' }),
        at('2026-11-27 10:02', { type: 'tap', kind: 'enterprise', id: 'xcmg' }),
        at('2026-11-27 10:02', { type: 'tap', kind: 'district', id: '320302' }),
        at('2026-11-27 10:03', { type: 'language', lang: 'en' }),
        at('2026-11-27 10:04', { type: 'video-play', id: 'xcmg-line' }),
        at('2026-11-27 10:04', { type: 'interest', kind: 'cluster', id: 'machinery' }),
        at('2026-11-27 10:04', { type: 'interest', kind: 'cluster', id: 'machinery' }),
        at('2026-11-27 10:04', { type: 'interest', kind: 'park', id: 'xuzhou-edz' }),
        at('2026-11-27 10:05', { type: 'screen-view', screen: 'home' }),
        at('2026-11-27 10:06', { type: 'visit-end' }),
      ],
      range,
      2,
    );
    expect(summary).toEqual({
      range,
      totals: { visits: 1, screenViews: 2, taps: 3, languageChanges: 1, videoPlays: 1, interest: 3 },
      hours: [
        {
          date: '2026-11-27',
          hour: 10,
          visits: 1,
          screenViews: { home: 2 },
          taps: { enterprise: { xcmg: 2 }, cluster: {}, district: { '320302': 1 } },
          languages: { en: 1 },
          videoPlays: { 'xcmg-line': 1 },
          interest: { 'cluster:machinery': 2, 'park:xuzhou-edz': 1 },
        },
      ],
      skippedLines: 2,
    });
  });

  it('sorts hours by day and hour', () => {
    const summary = aggregate(
      [
        at('2026-11-28 09:00', { type: 'screen-view', screen: 'a' }),
        at('2026-11-27 15:00', { type: 'screen-view', screen: 'a' }),
        at('2026-11-27 08:00', { type: 'screen-view', screen: 'a' }),
      ],
      { from: '2026-11-27', to: '2026-11-28' },
    );
    expect(summary.hours.map((h) => `${h.date} ${h.hour}`)).toEqual(['2026-11-27 8', '2026-11-27 15', '2026-11-28 9']);
  });
});
