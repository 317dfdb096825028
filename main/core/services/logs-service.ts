/**
 * The logs channels: `logs:report` (public: the page's errors, with the screen it was on, into the
 * kiosk's log), `logs:tail` and `logs:export` (admin: the Logs tab). Part of the operations service,
 * so both transports (IPC, the HTTP bridge) carry them with nothing more to wire.
 *
 * `logs:report` needs no admin session, since every visitor's page reports; so its fields are
 * capped, its text cannot forge log entries (`logSafe`), and it is rate-limited: past the limit
 * reports are dropped and counted, and the next report that gets through says how many were.
 */
import { z } from 'zod';
import type { ExportLogsResult, IpcContract, LogTail } from '../../contract/ipc.ts';
import { exportLogsZip } from '../log/export-logs.ts';
import { LOG_LEVELS, logSafe, readRecentLog } from '../log/read-log.ts';
import { parseArgs, type ServiceHandler, type ServiceLog } from './service-checks.ts';

/** Caps of one report, in characters. */
export const REPORT_LIMITS = { message: 2000, stack: 8000, screen: 80 } as const;
/** Reports let through per minute; the rest are dropped (and counted). */
export const REPORTS_PER_MINUTE = 30;
/** Most entries the Logs tab may ask for. */
export const MAX_TAIL = 2000;

const PageErrorReportSchema = z.strictObject({
  kind: z.enum(['error', 'rejection', 'render', 'console']),
  message: z.string().max(REPORT_LIMITS.message),
  stack: z.string().max(REPORT_LIMITS.stack).optional(),
  screen: z.string().max(REPORT_LIMITS.screen),
});

const LogTailQuerySchema = z.strictObject({
  level: z.enum(LOG_LEVELS),
  limit: z.number().int().min(1).max(MAX_TAIL),
});

export type LogsChannel = 'logs:report' | 'logs:tail' | 'logs:export';
export type LogsService = { [C in LogsChannel]: ServiceHandler<C> };

export interface LogsDeps {
  /** `<data>/logs`. */
  logFolder: string;
  /** Where the zip goes: a dialog in Electron, a fresh `<data>/exports/<time>` in browser mode; undefined when cancelled. */
  chooseExportFolder: () => Promise<string | undefined>;
  /** Throws unless an admin session is open (`adminGate`). */
  requireAdmin: (channel: string) => void;
  /** Where a report is written: the log that ends up in `logFolder`. */
  log: ServiceLog;
  /** Epoch milliseconds, for the rate limit. */
  now?: () => number;
  reportsPerMinute?: number;
}

/** A sliding one-minute window of accepted reports; `take` says whether one more may pass. */
export function createReportLimiter(perMinute: number, now: () => number) {
  let accepted: number[] = [];
  let dropped = 0;
  return {
    /** true: let it through (and `droppedBefore` were dropped since the last one that was). */
    take(): { ok: true; droppedBefore: number } | { ok: false } {
      const t = now();
      accepted = accepted.filter((at) => t - at < 60_000);
      if (accepted.length >= perMinute) {
        dropped++;
        return { ok: false };
      }
      accepted.push(t);
      const droppedBefore = dropped;
      dropped = 0;
      return { ok: true, droppedBefore };
    },
  };
}

export function createLogsService(deps: LogsDeps): LogsService {
  const limiter = createReportLimiter(deps.reportsPerMinute ?? REPORTS_PER_MINUTE, deps.now ?? Date.now);
  return {
    'logs:report': (...args: IpcContract['logs:report']['args']) => {
      const [report] = parseArgs('logs:report', z.tuple([PageErrorReportSchema]), args);
      const turn = limiter.take();
      if (!turn.ok) return;
      if (turn.droppedBefore > 0) deps.log.warn(`[page] ${turn.droppedBefore} error report(s) dropped (rate limit)`);
      // A stack usually starts with the message itself: then the stack alone says it all.
      const { message, stack } = report;
      const text = !stack ? message : stack.startsWith(message) ? stack : `${message}\n${stack}`;
      deps.log.error(`[page] ${report.kind} on screen "${logSafe(report.screen)}": ${logSafe(text)}`);
    },
    'logs:tail': async (...args): Promise<LogTail> => {
      deps.requireAdmin('logs:tail');
      const [query] = parseArgs('logs:tail', z.tuple([LogTailQuerySchema]), args);
      return { folder: deps.logFolder, entries: await readRecentLog(deps.logFolder, query.level, query.limit) };
    },
    'logs:export': async (...args): Promise<ExportLogsResult> => {
      deps.requireAdmin('logs:export');
      parseArgs('logs:export', z.tuple([]), args);
      const folder = await deps.chooseExportFolder();
      if (folder === undefined) return { status: 'cancelled' };
      const { file, entries } = await exportLogsZip(deps.logFolder, folder);
      deps.log.info(`[kiosk] exported the logs (${entries.length} file(s)) to ${folder}: ${file}`);
      return { status: 'written', folder, files: [file] };
    },
  };
}
