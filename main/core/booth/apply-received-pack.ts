/**
 * Kiosk: applies the pack version the laptop published, safely. A version named by the received
 * `booth-packs.json` is applied only when Syncthing says the packs folder is complete, every listed
 * file is there with its size and sha256, it validates in staging as a zip import does, and the page
 * is on its attract loop. After the switch the pre-flight check runs; if it fails the kiosk rolls
 * back. A refused or rolled-back version is remembered and not tried again (no loop).
 */
import { copyFile, mkdir, statfs } from 'node:fs/promises';
import path from 'node:path';
import type { BoothPending } from '../../contract/booth.ts';
import { StagingRefused, type ActivePackManager } from '../pack/active-pack-manager.ts';
import { loadPack, type PackLoadResult } from '../pack/load-pack.ts';
import { formatIssue } from '../pack/pack-issue.ts';
import { diskEnough } from '../services/pack-library-service.ts';
import type { ServiceLog } from '../services/service-checks.ts';
import type { BoothEngine } from './booth-engine.ts';
import { manifestKey, readManifest, verifyFiles, type BoothManifest } from './booth-manifest.ts';
import { boundReasons, memorySettledVersions, type SettledVersions } from './settled-versions.ts';

/** How often the received folder is looked at. */
export const RECEIVE_POLL_MS = 5_000;
/**
 * A complete folder whose files differ from the manifest (damaged, or changed on this disk) is hashed
 * again at most this often, not at every look: hashing a large pack costs the visitor's CPU.
 */
export const MISMATCH_RECHECK_MS = 60_000;
/** A version the disk had no room for is tried again at most this often (a staging copy costs time and disk). */
export const NO_SPACE_RECHECK_MS = 60_000;

export interface BoothReceiverDeps {
  /** The kiosk's received packs folder (`boothPaths(data).packs`). */
  packsDir: string;
  engine: Pick<BoothEngine, 'folderState'>;
  packs: Pick<ActivePackManager, 'status' | 'importStaged' | 'rollback'>;
  /** The main-process pre-flight (`system:preflight`'s pack and disk checks): its problems, none when fine. */
  preflight: () => Promise<string[]>;
  onAttract: () => boolean;
  /** The versions refused or rolled back (kept across restarts by the runtime; in memory by default). */
  settled?: SettledVersions;
  load?: (dir: string) => Promise<PackLoadResult>;
  /** Free bytes on the data disk (default: statfs of the packs folder). */
  freeBytes?: () => Promise<number>;
  /** Copies one received file into staging (tests inject a full disk). */
  copy?: (from: string, to: string) => Promise<void>;
  log?: ServiceLog;
  now?: () => number;
}

export interface BoothReceiver {
  /** Looks at the received folder once, applying the version if every condition holds; answers the state. */
  check(): Promise<BoothPending>;
  /** The state the last check left. */
  pending(): BoothPending;
  /** Checks every `intervalMs` (and returns the stop function). */
  start(intervalMs?: number): () => void;
}

/** A received file set that differs from its manifest while Syncthing says it is complete. */
class ReceivedFilesDiffer extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

export function createBoothReceiver(deps: BoothReceiverDeps): BoothReceiver {
  const log = deps.log ?? console;
  const load = deps.load ?? loadPack;
  /** Versions refused or rolled back, by manifest key: their state is reported, never retried. */
  const settled = deps.settled ?? memorySettledVersions();
  /** Versions already verified and validated in place, so waiting for the attract loop does not rehash. */
  const validated = new Set<string>();
  let state: BoothPending = { state: 'none' };
  let running: Promise<BoothPending> | null = null;
  let mismatch: { key: string; at: number; result: BoothPending } | null = null;
  let noSpace: { key: string; at: number; result: BoothPending } | null = null;
  const now = deps.now ?? Date.now;
  const copy = deps.copy ?? copyFile;
  const freeBytes = deps.freeBytes ?? (async () => statfs(deps.packsDir).then((s) => s.bavail * s.bsize));

  const incomplete = (m: BoothManifest, reason: string): BoothPending => ({
    state: 'incomplete',
    id: m.id,
    version: m.version,
    reason,
  });

  async function once(): Promise<BoothPending> {
    const read = await readManifest(deps.packsDir);
    if (!read.ok) return { state: 'none' }; // torn or foreign manifest: Syncthing replaces it whole
    const manifest = read.manifest;
    if (!manifest) return { state: 'none' };
    const shown = deps.packs.status().active;
    if (shown && shown.id === manifest.id && shown.version === manifest.version) return { state: 'none' };
    const key = manifestKey(manifest);
    const known = settled.get(key);
    if (known) return known;
    if (noSpace?.key === key && now() - noSpace.at < NO_SPACE_RECHECK_MS) return noSpace.result;

    const folder = await deps.engine.folderState('packs');
    if (!folder.complete) {
      const why = folder.error ?? `receiving (${Math.floor(folder.completion)}%, ${folder.state})`;
      return incomplete(manifest, why);
    }
    const versionDir = path.join(deps.packsDir, manifest.folder);
    if (!validated.has(key)) {
      if (mismatch?.key === key && now() - mismatch.at < MISMATCH_RECHECK_MS) return mismatch.result;
      const problems = await verifyFiles(versionDir, manifest.files);
      if (problems.length > 0) {
        const result = incomplete(manifest, problems.slice(0, 5).join('; '));
        mismatch = { key, at: now(), result };
        return result;
      }
      mismatch = null;
      const checked = await load(versionDir);
      if (!checked.ok) return refuse(key, manifest, 'refused', checked.errors.map(formatIssue));
      validated.add(key);
    }
    if (!deps.onAttract()) return { state: 'waiting-attract', id: manifest.id, version: manifest.version };
    noSpace = null;
    // The switch copies the pack into the library, and the pre-flight then wants its usual room: refuse
    // to start a copy that cannot end well, rather than fill the disk or roll back for good.
    const bytes = manifest.files.reduce((sum, file) => sum + file.size, 0);
    const free = await freeBytes();
    if (!diskEnough(free - bytes, bytes)) return outOfSpace(key, manifest, `only ${megabytes(free)} MB free`);
    return apply(key, manifest, versionDir);
  }

  async function refuse(
    key: string,
    manifest: BoothManifest,
    kind: 'refused' | 'rolled-back',
    reasons: string[],
  ): Promise<BoothPending> {
    log.warn(`[booth] pack "${manifest.id}" ${manifest.version} ${kind}: ${reasons.join('; ')}`);
    const result = { state: kind, id: manifest.id, version: manifest.version, reasons: boundReasons(reasons) };
    validated.delete(key);
    await settled.remember(key, result);
    return result;
  }

  async function apply(key: string, manifest: BoothManifest, versionDir: string): Promise<BoothPending> {
    let result;
    try {
      // Only the listed files are copied, and the copy is checked again: staging holds exactly what was published.
      result = await deps.packs.importStaged(async (staging) => {
        for (const file of manifest.files) {
          const target = path.join(staging, ...file.path.split('/'));
          await mkdir(path.dirname(target), { recursive: true });
          await copy(path.join(versionDir, ...file.path.split('/')), target);
        }
        const problems = await verifyFiles(staging, manifest.files);
        if (problems.length > 0) throw new ReceivedFilesDiffer(problems);
      });
    } catch (error) {
      if (isDiskFull(error)) {
        return outOfSpace(key, manifest, `the disk filled up while copying it (${(error as Error).message})`);
      }
      validated.delete(key);
      if (error instanceof ReceivedFilesDiffer) return incomplete(manifest, error.problems.slice(0, 5).join('; '));
      if (error instanceof StagingRefused) return refuse(key, manifest, 'refused', [error.message]);
      throw error;
    }
    if (result.status !== 'imported') {
      return refuse(key, manifest, 'refused', result.status === 'refused' ? result.errors : ['cancelled']);
    }
    log.info(`[booth] applied pack "${manifest.id}" ${manifest.version} from the booth`);
    const problems = await deps
      .preflight()
      .catch((error: unknown) => [`the pre-flight check failed: ${String(error)}`]);
    if (problems.length === 0) {
      validated.delete(key);
      return { state: 'none' };
    }
    const reasons = [...problems];
    try {
      await deps.packs.rollback();
    } catch (error) {
      reasons.push(`rolling back failed: ${(error as Error).message}`);
    }
    return refuse(key, manifest, 'rolled-back', reasons);
  }

  /** Not the pack's fault: reported, tried again once NO_SPACE_RECHECK_MS has passed, never remembered as refused. */
  function outOfSpace(key: string, manifest: BoothManifest, why: string): BoothPending {
    const reason = `not enough free space on the data disk to switch to it: ${why}`;
    const result: BoothPending = { state: 'no-space', id: manifest.id, version: manifest.version, reason };
    if (noSpace?.key !== key) log.warn(`[booth] pack "${manifest.id}" ${manifest.version}: ${reason}`);
    noSpace = { key, at: now(), result };
    return result;
  }

  const receiver: BoothReceiver = {
    check() {
      running ??= once()
        .then(
          (next) => (state = next),
          (error: unknown) => {
            log.error('[booth] looking at the received packs failed:', error);
            return state;
          },
        )
        .finally(() => {
          running = null;
        });
      return running;
    },
    pending: () => state,
    start(intervalMs = RECEIVE_POLL_MS) {
      void receiver.check();
      const timer = setInterval(() => void receiver.check(), intervalMs);
      timer.unref?.();
      return () => clearInterval(timer);
    },
  };
  return receiver;
}

function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

function megabytes(bytes: number): number {
  return Math.max(0, Math.floor(bytes / 1024 ** 2));
}
