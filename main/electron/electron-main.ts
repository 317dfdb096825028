/**
 * Entry of the Electron main process. esbuild bundles it to `dist/main/electron-main.cjs`
 * (CommonJS): hence `__dirname`, and no top-level await or `import.meta` here.
 *
 * Thin glue only: the decisions live in `paths.ts`, `security-policy.ts`, `app-scheme.ts`, `ipc-channels.ts`
 * and `main/core/pack/active-pack-manager.ts`, where they are unit-tested; the content comes from
 * `main/core`.
 */
// First: the crash guard's listeners exist before any other module of the app runs.
import { crashGuard } from './early-start.ts';
import path from 'node:path';
import { app, BrowserWindow, Menu, screen, session } from 'electron';
import { ActivePackManager } from '../core/pack/active-pack-manager.ts';
import { formatIssue } from '../core/pack/pack-issue.ts';
import { createRenditions, RENDITIONS_FOLDER } from '../core/server/renditions.ts';
import { createContentServer } from '../core/server/content-server.ts';
import { APP_ENTRY_URL, mountContentServer, registerAppSchemePrivileges } from './app-scheme.ts';
import { boothEngineStarter, stopBoothOnQuit, studioBoothLink } from './booth-glue.ts';
import { registerIpcHandlers } from './ipc-channels.ts';
import { startKioskOperations, type KioskOperations } from './kiosk-operations.ts';
import { appRootFromMainDir, preloadPathFromMainDir, rendererDirFromMainDir, resolvePackDir } from './paths.ts';
import { hardenAllWebContents, hardenSession, mainWindowOptions } from './security-policy.ts';
import { createStudioWindow, type StudioWindow } from './studio-window.ts';

/** Folder of the built main (`dist/main`); the other build outputs sit next to it. */
const mainDir = __dirname;

// Both must happen before `ready`: Electron refuses scheme privileges and the global sandbox later.
registerAppSchemePrivileges();
app.enableSandbox();
/** The content studio's window (made after `ready`); its frames may load its own origin only. */
let studio: StudioWindow | undefined;
// Before any webContents exists, so that none escapes the navigation/window-open policy.
hardenAllWebContents(app, (contents, url) => studio?.mayNavigate(contents, url) ?? false);

let mainWindow: BrowserWindow | undefined;
/** Whether this start asked for the studio (`--studio`, the installer's "Content Studio" shortcut). */
const STUDIO_ARG = '--studio';
let kioskOps: KioskOperations | undefined;

if (!app.requestSingleInstanceLock()) {
  // Another kiosk instance owns the screen; it is told through 'second-instance' and takes focus.
  app.quit();
} else {
  app.on('second-instance', (_event, argv: string[]) => {
    // The "Content Studio" shortcut while the kiosk runs: open the studio in this instance.
    if (argv.includes(STUDIO_ARG)) {
      openStudioUnlessLocked();
      return;
    }
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  // A kiosk has one window: when it is gone the app is done, on every platform (macOS included).
  app.on('window-all-closed', () => {
    app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Only a bug gets here (bad content is handled by ActivePackManager.open); fail loudly, do not hang.
      console.error('[kiosk] start-up failed:', error);
      app.exit(1);
    });
}

/** Everything after `ready`: session policy, content server, IPC, then the window. */
async function start(): Promise<void> {
  Menu.setApplicationMenu(null);

  const ses = session.defaultSession;
  // The webcam only for the unlocked admin panel (Booth pairing by QR); kioskOps exists once started below.
  hardenSession(ses, { adminOpen: () => kioskOps?.adminOpen() ?? false });

  const packChoice = resolvePackDir({
    argv: process.argv,
    env: process.env,
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appRoot: appRootFromMainDir(mainDir),
    cwd: process.cwd(),
  });
  // --pack / KIOSK_PACK_DIR fix the pack (no import or rollback); otherwise the folder found is the
  // embedded default (or the portable exe's `pack`) behind the library of imported packs.
  const override = packChoice.source === 'argv' || packChoice.source === 'env';
  console.info(`[kiosk] ${override ? 'pack override' : 'embedded pack'} ${packChoice.dir} (from ${packChoice.source})`);
  const userDataDir = app.getPath('userData');
  // Loaded before the window opens, so the renderer's first /api/pack already has the answer. Never
  // rejects for bad content: the content server then answers 503 with the problems.
  const packs = await ActivePackManager.open({
    root: path.join(userDataDir, 'packs'),
    embeddedDir: packChoice.dir,
    overrideDir: override ? packChoice.dir : undefined,
  });
  logPackStatus(packs);

  studio = createStudioWindow({
    packs,
    userDataDir,
    rendererDir: rendererDirFromMainDir(mainDir),
    isPackaged: app.isPackaged,
    // Publishing from the studio to the booth, as browser mode does (kioskOps, hence the booth, start below).
    booth: studioBoothLink(() => kioskOps?.boothRuntime),
  });
  const studioWindow = studio;
  // Kiosk operations (kiosk-operations.ts): log file, settings, statistics, admin PIN, lockdown, self-healing.
  const kiosk = await startKioskOperations({
    userDataDir,
    isPackaged: app.isPackaged,
    argv: process.argv,
    packs,
    openStudio: () => studioWindow.open(),
    // The booth (docs/booth.md): Syncthing runs only while this machine has a booth role.
    boothEngine: boothEngineStarter({
      userDataDir,
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      env: process.env,
    }),
  });

  mountContentServer(
    ses,
    kiosk.wrapContentServer(
      createContentServer({
        rendererDir: rendererDirFromMainDir(mainDir),
        // Read on every request: a switch (import, rollback, folder edit) shows at the next fetch.
        getPack: () => packs.getPack(),
        getPackErrors: () => packs.getPackErrors(),
        renditions: createRenditions(path.join(userDataDir, RENDITIONS_FOLDER)),
      }),
    ),
  );
  registerIpcHandlers({ operations: kiosk.operations, packs: kiosk.packs });
  kioskOps = kiosk;
  // Syncthing is stopped before the app quits, never left running without the kiosk.
  stopBoothOnQuit(app, { stop: () => kiosk.closeBooth() });

  // `--studio` (the "Content Studio" shortcut staff start from the OS): the studio window alone,
  // with no kiosk window and so no kiosk lockdown to respect.
  if (process.argv.includes(STUDIO_ARG)) {
    await studio.open();
    return;
  }
  mainWindow = createMainWindow(kiosk);
}

/**
 * `--studio` from a second start: the studio window, unless the running kiosk is locked down (its
 * full-screen window is what a fair's visitors see).
 */
function openStudioUnlessLocked(): void {
  if (!studio || !kioskOps) return;
  if (kioskOps.lockedDown()) {
    console.warn('[studio] not opened: the kiosk is locked down');
    return;
  }
  studio.open().catch((error: unknown) => console.error('[studio] could not open:', error));
}

/** Logs which pack start-up chose, why, and its problems. */
function logPackStatus(packs: ActivePackManager): void {
  const status = packs.status();
  if (status.active) {
    console.info(
      `[kiosk] pack "${status.active.id}" ${status.active.version} (${status.source}) from ${status.active.dir}`,
    );
  }
  if (status.fallbackReason) console.warn(`[kiosk] pack fallback: ${status.fallbackReason}`);
  for (const warning of status.warnings) console.warn(`[kiosk] pack warning: ${warning}`);
  for (const error of packs.getPackErrors()) console.error(`[kiosk] pack error: ${formatIssue(error)}`);
}

/** The kiosk window: hidden until its first paint is ready, then shown. */
function createMainWindow(kiosk: KioskOperations): BrowserWindow {
  const win = new BrowserWindow(
    kiosk.windowOptions(
      mainWindowOptions({
        preloadPath: preloadPathFromMainDir(mainDir),
        isPackaged: app.isPackaged,
        workArea: screen.getPrimaryDisplay().workAreaSize,
      }),
    ),
  );
  kiosk.attach(win);
  // An error in main reloads this page (and relaunches the app if errors repeat): crash-guard.ts.
  crashGuard.setReload(() => {
    if (!win.isDestroyed()) win.loadURL(APP_ENTRY_URL).catch(() => undefined);
  });
  win.once('ready-to-show', () => {
    win.show();
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined;
  });
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    // The content server answers every app://kiosk path, so this means a broken build. Show the
    // window anyway ('ready-to-show' may never come) rather than leave a hidden, running app.
    console.error(`[kiosk] could not load ${APP_ENTRY_URL}:`, error);
    if (!win.isDestroyed()) win.show();
  });
  return win;
}
