/**
 * The booth on this machine, for its role: a kiosk watches its received packs folder and writes its
 * status; a laptop publishes and reads its kiosks' outboxes. The sync engine is started by
 * `startEngine` (the Syncthing half of the booth); without one, or when it fails, the machine runs as
 * a single kiosk and `view()` says why.
 */
import type { BoothPublishResult, BoothView } from '../../contract/booth.ts';
import type { DateRange, StatsCsvHeader } from '../../contract/ipc.ts';
import type { ActivePackManager } from '../pack/active-pack-manager.ts';
import type { ServiceLog } from '../services/service-checks.ts';
import type { AttractState } from './attract-state.ts';
import { createBoothReceiver, type BoothReceiver } from './apply-received-pack.ts';
import type { BoothEngine } from './booth-engine.ts';
import { boothPaths } from './booth-folders.ts';
import { readManifest } from './booth-manifest.ts';
import { boothPreflight } from './booth-preflight.ts';
import type { BoothRoleAndName, BoothSettings, BoothSettingsStore } from './booth-settings.ts';
import { readBoothTable } from './booth-table.ts';
import { openSettledVersions } from './settled-versions.ts';
import { startKioskStatus } from './kiosk-status.ts';
import { exportPooledCsv, poolStats } from './pooled-stats.ts';
import { publishToBooth } from './publish-to-booth.ts';
import type { KeyObject } from 'node:crypto';
import path from 'node:path';
import { listBoothLeads, readLaptopLeadKey, writeLaptopLeadKey } from './booth-leads.ts';

export interface BoothRuntimeDeps {
  dataDir: string;
  logFolder: string;
  packs: ActivePackManager;
  attract: AttractState;
  settings: BoothSettingsStore;
  /** Starts the sync engine for a laptop or a kiosk (Syncthing); absent: no engine in this build. */
  startEngine?: (settings: BoothSettings) => Promise<BoothEngine>;
  log: ServiceLog;
  /** How often a kiosk looks at its received folder (tests make it short). */
  receivePollMs?: number;
  statusIntervalMs?: number;
  /** Laptop: its leads' public key, put into the packs folder for the kiosks (null before its PIN was set). */
  leadPublicKey?: () => string | null;
  now?: () => Date;
}

export interface BoothRuntime {
  view(): Promise<BoothView>;
  setRole(settings: BoothRoleAndName): Promise<BoothView>;
  engine(): BoothEngine | null;
  currentRole(): BoothSettings['role'];
  /** Why there is no engine, when there is none. */
  engineProblem(): string;
  /** Laptop: publishes a validated pack folder. */
  publish(packDir: string, id: string, version: string): Promise<BoothPublishResult>;
  pooledStats(range: DateRange): ReturnType<typeof poolStats>;
  exportPooledCsv(range: DateRange, outFolder: string, header?: StatsCsvHeader): Promise<string[]>;
  /** Kiosk: the paired laptop's leads key from the received packs folder, or null. */
  laptopLeadKey(): Promise<string | null>;
  /** Laptop: the leads its kiosks sent that `privateKey` opens, with each kiosk's name. */
  boothLeads(privateKey: KeyObject): ReturnType<typeof listBoothLeads>;
  /** Kiosk: looks at the received folder now (tests, and the page returning to its attract loop). */
  checkReceived(): Promise<void>;
  close(): Promise<void>;
}

export async function openBoothRuntime(deps: BoothRuntimeDeps): Promise<BoothRuntime> {
  const paths = boothPaths(deps.dataDir);
  const now = deps.now ?? (() => new Date());
  const startedAt = now().getTime();
  let engine: BoothEngine | null = null;
  let engineProblem = 'this machine is a single kiosk (no booth role)';
  let receiver: BoothReceiver | null = null;
  let stops: Array<() => void> = [];
  let publishing: Promise<unknown> = Promise.resolve();

  async function stop(): Promise<void> {
    for (const s of stops) s();
    stops = [];
    receiver = null;
    const running = engine;
    engine = null;
    await running?.stop().catch((error: unknown) => deps.log.warn('[booth] stopping the sync engine failed:', error));
  }

  async function start(settings: BoothSettings): Promise<void> {
    await stop();
    if (settings.role === 'none') {
      engineProblem = 'this machine is a single kiosk (no booth role)';
      return;
    }
    if (!deps.startEngine) engineProblem = 'the sync engine (Syncthing) is not part of this build';
    else {
      try {
        engine = await deps.startEngine(settings);
        const state = engine.state();
        if (!state.running) engineProblem = state.reason;
      } catch (error) {
        engineProblem = `the sync engine did not start: ${(error as Error).message}`;
        deps.log.warn(`[booth] ${engineProblem}; running as a single kiosk`);
      }
    }
    if (settings.role === 'laptop') await writeLeadKey();
    if (settings.role !== 'kiosk') return;
    const noEngine = {
      folderState: async () => ({
        folder: 'packs' as const,
        completion: 0,
        state: 'stopped',
        complete: false,
        error: engineProblem,
      }),
    };
    const current = createBoothReceiver({
      packsDir: paths.packs,
      engine: engine ?? noEngine,
      packs: deps.packs,
      preflight: () => boothPreflight(deps.packs, deps.dataDir),
      onAttract: () => deps.attract.onAttract(),
      settled: await openSettledVersions(paths.settledFile, deps.log),
      log: deps.log,
    });
    receiver = current;
    stops.push(current.start(deps.receivePollMs));
    stops.push(deps.attract.onEnterAttract(() => void current.check()));
    stops.push(
      startKioskStatus(
        {
          outbox: paths.outbox,
          name: () => deps.settings.get().name,
          deviceId: () => deviceIdOf(engine),
          pack: () => deps.packs.status().active,
          pending: () => current.pending(),
          startedAt,
          lastVisitAt: () => deps.attract.lastVisitAt(),
          logFolder: deps.logFolder,
          dataDir: deps.dataDir,
          now,
        },
        deps.log,
        deps.statusIntervalMs,
      ),
    );
  }

  const kiosksRoot = path.dirname(paths.kioskOutbox('x'));
  const writeLeadKey = () =>
    writeLaptopLeadKey(paths.packs, deps.leadPublicKey?.() ?? null).catch((error: unknown) =>
      deps.log.warn('[booth] writing the leads key for the kiosks failed:', error),
    );
  const table = async () =>
    readBoothTable({ kiosksRoot, peers: engine ? await engine.peers().catch(() => []) : [], now: now() });

  const runtime: BoothRuntime = {
    async view() {
      const settings = deps.settings.get();
      const state = engine?.state();
      const manifest = settings.role === 'laptop' ? await readManifest(paths.packs) : null;
      const published = manifest?.ok && manifest.manifest ? manifest.manifest : null;
      return {
        role: settings.role,
        name: settings.name,
        settingsProblem: deps.settings.problem,
        engine: state ?? { running: false, reason: engineProblem },
        pending: settings.role === 'kiosk' ? (receiver?.pending() ?? { state: 'none' }) : null,
        kiosks: settings.role === 'laptop' ? await table() : [],
        published: published && { id: published.id, version: published.version, publishedAt: published.publishedAt },
      };
    },
    async setRole(settings) {
      const saved = await deps.settings.set(settings);
      deps.log.info(`[booth] role ${saved.role}, name "${saved.name}"`);
      await start(saved);
      return runtime.view();
    },
    engine: () => engine,
    currentRole: () => deps.settings.get().role,
    engineProblem: () => engineProblem,
    publish(packDir, id, version) {
      const run = publishing.then(async () => {
        const manifest = await publishToBooth({ packsDir: paths.packs, packDir, id, version });
        await writeLeadKey(); // the PIN may have been set since the role was
        deps.log.info(`[booth] published pack "${id}" ${version} to the booth`);
        return { id: manifest.id, version: manifest.version, publishedAt: manifest.publishedAt };
      });
      publishing = run.catch(() => undefined);
      return run;
    },
    async pooledStats(range) {
      return poolStats(await table(), paths.kioskOutbox, range);
    },
    async exportPooledCsv(range, outFolder, header) {
      return exportPooledCsv(await runtime.pooledStats(range), outFolder, header);
    },
    async laptopLeadKey() {
      return deps.settings.get().role === 'kiosk' ? readLaptopLeadKey(paths.packs) : null;
    },
    async boothLeads(privateKey) {
      if (deps.settings.get().role !== 'laptop') return { leads: [], unreadable: 0 };
      const rows = await table();
      return listBoothLeads(
        rows.map((row) => ({ name: row.name, outbox: paths.kioskOutbox(row.deviceId) })),
        privateKey,
      );
    },
    async checkReceived() {
      await receiver?.check();
    },
    close: stop,
  };
  await start(deps.settings.get());
  return runtime;
}

function deviceIdOf(engine: BoothEngine | null): string {
  const state = engine?.state();
  return state?.running ? state.deviceId : '';
}
