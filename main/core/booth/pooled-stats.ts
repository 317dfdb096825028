/**
 * Laptop: the booth's statistics, per kiosk and pooled. Every call re-reads each kiosk's event files
 * and aggregates them afresh (visits are sequences within one kiosk, so each kiosk is aggregated on
 * its own and the summaries summed): a file synced twice counts once, nothing accumulates. A kiosk
 * whose clock is wrong is left out, and the result says so.
 */
import path from 'node:path';
import type { BoothKioskRow, BoothPooledStats } from '../../contract/booth.ts';
import type { DateRange, HourStats, StatsCsvHeader, StatsSummary } from '../../contract/ipc.ts';
import { ENGLISH_STATS_CSV_HEADER, hourRows, statsHeaderRow, statsToCsv, toCsv } from '../stats/csv.ts';
import { csvFileName, summarizeStats } from '../stats/export-csv.ts';
import { writeFileAtomic } from '../storage/write-file-atomic.ts';

export async function poolStats(
  rows: readonly Pick<BoothKioskRow, 'deviceId' | 'name' | 'clockWrong'>[],
  kioskOutbox: (deviceId: string) => string,
  range: DateRange,
): Promise<BoothPooledStats> {
  const kiosks: BoothPooledStats['kiosks'] = [];
  const excluded: BoothPooledStats['excluded'] = [];
  for (const row of rows) {
    if (row.clockWrong) {
      excluded.push({ deviceId: row.deviceId, name: row.name, reason: 'clock-wrong' });
      continue;
    }
    kiosks.push({
      deviceId: row.deviceId,
      name: row.name,
      summary: await summarizeStats(kioskOutbox(row.deviceId), range),
    });
  }
  return {
    range,
    total: sumSummaries(
      range,
      kiosks.map((k) => k.summary),
    ),
    kiosks,
    excluded,
  };
}

/** The sum of several kiosks' summaries, hour by hour. */
export function sumSummaries(range: DateRange, summaries: readonly StatsSummary[]): StatsSummary {
  const totals: StatsSummary['totals'] = {
    visits: 0,
    screenViews: 0,
    taps: 0,
    languageChanges: 0,
    videoPlays: 0,
    interest: 0,
  };
  const hours = new Map<string, HourStats>();
  let skippedLines = 0;
  for (const summary of summaries) {
    skippedLines += summary.skippedLines;
    for (const key of Object.keys(totals) as Array<keyof typeof totals>) totals[key] += summary.totals[key];
    for (const hour of summary.hours) {
      const at = `${hour.date}T${String(hour.hour).padStart(2, '0')}`;
      const into = hours.get(at) ?? {
        date: hour.date,
        hour: hour.hour,
        visits: 0,
        screenViews: {},
        taps: { enterprise: {}, cluster: {}, district: {} },
        languages: {},
        videoPlays: {},
        interest: {},
      };
      into.visits += hour.visits;
      add(into.screenViews, hour.screenViews);
      add(into.taps.enterprise, hour.taps.enterprise);
      add(into.taps.cluster, hour.taps.cluster);
      add(into.taps.district, hour.taps.district);
      add(into.languages, hour.languages);
      add(into.videoPlays, hour.videoPlays);
      add(into.interest, hour.interest);
      hours.set(at, into);
    }
  }
  const sorted = [...hours.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, h]) => h);
  return { range, totals, hours: sorted, skippedLines };
}

function add(into: Record<string, number>, from: Record<string, number>): void {
  for (const [key, count] of Object.entries(from)) into[key] = (into[key] ?? 0) + count;
}

/**
 * Writes the pooled statistics into `outFolder`: the booth's total in the single kiosk's format
 * (`booth-…`), and one file with a `kiosk` column before each row (for a pivot by kiosk).
 */
export async function exportPooledCsv(
  stats: BoothPooledStats,
  outFolder: string,
  header: StatsCsvHeader = ENGLISH_STATS_CSV_HEADER,
): Promise<string[]> {
  const base = csvFileName(stats.range).replace(/^kiosk-stats-/, '');
  const totalName = `booth-stats-${base}`;
  const byKioskName = `booth-stats-by-kiosk-${base}`;
  await writeFileAtomic(path.join(outFolder, totalName), statsToCsv(stats.total, header));
  const rows: Array<Array<string | number>> = [[header.kiosk, ...statsHeaderRow(header)]];
  for (const kiosk of stats.kiosks) {
    for (const hour of kiosk.summary.hours) for (const row of hourRows(hour)) rows.push([kiosk.name, ...row]);
  }
  await writeFileAtomic(path.join(outFolder, byKioskName), toCsv(rows));
  return [totalName, byKioskName];
}
