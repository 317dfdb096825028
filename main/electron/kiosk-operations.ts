/**
 * Wires "kiosk operations" into the Electron main process: the log file, settings, visit
 * statistics, the admin PIN and session, the window lockdown and self-healing. The entry
 * (`electron-main.ts`) calls `startKioskOperations` once after `ready` and hands it the window;
 * every decision lives in the files imported here, where it is unit-tested.
 */
import { LEADS_PURGE_INTERVAL_MS, openLeads, purgeExpiredLeads } from '../core/leads/open-leads.ts';
import path from 'node:path';
import {
  app,
  dialog,
  powerSaveBlocker,
  screen,
  type BrowserWindow,
  type BrowserWindowConstructorOptions,
  type OpenDialogOptions,
} from 'electron';
import type { IpcEvent, IpcEvents } from '../contract/ipc.ts';
import { createRotatingLog, teeConsole } from '../core/log/rotating-log.ts';
import { createPackLibraryService } from '../core/services/pack-library-service.ts';
import type { ActivePackManager } from '../core/pack/active-pack-manager.ts';
import {
  FAILURE_PAGE_PATH,
  withFailurePage,
  type FailureInfo,
  type FetchHandler,
} from '../core/server/failure-page.ts';
import { createAdminSession } from '../core/security/admin-session.ts';
import { createPinGuard } from '../core/security/pin-guard.ts';
import type { StoredSettings } from '../core/storage/settings-schema.ts';
import { openSettingsStore, type SettingsStore } from '../core/storage/settings-store.ts';
import { createEventLog, STATS_FOLDER } from '../core/stats/event-log.ts';
import type { BoothEngine } from '../core/booth/booth-engine.ts';
import type { BoothRuntime } from '../core/booth/booth-runtime.ts';
import { openBooth } from '../core/booth/open-booth.ts';
import { APP_ENTRY_URL, APP_ORIGIN } from './app-scheme.ts';
import { hideIdleCursor } from './cursor-hider.ts';
import {
  applyKioskLockdown,
  applyWindowMode,
  chooseDisplay,
  kioskWindowOptions,
  lockdownWanted,
  windowMode,
  type CloseGuard,
  type WindowMode,
} from './kiosk-lockdown.ts';
import {
  createOperationsHandlers,
  toIpcHandlers,
  type OperationsHandlers,
  type PackLibraryHandlers,
} from './services-over-ipc.ts';
import {
  attachSelfHealing,
  createRestartPolicy,
  DEFAULT_RESTART_POLICY,
  logChildProcessDeaths,
  scheduleDailyReload,
  type SelfHealing,
} from './self-healing.ts';

/** What the entry passes in. */
export interface KioskOperationsOptions {
  /** `app.getPath('userData')`. */
  userDataDir: string;
  /** `app.isPackaged`. */
  isPackaged: boolean;
  /** `process.argv` (`--kiosk` locks down a development run). */
  argv: readonly string[];
  /** Copy the console into the log file (default true; tests keep their console). */
  teeConsole?: boolean;
  /**
   * The pack on screen (`<userData>/packs`, or the override), for the `packs:*` channels and
   * `system:preflight`; without it those channels reject. Its folder is watched on a staff machine
   * (no lockdown), and its switches are pushed to the window as `packs:changed`.
   */
  packs?: ActivePackManager;
  /**
   * Opens the content studio's window (studio-window.ts), for `studio:open`. The admin panel's
   * button is refused while the kiosk is locked down (kiosk mode: a fair, visitors at the screen).
   */
  openStudio?: () => Promise<void>;
  /** Starts the booth's sync engine when this machine takes a booth role (booth-glue.ts). */
  boothEngine?: () => Promise<BoothEngine>;
}

/** What the entry uses. */
export interface KioskOperations {
  settings: SettingsStore;
  /** Handlers of the operations channels, for `registerIpcHandlers({ operations })`. */
  operations: OperationsHandlers;
  /** Handlers of the pack channels, for `registerIpcHandlers({ packs })`; undefined without `options.packs`. */
  packs: PackLibraryHandlers | undefined;
  /** The content server plus the failure page (see failure-page.ts). */
  wrapContentServer(handler: FetchHandler): FetchHandler;
  /** The window options with the lockdown and the chosen display applied. */
  windowOptions(base: BrowserWindowConstructorOptions): BrowserWindowConstructorOptions;
  /** Installs lockdown, self-healing, cursor hiding and display following on the kiosk window. */
  attach(win: BrowserWindow): void;
  /** Whether the kiosk is locked down now (kiosk mode): no content studio then. */
  lockedDown(): boolean;
  /** The booth's runtime (none without a pack manager): the studio window publishes through it. */
  boothRuntime: BoothRuntime | undefined;
  /** Whether the admin panel is unlocked now (the session's camera permission depends on it). */
  adminOpen(): boolean;
  /** Stops the booth (and its Syncthing) before the app quits. */
  closeBooth(): Promise<void>;
}

/** Starts kiosk operations. Never rejects on bad files: those are reported, not fatal. */
export async function startKioskOperations(options: KioskOperationsOptions): Promise<KioskOperations> {
  const logFolder = path.join(options.userDataDir, 'logs');
  if (options.teeConsole !== false) teeConsole(createRotatingLog({ folder: logFolder }));
  console.info(`[kiosk] starting; logs in ${logFolder}`);

  const settings = await openSettingsStore(options.userDataDir);
  if (settings.problem) console.warn(`[kiosk] settings: ${settings.problem}`);
  const statsFolder = path.join(options.userDataDir, STATS_FOLDER);
  const pins = createPinGuard(settings);
  const session = createAdminSession();
  const ownLeads = await openLeads(options.userDataDir, {
    retentionDays: () => options.packs?.getPack()?.pack.contact.leads?.retentionDays ?? null,
    log: console,
  });
  // The booth needs the pack manager; without one (tests of the shell alone) there is no booth.
  const booth = options.packs
    ? await openBooth({
        dataDir: options.userDataDir,
        logFolder,
        packs: options.packs,
        events: createEventLog(statsFolder),
        leads: ownLeads,
        log: console,
        startEngine: options.boothEngine,
      })
    : undefined;
  const events = booth?.events ?? createEventLog(statsFolder);
  const leads = booth?.leads ?? ownLeads;
  const purgeLeads = () =>
    void purgeExpiredLeads(leads).catch((error: unknown) => console.error('[leads] retention run failed:', error));
  purgeLeads();
  setInterval(purgeLeads, LEADS_PURGE_INTERVAL_MS).unref();
  const lockdown = lockdownWanted(options.isPackaged, options.argv);
  logChildProcessDeaths(app);

  let win: BrowserWindow | undefined;
  let closeGuard: CloseGuard | undefined;
  let healing: SelfHealing | undefined;
  let failure: FailureInfo | undefined;
  let daily: { reschedule(): void } | undefined;
  let mode: WindowMode = windowMode(lockdown, settings.get());
  let stopCursorHider: (() => void) | undefined;
  /** The idle cursor hides in kiosk mode only (a presenter uses the mouse). */
  const followCursorPolicy = () => {
    if (mode === 'kiosk' && win && !stopCursorHider) {
      stopCursorHider = hideIdleCursor(win.webContents, () => screen.getCursorScreenPoint());
    } else if (mode !== 'kiosk' && stopCursorHider) {
      stopCursorHider();
      stopCursorHider = undefined;
    }
  };

  const loadKioskPage = () => {
    if (!win || win.isDestroyed()) return;
    failure = undefined;
    win.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('[kiosk] reload failed:', error));
  };
  const showFailure = (what: string) => {
    if (!win || win.isDestroyed()) return;
    failure = { what, at: new Date().toString(), logFolder };
    win.loadURL(`${APP_ORIGIN}${FAILURE_PAGE_PATH}`).catch((error: unknown) => {
      console.error('[kiosk] could not show the failure page:', error);
    });
  };
  const currentDisplay = () => chooseDisplay(screen.getAllDisplays(), settings.get(), screen.getPrimaryDisplay().id);
  /** Puts the window back onto the chosen display (it was unplugged, replugged, or changed). */
  const placeOnDisplay = () => {
    // A presenter's window stays where the presenter put it.
    if (!win || win.isDestroyed() || mode === 'presenter') return;
    const display = currentDisplay();
    if (!display) return;
    const bounds = win.getBounds();
    const b = display.bounds;
    if (bounds.x === b.x && bounds.y === b.y && bounds.width === b.width && bounds.height === b.height) return;
    console.info(`[kiosk] moving the window to display ${display.id}`);
    // Kiosk/full-screen windows ignore setBounds on some platforms: leave kiosk mode to move.
    if (mode === 'kiosk') win.setKiosk(false);
    win.setBounds(b);
    if (mode === 'kiosk') win.setKiosk(true);
  };
  const applySettings = (next: StoredSettings) => {
    const nextMode = windowMode(lockdown, next);
    if (nextMode !== mode) {
      mode = nextMode;
      console.info(`[kiosk] window mode: ${mode}`);
      if (win && !win.isDestroyed()) applyWindowMode(win, mode, currentDisplay());
      followCursorPolicy();
    }
    placeOnDisplay();
    daily?.reschedule();
    applyLoginItem(next.startAtLogin, options.isPackaged);
  };

  /** Asks staff for a folder to export into (a native dialog over the kiosk window); undefined when cancelled. */
  const chooseFolder = async (title: string): Promise<string | undefined> => {
    const dialogOptions = {
      title,
      properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
    };
    const result = win ? await dialog.showOpenDialog(win, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
    return result.canceled ? undefined : result.filePaths[0];
  };

  const operations = createOperationsHandlers({
    settings,
    pins,
    session,
    events,
    booth: booth && { runtime: booth.runtime, packs: booth.packs },
    statsFolder,
    logFolder,
    chooseExportFolder: () => chooseFolder('Export visit statistics · 导出访问统计'),
    chooseLogExportFolder: () => chooseFolder('Export the logs for support · 导出日志供技术支持'),
    chooseLeadsExportFolder: () => chooseFolder('Export the leads · 导出投资意向登记'),
    leads,
    onSettingsChanged: applySettings,
    reload: () => (healing ? healing.freshStart() : loadKioskPage()),
    exit: () => {
      closeGuard?.allowClose();
      app.quit();
    },
    ...(options.openStudio
      ? {
          openStudio: async () => {
            if (mode === 'kiosk') return { status: 'refused', reason: 'locked-down' } as const;
            await options.openStudio!();
            return { status: 'opened' } as const;
          },
        }
      : {}),
  });

  /** Pushes an event of the contract to the kiosk page (nothing when there is no window). */
  const sendEvent = <E extends IpcEvent>(event: E, payload: IpcEvents[E]): void => {
    if (!win || win.isDestroyed()) return;
    win.webContents.send(event, payload);
  };

  /** Main's own open dialog, over the window when there is one; undefined when cancelled. */
  const askForPath = async (dialogOptions: OpenDialogOptions): Promise<string | undefined> => {
    const result = win ? await dialog.showOpenDialog(win, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
    return result.canceled ? undefined : result.filePaths[0];
  };

  let packs: PackLibraryHandlers | undefined;
  if (options.packs) {
    const manager = options.packs;
    packs = toIpcHandlers(
      createPackLibraryService({
        session,
        packs: manager,
        dataDir: options.userDataDir,
        chooseFolder: () =>
          askForPath({ title: 'Choose a content pack folder · 选择内容包文件夹', properties: ['openDirectory'] }),
        // The page never sends a path: main's own dialog picks the zip, and main imports it by streaming.
        chooseZip: () =>
          askForPath({
            title: 'Choose a content pack zip · 选择内容包 zip',
            properties: ['openFile'],
            filters: [{ name: 'Content pack · 内容包', extensions: ['zip'] }],
          }),
        displays: () =>
          screen.getAllDisplays().map((d) => ({
            id: d.id,
            width: d.size.width,
            height: d.size.height,
            scaleFactor: d.scaleFactor,
            touch: d.touchSupport === 'available',
          })),
        onImportProgress: (progress) => sendEvent('packs:import-progress', progress),
      }),
    );
    manager.onChange((change) => sendEvent('packs:changed', change));
    // A staff machine (no lockdown) follows edits of the pack folder; a locked-down fair kiosk does not.
    if (!lockdown) manager.watch();
  }

  applyLoginItem(settings.get().startAtLogin, options.isPackaged);

  return {
    settings,
    operations,
    packs,
    wrapContentServer: (handler) => withFailurePage(handler, () => failure),
    windowOptions: (base) => kioskWindowOptions(base, currentDisplay(), { mode }),
    lockedDown: () => mode === 'kiosk',
    adminOpen: () => session.isOpen(),
    boothRuntime: booth?.runtime,
    closeBooth: async () => booth?.runtime.close(),
    attach(target) {
      win = target;
      closeGuard = applyKioskLockdown(target, { isPackaged: options.isPackaged, lockdown });
      healing = attachSelfHealing(target, {
        policy: createRestartPolicy({ ...DEFAULT_RESTART_POLICY, now: Date.now }),
        reload: loadKioskPage,
        showFailure,
      });
      daily = scheduleDailyReload(
        () => settings.get().dailyReloadHour,
        () => {
          console.info('[kiosk] daily reload');
          healing?.freshStart();
        },
      );
      // A kiosk screen must never dim or sleep during a fair.
      const blocker = powerSaveBlocker.start('prevent-display-sleep');
      target.on('closed', () => {
        if (powerSaveBlocker.isStarted(blocker)) powerSaveBlocker.stop(blocker);
        win = undefined;
        stopCursorHider = undefined;
      });
      followCursorPolicy();
      screen.on('display-added', placeOnDisplay);
      screen.on('display-removed', placeOnDisplay);
      screen.on('display-metrics-changed', placeOnDisplay);
    },
  };
}

/**
 * Registers (or removes) the kiosk as a login item. Only for a packaged app (a development run
 * would register the bare Electron binary) and only where Electron supports it (Windows, macOS).
 */
function applyLoginItem(openAtLogin: boolean, isPackaged: boolean): void {
  if (!isPackaged || (process.platform !== 'win32' && process.platform !== 'darwin')) return;
  try {
    app.setLoginItemSettings({ openAtLogin });
  } catch (error) {
    console.warn('[kiosk] could not change the login item:', error);
  }
}
