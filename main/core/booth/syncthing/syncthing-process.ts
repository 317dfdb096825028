/**
 * The kiosk's own Syncthing process: started with its GUI/API on 127.0.0.1 only, restarted with a
 * growing delay when it exits, stopped cleanly on quit. Nothing here throws into the caller: a
 * missing binary or a failed start is a state with a reason, and the kiosk runs alone meanwhile.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../../storage/write-file-atomic.ts';
import { findSyncthingBinary, freeLoopbackPort, prepareSyncthingHome, type BinaryInputs } from './syncthing-home.ts';
import { SyncthingClient } from './syncthing-client.ts';

export type SyncthingProcessState =
  | { phase: 'stopped'; reason: string }
  | { phase: 'starting'; reason: string }
  | { phase: 'running'; deviceId: string }
  | { phase: 'failed'; reason: string };

export interface SyncthingProcessOptions extends BinaryInputs {
  home: string;
  /** Where peers connect to this machine. Default `tcp://0.0.0.0:22000` and `quic://0.0.0.0:22000`. */
  listenAddresses?: string[];
  /** LAN discovery (broadcast/multicast); tests on loopback turn it off. Default on. */
  localDiscovery?: boolean;
  /** The GUI/API port on 127.0.0.1; default: a free one at each start. */
  guiPort?: number;
  /** How long Syncthing may take to answer after it is spawned. Default 60 s. */
  startTimeoutMs?: number;
  /** First delay before a restart after an exit; it doubles up to `maxRestartDelayMs`. Default 1 s. */
  restartDelayMs?: number;
  maxRestartDelayMs?: number;
  /** Called after every (re)start once the API answers: the engine applies its config there. */
  onRunning?: (client: SyncthingClient, deviceId: string) => Promise<void>;
  log?: (line: string) => void;
}

export const DEFAULT_LISTEN_ADDRESSES = ['tcp://0.0.0.0:22000', 'quic://0.0.0.0:22000'];

/** Where the last GUI address is kept, so a Syncthing orphaned by a crashed kiosk can be shut down. */
const LAST_ADDRESS_FILE = 'kiosk-gui-address';

/** A run that lasted this long resets the restart delay: it was not a crash loop. */
const HEALTHY_RUN_MS = 60_000;

export class SyncthingProcess {
  private current: SyncthingProcessState = { phase: 'stopped', reason: 'not started' };
  private child: ChildProcess | undefined;
  private clientValue: SyncthingClient | undefined;
  private wanted = false;
  private restartDelay: number;
  private restartTimer: NodeJS.Timeout | undefined;
  private recentOutput: string[] = [];
  private readonly log: (line: string) => void;

  constructor(private readonly options: SyncthingProcessOptions) {
    this.restartDelay = options.restartDelayMs ?? 1000;
    this.log = options.log ?? (() => {});
  }

  state(): SyncthingProcessState {
    return this.current;
  }

  /** The API client while Syncthing runs. */
  client(): SyncthingClient | undefined {
    return this.current.phase === 'running' ? this.clientValue : undefined;
  }

  /** The child's pid (tests kill it to simulate a crash). */
  pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts and supervises Syncthing. Resolves once the first attempt has succeeded or failed. */
  async start(): Promise<void> {
    if (this.wanted) return;
    this.wanted = true;
    await this.launch();
  }

  /** Asks Syncthing to shut down, then terminates it if it does not; no restart follows. */
  async stop(): Promise<void> {
    this.wanted = false;
    clearTimeout(this.restartTimer);
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      // Asked through its API, Syncthing closes its database cleanly; one whose API is not up yet
      // (still starting) is terminated at once.
      const asked =
        (await this.clientValue?.shutdown().then(
          () => true,
          () => false,
        )) ?? false;
      if (!asked) child.kill('SIGTERM');
      if (!(await within(exited, asked ? 10_000 : 5_000))) {
        child.kill('SIGTERM');
        if (!(await within(exited, 5_000))) child.kill('SIGKILL');
        await within(exited, 5_000);
      }
    }
    this.child = undefined;
    this.current = { phase: 'stopped', reason: 'stopped' };
  }

  private async launch(): Promise<void> {
    const binary = findSyncthingBinary(this.options);
    if (binary.path === undefined) {
      this.current = {
        phase: 'failed',
        reason: `Syncthing was not found (looked at: ${binary.looked.join(', ')}); this kiosk runs on its own.`,
      };
      this.wanted = false;
      return;
    }
    this.current = { phase: 'starting', reason: 'Syncthing is starting' };
    try {
      const listenAddresses = this.options.listenAddresses ?? DEFAULT_LISTEN_ADDRESSES;
      const prepared = await prepareSyncthingHome(binary.path, this.options.home, {
        listenAddresses,
        localDiscovery: this.options.localDiscovery ?? true,
      });
      await this.shutDownOrphan(prepared.apiKey);
      const port = this.options.guiPort ?? (await freeLoopbackPort());
      const baseUrl = `http://127.0.0.1:${port}`;
      await writeFileAtomic(path.join(this.options.home, LAST_ADDRESS_FILE), baseUrl);
      // Stopped while preparing (the app quits during start-up): spawn nothing.
      if (!this.wanted) return;
      const client = new SyncthingClient({ baseUrl, apiKey: prepared.apiKey });
      this.clientValue = client;
      this.spawnChild(binary.path, baseUrl);
      const deviceId = await this.waitForApi(client);
      await this.options.onRunning?.(client, deviceId);
      if (!this.wanted) return;
      this.current = { phase: 'running', deviceId };
      this.log(`[booth] Syncthing runs (${binary.source}: ${binary.path}), API ${baseUrl}, device ${deviceId}`);
    } catch (error) {
      // Stopped meanwhile: stop() has ended the child and set the state.
      if (!this.wanted) return;
      const reason = `Syncthing could not start: ${error instanceof Error ? error.message : String(error)}`;
      this.log(`[booth] ${reason}`);
      this.current = { phase: 'failed', reason };
      // Its exit (if it was spawned) schedules the next attempt; if it still runs, end it so it does.
      if (this.child && this.child.exitCode === null) this.child.kill('SIGKILL');
      else this.scheduleRestart();
    }
  }

  private spawnChild(binary: string, baseUrl: string): void {
    const child = spawn(
      binary,
      [
        'serve',
        `--home=${this.options.home}`,
        `--gui-address=${baseUrl}`,
        '--no-browser',
        // We supervise it ourselves: one process, whose exit we see.
        '--no-restart',
        '--no-upgrade',
        '--no-default-folder',
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        // STMONITORED: run as the inner process. Otherwise Syncthing (even with --no-restart) forks a
        // monitor and its real process is a grandchild, which survives a kill of the pid we hold.
        env: { ...process.env, STNODEFAULTFOLDER: '1', STNOUPGRADE: '1', STNORESTART: '1', STMONITORED: '1' },
        windowsHide: true,
      },
    );
    this.child = child;
    this.recentOutput = [];
    const started = Date.now();
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        this.recentOutput.push(line);
        if (this.recentOutput.length > 20) this.recentOutput.shift();
      }
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('error', (error) => {
      this.recentOutput.push(error.message);
    });
    child.once('exit', (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      if (!this.wanted) return;
      if (Date.now() - started > HEALTHY_RUN_MS) this.restartDelay = this.options.restartDelayMs ?? 1000;
      const last = this.recentOutput.slice(-2).join(' / ');
      const reason = `Syncthing stopped (${signal ?? `exit code ${code}`})${last ? `: ${last}` : ''}; restarting.`;
      this.log(`[booth] ${reason}`);
      this.current = { phase: 'starting', reason };
      this.scheduleRestart();
    });
  }

  private scheduleRestart(): void {
    if (!this.wanted) return;
    const delay = this.restartDelay;
    this.restartDelay = Math.min(delay * 2, this.options.maxRestartDelayMs ?? 60_000);
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => {
      if (this.wanted) void this.launch();
    }, delay);
    this.restartTimer.unref?.();
  }

  /** Polls the API until it answers with the device id, or the child exits, or time runs out. */
  private async waitForApi(client: SyncthingClient): Promise<string> {
    const deadline = Date.now() + (this.options.startTimeoutMs ?? 60_000);
    const child = this.child;
    while (Date.now() < deadline) {
      if (!child || child.exitCode !== null || child.signalCode !== null || this.child !== child) {
        throw new Error(`it exited: ${this.recentOutput.slice(-3).join(' / ') || 'no output'}`);
      }
      try {
        const status = await client.systemStatus();
        return status.myID;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    throw new Error(`its API did not answer within ${(this.options.startTimeoutMs ?? 60_000) / 1000} s`);
  }

  /**
   * A Syncthing left running by a kiosk that crashed holds this home's database: ask it to shut down
   * (only it knows our API key), so that ours can start.
   */
  private async shutDownOrphan(apiKey: string): Promise<void> {
    let baseUrl: string;
    try {
      baseUrl = (await readFile(path.join(this.options.home, LAST_ADDRESS_FILE), 'utf8')).trim();
    } catch {
      return;
    }
    const orphan = new SyncthingClient({ baseUrl, apiKey, timeoutMs: 1000, attempts: 1 });
    try {
      await orphan.ping({ attempts: 1 });
    } catch {
      return;
    }
    this.log(`[booth] shutting down a Syncthing left running at ${baseUrl}`);
    await orphan.shutdown().catch(() => {});
    for (let i = 0; i < 50; i++) {
      try {
        await orphan.ping({ attempts: 1 });
        await new Promise((resolve) => setTimeout(resolve, 200));
      } catch {
        // Its API is gone; give it a moment to release the database lock too.
        await new Promise((resolve) => setTimeout(resolve, 500));
        return;
      }
    }
  }
}

function within(promise: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void promise.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
