/**
 * The BoothEngine on a local Syncthing: reads the booth settings, runs Syncthing when the role is not
 * `none`, and keeps Syncthing's devices and folders exactly what the settings say (reconcile), at
 * every start and every pairing change. Anything offered by a device we did not pair with is dismissed
 * as soon as Syncthing reports it.
 */
import { mkdir } from 'node:fs/promises';
import type { BoothEngine, BoothEngineState, BoothFolderState, BoothPeer, BoothRole } from '../booth-engine.ts';
import { boothPaths, outboxFolderId, PACKS_FOLDER_ID, type BoothFolderId } from '../booth-folders.ts';
import { readBoothSettings, StaticAddress, writeBoothSettings, type BoothSettings } from '../booth-settings.ts';
import { desiredConfig, isBoothFolderId, privateNetworkOptions, type FolderTuning } from './booth-config.ts';
import { canonicalDeviceId } from './device-id.ts';
import { SyncthingHttpError, type SyncthingClient } from './syncthing-client.ts';
import { DEFAULT_LISTEN_ADDRESSES, SyncthingProcess, type SyncthingProcessOptions } from './syncthing-process.ts';

export interface BoothEngineOptions {
  /** The kiosk's data folder (Electron's userData); the booth lives in `<data>/booth`. */
  dataDir: string;
  /** Electron's `process.resourcesPath` when packaged: the installers bundle `syncthing/` there. */
  resourcesPath?: string;
  env?: Readonly<Record<string, string | undefined>>;
  /** Where peers connect to this machine (default: port 22000 on every interface, TCP and QUIC). */
  listenAddresses?: string[];
  localDiscovery?: boolean;
  guiPort?: number;
  tuning?: FolderTuning;
  log?: (line: string) => void;
  /** Passed to the process (tests shorten the restart delay). */
  process?: Pick<SyncthingProcessOptions, 'restartDelayMs' | 'maxRestartDelayMs' | 'startTimeoutMs'>;
}

/** The engine, plus what the admin panel and the Electron glue need beyond the shared interface. */
export interface SyncthingBoothEngine extends BoothEngine {
  /** Reads the settings and starts Syncthing unless the role is `none`. Never rejects. */
  start(): Promise<void>;
  settings(): BoothSettings;
  /** Sets the role and name (starting or stopping Syncthing as needed); pairings are kept. */
  setRole(role: BoothRole, name?: string): Promise<void>;
  /** Pairs, with static addresses (`tcp://host:port`) for networks that block broadcast. */
  pair(deviceId: string, name?: string, addresses?: string[]): Promise<void>;
  /** The API client while Syncthing runs (tests, diagnostics). */
  client(): SyncthingClient | undefined;
  /** Syncthing's pid (tests kill it to simulate a crash). */
  pid(): number | undefined;
}

/** Events after which pending offers are swept (the older names are those of Syncthing < 1.13). */
const PENDING_EVENTS = ['PendingDevicesChanged', 'PendingFoldersChanged', 'DeviceRejected', 'FolderRejected'];

export function createBoothEngine(options: BoothEngineOptions): SyncthingBoothEngine {
  const paths = boothPaths(options.dataDir);
  const log = options.log ?? ((line: string) => console.info(line));
  let settings: BoothSettings = { role: 'none', name: '', peers: [] };
  let settingsProblem: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let watcher: AbortController | undefined;
  /** The Syncthing being started or running, once its API answers (a restart replaces it). */
  let live: { client: SyncthingClient; myId: string } | undefined;

  const syncthing = new SyncthingProcess({
    home: paths.syncthingHome,
    env: options.env ?? globalThis.process.env,
    resourcesPath: options.resourcesPath,
    listenAddresses: options.listenAddresses ?? DEFAULT_LISTEN_ADDRESSES,
    localDiscovery: options.localDiscovery,
    guiPort: options.guiPort,
    log,
    ...options.process,
    onRunning: async (client, myId) => {
      live = { client, myId };
      await client.patchOptions(
        privateNetworkOptions(options.listenAddresses ?? DEFAULT_LISTEN_ADDRESSES, options.localDiscovery ?? true),
      );
      // In the queue: a pairing made while Syncthing was starting is applied after this, not lost.
      await serial(() => reconcile(client, myId));
      startWatching(client);
    },
  });

  /** One change at a time, in call order (pairing while a start reconciles must not interleave). */
  function serial<T>(step: () => Promise<T>): Promise<T> {
    const run = queue.then(step);
    queue = run.catch(() => {});
    return run;
  }

  async function reconcile(client: SyncthingClient, myId: string): Promise<void> {
    const want = desiredConfig(settings, myId, options.dataDir, options.tuning);
    const current = await client.config();
    const wantedFolders = new Set(want.folders.map((f) => f.id));
    const wantedDevices = new Set(want.devices.map((d) => d.deviceID));
    // Folders first: a device cannot be removed while a folder is still shared with it.
    for (const folder of current.folders) {
      if (!wantedFolders.has(folder.id)) await client.deleteFolder(folder.id);
    }
    for (const device of current.devices) {
      if (device.deviceID !== myId && !wantedDevices.has(device.deviceID)) await client.deleteDevice(device.deviceID);
    }
    for (const device of want.devices) await client.putDevice(device);
    // What the other machines see this one called (their own pairing name aside).
    if (settings.name) await client.patchDevice(myId, { name: settings.name });
    for (const folder of want.folders) {
      await mkdir(folder.path, { recursive: true });
      await client.putFolder(folder);
    }
    await dismissStrangers(client);
    const unexpected = current.folders.filter((f) => !isBoothFolderId(f.id)).map((f) => f.id);
    if (unexpected.length > 0) log(`[booth] removed folders that are not the booth's: ${unexpected.join(', ')}`);
  }

  /** Every pending offer is a stranger's: the booth configures its own peers' folders itself. */
  async function dismissStrangers(client: SyncthingClient): Promise<void> {
    const devices = await client.pendingDevices();
    for (const deviceId of Object.keys(devices)) {
      log(`[booth] refused unknown device ${deviceId} (${devices[deviceId]?.address ?? ''})`);
      await client.dismissPendingDevice(deviceId);
    }
    const folders = await client.pendingFolders();
    for (const [folderId, offer] of Object.entries(folders)) {
      for (const deviceId of Object.keys(offer.offeredBy)) {
        log(`[booth] refused folder ${folderId} offered by ${deviceId}`);
        await client.dismissPendingFolder(folderId, deviceId);
      }
    }
  }

  function startWatching(client: SyncthingClient): void {
    watcher?.abort();
    const controller = new AbortController();
    watcher = controller;
    void (async () => {
      let since = 0;
      while (!controller.signal.aborted) {
        try {
          const events = await client.events({ since, timeoutS: 30, types: PENDING_EVENTS, signal: controller.signal });
          if (events.length > 0) {
            since = events[events.length - 1]!.id;
            await serial(() => dismissStrangers(client));
          }
        } catch {
          if (controller.signal.aborted || syncthing.client() !== client) return;
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      }
    })();
  }

  async function saveAndApply(next: BoothSettings): Promise<void> {
    await writeBoothSettings(paths.settingsFile, next);
    settings = next;
    if (!live) return;
    try {
      await reconcile(live.client, live.myId);
    } catch (error) {
      // Saved: the next start of Syncthing applies it (a restart reconciles from the settings).
      log(`[booth] settings saved, not yet applied: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function stopSyncthing(): Promise<void> {
    watcher?.abort();
    watcher = undefined;
    live = undefined;
    await syncthing.stop();
  }

  function folderIdOf(folder: BoothFolderId): string {
    return folder === 'packs' ? PACKS_FOLDER_ID : outboxFolderId(folder.slice('outbox-'.length));
  }

  const engine: SyncthingBoothEngine = {
    async start() {
      await serial(async () => {
        const read = await readBoothSettings(paths.settingsFile);
        settings = read.settings;
        settingsProblem = read.problem;
        if (read.problem) log(`[booth] ${read.problem}`);
      });
      if (settings.role !== 'none') await syncthing.start();
    },

    state(): BoothEngineState {
      const state = syncthing.state();
      if (state.phase === 'running') return { running: true, deviceId: state.deviceId };
      if (settings.role === 'none') {
        return { running: false, reason: settingsProblem ?? 'This machine is not part of a booth (role: none).' };
      }
      return { running: false, reason: state.reason };
    },

    settings: () => settings,

    client: () => syncthing.client(),

    pid: () => syncthing.pid(),

    async setRole(role, name) {
      await serial(() => saveAndApply({ ...settings, role, name: name ?? settings.name }));
      if (role === 'none') await stopSyncthing();
      else await syncthing.start();
    },

    async pair(deviceId, name = '', addresses = []) {
      const id = canonicalDeviceId(deviceId);
      const badAddress = addresses.find((address) => !StaticAddress.safeParse(address).success);
      if (badAddress !== undefined) {
        throw new Error(`"${badAddress}" is not an address: expected tcp://host:port, e.g. tcp://192.168.8.21:22000.`);
      }
      await serial(async () => {
        if (live?.myId === id) {
          throw new Error('That is this machine’s own device ID: enter the ID shown on the other machine.');
        }
        const peer = { deviceId: id, name, addresses };
        const peers =
          settings.role === 'kiosk'
            ? [peer]
            : [...settings.peers.filter((p) => canonicalOrSelf(p.deviceId) !== id), peer];
        await saveAndApply({ ...settings, peers });
      });
    },

    async unpair(deviceId) {
      const id = canonicalDeviceId(deviceId);
      await serial(() =>
        saveAndApply({ ...settings, peers: settings.peers.filter((p) => canonicalOrSelf(p.deviceId) !== id) }),
      );
    },

    async peers(): Promise<BoothPeer[]> {
      const client = syncthing.client();
      const [connections, stats] = client
        ? await Promise.all([client.connections().catch(() => undefined), client.deviceStats().catch(() => undefined)])
        : [undefined, undefined];
      return settings.peers.map((peer) => {
        const id = canonicalOrSelf(peer.deviceId);
        const lastSeen = stats?.[id]?.lastSeen;
        return {
          deviceId: id,
          name: peer.name,
          connected: connections?.connections[id]?.connected ?? false,
          // Syncthing says 1970 for "never".
          ...(lastSeen && !lastSeen.startsWith('1970') ? { lastSeen } : {}),
        };
      });
    },

    /**
     * Complete: Syncthing's completion is 100 % (it counts whole files only), nothing is needed, and
     * the folder is idle. It is relative to the index last received from the peer: a kiosk that has
     * never heard from its laptop is "complete" with an empty folder (and has nothing to apply).
     */
    async folderState(folder): Promise<BoothFolderState> {
      const client = syncthing.client();
      if (!client) {
        const state = engine.state();
        return {
          folder,
          completion: 0,
          state: 'stopped',
          complete: false,
          ...(state.running ? {} : { error: state.reason }),
        };
      }
      const id = folderIdOf(folder);
      try {
        const [completion, status, pull] = await Promise.all([
          client.completion(id),
          client.folderStatus(id),
          client.folderErrors(id).catch(() => null),
        ]);
        const failed = pull?.errors?.[0];
        const more = (pull?.errors?.length ?? 0) > 1 ? ` (and ${pull!.errors!.length - 1} more files)` : '';
        const error = status.error || (failed ? `${failed.path}: ${failed.error.trim()}${more}` : undefined);
        return {
          folder,
          completion: completion.completion,
          state: status.state,
          complete:
            completion.completion >= 100 &&
            completion.needItems === 0 &&
            completion.needDeletes === 0 &&
            status.state === 'idle' &&
            !error,
          ...(error ? { error } : {}),
        };
      } catch (error) {
        if (error instanceof SyncthingHttpError && error.status < 500) {
          return {
            folder,
            completion: 0,
            state: 'unknown',
            complete: false,
            error: 'This folder is not shared on this machine.',
          };
        }
        return { folder, completion: 0, state: 'unknown', complete: false, error: (error as Error).message };
      }
    },

    async stop() {
      await stopSyncthing();
    },
  };
  return engine;
}

function canonicalOrSelf(id: string): string {
  try {
    return canonicalDeviceId(id);
  } catch {
    return id;
  }
}
