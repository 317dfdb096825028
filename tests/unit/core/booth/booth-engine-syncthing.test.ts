// The booth engine on real Syncthing processes (Debian's /usr/bin/syncthing, which .ci/run installs):
// a laptop and two kiosks on loopback, each with its own home, LAN discovery off and static
// addresses, as a booth whose router blocks broadcast. Then a stranger that tries to push a folder,
// unpairing on both sides, and a Syncthing left running by a crashed kiosk app. About 30 s.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boothPaths, outboxFolderId, PACKS_FOLDER_ID } from '../../../../main/core/booth/booth-folders.ts';
import {
  createBoothEngine,
  type SyncthingBoothEngine,
} from '../../../../main/core/booth/syncthing/syncthing-booth-engine.ts';
import { FOLDER_MIN_DISK_FREE, HOME_MIN_DISK_FREE } from '../../../../main/core/booth/syncthing/booth-config.ts';
import { SyncthingClient } from '../../../../main/core/booth/syncthing/syncthing-client.ts';
import { apiKeyFromXml } from '../../../../main/core/booth/syncthing/syncthing-home.ts';

const BINARY = process.env.KIOSK_SYNCTHING ?? '/usr/bin/syncthing';
// Ports given to this test: GUI/API 22400–22499, sync 22500–22599.
const GUI_PORT = 22410;
const LISTEN_PORT = 22510;

interface Machine {
  name: string;
  dataDir: string;
  engine: SyncthingBoothEngine;
  address: string;
  id: string;
}

let root: string;
const machines: Machine[] = [];
/** Syncthing processes a test started itself (not through an engine), ended whatever happens. */
const strays: ChildProcess[] = [];

async function machine(name: string, index: number): Promise<Machine> {
  const dataDir = path.join(root, name);
  const address = `tcp://127.0.0.1:${LISTEN_PORT + index}`;
  const engine = createBoothEngine({
    dataDir,
    env: { KIOSK_SYNCTHING: BINARY, PATH: '' },
    listenAddresses: [address],
    localDiscovery: false,
    guiPort: GUI_PORT + index,
    tuning: { rescanIntervalS: 3600, fsWatcherDelayS: 1 },
    log: () => {},
    process: { restartDelayMs: 300, maxRestartDelayMs: 1000 },
  });
  const m: Machine = { name, dataDir, engine, address, id: '' };
  machines.push(m);
  return m;
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

function client(m: Machine): SyncthingClient {
  const c = m.engine.client();
  if (!c) throw new Error(`${m.name}'s Syncthing is not running: ${JSON.stringify(m.engine.state())}`);
  return c;
}

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

async function sameFiles(from: string, to: string, files: string[]): Promise<boolean> {
  for (const file of files) {
    const target = path.join(to, file);
    if (!existsSync(target)) return false;
    const [a, b] = await Promise.all([readFile(path.join(from, file)), readFile(target)]);
    if (sha(a) !== sha(b)) return false;
  }
  return true;
}

let laptop: Machine;
let kioskA: Machine;
let kioskB: Machine;

beforeAll(async () => {
  if (!existsSync(BINARY)) {
    throw new Error(
      `Syncthing is needed for the booth tests and was not found at ${BINARY}. Install Debian's package ` +
        '(apt-get install syncthing; .ci/run does) or set KIOSK_SYNCTHING to a syncthing binary.',
    );
  }
  root = await mkdtemp(path.join(tmpdir(), 'booth-sync-'));
  laptop = await machine('laptop', 0);
  kioskA = await machine('kiosk-a', 1);
  kioskB = await machine('kiosk-b', 2);
  await Promise.all([
    laptop.engine.setRole('laptop', 'Staff laptop'),
    kioskA.engine.setRole('kiosk', 'Kiosk A'),
    kioskB.engine.setRole('kiosk', 'Kiosk B'),
  ]);
  for (const m of [laptop, kioskA, kioskB]) {
    const state = m.engine.state();
    if (!state.running) throw new Error(`${m.name} did not start: ${state.reason}`);
    m.id = state.deviceId;
  }
  // Pairing on both sides, as staff do it: the laptop adds each kiosk, each kiosk accepts the laptop.
  for (const kiosk of [kioskA, kioskB]) {
    await laptop.engine.pair(kiosk.id, kiosk.name, [kiosk.address]);
    await kiosk.engine.pair(laptop.id, 'Staff laptop', [laptop.address]);
  }
  // Kiosks receive slowly (LAN limits apply on loopback), so that a transfer is seen in progress.
  for (const kiosk of [kioskA, kioskB]) {
    await client(kiosk).patchOptions({ maxRecvKbps: 4_000, limitBandwidthInLan: true });
  }
  await until('the laptop to see both kiosks', async () => {
    const peers = await laptop.engine.peers();
    return peers.length === 2 && peers.every((p) => p.connected);
  });
}, 60_000);

afterAll(async () => {
  await Promise.all(machines.map((m) => m.engine.stop()));
  for (const stray of strays) if (stray.exitCode === null) stray.kill('SIGKILL');
  if (root) await rm(root, { recursive: true, force: true });
});

describe('a booth of a laptop and two kiosks on real Syncthing', () => {
  it('every Syncthing stays on the booth network, its API on loopback with a key only its owner can read', async () => {
    for (const m of [laptop, kioskA, kioskB]) {
      const config = await client(m).config();
      expect(config.options).toMatchObject({
        listenAddresses: [m.address],
        globalAnnounceEnabled: false,
        localAnnounceEnabled: false,
        relaysEnabled: false,
        natEnabled: false,
        urAccepted: -1,
        crashReportingEnabled: false,
        autoUpgradeIntervalH: 0,
        startBrowser: false,
        minHomeDiskFree: HOME_MIN_DISK_FREE,
      });
      for (const folder of config.folders) expect(folder.minDiskFree).toEqual(FOLDER_MIN_DISK_FREE);
      expect((config.gui as { address: string }).address).toMatch(/^127\.0\.0\.1:\d+$/);
      const configXml = path.join(boothPaths(m.dataDir).syncthingHome, 'config.xml');
      expect((await stat(configXml)).mode & 0o077).toBe(0);
    }
  });

  it('a pack tree published on the laptop reaches both kiosks, and is complete only once it is all there', async () => {
    const packs = boothPaths(laptop.dataDir).packs;
    const files = ['v1/pack.json', 'v1/media/photo.jpg', 'v1/media/film.mp4', 'booth-packs.json'];
    await mkdir(path.join(packs, 'v1', 'media'), { recursive: true });
    await writeFile(path.join(packs, 'v1/pack.json'), JSON.stringify({ id: 'xuzhou', version: 2 }));
    await writeFile(path.join(packs, 'v1/media/photo.jpg'), randomBytes(300_000));
    await writeFile(path.join(packs, 'v1/media/film.mp4'), randomBytes(8_000_000));
    await writeFile(path.join(packs, 'booth-packs.json'), JSON.stringify({ newest: 'v1' }));
    await client(laptop).scan(PACKS_FOLDER_ID);

    for (const kiosk of [kioskA, kioskB]) {
      const received = boothPaths(kiosk.dataDir).packs;
      // Once the kiosk knows the laptop's index, "complete" must mean every file is here and whole.
      await until(`${kiosk.name} to learn the published index`, async () => {
        const status = await client(kiosk).folderStatus(PACKS_FOLDER_ID);
        return status.globalFiles >= files.length;
      });
      let sawIncomplete = false;
      let completeTooEarly = false;
      await until(
        `${kiosk.name} to complete`,
        async () => {
          const state = await kiosk.engine.folderState('packs');
          if (!state.complete) {
            sawIncomplete = true;
            return false;
          }
          completeTooEarly = !(await sameFiles(packs, received, files));
          return true;
        },
        40_000,
      );
      expect(completeTooEarly).toBe(false);
      expect(await sameFiles(packs, received, files)).toBe(true);
      // The first kiosk is caught mid-transfer; the second may already be done by then.
      if (kiosk === kioskA) expect(sawIncomplete).toBe(true);
    }
  }, 60_000);

  it("a kiosk's outbox reaches the laptop, into that kiosk's own folder", async () => {
    const outbox = boothPaths(kioskA.dataDir).outbox;
    await writeFile(path.join(outbox, 'status.json'), JSON.stringify({ name: 'Kiosk A', pack: 'xuzhou@2' }));
    await writeFile(path.join(outbox, 'events-2026-12-05T05.jsonl'), '{"type":"visit"}\n');
    await client(kioskA).scan(outboxFolderId(kioskA.id));
    const received = boothPaths(laptop.dataDir).kioskOutbox(kioskA.id);
    await until('the outbox on the laptop', async () => {
      const state = await laptop.engine.folderState(`outbox-${kioskA.id}`);
      return state.complete && (await sameFiles(outbox, received, ['status.json', 'events-2026-12-05T05.jsonl']));
    });
    // Kiosk B's outbox is a separate folder: nothing of A's lands there.
    expect(existsSync(path.join(boothPaths(laptop.dataDir).kioskOutbox(kioskB.id), 'status.json'))).toBe(false);
  });

  it('a kiosk whose disk is below its minimum free space stops receiving and says why, and resumes once there is room', async () => {
    // The disk is not really filled (no tmpfs without root): the minimum is raised above what this disk has free.
    await client(kioskB).patchFolder(PACKS_FOLDER_ID, { minDiskFree: { value: 100, unit: '%' } });
    const packs = boothPaths(laptop.dataDir).packs;
    await mkdir(path.join(packs, 'v2'), { recursive: true });
    await writeFile(path.join(packs, 'v2/notes.txt'), randomBytes(4096));
    await client(laptop).scan(PACKS_FOLDER_ID);
    const received = boothPaths(kioskB.dataDir).packs;
    await until('kiosk A to receive the new file', async () =>
      sameFiles(packs, boothPaths(kioskA.dataDir).packs, ['v2/notes.txt']),
    );
    const refused = await until('kiosk B to say its disk is too full', async () => {
      const state = await kioskB.engine.folderState('packs');
      return !state.complete && /insufficient space/.test(state.error ?? '') && state;
    });
    expect(refused.complete).toBe(false);
    expect(existsSync(path.join(received, 'v2/notes.txt'))).toBe(false);
    expect(kioskB.engine.state().running).toBe(true);
    await client(kioskB).patchFolder(PACKS_FOLDER_ID, { minDiskFree: FOLDER_MIN_DISK_FREE });
    await until('kiosk B to receive it once there is room', async () => {
      const state = await kioskB.engine.folderState('packs');
      return state.complete && (await sameFiles(packs, received, ['v2/notes.txt']));
    });
  });

  it('a kiosk whose Syncthing is killed mid-transfer resumes when it is back, and completes', async () => {
    // Slow kiosk A's receiving down so that the kill lands mid-file (LAN limits apply on loopback).
    for (const kiosk of [kioskA, kioskB]) {
      await client(kiosk).patchOptions({ maxRecvKbps: 25_000 });
    }
    const packs = boothPaths(laptop.dataDir).packs;
    const size = 200 * 1024 * 1024;
    await mkdir(path.join(packs, 'v2'), { recursive: true });
    await writeFile(path.join(packs, 'v2/big.bin'), randomBytes(size));
    await client(laptop).scan(PACKS_FOLDER_ID);

    // `until` retries on a thrown assertion, so early "complete" answers are collected and checked after.
    const completeTooEarly: string[] = [];
    const killedAt = await until(
      'kiosk A to be a third of the way through',
      async () => {
        // The folder status counts blocks as they arrive (completion counts whole files only).
        const status = await client(kioskA).folderStatus(PACKS_FOLDER_ID);
        if (status.globalBytes <= size) return false; // the new index has not reached it yet
        const state = await kioskA.engine.folderState('packs');
        if (state.complete) completeTooEarly.push(`complete with ${status.needBytes} bytes to go`);
        return status.needBytes < size * 0.66 ? status.needBytes : false;
      },
      60_000,
    );
    expect(completeTooEarly).toEqual([]);
    const pid = kioskA.engine.pid();
    expect(pid).toBeDefined();
    process.kill(pid!, 'SIGKILL');
    await until('kiosk A to notice', async () => !kioskA.engine.state().running, 5_000);

    // The engine restarts it; then it resumes from the blocks it already had.
    await until('kiosk A to run again', async () => kioskA.engine.state().running && kioskA.engine.pid() !== pid);
    await client(kioskA).patchOptions({ maxRecvKbps: 0 });
    await until(
      'kiosk A to complete after the restart',
      async () => (await kioskA.engine.folderState('packs')).complete,
      60_000,
    );
    expect(await sameFiles(packs, boothPaths(kioskA.dataDir).packs, ['v2/big.bin'])).toBe(true);
    const connections = await client(kioskA).connections();
    const received = connections.connections[laptop.id]?.inBytesTotal ?? 0;
    // It fetched what it lacked, not the whole file again.
    expect(received).toBeLessThan(killedAt + size * 0.1);

    await client(kioskB).patchOptions({ maxRecvKbps: 0 });
    await until('kiosk B to complete', async () => (await kioskB.engine.folderState('packs')).complete, 60_000);
  }, 120_000);

  it('a second laptop the kiosk was not paired with cannot push its packs onto it', async () => {
    const stranger = await machine('stranger', 3);
    await stranger.engine.setRole('laptop', 'Another laptop');
    const state = stranger.engine.state();
    if (!state.running) throw new Error(`the stranger did not start: ${state.reason}`);
    stranger.id = state.deviceId;
    await mkdir(boothPaths(stranger.dataDir).packs, { recursive: true });
    await writeFile(path.join(boothPaths(stranger.dataDir).packs, 'booth-packs.json'), '{"newest":"evil"}');
    const events = client(kioskA)
      .events({ since: 0, timeoutS: 1 })
      .then((e) => e.at(-1)?.id ?? 0);
    const since = await events;
    // The stranger "pairs" with kiosk A from its side only, and shares its packs with it.
    await stranger.engine.pair(kioskA.id, 'Kiosk A', [kioskA.address]);

    // Kiosk A hears it knock (an unknown device), and the engine dismisses it.
    await until(
      'kiosk A to see the stranger knock',
      async () => {
        // Unfiltered: a filtered subscription would only see events after its own creation.
        const seen = await client(kioskA).events({ since, timeoutS: 1 });
        return seen.some((e) => e.type === 'PendingDevicesChanged' && JSON.stringify(e.data).includes(stranger.id));
      },
      30_000,
    );
    await until('the stranger to be dismissed', async () => !(stranger.id in (await client(kioskA).pendingDevices())));
    const config = await client(kioskA).config();
    expect(config.devices.map((d) => d.deviceID)).not.toContain(stranger.id);
    expect(config.folders.map((f) => f.devices.map((d) => d.deviceID)).flat()).not.toContain(stranger.id);
    expect(Object.keys(await client(kioskA).pendingFolders())).toEqual([]);
    expect((await stranger.engine.peers())[0]?.connected).toBe(false);
    // Kiosk A's packs are still the laptop's.
    expect(JSON.parse(await readFile(path.join(boothPaths(kioskA.dataDir).packs, 'booth-packs.json'), 'utf8'))).toEqual(
      { newest: 'v1' },
    );
  });

  it('unpairing on the laptop removes the kiosk and every folder shared with it, in one call', async () => {
    await laptop.engine.unpair(kioskB.id);
    const config = await client(laptop).config();
    expect(config.devices.map((d) => d.deviceID)).not.toContain(kioskB.id);
    expect(config.folders.map((f) => f.id)).not.toContain(outboxFolderId(kioskB.id));
    const packs = config.folders.find((f) => f.id === PACKS_FOLDER_ID);
    expect(packs?.devices.map((d) => d.deviceID)).not.toContain(kioskB.id);
    expect(laptop.engine.settings().peers.map((p) => p.deviceId)).toEqual([kioskA.id]);
  });

  it('unpairing on a kiosk forgets its laptop and stops both its folders, in one call', async () => {
    await kioskA.engine.unpair(laptop.id);
    const config = await client(kioskA).config();
    expect(config.devices.map((d) => d.deviceID)).toEqual([kioskA.id]);
    expect(config.folders).toEqual([]);
    // The files it had received stay on its disk (the pack it shows is applied from its own copy).
    expect(existsSync(path.join(boothPaths(kioskA.dataDir).packs, 'booth-packs.json'))).toBe(true);
  });

  it('after a crash of the kiosk app, its next start shuts down the Syncthing left running and takes over', async () => {
    await kioskB.engine.stop();
    const home = boothPaths(kioskB.dataDir).syncthingHome;
    const address = (await readFile(path.join(home, 'kiosk-gui-address'), 'utf8')).trim();
    // What a crashed app leaves: its Syncthing, still running on the same home and API address.
    const orphan = spawn(
      BINARY,
      ['serve', `--home=${home}`, `--gui-address=${address}`, '--no-browser', '--no-restart'],
      {
        env: { ...process.env, STMONITORED: '1' },
        stdio: 'ignore',
      },
    );
    strays.push(orphan);
    const orphanExited = new Promise<number | null>((resolve) => orphan.once('exit', (code) => resolve(code)));
    const apiKey = apiKeyFromXml(await readFile(path.join(home, 'config.xml'), 'utf8'))!;
    const orphanApi = new SyncthingClient({ baseUrl: address, apiKey, attempts: 1 });
    await until('the orphan to answer', async () => (await orphanApi.systemStatus()).myID === kioskB.id);

    const restarted = await machine('kiosk-b', 2);
    await restarted.engine.start();
    // Should the orphan still hold its database lock, the first attempt fails and the next one runs.
    await until('the restarted kiosk to run', async () => restarted.engine.state().running);
    expect(restarted.engine.state()).toEqual({ running: true, deviceId: kioskB.id });
    // It asked the orphan to shut down (a clean exit), and runs in its place with its settings.
    expect(await orphanExited).toBe(0);
    const config = await client(restarted).config();
    expect(config.devices.map((d) => d.deviceID)).toContain(laptop.id);
  });
});
