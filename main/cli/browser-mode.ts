/**
 * Browser mode: the kiosk on 127.0.0.1 in a plain Node HTTP server. Used by `npm run web`,
 * `npm start` when Electron cannot run, and the end-to-end tests.
 *
 * It serves the content server (renderer, pack, media) and, in front of it, the ops HTTP bridge
 * (`POST api/ops/<channel>`, see main/contract/ops-http.ts), so that the admin panel, settings,
 * statistics and pack import work without Electron. Its data folder (`--data`, default
 * `~/.invest-kiosk`) holds what Electron keeps in userData: settings.json (with the PIN record),
 * stats/, packs/ (the pack library) and exports/ (CSV exports; a browser has no folder dialog).
 */
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { STUDIO_BASE_PATH } from '../contract/studio.ts';
import { createHttpBridge, withHttpBridge } from '../core/services/http-bridge.ts';
import { createStudioRoutes, withStudio } from '../core/studio/studio-routes.ts';
import { createOperationsService } from '../core/services/operations-service.ts';
import { createPackLibraryService } from '../core/services/pack-library-service.ts';
import { ActivePackManager } from '../core/pack/active-pack-manager.ts';
import { formatIssue } from '../core/pack/pack-issue.ts';
import type { ScryptParams } from '../core/security/pin.ts';
import { createAdminSession } from '../core/security/admin-session.ts';
import { createPinGuard } from '../core/security/pin-guard.ts';
import { createRenditions, RENDITIONS_FOLDER } from '../core/server/renditions.ts';
import { createContentServer } from '../core/server/content-server.ts';
import { openSettingsStore } from '../core/storage/settings-store.ts';
import { createEventLog, STATS_FOLDER } from '../core/stats/event-log.ts';
import { createRotatingLog } from '../core/log/rotating-log.ts';
import { LEADS_PURGE_INTERVAL_MS, openLeads, purgeExpiredLeads } from '../core/leads/open-leads.ts';
import { localTimeStamp } from '../core/storage/time-stamp.ts';
import type { BoothEngine } from '../core/booth/booth-engine.ts';
import type { BoothSettings } from '../core/booth/booth-settings.ts';
import { openBooth } from '../core/booth/open-booth.ts';
import { createBoothEngine, type BoothEngineOptions } from '../core/booth/syncthing/syncthing-booth-engine.ts';
import type { BoothRuntime } from '../core/booth/booth-runtime.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_PACK_DIR = path.join(REPO_ROOT, 'assets', 'packs', 'xuzhou');
export const DEFAULT_RENDERER_DIR = path.join(REPO_ROOT, 'dist', 'renderer');
/** Browser mode's data folder when `--data` is not given. */
export const DEFAULT_DATA_DIR = path.join(homedir(), '.invest-kiosk');
/** Subfolders of the data folder. */
export const PACKS_FOLDER = 'packs';
export const EXPORTS_FOLDER = 'exports';
export const LOGS_FOLDER = 'logs';

export interface BrowserModeOptions {
  port?: number;
  /** An explicit pack folder (`--pack`, `KIOSK_PACK_DIR`): shown as is; import and rollback are refused. */
  packDir?: string;
  /** The embedded default pack (assets/packs/xuzhou). */
  embeddedDir?: string;
  /** Settings, stats, PIN, pack library, exports (default `~/.invest-kiosk`). */
  dataDir?: string;
  rendererDir?: string;
  /** Reload the active pack when its folder changes (default true: browser mode runs on staff machines). */
  watchPack?: boolean;
  /** PIN hashing cost (tests make it cheap). */
  scrypt?: ScryptParams;
  /**
   * Studio mode (`npm run studio`): the content studio's routes under `/studio/` as well, with this
   * per-run token. Absent: the plain kiosk, which never mounts them.
   */
  studio?: { token: string };
  /**
   * Starts the booth's sync engine for this machine's role, in place of the local Syncthing (tests
   * pass a fake). Absent: the local Syncthing (on PATH, or KIOSK_SYNCTHING), started only when the
   * role is not `none`.
   */
  startBoothEngine?: (settings: BoothSettings) => Promise<BoothEngine>;
  /** Options for the local Syncthing (tests: its addresses, no discovery); unused with startBoothEngine. */
  syncthingOptions?: Partial<BoothEngineOptions>;
  /** How often a booth kiosk looks at its received packs (default 5 s; tests shorten it). */
  boothPollMs?: number;
  /** How often a booth kiosk rewrites its status.json (default 15 s; tests shorten it). */
  boothStatusMs?: number;
  /** Where to print what the server logs (it also goes to `<data>/logs/kiosk.log`); console.error by default. */
  log?: (line: string) => void;
}

export interface BrowserModeServer {
  url: string;
  /** The studio page's URL, in studio mode. */
  studioUrl?: string;
  port: number;
  dataDir: string;
  packs: ActivePackManager;
  booth: BoothRuntime;
  close: () => Promise<void>;
}

/** `<data>/exports/<local time>`: where a browser-mode CSV export goes. */
export function exportFolderName(dataDir: string, at: Date = new Date()): string {
  return path.join(dataDir, EXPORTS_FOLDER, localTimeStamp(at));
}

export async function startBrowserMode(options: BrowserModeOptions = {}): Promise<BrowserModeServer> {
  const print = options.log ?? ((line: string) => console.error(line));
  const dataDir = path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  await mkdir(dataDir, { recursive: true });
  // The same log file as Electron's (`<data>/logs/kiosk.log`), so the panel's Logs tab works here too.
  const logFolder = path.join(dataDir, LOGS_FOLDER);
  const file = createRotatingLog({ folder: logFolder });
  const at =
    (level: 'info' | 'warn' | 'error') =>
    (...parts: unknown[]) => {
      const line = parts.map((p) => (p instanceof Error ? (p.stack ?? p.message) : String(p))).join(' ');
      file.write(level, line);
      print(line);
    };
  const quiet = { info: at('info'), warn: at('warn'), error: at('error') };
  const log = quiet.info;
  file.write('info', `[kiosk] browser mode starting on data folder ${dataDir}`);

  const packs = await ActivePackManager.open({
    root: path.join(dataDir, PACKS_FOLDER),
    embeddedDir: path.resolve(options.embeddedDir ?? DEFAULT_PACK_DIR),
    overrideDir: options.packDir === undefined ? undefined : path.resolve(options.packDir),
    log: quiet,
  });
  const status = packs.status();
  if (status.active) {
    log(`Pack "${status.active.id}" ${status.active.version} (${status.source}) loaded from ${status.active.dir}`);
  } else {
    quiet.error(`No pack can be shown (${packs.getPackErrors().length} problem(s)):`);
    for (const issue of packs.getPackErrors()) quiet.error(`  ${formatIssue(issue)}`);
  }
  if (status.fallbackReason) quiet.warn(`Pack fallback: ${status.fallbackReason}`);
  if (options.watchPack !== false) packs.watch();

  const settings = await openSettingsStore(dataDir);
  if (settings.problem) quiet.warn(`Settings: ${settings.problem}`);
  const statsFolder = path.join(dataDir, STATS_FOLDER);
  const session = createAdminSession();
  const ownLeads = await openLeads(dataDir, {
    retentionDays: () => packs.getPack()?.pack.contact.leads?.retentionDays ?? null,
    scrypt: options.scrypt,
    log: quiet,
  });
  const booth = await openBooth({
    dataDir,
    logFolder,
    packs,
    events: createEventLog(statsFolder),
    leads: ownLeads,
    log: quiet,
    startEngine:
      options.startBoothEngine ??
      (() => {
        const engine = createBoothEngine({ env: process.env, log, ...options.syncthingOptions, dataDir });
        void engine.start(); // in the background: its state says why until Syncthing answers
        return Promise.resolve(engine);
      }),
    receivePollMs: options.boothPollMs,
    statusIntervalMs: options.boothStatusMs,
  });
  const leads = booth.leads ?? ownLeads;
  const purgeLeads = () =>
    void purgeExpiredLeads(leads).catch((error: unknown) => quiet.error('[leads] retention run failed:', error));
  purgeLeads();
  const purgeTimer = setInterval(purgeLeads, LEADS_PURGE_INTERVAL_MS);
  purgeTimer.unref();
  const operations = createOperationsService({
    settings,
    pins: createPinGuard(settings, options.scrypt ? { scrypt: options.scrypt } : {}),
    session,
    events: booth.events,
    booth: { runtime: booth.runtime, packs },
    statsFolder,
    logFolder,
    // A browser has no folder dialog: a fresh folder in the data folder, whose path the panel shows.
    chooseExportFolder: async () => {
      const folder = exportFolderName(dataDir);
      await mkdir(folder, { recursive: true });
      return folder;
    },
    // The page reloads itself after the answer.
    reload: () => {},
    // kiosk:exit is Electron-only; the bridge answers it `unavailable` before this is reached.
    exit: () => {},
    log: quiet,
    leads,
  });
  const packService = createPackLibraryService({ session, packs, dataDir, log: quiet });

  let origins: string[] = [];
  const rendererDir = path.resolve(options.rendererDir ?? DEFAULT_RENDERER_DIR);
  const kiosk = withHttpBridge(
    createHttpBridge({
      operations,
      packs: packService,
      allowedOrigins: () => origins,
      adminOpen: () => session.isOpen(),
      log: quiet,
    }),
    createContentServer({
      rendererDir,
      getPack: () => packs.getPack(),
      getPackErrors: () => packs.getPackErrors(),
      renditions: createRenditions(path.join(dataDir, RENDITIONS_FOLDER)),
    }),
  );
  const handler = options.studio
    ? withStudio(
        createStudioRoutes({
          dataDir,
          packs,
          booth: {
            isLaptop: () => booth.runtime.currentRole() === 'laptop',
            publish: (dir, id, version) => booth.runtime.publish(dir, id, version),
          },
          rendererDir,
          token: options.studio.token,
          allowedOrigins: () => origins,
          log: quiet,
        }),
        kiosk,
      )
    : kiosk;

  return new Promise((resolve, reject) => {
    const server = serve({ fetch: handler, port: options.port ?? 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      origins = [`http://127.0.0.1:${info.port}`, `http://localhost:${info.port}`];
      resolve({
        url: `http://127.0.0.1:${info.port}/`,
        ...(options.studio ? { studioUrl: `http://127.0.0.1:${info.port}/${STUDIO_BASE_PATH}` } : {}),
        port: info.port,
        dataDir,
        packs,
        booth: booth.runtime,
        close: () =>
          new Promise<void>((done) => {
            packs.close();
            clearInterval(purgeTimer);
            // The statistics log too: its file stays open between appends.
            void Promise.allSettled([booth.runtime.close(), booth.events.close()]).finally(() =>
              server.close(() => done()),
            );
          }),
      });
    });
    server.once('error', reject);
  });
}
