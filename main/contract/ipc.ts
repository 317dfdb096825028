/**
 * The one contract between the renderer and the Electron main process: every IPC channel, its
 * arguments and its result. Main registers handlers through `main/electron/ipc-channels.ts` (each
 * behind the sender check); the preload exposes typed proxies as `window.kiosk`.
 *
 * Types only, plus the channel list: safe to import from any process.
 */
import type { Lead, LeadInput } from '../core/leads/lead.ts';
import type { BoothPooledStats, BoothPublishResult, BoothRoleName, BoothView } from './booth.ts';
import type { InterestKind } from './lead-shapes.ts';

/** What the renderer may learn about the shell it runs in. */
export interface ShellInfo {
  shell: 'electron';
  appVersion: string;
  electronVersion: string;
  platform: string;
}

// ── Kiosk operations (admin panel, settings, visit statistics) ──────────────────────────────────
// Main validates every argument of these channels with zod (`main/core/services/`): the types below
// say what a well-behaved renderer sends, not what main trusts.

/** Settings the renderer may read and the admin panel may change. The PIN record never leaves main. */
export interface KioskSettings {
  /** Seconds without a touch before the kiosk returns to its attract loop (10–3600). */
  idleTimeoutSeconds: number;
  /** The language a visit starts in, e.g. 'zh-CN' or 'en'. */
  defaultLanguage: string;
  /** Electron display id the kiosk fills; null: the primary display. */
  displayId: number | null;
  /** Local hour (0–23) of the daily quiet-time reload; null: no daily reload. */
  dailyReloadHour: number | null;
  /** Staff present on a laptop: a normal window (installed kiosk), no idle reset, keyboard navigation. */
  presenterMode: boolean;
  /** Start the kiosk when the OS account logs in. */
  startAtLogin: boolean;
  /** Calmer animations, for visitors (or venues) that ask for it. */
  reducedMotion: boolean;
  /**
   * How screens change: 'auto' slides them where a GPU draws and changes them at once where the CPU
   * does (renderer/src/kiosk/graphics.ts); 'full' and 'light' choose one for this machine.
   */
  graphics: GraphicsSetting;
}

export type GraphicsSetting = 'auto' | 'full' | 'light';

/** `settings:get`: the settings, and what went wrong reading them at start, for the admin panel. */
export interface SettingsView {
  settings: KioskSettings;
  /** Set when settings.json was corrupt, unreadable or invalid and defaults were used instead. */
  problem: string | null;
}

/** What a tap was on. */
export type TapKind = 'enterprise' | 'cluster' | 'district';

/** A visit-statistics event, as the renderer reports it; main adds the time. */
export type StatsEventInput =
  | { type: 'visit-start' }
  | { type: 'visit-end' }
  | { type: 'screen-view'; screen: string }
  | { type: 'tap'; kind: TapKind; id: string }
  | { type: 'language'; lang: string }
  | { type: 'video-play'; id: string }
  /** A visitor opened "I'm interested" on an item. */
  | { type: 'interest'; kind: InterestKind; id: string };

/** Inclusive range of the kiosk's local dates, 'YYYY-MM-DD' (one day: from === to). */
export interface DateRange {
  from: string;
  to: string;
}

/** Counts of one local hour of one day. Maps hold only keys that occurred. */
export interface HourStats {
  date: string;
  hour: number;
  /** Visits that began in this hour and had at least one screen view or tap. */
  visits: number;
  screenViews: Record<string, number>;
  taps: Record<TapKind, Record<string, number>>;
  languages: Record<string, number>;
  videoPlays: Record<string, number>;
  /** "I'm interested" per item, keyed `kind:id` (e.g. `cluster:equipment`). */
  interest: Record<string, number>;
}

/** `stats:summary`: every hour with activity in the range, and the totals. */
export interface StatsSummary {
  range: DateRange;
  totals: {
    visits: number;
    screenViews: number;
    taps: number;
    languageChanges: number;
    videoPlays: number;
    interest: number;
  };
  hours: HourStats[];
  /** Log lines that could not be read (torn by a crash, or damaged) and were skipped. */
  skippedLines: number;
}

/** One item of `stats:top-interest`: how many visits said "I'm interested" in it. */
export interface TopInterestItem {
  kind: InterestKind;
  id: string;
  visits: number;
}

/**
 * `stats:top-interest`: the items with the most interest over the last `days` days, most first, for
 * home's tiles. Counts only; empty on a fresh kiosk (and until an item has a few visits' interest).
 */
export interface TopInterest {
  days: number;
  items: TopInterestItem[];
}

/** `stats:export-csv`: the files written into the folder staff chose, or that they cancelled. */
export type ExportCsvResult = { status: 'written'; folder: string; files: string[] } | { status: 'cancelled' };

/** `admin:unlock`: the PIN was right (or is the first-run one that must be changed), or why not. */
export type UnlockResult =
  | { status: 'unlocked' }
  /** Right, but it is the first-run PIN: only `admin:change-pin` is allowed until it is changed. */
  | { status: 'must-change' }
  | { status: 'wrong'; triesLeft: number }
  | { status: 'locked'; retryAfterMs: number };

/** `admin:change-pin`: changed (and the admin session unlocked), or why not. */
export type ChangePinResult =
  | { status: 'changed' }
  /** The new PIN breaks a rule (6–12 digits, not all the same digit); `problem` says which. */
  | { status: 'invalid'; problem: string }
  | { status: 'wrong'; triesLeft: number }
  | { status: 'locked'; retryAfterMs: number };

// ── Content packs (admin panel) ─────────────────────────────────────────────────────────────────

/** `packs:status`: the pack on screen, how it was chosen, and what the last check said of it. */
export interface PackStatus {
  active: { id: string; version: string; title: Record<string, string>; dir: string } | null;
  /** library: imported by staff; embedded: the default pack shipped with the app; override: --pack or env. */
  source: 'library' | 'embedded' | 'override';
  /** Why the kiosk is not showing the pack staff chose last (it failed to load), if that happened. */
  fallbackReason: string | null;
  /** `formatIssue` lines of the active pack's warnings (and errors when none could be shown). */
  warnings: string[];
  errors: string[];
  /** The previous good pack, which `packs:rollback` brings back. */
  lastGood: { id: string; version: string } | null;
  /** The import under way and its phase, or null: browser mode has no events and polls this. */
  import: PackImportProgress | null;
}

/** `packs:import-zip` / `packs:choose-zip` / `packs:choose-folder`: switched to the new pack, refused (nothing changed), or cancelled. */
export type PackImportResult =
  | { status: 'imported'; pack: { id: string; version: string }; warnings: string[] }
  | { status: 'refused'; errors: string[]; warnings: string[] }
  | { status: 'cancelled' };

/**
 * The phases of a zip import, in order: copy the zip into the packs folder (from the chosen file, or
 * the upload), extract it into staging, validate the pack there, switch to it.
 */
export const PACK_IMPORT_PHASES = ['copy', 'extract', 'validate', 'switch'] as const;
export type PackImportPhase = (typeof PACK_IMPORT_PHASES)[number];

/** Progress of an import, pushed by main as it goes. `bytesTotal` 0: a phase without a byte count. */
export interface PackImportProgress {
  phase: PackImportPhase;
  bytesDone: number;
  bytesTotal: number;
}

/** `system:preflight`: what only main can check before a fair (the page checks images, videos, fonts, screen). */
export interface PreflightReport {
  pack: { ok: boolean; errors: string[]; warnings: string[] };
  disk: { freeBytes: number; totalBytes: number; enough: boolean } | null;
  displays: Array<{ id: number; width: number; height: number; scaleFactor: number; touch: boolean }> | null;
}

// ── Content studio ─────────────────────────────────────────────────────────────────────────────

/**
 * `studio:open`: the studio window opened (or came to the front), or why not: the kiosk is locked
 * down (a fair kiosk; staff edit on a staff machine or in presenter mode).
 */
export type StudioOpenResult = { status: 'opened' } | { status: 'refused'; reason: 'locked-down' };

// ── Logs (the page's errors in, the Logs tab out) ──────────────────────────────────────────────────

export type LogLevel = 'info' | 'warn' | 'error';

/** `logs:report`: what the page says about one of its errors; main caps and checks every field. */
export interface PageErrorReport {
  /** error: a window 'error' event; rejection: an unhandled promise rejection; render: the ErrorBoundary; console: console.error. */
  kind: 'error' | 'rejection' | 'render' | 'console';
  message: string;
  /** The stack (and for `render`, React's component stack), if there is one. */
  stack?: string;
  /** The screen the visitor was on (the route's key, e.g. `enterprise:xcmg-heavy`, or `attract`). */
  screen: string;
}

/** One entry of the log: its time (ISO), level and text (a stack trace keeps its lines). */
export interface LogEntry {
  time: string;
  level: LogLevel;
  text: string;
}

/** `logs:tail`: entries at or above `level` (error: errors only; info: everything), the last `limit`. */
export interface LogTailQuery {
  level: LogLevel;
  limit: number;
}

/** `logs:tail`: the entries, oldest first, and the folder they come from. */
export interface LogTail {
  folder: string;
  entries: LogEntry[];
}

/** `logs:export`: the zip written into the folder staff chose, or that they cancelled. */
export type ExportLogsResult = ExportCsvResult;

/** `leads:status`: whether the kiosk can save a lead now (the admin PIN has been set once). */
export interface LeadsStatus {
  accepting: boolean;
}

/** `leads:submit`: what the visitor entered (checked again in main: see main/core/leads/lead.ts). */
export type LeadSubmission = LeadInput;

/** What `leads:list` may do besides reading. */
export interface LeadsListOptions {
  purge?: boolean;
}

/** The statistics CSV's columns, in order (the booth's file by kiosk puts `kiosk` first). */
export const STATS_CSV_COLUMNS = ['date', 'hour', 'metric', 'kind', 'key', 'count'] as const;

/**
 * `stats:export-csv` and `booth:export-csv`: the statistics CSV's column names in the panel's
 * language (`kiosk` heads the booth's file by kiosk); without them, the columns' English names.
 */
export type StatsCsvHeader = Record<'kiosk' | (typeof STATS_CSV_COLUMNS)[number], string>;

/** The leads CSV's columns, in order. */
export const LEAD_CSV_COLUMNS = [
  'reference',
  'time',
  'language',
  'itemKind',
  'itemId',
  'item',
  'name',
  'organisation',
  'contact',
  'country',
  'message',
  'kiosk',
] as const;

/**
 * `leads:export-csv`: the CSV's column names in the panel's language, so that the bureau reads its
 * spreadsheet in its own; without them, the columns' English names.
 */
export type LeadsCsvHeader = Record<(typeof LEAD_CSV_COLUMNS)[number], string>;

/** `leads:list`: the leads, newest first, or `locked` when this session's PIN did not open the keyring. */
export interface LeadsView {
  locked: boolean;
  /**
   * Locked by three wrong PINs in a row (issue 26): how long until a right PIN opens the leads again.
   * Null when they are open, or locked because this session's PIN did not open them.
   */
  retryAfterMs: number | null;
  /** A booth's laptop also lists its kiosks' leads, each with the kiosk's name. */
  leads: Array<Lead & { kiosk?: string }>;
  /** Files that did not open (sealed for another keyring, or damaged). */
  unreadable: number;
  /** How many days a lead is kept (the pack's `contact.leads.retentionDays`), or null without a lead policy. */
  retentionDays: number | null;
}

/** Channel name → handler signature (arguments as a tuple, result). */
export interface IpcContract {
  'shell:get-info': { args: []; result: ShellInfo };
  /** Opens an admin session (it locks again after a few idle minutes, or on `admin:lock`). */
  'admin:unlock': { args: [pin: string]; result: UnlockResult };
  /** Changes the PIN; the current one is asked again, so a passer-by at an open panel cannot. */
  'admin:change-pin': { args: [currentPin: string, newPin: string]; result: ChangePinResult };
  /** Ends the admin session now (the panel closes). */
  'admin:lock': { args: []; result: void };
  /** Public: the renderer needs idle timeout, language and motion settings. */
  'settings:get': { args: []; result: SettingsView };
  /** Admin only: changes some settings; answers the settings now in force. */
  'settings:set': { args: [patch: Partial<KioskSettings>]; result: SettingsView };
  /** Admin only. */
  'stats:summary': { args: [range: DateRange]; result: StatsSummary };
  /** Admin only: main asks staff for the folder (a dialog), never takes a path from the page. */
  'stats:export-csv': { args: [range: DateRange, header?: StatsCsvHeader]; result: ExportCsvResult };
  /** Public: one visit-statistics event. */
  'stats:record': { args: [event: StatsEventInput]; result: void };
  /** Public, read-only: the items with the most interest lately (cached in main; see main/core/stats/top-interest.ts). */
  'stats:top-interest': { args: []; result: TopInterest };
  /** Admin only: reloads the kiosk page. */
  'kiosk:reload': { args: []; result: void };
  /** Admin only: closes the kiosk (the only way its window may close). */
  'kiosk:exit': { args: []; result: void };
  /** Admin only. */
  'packs:status': { args: []; result: PackStatus };
  /**
   * Admin only, browser mode only: the zip a page uploads as the raw body of `POST api/ops/packs:import-zip`,
   * streamed to the packs folder (`declaredBytes`: its Content-Length). A stream cannot cross IPC, so
   * Electron's IPC never carries a zip: it refuses whatever comes (see `packs:choose-zip`).
   */
  'packs:import-zip': {
    args: [zip: ReadableStream<Uint8Array>, declaredBytes: number | null];
    result: PackImportResult;
  };
  /** Admin only, Electron only: main asks staff for a pack folder (a dialog), validates it, switches to it. */
  'packs:choose-folder': { args: []; result: PackImportResult };
  /**
   * Admin only, Electron only: main asks staff for a pack zip (its own open dialog), checks the file and
   * imports it from its path, streaming. Neither the zip nor its path ever crosses IPC.
   */
  'packs:choose-zip': { args: []; result: PackImportResult };
  /** Admin only: back to the last good pack. */
  'packs:rollback': { args: []; result: PackStatus };
  /** Admin only: the main-process half of the pre-fair self-test. */
  'system:preflight': { args: []; result: PreflightReport };
  /** Public (rate-limited, size-capped): an error of the page, with the screen it was on, for `<data>/logs`. */
  'logs:report': { args: [report: PageErrorReport]; result: void };
  /** Admin only: the last entries of the log at or above a level, for the Logs tab. */
  'logs:tail': { args: [query: LogTailQuery]; result: LogTail };
  /** Admin only: the log folder as a zip for support, into a folder staff choose (a dialog, as `stats:export-csv`). */
  'logs:export': { args: []; result: ExportLogsResult };
  /** Public: whether a lead can be saved now. */
  'leads:status': { args: []; result: LeadsStatus };
  /** Public (rate-limited): seals and saves a visitor's lead; answers its reference code. */
  'leads:submit': { args: [lead: LeadSubmission]; result: { reference: string } };
  /**
   * Admin only: the leads, opened with the key this session's PIN unlocked (none past the retention).
   * `purge`: delete those past it first, as the Leads tab does when it opens.
   */
  'leads:list': { args: [options?: LeadsListOptions]; result: LeadsView };
  /** Admin only: the leads as CSV into a folder staff choose (a dialog, as `stats:export-csv`). */
  'leads:export-csv': { args: [header?: LeadsCsvHeader]; result: ExportCsvResult };
  /** Admin only: deletes every lead (the panel asks first). */
  'leads:delete-all': { args: []; result: void };
  /** Admin only, Electron only: opens the content studio's window; refused while the kiosk is locked down. */
  'studio:open': { args: []; result: StudioOpenResult };
  /** Admin only: this machine's booth role, name and engine; a kiosk's pending version; a laptop's booth table. */
  'booth:view': { args: []; result: BoothView };
  /** Admin only: sets the role and name (starts or stops the sync engine). */
  'booth:set-role': { args: [role: BoothRoleName, name: string]; result: BoothView };
  /** Admin only: pairs a device by its ID (laptop: adds a kiosk; kiosk: follows this laptop only). */
  'booth:pair': { args: [deviceId: string, name?: string, address?: string]; result: BoothView };
  /** Admin only: forgets a paired device. */
  'booth:unpair': { args: [deviceId: string]; result: BoothView };
  /** Admin only, laptop: publishes the pack on screen to every kiosk. */
  'booth:publish': { args: []; result: BoothPublishResult };
  /** Admin only, laptop: each kiosk's statistics and the pooled ones. */
  'booth:stats': { args: [range: DateRange]; result: BoothPooledStats };
  /** Admin only, laptop: the pooled statistics as CSV into a folder staff choose. */
  'booth:export-csv': { args: [range: DateRange, header?: StatsCsvHeader]; result: ExportCsvResult };
}

export type IpcChannel = keyof IpcContract;

/** Every channel, so that the preload can build its proxies and tests can check coverage. */
export const IPC_CHANNELS = [
  'shell:get-info',
  'admin:unlock',
  'admin:change-pin',
  'admin:lock',
  'settings:get',
  'settings:set',
  'stats:summary',
  'stats:export-csv',
  'stats:record',
  'stats:top-interest',
  'kiosk:reload',
  'kiosk:exit',
  'packs:status',
  'packs:import-zip',
  'packs:choose-folder',
  'packs:choose-zip',
  'packs:rollback',
  'system:preflight',
  'logs:report',
  'logs:tail',
  'logs:export',
  'leads:status',
  'leads:submit',
  'leads:list',
  'leads:export-csv',
  'leads:delete-all',
  'studio:open',
  'booth:view',
  'booth:set-role',
  'booth:pair',
  'booth:unpair',
  'booth:publish',
  'booth:stats',
  'booth:export-csv',
] as const satisfies readonly IpcChannel[];

/** The API the preload exposes on `window.kiosk`: one async function per channel, and `on` for events. */
export type KioskApi = {
  [C in IpcChannel]: (...args: IpcContract[C]['args']) => Promise<IpcContract[C]['result']>;
} & {
  /**
   * Listens to an event main pushes (only the names in `IPC_EVENTS`; others throw). The listener gets
   * the payload only. Returns the unsubscribe function. Electron only: browser mode has no events
   * (the page polls `packs:status` after an import). Optional in the type, as an older shell lacks it.
   */
  on?<E extends IpcEvent>(event: E, listener: (payload: IpcEvents[E]) => void): () => void;
};

/** Events main pushes to the page (the preload's `kiosk.on`). */
export interface IpcEvents {
  'packs:import-progress': PackImportProgress;
  /** The active pack changed (import, rollback, or its folder was edited and still validates). */
  'packs:changed': { id: string; version: string };
}
export type IpcEvent = keyof IpcEvents;
export const IPC_EVENTS = ['packs:import-progress', 'packs:changed'] as const satisfies readonly IpcEvent[];

/** Name of the global the preload exposes through contextBridge. */
export const KIOSK_API_GLOBAL = 'kiosk';
