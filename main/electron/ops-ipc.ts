/**
 * Handlers of the kiosk-operations channels (admin panel, settings, statistics). The contract's
 * types describe a well-behaved renderer; here every argument is validated again with zod, since
 * a compromised page can send anything. Admin channels also need an open admin session, which only
 * main tracks (`AdminSession`): the page cannot simply claim to be unlocked.
 *
 * Everything is injected, so these run in tests without Electron; `kiosk-main.ts` wires the real
 * stores, the folder dialog and the window.
 */
import { z } from 'zod';
import type { ExportCsvResult, SettingsView } from '../contract/ipc.ts';
import type { AdminSession } from '../core/security/admin-session.ts';
import type { PinGuard } from '../core/security/pin-guard.ts';
import { publicSettings, SettingsPatch, type StoredSettings } from '../core/storage/settings-schema.ts';
import type { SettingsStore } from '../core/storage/settings-store.ts';
import { DateRangeSchema } from '../core/stats/date-range.ts';
import type { EventLog } from '../core/stats/event-log.ts';
import { StatsEventInputSchema } from '../core/stats/events.ts';
import { exportStatsCsv, summarizeStats } from '../core/stats/export-csv.ts';
import type { IpcHandlers } from './ipc.ts';

/** Channels of the content-pack library, answered by their own handlers. */
export type PackChannel =
  'packs:status' | 'packs:import-zip' | 'packs:choose-folder' | 'packs:rollback' | 'system:preflight';

/** Handlers of the content-pack channels. */
export type PackHandlers = Pick<IpcHandlers, PackChannel>;

/** The channels this file answers: all but the shell's own and the pack library's. */
export type OpsHandlers = Omit<IpcHandlers, 'shell:get-info' | PackChannel>;

/** Thrown to the renderer when an argument fails validation. */
export class InvalidArgumentError extends Error {
  constructor(channel: string, detail: string) {
    super(`invalid arguments for ${channel}: ${detail}`);
    this.name = 'InvalidArgumentError';
  }
}

/** Thrown to the renderer for an admin channel called without an open admin session. */
export class AdminLockedError extends Error {
  constructor() {
    super('admin session locked');
    this.name = 'AdminLockedError';
  }
}

/** What the handlers act on. */
export interface OpsDeps {
  settings: SettingsStore;
  pins: PinGuard;
  session: AdminSession;
  events: EventLog;
  /** `<userData>/stats`. */
  statsFolder: string;
  /** Asks staff for an export folder (a native dialog); undefined when they cancel. */
  chooseExportFolder: () => Promise<string | undefined>;
  /** Called after settings changed, to apply them (display, login item, daily reload). */
  onSettingsChanged?: (settings: StoredSettings) => void;
  /** Reloads the kiosk page. */
  reload: () => void;
  /** Closes the kiosk for good (the admin panel's exit). */
  exit: () => void;
  log?: Pick<Console, 'info' | 'warn' | 'error'>;
}

/** A PIN as typed on the keypad; length-capped so nobody can make scrypt hash megabytes. */
const PinArg = z.string().max(64);

/** Validates the arguments `args` of `channel` against the tuple schema, or throws. */
function parseArgs<T>(channel: string, schema: z.ZodType<T>, args: unknown[]): T {
  const parsed = schema.safeParse(args);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new InvalidArgumentError(channel, `${issue?.path.join('.') || '(arguments)'}: ${issue?.message ?? 'invalid'}`);
}

/** Builds the handlers. */
export function createOpsHandlers(deps: OpsDeps): OpsHandlers {
  const log = deps.log ?? console;
  const view = (): SettingsView => ({ settings: publicSettings(deps.settings.get()), problem: deps.settings.problem });
  const requireAdmin = (channel: string): void => {
    if (deps.session.touch() !== 'full') {
      log.warn(`[kiosk] refused ${channel}: admin session locked`);
      throw new AdminLockedError();
    }
  };

  return {
    'admin:unlock': async (_event, ...args) => {
      const [pin] = parseArgs('admin:unlock', z.tuple([PinArg]), args);
      const result = await deps.pins.unlock(pin);
      if (result.status === 'unlocked') deps.session.open('full');
      else if (result.status === 'must-change') deps.session.open('change-pin-only');
      log.info(`[kiosk] admin unlock: ${result.status}`);
      return result;
    },
    'admin:change-pin': async (_event, ...args) => {
      const [current, next] = parseArgs('admin:change-pin', z.tuple([PinArg, PinArg]), args);
      const result = await deps.pins.changePin(current, next);
      if (result.status === 'changed') deps.session.open('full');
      log.info(`[kiosk] admin PIN change: ${result.status}`);
      return result;
    },
    'admin:lock': (_event, ...args) => {
      parseArgs('admin:lock', z.tuple([]), args);
      deps.session.lock();
    },
    'settings:get': (_event, ...args) => {
      parseArgs('settings:get', z.tuple([]), args);
      return view();
    },
    'settings:set': async (_event, ...args) => {
      requireAdmin('settings:set');
      const [patch] = parseArgs('settings:set', z.tuple([SettingsPatch]), args);
      const next = await deps.settings.update((current) => ({ ...current, ...patch }));
      log.info(`[kiosk] settings changed: ${Object.keys(patch).join(', ') || '(nothing)'}`);
      deps.onSettingsChanged?.(next);
      return view();
    },
    'stats:summary': (_event, ...args) => {
      requireAdmin('stats:summary');
      const [range] = parseArgs('stats:summary', z.tuple([DateRangeSchema]), args);
      return summarizeStats(deps.statsFolder, range);
    },
    'stats:export-csv': async (_event, ...args): Promise<ExportCsvResult> => {
      requireAdmin('stats:export-csv');
      const [range] = parseArgs('stats:export-csv', z.tuple([DateRangeSchema]), args);
      const folder = await deps.chooseExportFolder();
      if (folder === undefined) return { status: 'cancelled' };
      const files = await exportStatsCsv(deps.statsFolder, folder, range);
      log.info(`[kiosk] exported statistics ${range.from}..${range.to} to ${folder}: ${files.join(', ')}`);
      return { status: 'written', folder, files };
    },
    'stats:record': async (_event, ...args) => {
      const [event] = parseArgs('stats:record', z.tuple([StatsEventInputSchema]), args);
      await deps.events.append(event);
    },
    'kiosk:reload': (_event, ...args) => {
      requireAdmin('kiosk:reload');
      parseArgs('kiosk:reload', z.tuple([]), args);
      log.info('[kiosk] reload asked from the admin panel');
      deps.reload();
    },
    'kiosk:exit': (_event, ...args) => {
      requireAdmin('kiosk:exit');
      parseArgs('kiosk:exit', z.tuple([]), args);
      log.info('[kiosk] exit asked from the admin panel');
      deps.session.lock();
      deps.exit();
    },
  };
}

/**
 * Handlers for when kiosk operations could not start (or in tests of the shell alone): each
 * channel rejects with a clear error instead of being missing, so the preload's proxies all work.
 */
export function unavailableOpsHandlers(): OpsHandlers {
  const fail = (): never => {
    throw new Error('kiosk operations are not running');
  };
  return {
    'admin:unlock': fail,
    'admin:change-pin': fail,
    'admin:lock': fail,
    'settings:get': fail,
    'settings:set': fail,
    'stats:summary': fail,
    'stats:export-csv': fail,
    'stats:record': fail,
    'kiosk:reload': fail,
    'kiosk:exit': fail,
  };
}

/** Pack channels for when the pack library is not wired (tests of the shell alone): each rejects clearly. */
export function unavailablePackHandlers(): PackHandlers {
  const fail = (): never => {
    throw new Error('the content-pack library is not running');
  };
  return {
    'packs:status': fail,
    'packs:import-zip': fail,
    'packs:choose-folder': fail,
    'packs:rollback': fail,
    'system:preflight': fail,
  };
}
