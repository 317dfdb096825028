/**
 * A stand-in for the booth's Syncthing in tests: engines that report what the test says, and a
 * folder transport the test drives (copy the laptop's packs folder into a kiosk's, a kiosk's outbox
 * into the laptop's). Pluggable so the same specs can later run over real Syncthing instances.
 */
import { cp, mkdir, rm } from 'node:fs/promises';
import type { BoothEngine, BoothFolderState, BoothPeer } from '../main/core/booth/booth-engine.ts';
import { boothPaths, type BoothFolderId } from '../main/core/booth/booth-folders.ts';

export interface FakeEngine extends BoothEngine {
  readonly deviceId: string;
  /** What `folderState('packs')` answers (the test marks it complete once it copied the folder). */
  setPacksState(state: Pick<BoothFolderState, 'completion' | 'state' | 'complete'>): void;
  setPeerConnected(deviceId: string, connected: boolean): void;
  /** The static addresses each peer was paired with. */
  readonly addresses: ReadonlyMap<string, string[]>;
}

/** A fake device ID in Syncthing's shape, unique per `seed`. */
export function fakeDeviceId(seed: string): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let out = '';
  for (let i = 0; i < 56; i++) out += letters[(seed.charCodeAt(i % seed.length) * 7 + i * 13) % 32];
  return out.match(/.{7}/g)!.join('-');
}

export function createFakeEngine(deviceId: string): FakeEngine {
  let packs: Pick<BoothFolderState, 'completion' | 'state' | 'complete'> = {
    completion: 100,
    state: 'idle',
    complete: true,
  };
  const peers = new Map<string, BoothPeer>();
  const addresses = new Map<string, string[]>();
  return {
    deviceId,
    state: () => ({ running: true, deviceId }),
    peers: async () => [...peers.values()],
    pair: async (id, name, paired = []) => {
      peers.set(id, { deviceId: id, name: name ?? id.slice(0, 7), connected: true });
      addresses.set(id, paired);
    },
    addresses,
    unpair: async (id) => void peers.delete(id),
    folderState: async (folder: BoothFolderId) => ({ folder, ...packs }),
    stop: async () => {},
    setPacksState: (next) => void (packs = next),
    setPeerConnected: (id, connected) => {
      const peer = peers.get(id);
      if (peer) peers.set(id, { ...peer, connected });
    },
  };
}

/** The transport: what Syncthing would do, one folder at a time, when the test says. */
export const fakeTransport = {
  /** The laptop's packs folder, whole, into a kiosk's (receive-only: the kiosk's copy is replaced). */
  async packs(laptopData: string, kioskData: string): Promise<void> {
    const to = boothPaths(kioskData).packs;
    await rm(to, { recursive: true, force: true });
    await mkdir(to, { recursive: true });
    await cp(boothPaths(laptopData).packs, to, { recursive: true });
  },
  /** A kiosk's outbox into the laptop's folder for that kiosk. */
  async outbox(kioskData: string, laptopData: string, kioskDeviceId: string): Promise<void> {
    const to = boothPaths(laptopData).kioskOutbox(kioskDeviceId);
    await mkdir(to, { recursive: true });
    await cp(boothPaths(kioskData).outbox, to, { recursive: true, force: true });
  },
};
