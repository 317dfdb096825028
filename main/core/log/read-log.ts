/**
 * Reading the kiosk's log back for the admin panel's Logs tab: the last entries of `kiosk.log` (and
 * of the rotated `kiosk.1.log`, … when the current file is short), at or above a level. An entry is
 * a `[time] LEVEL message` line of `rotating-log.ts` plus the lines that follow it without such a
 * head (a stack trace). The parsing is a pure function; `readRecentLog` only adds the files.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LogEntry, LogLevel } from '../../contract/ipc.ts';

/** Levels from the least to the most severe. */
export const LOG_LEVELS = ['info', 'warn', 'error'] as const satisfies readonly LogLevel[];

const HEAD = /^\[(\d{4}-\d\d-\d\dT[\d:.]+Z)\] (INFO|WARN|ERROR) ?(.*)$/;

/** Whether an entry of `level` shows under the filter `atLeast` (error: errors only; info: everything). */
export function levelShows(level: LogLevel, atLeast: LogLevel): boolean {
  return LOG_LEVELS.indexOf(level) >= LOG_LEVELS.indexOf(atLeast);
}

/** The entries of a log file's text, oldest first; lines before the first head are dropped (a torn start). */
export function parseLogEntries(text: string): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    const head = HEAD.exec(line);
    if (head) {
      entries.push({ time: head[1]!, level: head[2]!.toLowerCase() as LogLevel, text: head[3]! });
    } else if (line !== '' && entries.length > 0) {
      entries[entries.length - 1]!.text += `\n${line}`;
    }
  }
  return entries;
}

/** The last `limit` entries of `text` at or above `atLeast`, oldest first. */
export function lastLogEntries(text: string, atLeast: LogLevel, limit: number): LogEntry[] {
  const shown = parseLogEntries(text).filter((entry) => levelShows(entry.level, atLeast));
  return limit > 0 ? shown.slice(-limit) : [];
}

/**
 * The last `limit` entries at or above `atLeast` of the log `name` in `folder`: the current file
 * first, then the rotated ones (newest first) until there are enough. A missing file is an empty log.
 */
export async function readRecentLog(
  folder: string,
  atLeast: LogLevel,
  limit: number,
  options: { name?: string; keep?: number } = {},
): Promise<LogEntry[]> {
  const name = options.name ?? 'kiosk';
  const keep = options.keep ?? 5;
  let entries: LogEntry[] = [];
  for (let n = 0; n <= keep && entries.length < limit; n++) {
    const file = path.join(folder, n === 0 ? `${name}.log` : `${name}.${n}.log`);
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null) break;
    entries = [...lastLogEntries(text, atLeast, limit - entries.length), ...entries];
  }
  return entries;
}

/** Not a control character (a tab is kept). */
function printable(char: string): boolean {
  const code = char.charCodeAt(0);
  return code === 9 || (code >= 32 && code !== 127);
}

/**
 * One line of text as a log message: control characters go, and every line after the first is
 * indented, so text from outside (a page's error message) cannot forge an entry of its own.
 */
export function logSafe(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => Array.from(line).filter(printable).join(''))
    .join('\n  ');
}
