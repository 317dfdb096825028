/**
 * A small rotating log file: `kiosk.log` in the given folder, moved to `kiosk.1.log` (and so on,
 * keeping a few) once it passes a size. Our own ~60 lines rather than electron-log: we only need
 * append + rotate, this stays plain Node (testable, usable from main/core), and it adds no
 * dependency to a bundled main process. Writes are synchronous appends, so the line describing a
 * crash is on disk before the process can die of it.
 */
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** Options of `createRotatingLog`. */
export interface RotatingLogOptions {
  folder: string;
  /** Base name, default `kiosk` (→ kiosk.log, kiosk.1.log, …). */
  name?: string;
  /** Size at which the file is rotated; default 1 MiB. */
  maxBytes?: number;
  /** Rotated files kept; default 5. */
  keep?: number;
  now?: () => Date;
}

/** A log that writes lines. */
export interface RotatingLog {
  /** The current file. */
  readonly file: string;
  /** Appends `[time] LEVEL message`. Never throws: a full disk must not crash the kiosk. */
  write(level: 'info' | 'warn' | 'error', message: string): void;
}

/** A rotating log in `options.folder` (created on first write). */
export function createRotatingLog(options: RotatingLogOptions): RotatingLog {
  const name = options.name ?? 'kiosk';
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 5;
  const now = options.now ?? (() => new Date());
  const file = path.join(options.folder, `${name}.log`);
  const rotated = (n: number) => path.join(options.folder, `${name}.${n}.log`);
  let size: number | undefined;

  const rotate = () => {
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) {
      try {
        renameSync(rotated(n), rotated(n + 1));
      } catch {
        // That generation does not exist yet.
      }
    }
    renameSync(file, rotated(1));
    size = 0;
  };

  return {
    file,
    write(level, message) {
      try {
        if (size === undefined) {
          mkdirSync(options.folder, { recursive: true });
          try {
            size = statSync(file).size;
          } catch {
            size = 0;
          }
        }
        const line = `[${now().toISOString()}] ${level.toUpperCase()} ${message}\n`;
        if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
        appendFileSync(file, line);
        size += Buffer.byteLength(line);
      } catch {
        // Logging is best effort; the console still has the line.
      }
    },
  };
}

/**
 * Copies everything written through console.info/log/warn/error into `log` as well (the existing
 * code logs with console and a `[kiosk]` prefix). Returns a function that restores the console.
 */
export function teeConsole(log: RotatingLog, target: Console = console): () => void {
  const saved = { info: target.info, log: target.log, warn: target.warn, error: target.error };
  const format = (args: unknown[]) =>
    args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : typeof a === 'string' ? a : safeJson(a))).join(' ');
  target.info = (...args: unknown[]) => {
    saved.info.apply(target, args);
    log.write('info', format(args));
  };
  target.log = (...args: unknown[]) => {
    saved.log.apply(target, args);
    log.write('info', format(args));
  };
  target.warn = (...args: unknown[]) => {
    saved.warn.apply(target, args);
    log.write('warn', format(args));
  };
  target.error = (...args: unknown[]) => {
    saved.error.apply(target, args);
    log.write('error', format(args));
  };
  return () => Object.assign(target, saved);
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
