/** Pooled statistics: exactly the sum of each kiosk's own counts, unchanged by a second sync, wrong clocks left out. */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPooledCsv, poolStats } from '../../../../main/core/booth/pooled-stats.ts';
import { summarizeStats } from '../../../../main/core/stats/export-csv.ts';
import { tempFolder } from '../../support/temp-folder.ts';
import { CHINESE_STATS_CSV_HEADER } from '../../support/panel-csv-headers.ts';

const RANGE = { from: '2026-11-27', to: '2026-11-28' };

function visit(hour: string, lang: string, cluster: string): string[] {
  const at = (m: string) => `2026-11-27T${hour}:${m}:00.000+08:00`;
  return [
    { type: 'visit-start', time: at('00') },
    { type: 'screen-view', screen: 'home', time: at('00') },
    { type: 'language', lang, time: at('01') },
    { type: 'tap', kind: 'cluster', id: cluster, time: at('02') },
    { type: 'visit-end', time: at('05') },
  ].map((e) => JSON.stringify(e));
}

async function booth() {
  const base = await tempFolder('booth-stats-');
  const kiosk = (id: string) => path.join(base, 'kiosks', id);
  const files = {
    AAAAAAA: [...visit('10', 'en', 'equipment'), ...visit('11', 'zh-CN', 'equipment')],
    BBBBBBB: [...visit('10', 'ja', 'new-energy')],
    CCCCCCC: [...visit('10', 'en', 'equipment')],
  };
  for (const [id, lines] of Object.entries(files)) {
    await mkdir(kiosk(id), { recursive: true });
    await writeFile(path.join(kiosk(id), 'events-2026-11-27.jsonl'), `${lines.join('\n')}\n`);
  }
  const rows = [
    { deviceId: 'AAAAAAA', name: 'Left', clockWrong: false },
    { deviceId: 'BBBBBBB', name: 'Right', clockWrong: false },
    { deviceId: 'CCCCCCC', name: 'Door', clockWrong: true },
  ];
  return { base, kiosk, rows };
}

describe('pooled statistics', () => {
  it('equal the sum of each kiosk’s own counts, and leave out a kiosk whose clock is wrong', async () => {
    const { kiosk, rows } = await booth();
    const pooled = await poolStats(rows, kiosk, RANGE);
    const left = await summarizeStats(kiosk('AAAAAAA'), RANGE);
    const right = await summarizeStats(kiosk('BBBBBBB'), RANGE);
    expect(pooled.total.totals.visits).toBe(left.totals.visits + right.totals.visits);
    expect(pooled.total.totals).toEqual({
      visits: 3,
      screenViews: 3,
      taps: 3,
      languageChanges: 3,
      videoPlays: 0,
      interest: 0,
    });
    expect(pooled.total.hours.map((h) => [h.hour, h.visits, h.languages, h.taps.cluster])).toEqual([
      [10, 2, { en: 1, ja: 1 }, { equipment: 1, 'new-energy': 1 }],
      [11, 1, { 'zh-CN': 1 }, { equipment: 1 }],
    ]);
    expect(pooled.kiosks.map((k) => [k.name, k.summary.totals.visits])).toEqual([
      ['Left', 2],
      ['Right', 1],
    ]);
    expect(pooled.excluded).toEqual([{ deviceId: 'CCCCCCC', name: 'Door', reason: 'clock-wrong' }]);
  });

  it('are unchanged after the same files sync again', async () => {
    const { base, kiosk, rows } = await booth();
    const first = await poolStats(rows, kiosk, RANGE);
    // Syncthing writes the same file again (a re-sync, a reconnect): same bytes, new copy.
    await cp(path.join(base, 'kiosks'), path.join(base, 'again'), { recursive: true });
    await cp(path.join(base, 'again'), path.join(base, 'kiosks'), { recursive: true, force: true });
    const second = await poolStats(rows, kiosk, RANGE);
    expect(second).toEqual(first);
  });

  it('exports the total and a by-kiosk CSV', async () => {
    const { base, kiosk, rows } = await booth();
    const out = path.join(base, 'out');
    await mkdir(out);
    const files = await exportPooledCsv(await poolStats(rows, kiosk, RANGE), out);
    expect(files).toEqual([
      'booth-stats-2026-11-27_to_2026-11-28.csv',
      'booth-stats-by-kiosk-2026-11-27_to_2026-11-28.csv',
    ]);
    const total = await readFile(path.join(out, files[0]!), 'utf8');
    expect(total).toContain('2026-11-27,10,visits,,,2\r\n');
    const byKiosk = await readFile(path.join(out, files[1]!), 'utf8');
    expect(byKiosk.split('\r\n')[0]).toBe('\uFEFFkiosk,date,hour,metric,kind,key,count');
    expect(byKiosk).toContain('Right,2026-11-27,10,language,,ja,1\r\n');
    expect(byKiosk).not.toContain('Door');

    // Named in the panel's language: both files.
    const header = CHINESE_STATS_CSV_HEADER;
    const named = path.join(base, 'named');
    await mkdir(named);
    await exportPooledCsv(await poolStats(rows, kiosk, RANGE), named, header);
    const firstLine = async (name: string) => (await readFile(path.join(named, name), 'utf8')).split('\r\n')[0];
    expect(await firstLine(files[0]!)).toBe('\uFEFF日期,小时,指标,类型,对象,次数');
    expect(await firstLine(files[1]!)).toBe('\uFEFF展机,日期,小时,指标,类型,对象,次数');
  });
});
