/**
 * Reads the visit log back for a range of days. A line that does not parse or validate (the torn
 * last line of a crash, or a damaged one anywhere) is skipped and counted, never fatal.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DateRange } from '../../contract/ipc.ts';
import { daysOf } from './date-range.ts';
import { logFileName } from './event-log.ts';
import { StatsEventSchema, type StatsEvent } from './events.ts';

/** The readable events of a range, in log order, and how many lines were skipped. */
export interface ReadEventsResult {
  events: StatsEvent[];
  skippedLines: number;
}

/** Parses the text of one log file. */
export function parseEventLines(text: string): ReadEventsResult {
  const events: StatsEvent[] = [];
  let skippedLines = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      skippedLines++;
      continue;
    }
    const parsed = StatsEventSchema.safeParse(raw);
    if (parsed.success) events.push(parsed.data as StatsEvent);
    else skippedLines++;
  }
  return { events, skippedLines };
}

/** Reads the log files of every day of `range` in `folder`; a missing day is an empty day. */
export async function readEvents(folder: string, range: DateRange): Promise<ReadEventsResult> {
  const result: ReadEventsResult = { events: [], skippedLines: 0 };
  for (const day of daysOf(range)) {
    let text: string;
    try {
      text = await readFile(path.join(folder, logFileName(day)), 'utf8');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') continue;
      throw error;
    }
    const parsed = parseEventLines(text);
    result.events.push(...parsed.events);
    result.skippedLines += parsed.skippedLines;
  }
  return result;
}
