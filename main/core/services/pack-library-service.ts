/**
 * The content-pack channels (`packs:*`, `system:preflight`) without a transport, over a
 * `ActivePackManager`. All of them are admin-only (the same session gate as the operations channels) and
 * validate their arguments with zod. Electron adds the folder dialog and the displays; browser mode
 * has neither (the folder channel is answered `unavailable` by the HTTP bridge, displays are null).
 */
import { statfs } from 'node:fs/promises';
import { z } from 'zod';
import type { PackImportProgress, PreflightReport } from '../../contract/ipc.ts';
import type { ActivePackManager } from '../pack/active-pack-manager.ts';
import { plainFileBytes } from '../pack/plain-file-bytes.ts';
import type { AdminSession } from '../security/admin-session.ts';
import { adminGate, parseArgs, UnavailableError, type ServiceHandler, type ServiceLog } from './service-checks.ts';

/** "Enough" free space is at least this… */
export const ENOUGH_DISK_BYTES = 1024 ** 3;
/** …and at least this many times the active pack's size (an import stages a copy and keeps the old one). */
export const DISK_PACK_FACTOR = 3;

/** How often import progress is pushed at most within a phase (the copy and the zip reader report every chunk). */
export const PROGRESS_INTERVAL_MS = 100;

/** Channels of the content-pack library, answered here. */
export type PackChannel =
  | 'packs:status'
  | 'packs:import-zip'
  | 'packs:choose-folder'
  | 'packs:rollback'
  | 'system:preflight'
  | 'packs:choose-zip';

export type PackLibraryService = { [C in PackChannel]: ServiceHandler<C> };

export interface PackLibraryServiceDeps {
  session: AdminSession;
  packs: ActivePackManager;
  /** Asks staff for a pack folder (Electron's dialog); undefined when cancelled. Absent: unavailable. */
  chooseFolder?: () => Promise<string | undefined>;
  /** Asks staff for a pack zip (Electron's dialog); undefined when cancelled. Absent: unavailable. */
  chooseZip?: () => Promise<string | undefined>;
  /** The displays (Electron's `screen`); absent: null in the report (browser mode). */
  displays?: () => NonNullable<PreflightReport['displays']>;
  /** A folder on the disk that must have room: the data folder (packs, stats, logs). */
  dataDir: string;
  /** Receives import progress (Electron: `packs:import-progress` to the window). */
  onImportProgress?: (progress: PackImportProgress) => void;
  /** `fs.promises.statfs`, replaceable in tests. */
  statfs?: (folder: string) => Promise<{ bavail: number; bsize: number; blocks: number }>;
  now?: () => number;
  log?: ServiceLog;
}

/** The upload's body: a stream, which only the HTTP bridge can pass (nothing of the kind crosses IPC). */
const ZipUpload = z.instanceof(ReadableStream, { message: 'the zip as an upload stream (browser mode only)' });
const DeclaredBytes = z.number().int().nonnegative().nullable();

/** Whether `freeBytes` is enough next to a pack of `packBytes`: 1 GiB, or 3× the pack if that is more. */
export function diskEnough(freeBytes: number, packBytes: number): boolean {
  return freeBytes >= Math.max(ENOUGH_DISK_BYTES, DISK_PACK_FACTOR * packBytes);
}

export function createPackLibraryService(deps: PackLibraryServiceDeps): PackLibraryService {
  const log = deps.log ?? console;
  const requireAdmin = adminGate(deps.session, log);
  const now = deps.now ?? Date.now;
  const readStatfs = deps.statfs ?? ((folder: string) => statfs(folder));

  /** The progress listener of one import: every phase's first and last step, and at most one step per interval between. */
  const progress = (): ((progress: PackImportProgress) => void) | undefined => {
    const send = deps.onImportProgress;
    if (!send) return undefined;
    let last = -Infinity;
    let phase: PackImportProgress['phase'] | undefined;
    return (p) => {
      const t = now();
      const within = p.phase === phase && p.bytesDone < p.bytesTotal && p.bytesDone !== 0;
      if (within && t - last < PROGRESS_INTERVAL_MS) return;
      last = t;
      phase = p.phase;
      send({ ...p });
    };
  };

  const disk = async (): Promise<PreflightReport['disk']> => {
    try {
      const info = await readStatfs(deps.dataDir);
      const active = deps.packs.getPack();
      const packBytes = active ? await plainFileBytes(active.dir) : 0;
      const freeBytes = info.bavail * info.bsize;
      return { freeBytes, totalBytes: info.blocks * info.bsize, enough: diskEnough(freeBytes, packBytes) };
    } catch (error) {
      log.warn('[kiosk] could not read the free disk space:', error);
      return null;
    }
  };

  return {
    'packs:status': (...args) => {
      requireAdmin('packs:status');
      parseArgs('packs:status', z.tuple([]), args);
      return deps.packs.status();
    },
    'packs:import-zip': async (...args) => {
      requireAdmin('packs:import-zip');
      const [upload, declared] = parseArgs('packs:import-zip', z.tuple([ZipUpload, DeclaredBytes]), args);
      log.info(`[kiosk] importing an uploaded pack zip (${declared ?? 'unknown'} bytes declared)`);
      return deps.packs.importZipStream(upload as ReadableStream<Uint8Array>, declared, progress());
    },
    'packs:choose-zip': async (...args) => {
      requireAdmin('packs:choose-zip');
      parseArgs('packs:choose-zip', z.tuple([]), args);
      if (!deps.chooseZip) throw new UnavailableError('choosing a zip');
      const file = await deps.chooseZip();
      if (file === undefined) return { status: 'cancelled' };
      log.info(`[kiosk] importing the pack zip ${file}`);
      return deps.packs.importZipFile(file, progress());
    },
    'packs:choose-folder': async (...args) => {
      requireAdmin('packs:choose-folder');
      parseArgs('packs:choose-folder', z.tuple([]), args);
      if (!deps.chooseFolder) throw new UnavailableError('choosing a folder');
      const folder = await deps.chooseFolder();
      if (folder === undefined) return { status: 'cancelled' };
      log.info(`[kiosk] importing the pack folder ${folder}`);
      return deps.packs.importFolder(folder);
    },
    'packs:rollback': async (...args) => {
      requireAdmin('packs:rollback');
      parseArgs('packs:rollback', z.tuple([]), args);
      return deps.packs.rollback();
    },
    'system:preflight': async (...args) => {
      requireAdmin('system:preflight');
      parseArgs('system:preflight', z.tuple([]), args);
      const [pack, space] = await Promise.all([deps.packs.check(), disk()]);
      return { pack, disk: space, displays: deps.displays ? deps.displays() : null };
    },
  };
}

/** Every pack channel rejecting clearly (the pack library is not wired). */
export function unavailablePackLibraryService(): PackLibraryService {
  const fail = (): never => {
    throw new Error('the content-pack library is not running');
  };
  return {
    'packs:status': fail,
    'packs:import-zip': fail,
    'packs:choose-folder': fail,
    'packs:rollback': fail,
    'system:preflight': fail,
    'packs:choose-zip': fail,
  };
}
