import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRotatingLog } from '../../../../main/core/log/rotating-log.ts';
import { lastLogEntries, logSafe, parseLogEntries, readRecentLog } from '../../../../main/core/log/read-log.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const LOG = [
  'torn half of a line from before a rotation',
  '[2026-12-05T00:00:01.000Z] INFO [kiosk] starting',
  '[2026-12-05T00:00:02.000Z] WARN [kiosk] settings: defaults',
  '[2026-12-05T00:00:03.000Z] ERROR [page] error on screen "map": TypeError: x is undefined',
  '  at draw (map.js:1:2)',
  '  at frame (map.js:3:4)',
  '[2026-12-05T00:00:04.000Z] INFO [kiosk] admin unlock: unlocked',
  '',
].join('\n');

describe('parseLogEntries', () => {
  it('reads one entry per head line, keeps a stack with its entry and drops a torn start', () => {
    const entries = parseLogEntries(LOG);
    expect(entries.map((e) => e.level)).toEqual(['info', 'warn', 'error', 'info']);
    expect(entries[2]).toEqual({
      time: '2026-12-05T00:00:03.000Z',
      level: 'error',
      text: '[page] error on screen "map": TypeError: x is undefined\n  at draw (map.js:1:2)\n  at frame (map.js:3:4)',
    });
  });
});

describe('lastLogEntries', () => {
  it('filters by level: error shows errors only, warn adds warnings, info shows everything', () => {
    expect(lastLogEntries(LOG, 'error', 500).map((e) => e.time)).toEqual(['2026-12-05T00:00:03.000Z']);
    expect(lastLogEntries(LOG, 'warn', 500).map((e) => e.level)).toEqual(['warn', 'error']);
    expect(lastLogEntries(LOG, 'info', 500)).toHaveLength(4);
  });

  it('keeps the last entries, oldest first', () => {
    expect(lastLogEntries(LOG, 'info', 2).map((e) => e.level)).toEqual(['error', 'info']);
    expect(lastLogEntries(LOG, 'info', 0)).toEqual([]);
  });
});

describe('readRecentLog', () => {
  it('reads on into the rotated files when the current one is short, and an absent log is empty', async () => {
    const dir = await tempFolder();
    let t = Date.parse('2026-12-05T00:00:00.000Z');
    const log = createRotatingLog({ folder: dir, maxBytes: 200, now: () => new Date((t += 1000)) });
    for (let i = 0; i < 12; i++) log.write(i % 3 === 0 ? 'error' : 'info', `line ${i}`);
    const errors = await readRecentLog(dir, 'error', 3);
    expect(errors.map((e) => e.text)).toEqual(['line 3', 'line 6', 'line 9']);
    const all = await readRecentLog(dir, 'info', 100);
    expect(all.map((e) => e.text)).toEqual(Array.from({ length: 12 }, (_, i) => `line ${i}`));
    const empty = path.join(dir, 'none');
    await mkdir(empty);
    expect(await readRecentLog(empty, 'info', 10)).toEqual([]);
  });
});

describe('logSafe', () => {
  it('indents every line after the first and removes control characters, so no text can forge an entry', () => {
    const forged = 'oops\n[2026-12-05T00:00:09.000Z] ERROR admin unlocked\u0007\r\nbye';
    expect(logSafe(forged)).toBe('oops\n  [2026-12-05T00:00:09.000Z] ERROR admin unlocked\n  bye');
    expect(parseLogEntries(`[2026-12-05T00:00:08.000Z] ERROR ${logSafe(forged)}\n`)).toHaveLength(1);
  });
});
