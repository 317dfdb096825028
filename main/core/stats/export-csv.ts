/**
 * Writes the statistics of a day, or of a fair's range of days, as CSV files into a folder staff
 * chose (a USB stick, typically): one file per day that has events, plus one for the whole range
 * when it spans several days. Every file is written atomically, so pulling the stick mid-export
 * leaves whole files or none.
 */
import path from 'node:path';
import type { DateRange, StatsCsvHeader, StatsSummary } from '../../contract/ipc.ts';
import { writeFileAtomic } from '../storage/write-file-atomic.ts';
import { aggregate } from './aggregate.ts';
import { daysOf } from './date-range.ts';
import { statsToCsv } from './csv.ts';
import { readEvents } from './read-events.ts';

/** The summary of `range` read from the log in `statsFolder`. */
export async function summarizeStats(statsFolder: string, range: DateRange): Promise<StatsSummary> {
  const { events, skippedLines } = await readEvents(statsFolder, range);
  return aggregate(events, range, skippedLines);
}

/** The export file name of `range`: `kiosk-stats-<day>.csv` or `kiosk-stats-<from>_to_<to>.csv`. */
export function csvFileName(range: DateRange): string {
  return range.from === range.to ? `kiosk-stats-${range.from}.csv` : `kiosk-stats-${range.from}_to_${range.to}.csv`;
}

/**
 * Exports `range` into `outFolder`; returns the file names written, the range's own file first.
 * The range's file is always written (with only its header when nothing happened), so staff see
 * that the export ran.
 */
export async function exportStatsCsv(
  statsFolder: string,
  outFolder: string,
  range: DateRange,
  header?: StatsCsvHeader,
): Promise<string[]> {
  const written: string[] = [];
  const whole = await summarizeStats(statsFolder, range);
  await writeFileAtomic(path.join(outFolder, csvFileName(range)), statsToCsv(whole, header));
  written.push(csvFileName(range));
  if (range.from === range.to) return written;

  for (const day of daysOf(range)) {
    const dayStats = { ...whole, range: { from: day, to: day }, hours: whole.hours.filter((h) => h.date === day) };
    if (dayStats.hours.length === 0) continue;
    const name = csvFileName(dayStats.range);
    await writeFileAtomic(path.join(outFolder, name), statsToCsv(dayStats, header));
    written.push(name);
  }
  return written;
}
