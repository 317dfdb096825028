/**
 * CSV for the statistics export, as spreadsheet programs read it (RFC 4180): comma-separated,
 * CRLF line ends, a field quoted when it holds a comma, quote, line break or edge space, quotes
 * doubled inside. A UTF-8 byte-order mark goes first, so Excel shows Chinese text correctly.
 */
import { STATS_CSV_COLUMNS, type HourStats, type StatsCsvHeader, type StatsSummary } from '../../contract/ipc.ts';

/** The byte-order mark Excel needs to read UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** One field. Text starting like a formula (= + - @) gets a leading ' so a spreadsheet never runs it. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole CSV text: BOM, then each row on its own CRLF-terminated line. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return UTF8_BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** The columns' names when the panel sends none of its language. */
export const ENGLISH_STATS_CSV_HEADER: StatsCsvHeader = {
  kiosk: 'kiosk',
  date: 'date',
  hour: 'hour',
  metric: 'metric',
  kind: 'kind',
  key: 'key',
  count: 'count',
};

/** The header row of the statistics CSV. */
export function statsHeaderRow(header: StatsCsvHeader = ENGLISH_STATS_CSV_HEADER): string[] {
  return STATS_CSV_COLUMNS.map((column) => header[column]);
}

/**
 * The summary in long form, one count per row (date, hour, metric, kind, key, count), which pivot
 * tables take directly: `visits` rows, then `screen-view` per screen, `tap` per kind and id,
 * `language` per language, `video-play` per video, hour by hour.
 */
export function statsToCsv(summary: StatsSummary, header?: StatsCsvHeader): string {
  const rows: Array<Array<string | number>> = [statsHeaderRow(header)];
  for (const hour of summary.hours) rows.push(...hourRows(hour));
  return toCsv(rows);
}

/** The rows of one hour, without the header (the booth's CSV prefixes each with its kiosk). */
export function hourRows(stats: HourStats): Array<Array<string | number>> {
  const at = [stats.date, stats.hour] as const;
  const rows: Array<Array<string | number>> = [];
  if (stats.visits > 0) rows.push([...at, 'visits', '', '', stats.visits]);
  for (const [key, count] of sortedEntries(stats.screenViews)) rows.push([...at, 'screen-view', '', key, count]);
  for (const kind of ['enterprise', 'cluster', 'district'] as const) {
    for (const [key, count] of sortedEntries(stats.taps[kind])) rows.push([...at, 'tap', kind, key, count]);
  }
  for (const [key, count] of sortedEntries(stats.languages)) rows.push([...at, 'language', '', key, count]);
  for (const [key, count] of sortedEntries(stats.videoPlays)) rows.push([...at, 'video-play', '', key, count]);
  for (const [key, count] of sortedEntries(stats.interest)) {
    const [kind = '', id = ''] = key.split(':');
    rows.push([...at, 'interest', kind, id, count]);
  }
  return rows;
}

function sortedEntries(counts: Record<string, number>): Array<[string, number]> {
  return Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
