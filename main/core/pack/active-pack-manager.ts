/**
 * The pack on screen, as one mutable holder that the content server reads on every request
 * (`getPack`), and every way to change it: a zip staff import, a folder they choose, a rollback, or
 * an edit of the active folder on a staff machine (`watch`). A change is always validated first and
 * then swapped in with one assignment, so a request sees the old pack or the new one, never half of
 * each; changes run one at a time (a queue), so two imports cannot interleave.
 *
 * Where the pack comes from:
 *   - an override (`--pack`, `KIOSK_PACK_DIR`): shown as is; import and rollback are refused;
 *   - else the library in `<data>/packs` (`PackLibrary`, `active.json`) when staff imported one,
 *     falling back to the last good pack, then to the embedded default, and saying why.
 *
 * Imported folders are copied into the library (see `importFolder`), so a USB stick edited or
 * pulled out later changes nothing on screen.
 */
import { randomUUID } from 'node:crypto';
import { cp, lstat, mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { PackImportProgress, PackImportResult, PackStatus } from '../../contract/ipc.ts';
import type { ActivePack } from '../server/content-server.ts';
import { importPackZip } from './import-pack-zip.ts';
import { loadPack, type PackLoadResult } from './load-pack.ts';
import { formatIssue, type PackIssue } from './pack-issue.ts';
import { PackLibrary } from './pack-library.ts';
import { plainFileBytes } from './plain-file-bytes.ts';
import { watchPackDir, type PackWatcher, type WatchPackOptions } from './watch-pack-dir.ts';
import { copyLimited, MAX_ZIP_BYTES, openZipFile, ZipTooLarge } from './zip-source.ts';

/** Receives every step of an import: its phase and, where it has one, its byte count. */
export type ImportProgress = (progress: PackImportProgress) => void;

type Loaded = Extract<PackLoadResult, { ok: true }>;
type Source = PackStatus['source'];

/** Notes of `PackLibrary.loadActive` that describe a fresh install, not a fallback. */
const FRESH_INSTALL_NOTES = ['no pack has been activated', 'showing the embedded default pack'];

/** A folder copied into the library may not be larger than this (the zip import's limit). */
export const MAX_FOLDER_BYTES = MAX_ZIP_BYTES;

export interface ActivePackManagerOptions {
  /** The library, e.g. `<userData>/packs`. */
  root: string;
  /** The pack shipped with the app (resources/packs/xuzhou, assets/packs/xuzhou, or the portable `pack`). */
  embeddedDir: string;
  /** `--pack` / `KIOSK_PACK_DIR`: this folder wins, and import and rollback are refused. */
  overrideDir?: string;
  /** The loader; a parameter so tests can feed any outcome. */
  load?: (dir: string) => Promise<PackLoadResult>;
  /** The largest zip an import takes (default `MAX_ZIP_BYTES`). */
  maxZipBytes?: number;
  log?: Pick<Console, 'info' | 'warn' | 'error'>;
}

/** Everything about the pack on screen; replaced as a whole, never edited in place. */
interface Current {
  active: ActivePack | undefined;
  source: Source;
  fallbackReason: string | null;
  warnings: PackIssue[];
  errors: PackIssue[];
}

export type PackChange = { id: string; version: string };

/** Thrown for import or rollback while an override is in force, or rollback without an earlier pack. */
export class PackSwitchRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackSwitchRefused';
  }
}

/** Thrown by an `importStaged` writer to refuse the pack with a message for staff. */
export class StagingRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StagingRefused';
  }
}

const OVERRIDE_REFUSAL = 'the pack is fixed by --pack or KIOSK_PACK_DIR; start the kiosk without it to import packs';

export class ActivePackManager {
  readonly root: string;
  readonly embeddedDir: string;
  readonly overrideDir: string | undefined;
  private readonly load: (dir: string) => Promise<PackLoadResult>;
  private readonly maxZipBytes: number;
  private importing: PackImportProgress | null = null;
  private readonly log: Pick<Console, 'info' | 'warn' | 'error'>;
  private readonly library: PackLibrary;
  private current: Current = { active: undefined, source: 'embedded', fallbackReason: null, warnings: [], errors: [] };
  private lastGood: PackChange | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(change: PackChange) => void>();
  private watcher: PackWatcher | undefined;
  private watchOptions: WatchPackOptions | undefined;

  private constructor(options: ActivePackManagerOptions) {
    this.root = path.resolve(options.root);
    this.embeddedDir = path.resolve(options.embeddedDir);
    this.overrideDir = options.overrideDir === undefined ? undefined : path.resolve(options.overrideDir);
    this.load = options.load ?? loadPack;
    this.maxZipBytes = options.maxZipBytes ?? MAX_ZIP_BYTES;
    this.log = options.log ?? console;
    this.library = new PackLibrary({ root: this.root, defaultDir: this.embeddedDir, load: this.load });
  }

  /** Loads the pack to show at start-up. Never rejects for bad content: `getPackErrors` says what is wrong. */
  static async open(options: ActivePackManagerOptions): Promise<ActivePackManager> {
    const manager = new ActivePackManager(options);
    await manager.serial(() => manager.loadInitial());
    return manager;
  }

  /** The pack on screen (the content server's `getPack`). */
  getPack(): ActivePack | undefined {
    return this.current.active;
  }

  /** Why nothing is on screen (the content server's `getPackErrors`). */
  getPackErrors(): PackIssue[] {
    return this.current.errors;
  }

  /** Whether import and rollback are possible (no override). */
  get switchable(): boolean {
    return this.overrideDir === undefined;
  }

  /** `packs:status`. */
  status(): PackStatus {
    const { active, source, fallbackReason, warnings, errors } = this.current;
    return {
      active: active
        ? {
            id: active.pack.pack.id,
            version: active.pack.pack.version,
            title: { ...active.pack.pack.title },
            dir: active.dir,
          }
        : null,
      source,
      fallbackReason,
      warnings: warnings.map(formatIssue),
      errors: errors.map(formatIssue),
      lastGood: this.switchable ? this.lastGood : null,
      import: this.importing && { ...this.importing },
    };
  }

  /** Calls `listener` after every switch; returns the unsubscribe. */
  onChange(listener: (change: PackChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Validates the active pack's folder again now (the pre-fair check). */
  async check(): Promise<{ ok: boolean; errors: string[]; warnings: string[] }> {
    const active = this.current.active;
    if (!active) return { ok: false, errors: this.current.errors.map(formatIssue), warnings: [] };
    const result = await this.load(active.dir);
    return {
      ok: result.ok,
      errors: result.ok ? [] : result.errors.map(formatIssue),
      warnings: result.warnings.map(formatIssue),
    };
  }

  /** Imports a zip given as bytes (small zips: tools and tests); see `importZipStream`. */
  importZip(bytes: Uint8Array, onProgress?: ImportProgress): Promise<PackImportResult> {
    return this.importZipStream(Readable.from([bytes]), bytes.byteLength, onProgress);
  }

  /**
   * Imports the zip file at `zipPath` (a path staff chose in main's dialog): checked first (see
   * `openZipFile`: a plain .zip file within the limit, not a link), then read by streaming.
   */
  async importZipFile(zipPath: string, onProgress?: ImportProgress): Promise<PackImportResult> {
    if (!this.switchable) return refused([OVERRIDE_REFUSAL]);
    const opened = await openZipFile(zipPath, this.maxZipBytes);
    if (!opened.ok) return refused([opened.reason]);
    try {
      return await this.importZipStream(opened.handle.createReadStream(), opened.size, onProgress);
    } finally {
      await opened.handle.close(); // the stream closes it when read to the end; not if the import failed before
    }
  }

  /**
   * Imports a zip arriving as a stream (a chosen file, an upload) into the library and, if it
   * validates, switches to it. Phases, each reported to `onProgress` and in `status().import`: copy
   * (streamed into the packs folder, the limit enforced as bytes arrive; `expectedBytes` is the total
   * shown), extract, validate, switch. Never holds the zip in memory.
   */
  async importZipStream(
    source: Readable | ReadableStream<Uint8Array>,
    expectedBytes: number | null,
    onProgress?: ImportProgress,
  ): Promise<PackImportResult> {
    if (!this.switchable) return refused([OVERRIDE_REFUSAL]);
    return this.serial(async () => {
      const report = (phase: PackImportProgress['phase'], bytesDone = 0, bytesTotal = 0) => {
        this.importing = { phase, bytesDone, bytesTotal };
        onProgress?.(this.importing);
      };
      await mkdir(this.root, { recursive: true });
      const zipPath = path.join(this.root, `.incoming-${randomUUID()}.zip`);
      try {
        const total = expectedBytes ?? 0;
        report('copy', 0, total);
        try {
          await copyLimited(source, zipPath, this.maxZipBytes, (done) => report('copy', done, Math.max(total, done)));
        } catch (error) {
          if (error instanceof ZipTooLarge) return refused([error.message]);
          throw error;
        }
        const imported = await importPackZip(zipPath, this.root, {
          onProgress: (done, all) => report('extract', done, all),
          onValidate: () => report('validate'),
        });
        if (!imported.ok) return refused(imported.errors.map(formatIssue), imported.warnings.map(formatIssue));
        report('switch');
        return await this.adopt(imported.dir);
      } finally {
        this.importing = null;
        await rm(zipPath, { force: true });
      }
    });
  }

  /**
   * Copies the pack folder `source` into the library and, if the copy validates, switches to it.
   * Copied rather than referenced: the kiosk must not change (or lose its pack) when the USB stick
   * is edited or pulled out. Only plain files and folders are copied; symbolic links are skipped.
   */
  async importFolder(source: string): Promise<PackImportResult> {
    if (!this.switchable) return refused([OVERRIDE_REFUSAL]);
    const from = path.resolve(source);
    const checked = await this.load(from);
    if (!checked.ok) return refused(checked.errors.map(formatIssue), checked.warnings.map(formatIssue));
    return this.importStaged(async (staging) => {
      const size = await plainFileBytes(from);
      if (size > MAX_FOLDER_BYTES)
        throw new StagingRefused(`the folder holds ${size} bytes; the limit is ${MAX_FOLDER_BYTES}`);
      await cp(from, staging, {
        recursive: true,
        errorOnExist: true,
        filter: async (file) => {
          const info = await lstat(file);
          return info.isDirectory() || info.isFile();
        },
      });
    });
  }

  /**
   * Switches to a pack folder that `write` writes into a staging folder inside the library (a
   * copied folder, the studio's publish): validated there, renamed to its final name, then adopted
   * as an import is. A kill at any point leaves the pack on screen as it was, or the new one whole.
   * `write` may throw StagingRefused to refuse with its message. `onStep` follows the steps (tests).
   */
  async importStaged(
    write: (staging: string) => Promise<void>,
    onStep?: (step: 'written' | 'renamed') => Promise<void> | void,
  ): Promise<PackImportResult> {
    if (!this.switchable) return refused([OVERRIDE_REFUSAL]);
    return this.serial(async () => {
      await mkdir(this.root, { recursive: true });
      const staging = path.join(this.root, `.staging-copy-${randomUUID()}`);
      try {
        try {
          await write(staging);
        } catch (error) {
          if (error instanceof StagingRefused) return refused([error.message]);
          throw error;
        }
        await onStep?.('written');
        const copy = await this.load(staging);
        if (!copy.ok) return refused(copy.errors.map(formatIssue), copy.warnings.map(formatIssue));
        const final = path.join(this.root, packFolderName(copy.pack.pack.id, copy.pack.pack.version));
        await rename(staging, final);
        await onStep?.('renamed');
        try {
          return await this.adopt(final);
        } catch (error) {
          // Not switched (e.g. a full disk while writing active.json): the copy would only take room.
          const { active } = await this.library.readState().catch(() => ({ active: null }));
          if (active === null || path.resolve(this.root, active) !== final) {
            await rm(final, { recursive: true, force: true }).catch(() => undefined);
          }
          throw error;
        }
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    });
  }

  /** Back to the last good pack. */
  async rollback(): Promise<PackStatus> {
    if (!this.switchable) throw new PackSwitchRefused(OVERRIDE_REFUSAL);
    return this.serial(async () => {
      const result = await this.library.rollback();
      if (!result.ok) throw new PackSwitchRefused(result.errors.map(formatIssue).join('; '));
      await this.swap(result.result, this.sourceOf(result.result.dir));
      this.log.info(`[kiosk] rolled back to pack "${result.result.pack.pack.id}" ${result.result.pack.pack.version}`);
      return this.status();
    });
  }

  /**
   * Follows edits of the active pack's folder (a staff machine): a settled change that still
   * validates is swapped in and announced; a broken one is logged and the screen keeps the old pack.
   * Follows the active folder across switches. Returns the stop function.
   */
  watch(options: WatchPackOptions = {}): () => void {
    this.watchOptions = options;
    this.rewatch();
    return () => this.stopWatching();
  }

  /** Stops watching. */
  close(): void {
    this.stopWatching();
  }

  private stopWatching(): void {
    this.watchOptions = undefined;
    this.watcher?.close();
    this.watcher = undefined;
  }

  private rewatch(): void {
    this.watcher?.close();
    this.watcher = undefined;
    const options = this.watchOptions;
    const dir = this.current.active?.dir;
    if (!options || dir === undefined) return;
    this.watcher = watchPackDir(
      dir,
      (result) => {
        void this.serial(async () => {
          // The folder is no longer on screen (an import came first): nothing to reload.
          if (this.current.active?.dir !== dir) return;
          this.log.info(`[kiosk] pack folder ${dir} changed and still validates: reloading`);
          await this.swap(result, this.current.source, this.current.fallbackReason);
        });
      },
      {
        load: this.load,
        ...options,
        onInvalidChange: (result) => {
          this.log.warn(
            `[kiosk] pack folder ${dir} changed but does not validate; keeping the pack on screen: ${result.errors.map(formatIssue).join('; ')}`,
          );
          options.onInvalidChange?.(result);
        },
      },
    );
  }

  /** Runs `task` after every earlier one (whatever they ended in). */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async loadInitial(): Promise<void> {
    await this.sweepLeftovers();
    if (this.overrideDir !== undefined) {
      const result = await this.load(this.overrideDir);
      this.current = result.ok
        ? { active: activeOf(result), source: 'override', fallbackReason: null, warnings: result.warnings, errors: [] }
        : {
            active: undefined,
            source: 'override',
            fallbackReason: null,
            warnings: result.warnings,
            errors: result.errors,
          };
      return;
    }
    const loaded = await this.library.loadActive();
    const real = loaded.notes.filter((note) => !FRESH_INSTALL_NOTES.includes(note));
    const fallbackReason = loaded.used === 'active' || real.length === 0 ? null : loaded.notes.join('; ');
    if (fallbackReason) this.log.warn(`[kiosk] pack fallback: ${fallbackReason}`);
    if (loaded.ok) {
      this.current = {
        active: activeOf(loaded.result),
        source: this.sourceOf(loaded.result.dir),
        fallbackReason,
        warnings: loaded.result.warnings,
        errors: [],
      };
    } else {
      this.current = { active: undefined, source: 'embedded', fallbackReason, warnings: [], errors: loaded.errors };
    }
    await this.refreshLastGood();
  }

  /**
   * Removes what an import or publish killed half-way left in the library: its hidden staging
   * folders and incoming zips, which nothing reads (the kiosk shows only what active.json names).
   */
  private async sweepLeftovers(): Promise<void> {
    if (!this.switchable) return;
    const names = await readdir(this.root).catch(() => [] as string[]);
    for (const name of names) {
      if (!name.startsWith('.staging-') && !name.startsWith('.incoming-')) continue;
      await rm(path.join(this.root, name), { recursive: true, force: true }).catch(() => undefined);
      this.log.info(`[kiosk] removed ${name}, left in the pack library by an import that did not finish`);
    }
  }

  /** Makes the validated library folder `dir` the active pack. */
  private async adopt(dir: string): Promise<PackImportResult> {
    // Record the pack on screen first when active.json does not name it (the first import, or a
    // fallback to the embedded or last good pack), so that rollback comes back to what was shown.
    const before = await this.library.readState();
    const shown = this.current.active;
    const recorded = before.active === null ? null : path.resolve(this.root, before.active);
    if (shown && recorded !== path.resolve(shown.dir)) await this.library.activate(shown.dir);
    const activated = await this.library.activate(dir);
    if (!activated.ok) {
      await rm(dir, { recursive: true, force: true });
      return refused(activated.errors.map(formatIssue));
    }
    await this.swap(activated.result, 'library');
    const { id, version } = activated.result.pack.pack;
    this.log.info(`[kiosk] switched to pack "${id}" ${version} (${dir})`);
    return { status: 'imported', pack: { id, version }, warnings: activated.result.warnings.map(formatIssue) };
  }

  /** The one assignment that changes what is on screen, then the announcements. */
  private async swap(result: Loaded, source: Source, fallbackReason: string | null = null): Promise<void> {
    this.current = { active: activeOf(result), source, fallbackReason, warnings: result.warnings, errors: [] };
    await this.refreshLastGood();
    if (this.watchOptions) this.rewatch();
    const change = { id: result.pack.pack.id, version: result.pack.pack.version };
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        this.log.error('[kiosk] a pack-change listener failed:', error);
      }
    }
  }

  private async refreshLastGood(): Promise<void> {
    if (!this.switchable) return;
    const { lastGood } = await this.library.readState();
    if (lastGood === null) {
      this.lastGood = null;
      return;
    }
    const result = await this.load(path.resolve(this.root, lastGood));
    this.lastGood = result.ok ? { id: result.pack.pack.id, version: result.pack.pack.version } : null;
  }

  private sourceOf(dir: string): Source {
    return path.resolve(dir) === this.embeddedDir ? 'embedded' : 'library';
  }
}

function activeOf(result: Loaded): ActivePack {
  return { pack: result.pack, dir: result.dir };
}

function refused(errors: string[], warnings: string[] = []): PackImportResult {
  return { status: 'refused', errors, warnings };
}

/** `<id>-<version>-<time>`, as the zip import names its folders. */
function packFolderName(id: string, version: string): string {
  return `${id}-${version}-${new Date().toISOString().replace(/[-:.]/g, '')}`;
}
