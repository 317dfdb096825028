/**
 * Local calendar days ('YYYY-MM-DD') and inclusive ranges of them, as the log files and the admin
 * panel name them. Day arithmetic is done on the calendar (UTC dates), so no time zone or daylight
 * saving change can skip or repeat a day.
 */
import { z } from 'zod';
import type { DateRange } from '../../contract/ipc.ts';

/** The longest range a summary or export covers: a year is plenty for any fair's statistics. */
export const MAX_RANGE_DAYS = 366;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .refine((text) => isCalendarDay(text), 'a real calendar date');

/** Whether `text` is a real date 'YYYY-MM-DD' (not 2026-02-30), whatever else it holds. */
function isCalendarDay(text: string): boolean {
  const t = Date.parse(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(t) && new Date(t).toISOString().startsWith(text);
}

/** A range from the renderer: two real dates, `from` not after `to`, at most MAX_RANGE_DAYS days. */
export const DateRangeSchema = z
  .strictObject({ from: day, to: day })
  .refine((range) => range.from <= range.to, 'from must not be after to')
  .refine(
    (range) => daysOf(range).length <= MAX_RANGE_DAYS,
    `at most ${MAX_RANGE_DAYS} days`,
  ) satisfies z.ZodType<DateRange>;

/** Every day of `range`, in order. Expects valid dates (see DateRangeSchema). */
export function daysOf(range: DateRange): string[] {
  const days: string[] = [];
  const end = Date.parse(`${range.to}T00:00:00Z`);
  for (let t = Date.parse(`${range.from}T00:00:00Z`); t <= end && days.length <= MAX_RANGE_DAYS; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}
