/**
 * The kiosk-operations channels (admin panel, settings, statistics) without a transport: one
 * implementation that Electron's IPC (`main/electron/services-over-ipc.ts`) and browser mode's HTTP bridge
 * (`http-bridge.ts`) both call. The contract's types describe a well-behaved page; here every
 * argument is validated again with zod, since a compromised page can send anything. Admin channels
 * also need an open admin session, which only this process tracks (`AdminSession`): the page cannot
 * simply claim to be unlocked.
 *
 * Plain Node: everything is injected (the folder dialog, reload, exit), so it runs in tests, in
 * browser mode and in Electron alike.
 */
import { z } from 'zod';
import type { ExportCsvResult, IpcChannel, SettingsView, StudioOpenResult } from '../../contract/ipc.ts';
import type { AdminSession } from '../security/admin-session.ts';
import type { PinGuard } from '../security/pin-guard.ts';
import { publicSettings, SettingsPatch, type StoredSettings } from '../storage/settings-schema.ts';
import type { SettingsStore } from '../storage/settings-store.ts';
import { DateRangeSchema } from '../stats/date-range.ts';
import type { EventLog } from '../stats/event-log.ts';
import { StatsEventInputSchema } from '../stats/events.ts';
import { exportStatsCsv, summarizeStats } from '../stats/export-csv.ts';
import { createTopInterestCache, TOP_INTEREST_DAYS } from '../stats/top-interest.ts';
import type { OpenLeads } from '../leads/open-leads.ts';
import type { BoothRuntime } from '../booth/booth-runtime.ts';
import type { ActivePackManager } from '../pack/active-pack-manager.ts';
import { createBoothService, unavailableBoothService } from './booth-service.ts';
import { createLeadsService } from './leads-service.ts';
import { createLogsService } from './logs-service.ts';
import type { PackChannel } from './pack-library-service.ts';
import { StatsExportArgsSchema } from './csv-header.ts';
import { adminGate, parseArgs, UnavailableError, type ServiceHandler, type ServiceLog } from './service-checks.ts';

/** The channels this file answers: all but the shell's own and the pack library's. */
export type OperationsChannel = Exclude<IpcChannel, 'shell:get-info' | PackChannel>;

export type OperationsService = { [C in OperationsChannel]: ServiceHandler<C> };

/** A PIN as typed on the keypad; length-capped so nobody can make scrypt hash megabytes. */
const PinArg = z.string().max(64);

/** What the handlers act on. */
export interface OperationsDeps {
  settings: SettingsStore;
  pins: PinGuard;
  session: AdminSession;
  events: EventLog;
  /** `<data>/stats`. */
  statsFolder: string;
  /** The export folder: a native dialog in Electron, a fresh `<data>/exports/<time>` in browser mode; undefined when cancelled. */
  chooseExportFolder: () => Promise<string | undefined>;
  /** Called after settings changed, to apply them (display, login item, daily reload). */
  onSettingsChanged?: (settings: StoredSettings) => void;
  /** Reloads the kiosk page (browser mode: nothing; the page reloads itself). */
  reload: () => void;
  /** Closes the kiosk for good (the admin panel's exit). */
  exit: () => void;
  log?: ServiceLog;
  /** `<data>/logs`: what `logs:tail` reads and `logs:export` zips. */
  logFolder: string;
  /** The folder for the logs' zip (default: `chooseExportFolder`); undefined when cancelled. */
  chooseLogExportFolder?: () => Promise<string | undefined>;
  /**
   * Opens the content studio's window (Electron), refusing while the kiosk is locked down; absent in
   * browser mode, where the studio is `npm run studio`.
   */
  openStudio?: () => Promise<StudioOpenResult>;
  /** Epoch milliseconds (the `logs:report` rate limit). */
  now?: () => number;
  /** The leads: where they are kept, their keys, and the active pack's retention (null: no lead policy). */
  leads: OpenLeads;
  /** The folder for the leads' CSV (default: `chooseExportFolder`); undefined when cancelled. */
  chooseLeadsExportFolder?: () => Promise<string | undefined>;
  /** The booth on this machine and the packs it publishes; absent: the booth channels reject. */
  booth?: { runtime: BoothRuntime; packs: Pick<ActivePackManager, 'status'> };
}

/** Builds the operations service. */
export function createOperationsService(deps: OperationsDeps): OperationsService {
  const log = deps.log ?? console;
  const view = (): SettingsView => ({ settings: publicSettings(deps.settings.get()), problem: deps.settings.problem });
  const requireAdmin = adminGate(deps.session, log);
  const now = deps.now;
  const topInterest = createTopInterestCache(deps.statsFolder, { now: now && (() => new Date(now())) });

  return {
    'admin:unlock': async (...args) => {
      const [pin] = parseArgs('admin:unlock', z.tuple([PinArg]), args);
      const result = await deps.pins.unlock(pin);
      if (result.status === 'unlocked') {
        deps.session.open('full');
        // After three wrong PINs in a row the panel opens, the leads do not (issue 26).
        if (deps.pins.leadsRetryAfterMs() === null) await deps.leads.keys.unlock(pin);
        else log.warn('[leads] not opened: locked after wrong PINs');
      } else if (result.status === 'must-change') deps.session.open('change-pin-only');
      log.info(`[kiosk] admin unlock: ${result.status}`);
      return result;
    },
    'admin:change-pin': async (...args) => {
      const [current, next] = parseArgs('admin:change-pin', z.tuple([PinArg, PinArg]), args);
      const result = await deps.leads.keys.changePin(
        current,
        next,
        () => deps.pins.changePin(current, next),
        (r) => r.status === 'changed',
      );
      if (result.status === 'changed') deps.session.open('full');
      // The keyring now opens with the new PIN, but not in this session while wrong PINs lock it.
      if (deps.pins.leadsRetryAfterMs() !== null) deps.leads.keys.forget();
      log.info(`[kiosk] admin PIN change: ${result.status}`);
      return result;
    },
    'admin:lock': (...args) => {
      parseArgs('admin:lock', z.tuple([]), args);
      deps.session.lock();
      deps.leads.keys.forget();
    },
    'settings:get': (...args) => {
      parseArgs('settings:get', z.tuple([]), args);
      return view();
    },
    'settings:set': async (...args) => {
      requireAdmin('settings:set');
      const [patch] = parseArgs('settings:set', z.tuple([SettingsPatch]), args);
      const next = await deps.settings.update((current) => ({ ...current, ...patch }));
      log.info(`[kiosk] settings changed: ${Object.keys(patch).join(', ') || '(nothing)'}`);
      deps.onSettingsChanged?.(next);
      return view();
    },
    'stats:summary': (...args) => {
      requireAdmin('stats:summary');
      const [range] = parseArgs('stats:summary', z.tuple([DateRangeSchema]), args);
      return summarizeStats(deps.statsFolder, range);
    },
    'stats:export-csv': async (...args): Promise<ExportCsvResult> => {
      requireAdmin('stats:export-csv');
      const [range, header] = parseArgs('stats:export-csv', StatsExportArgsSchema, args);
      const folder = await deps.chooseExportFolder();
      if (folder === undefined) return { status: 'cancelled' };
      const files = await exportStatsCsv(deps.statsFolder, folder, range, header);
      log.info(`[kiosk] exported statistics ${range.from}..${range.to} to ${folder}: ${files.join(', ')}`);
      return { status: 'written', folder, files };
    },
    'stats:record': async (...args) => {
      const [event] = parseArgs('stats:record', z.tuple([StatsEventInputSchema]), args);
      await deps.events.append(event);
      if (event.type === 'interest') topInterest.invalidate();
    },
    'stats:top-interest': async (...args) => {
      parseArgs('stats:top-interest', z.tuple([]), args);
      try {
        return await topInterest.get();
      } catch (error) {
        // Home then shows its tiles without a mark; the log says why.
        log.warn('[kiosk] could not read the interest counts:', error);
        return { days: TOP_INTEREST_DAYS, items: [] };
      }
    },
    'kiosk:reload': (...args) => {
      requireAdmin('kiosk:reload');
      parseArgs('kiosk:reload', z.tuple([]), args);
      log.info('[kiosk] reload asked from the admin panel');
      deps.reload();
    },
    'kiosk:exit': (...args) => {
      requireAdmin('kiosk:exit');
      parseArgs('kiosk:exit', z.tuple([]), args);
      log.info('[kiosk] exit asked from the admin panel');
      deps.session.lock();
      deps.exit();
    },
    'studio:open': async (...args): Promise<StudioOpenResult> => {
      requireAdmin('studio:open');
      parseArgs('studio:open', z.tuple([]), args);
      if (!deps.openStudio) throw new UnavailableError('the content studio window (use npm run studio)');
      const result = await deps.openStudio();
      log.info(`[kiosk] content studio asked from the admin panel: ${result.status}`);
      return result;
    },
    ...createLogsService({
      logFolder: deps.logFolder,
      chooseExportFolder: deps.chooseLogExportFolder ?? deps.chooseExportFolder,
      requireAdmin,
      log,
      now: deps.now,
    }),
    ...createLeadsService({
      ...deps.leads,
      leadsRetryAfterMs: () => deps.pins.leadsRetryAfterMs(),
      boothLeads: deps.booth && ((key) => deps.booth!.runtime.boothLeads(key)),
      chooseExportFolder: deps.chooseLeadsExportFolder ?? deps.chooseExportFolder,
      requireAdmin,
      log,
      now: deps.now,
    }),
    ...(deps.booth
      ? createBoothService({
          booth: deps.booth.runtime,
          packs: deps.booth.packs,
          chooseExportFolder: deps.chooseExportFolder,
          requireAdmin,
          log,
        })
      : unavailableBoothService()),
  };
}

/** Every operations channel rejecting clearly (operations could not start). */
export function unavailableOperationsService(): OperationsService {
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
    'stats:top-interest': fail,
    'kiosk:reload': fail,
    'kiosk:exit': fail,
    'logs:report': fail,
    'logs:tail': fail,
    'logs:export': fail,
    'leads:status': fail,
    'leads:submit': fail,
    'leads:list': fail,
    'leads:export-csv': fail,
    'leads:delete-all': fail,
    'studio:open': fail,
    ...unavailableBoothService(),
  };
}
