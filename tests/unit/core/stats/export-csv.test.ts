import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField, ENGLISH_STATS_CSV_HEADER, statsToCsv, toCsv, UTF8_BOM } from '../../../../main/core/stats/csv.ts';
import { logFileName } from '../../../../main/core/stats/event-log.ts';
import { csvFileName, exportStatsCsv, summarizeStats } from '../../../../main/core/stats/export-csv.ts';
import { tempFolder } from '../../support/temp-folder.ts';

describe('csvField', () => {
  it.each<[string | number, string]>([
    ['plain', 'plain'],
    [42, '42'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    [' padded', '" padded"'],
    ['徐工集团', '徐工集团'],
    ['=1+1', "'=1+1"],
    ['+86', "'+86"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
  ])('writes %j as %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, 'x,y'],
      ]),
    ).toBe(`${UTF8_BOM}a,b\r\n1,"x,y"\r\n`);
  });
});

/** A log folder with two fair days. */
async function fairLogs(): Promise<string> {
  const dir = await tempFolder();
  const lines = (events: object[]) => events.map((e) => `${JSON.stringify(e)}\n`).join('');
  await writeFile(
    path.join(dir, logFileName('2026-11-27')),
    lines([
      { type: 'visit-start', time: '2026-11-27T10:00:00.000+08:00' },
      { type: 'screen-view', screen: 'home', time: '2026-11-27T10:00:01.000+08:00' },
      { type: 'tap', kind: 'enterprise', id: 'xcmg', time: '2026-11-27T10:00:05.000+08:00' },
      { type: 'language', lang: 'en', time: '2026-11-27T10:00:06.000+08:00' },
      { type: 'video-play', id: 'xcmg-line', time: '2026-11-27T10:00:09.000+08:00' },
      { type: 'interest', kind: 'enterprise', id: 'xcmg', time: '2026-11-27T10:00:12.000+08:00' },
      { type: 'visit-end', time: '2026-11-27T10:02:00.000+08:00' },
    ]),
  );
  await writeFile(
    path.join(dir, logFileName('2026-11-29')),
    lines([
      { type: 'visit-start', time: '2026-11-29T15:30:00.000+08:00' },
      { type: 'tap', kind: 'cluster', id: 'machinery', time: '2026-11-29T15:30:04.000+08:00' },
      { type: 'tap', kind: 'district', id: '320302', time: '2026-11-29T15:31:00.000+08:00' },
    ]) + '{"type":"visit-e',
  );
  return dir;
}

const HEADER = 'date,hour,metric,kind,key,count';

describe('statsToCsv', () => {
  it('writes one count per row, hour by hour, in long form', async () => {
    const summary = await summarizeStats(await fairLogs(), { from: '2026-11-27', to: '2026-11-29' });
    expect(statsToCsv(summary)).toBe(
      UTF8_BOM +
        [
          HEADER,
          '2026-11-27,10,visits,,,1',
          '2026-11-27,10,screen-view,,home,1',
          '2026-11-27,10,tap,enterprise,xcmg,1',
          '2026-11-27,10,language,,en,1',
          '2026-11-27,10,video-play,,xcmg-line,1',
          '2026-11-27,10,interest,enterprise,xcmg,1',
          '2026-11-29,15,visits,,,1',
          '2026-11-29,15,tap,cluster,machinery,1',
          '2026-11-29,15,tap,district,320302,1',
        ]
          .map((row) => `${row}\r\n`)
          .join(''),
    );
    expect(summary.skippedLines).toBe(1);
    const named = statsToCsv(summary, { ...ENGLISH_STATS_CSV_HEADER, date: '日期', count: '次数' });
    expect(named.split('\r\n')[0]).toBe(`${UTF8_BOM}日期,hour,metric,kind,key,次数`);
  });
});

describe('exportStatsCsv', () => {
  it('exports one day as kiosk-stats-<day>.csv', async () => {
    const out = await tempFolder();
    const files = await exportStatsCsv(await fairLogs(), out, { from: '2026-11-27', to: '2026-11-27' });
    expect(files).toEqual(['kiosk-stats-2026-11-27.csv']);
    const text = await readFile(path.join(out, files[0] ?? ''), 'utf8');
    expect(text.split('\r\n')[0]).toBe(`${UTF8_BOM}${HEADER}`);
    expect(text).toContain('2026-11-27,10,tap,enterprise,xcmg,1\r\n');
    expect(text).not.toContain('2026-11-29');
  });

  it('exports a fair as one file for the range plus one per day with events', async () => {
    const out = await tempFolder();
    const files = await exportStatsCsv(await fairLogs(), out, { from: '2026-11-26', to: '2026-11-29' });
    expect(files).toEqual([
      'kiosk-stats-2026-11-26_to_2026-11-29.csv',
      'kiosk-stats-2026-11-27.csv',
      'kiosk-stats-2026-11-29.csv',
    ]);
    expect((await readdir(out)).sort()).toEqual([...files].sort());
    const day = await readFile(path.join(out, 'kiosk-stats-2026-11-29.csv'), 'utf8');
    expect(day).toContain('2026-11-29,15,tap,cluster,machinery,1');
    expect(day).not.toContain('2026-11-27');
  });

  it('still writes the range file, with only its header, when nothing happened', async () => {
    const out = await tempFolder();
    const files = await exportStatsCsv(await tempFolder(), out, { from: '2026-01-01', to: '2026-01-01' });
    await expect(readFile(path.join(out, files[0] ?? ''), 'utf8')).resolves.toBe(`${UTF8_BOM}${HEADER}\r\n`);
  });

  it('names files after the day or the range', () => {
    expect(csvFileName({ from: '2026-11-27', to: '2026-11-27' })).toBe('kiosk-stats-2026-11-27.csv');
    expect(csvFileName({ from: '2026-11-27', to: '2026-11-29' })).toBe('kiosk-stats-2026-11-27_to_2026-11-29.csv');
  });
});
