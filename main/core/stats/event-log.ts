/**
 * The append-only visit log: `<userData>/stats/events-YYYY-MM-DD.jsonl`, one JSON event per line.
 * Each event is written and fdatasync'ed before the next, through a file handle kept open for the
 * day, so a crash or a pulled plug loses at most the event being written. A crash can leave a torn
 * last line; the reader skips it, and the first append after opening starts on a fresh line, so
 * the torn bytes never glue onto a good event.
 */
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { StatsEventInput } from '../../contract/ipc.ts';
import { localDate, localIsoTime, type StatsEvent } from './events.ts';

/** The stats folder inside userData. */
export const STATS_FOLDER = 'stats';

/** The log file of a local day. */
export function logFileName(day: string): string {
  return `events-${day}.jsonl`;
}

/** An open log. */
export interface EventLog {
  /** Appends `event`, stamped with the time now; resolves once it is on disk. */
  append(event: StatsEventInput): Promise<StatsEvent>;
  /** Closes the open file. */
  close(): Promise<void>;
}

/** A log writing into `folder` (created if missing), with an injectable clock. */
export function createEventLog(folder: string, options: { now?: () => Date } = {}): EventLog {
  const now = options.now ?? (() => new Date());
  let openDay: string | undefined;
  let handle: FileHandle | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  /** The handle of `day`'s file, opening it (and closing yesterday's) when the day changes. */
  async function handleFor(day: string): Promise<FileHandle> {
    if (handle && openDay === day) return handle;
    await handle?.close().catch(() => {});
    handle = undefined;
    await mkdir(folder, { recursive: true });
    const opened = await open(path.join(folder, logFileName(day)), 'a+');
    try {
      await startOnFreshLine(opened);
    } catch (error) {
      await opened.close().catch(() => {});
      throw error;
    }
    handle = opened;
    openDay = day;
    return opened;
  }

  async function write(event: StatsEventInput): Promise<StatsEvent> {
    const at = now();
    const stamped = { ...event, time: localIsoTime(at) } as StatsEvent;
    const file = await handleFor(localDate(at));
    try {
      // One write call per line: appends are positioned at the end by the OS ('a' mode).
      await file.write(`${JSON.stringify(stamped)}\n`);
      await file.datasync();
    } catch (error) {
      // Drop the handle so the next append reopens the file and checks its last byte again.
      await file.close().catch(() => {});
      handle = undefined;
      throw error;
    }
    return stamped;
  }

  return {
    append(event) {
      const run = queue.then(() => write(event));
      queue = run.catch(() => {});
      return run;
    },
    async close() {
      await queue;
      await handle?.close().catch(() => {});
      handle = undefined;
    },
  };
}

/** If the file does not end with a newline (a torn line from a crash), ends that line first. */
async function startOnFreshLine(file: FileHandle): Promise<void> {
  const { size } = await file.stat();
  if (size === 0) return;
  const last = Buffer.alloc(1);
  await file.read(last, 0, 1, size - 1);
  if (last[0] !== 0x0a) {
    await file.write('\n');
    await file.datasync();
  }
}
