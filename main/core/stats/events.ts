/**
 * Visit-statistics events: what the renderer may report (validated in main, since it comes over
 * IPC) and what a log line holds (the same, plus the time main received it).
 */
import { z } from 'zod';
import { INTEREST_KINDS } from '../../contract/lead-shapes.ts';
import type { StatsEventInput, TapKind } from '../../contract/ipc.ts';

const key = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, 'letters, digits and . _ : / -');

/** Tap targets. */
export const TAP_KINDS = ['enterprise', 'cluster', 'district'] as const satisfies readonly TapKind[];

/** An event as the renderer sends it: one of the seven kinds, no other fields, short plain ids. */
export const StatsEventInputSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('visit-start') }),
  z.strictObject({ type: z.literal('visit-end') }),
  z.strictObject({ type: z.literal('screen-view'), screen: key }),
  z.strictObject({ type: z.literal('tap'), kind: z.enum(TAP_KINDS), id: key }),
  z.strictObject({ type: z.literal('language'), lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/) }),
  z.strictObject({ type: z.literal('video-play'), id: key }),
  z.strictObject({ type: z.literal('interest'), kind: z.enum(INTEREST_KINDS), id: key }),
]) satisfies z.ZodType<StatsEventInput>;

/**
 * Local time with its UTC offset, e.g. `2026-11-27T14:05:09.120+08:00`: the day and hour a fair
 * happened in are read straight from the text, whatever time zone the log is read in later.
 */
const localTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/);

/** One log line. */
export const StatsEventSchema = z.intersection(StatsEventInputSchema, z.object({ time: localTime }));
export type StatsEvent = StatsEventInput & { time: string };

/** `date` as local ISO 8601 with offset (see `localTime`). */
export function localIsoTime(date: Date): string {
  const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${localDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `.${pad(date.getMilliseconds(), 3)}${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

/** `date`'s local calendar day, 'YYYY-MM-DD'. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
