/** Pure helpers of the statistics dashboard: dates, and series out of a `StatsSummary`. */
import type { HourStats, StatsSummary, TapKind } from '../../../main/contract/ipc';

/** The kiosk's local date, 'YYYY-MM-DD'. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `days` days before `date` ('YYYY-MM-DD'), local. */
export function daysBefore(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return localDate(new Date(y, m - 1, d - days));
}

/** Visits per hour of the day (0–23), summed over the days of the range. */
export function visitsByHour(hours: HourStats[]): number[] {
  const out = Array.from({ length: 24 }, () => 0);
  for (const h of hours) out[h.hour] = (out[h.hour] ?? 0) + h.visits;
  return out;
}

function add(into: Map<string, number>, counts: Record<string, number> | undefined): void {
  for (const [key, n] of Object.entries(counts ?? {})) into.set(key, (into.get(key) ?? 0) + n);
}

/** Sums one kind of count over the hours, largest first, at most `limit` entries. */
export function topCounts(
  summary: StatsSummary,
  pick: (h: HourStats) => Record<string, number> | undefined,
  limit = 10,
): Array<[string, number]> {
  const totals = new Map<string, number>();
  for (const h of summary.hours) add(totals, pick(h));
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
}

export function topTaps(summary: StatsSummary, kind: TapKind, limit = 10): Array<[string, number]> {
  return topCounts(summary, (h) => h.taps?.[kind], limit);
}
