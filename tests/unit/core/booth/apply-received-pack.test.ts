/**
 * A kiosk applies a received pack version only when the folder is complete, every file matches the
 * manifest, it validates as an import does, and the page is on its attract loop; a refused version
 * keeps the pack on screen and is not retried; a failing pre-flight rolls back.
 */
import { copyFile, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  createBoothReceiver,
  MISMATCH_RECHECK_MS,
  NO_SPACE_RECHECK_MS,
} from '../../../../main/core/booth/apply-received-pack.ts';
import type { BoothFolderState } from '../../../../main/core/booth/booth-engine.ts';
import { publishToBooth } from '../../../../main/core/booth/publish-to-booth.ts';
import { openSettledVersions } from '../../../../main/core/booth/settled-versions.ts';
import { ActivePackManager } from '../../../../main/core/pack/active-pack-manager.ts';
import { loadPack } from '../../../../main/core/pack/load-pack.ts';
import { minimalPack, writePackDir } from '../../../fixtures/minimal-pack.ts';
import { packEntries } from '../../../fixtures/pack-zip.ts';
import { buildZip } from '../../../fixtures/zip-writer.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const quiet = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

function versioned(version: string) {
  const pack = minimalPack();
  pack.pack.version = version;
  return pack;
}

/** A version without its title: it fails validation. */
function broken(version: string) {
  const pack = versioned(version) as { pack: Record<string, unknown> };
  delete pack.pack.title;
  return pack;
}

/** What the pre-flight check says in the cases where it fails after the switch. */
const PREFLIGHT_FAILS = ['only 12 MB free on the data disk'];

/**
 * A kiosk with its library, its received packs folder (filled by `receive`, as Syncthing would), a fake
 * engine, and its memory of refused versions in its data folder; `restart` opens all of them again.
 */
async function kiosk(
  options: { attract?: boolean; preflight?: string[]; activeJson?: unknown; freeBytes?: number } = {},
) {
  const clock = { t: 0 };
  const base = await tempFolder('kiosk-booth-');
  if (options.activeJson) {
    await mkdir(path.join(base, 'library'), { recursive: true });
    await writeFile(path.join(base, 'library', 'active.json'), JSON.stringify(options.activeJson));
  }
  const embeddedDir = await writePackDir();
  const laptopPacks = path.join(base, 'laptop-packs');
  const received = path.join(base, 'received-packs');
  const settledFile = path.join(base, 'booth', 'settled-packs.json');
  let folder: BoothFolderState = { folder: 'packs', completion: 100, state: 'idle', complete: true };
  let attract = options.attract ?? true;
  const load = vi.fn(loadPack);
  const preflight = vi.fn(async () => options.preflight ?? []);
  const disk = { free: options.freeBytes ?? 100 * 1024 ** 3, failCopiesAfter: Infinity };
  const copy = vi.fn(async (from: string, to: string) => {
    if (disk.failCopiesAfter-- <= 0) {
      await writeFile(to, 'the first bytes only'); // what a full disk leaves: a partial file
      throw Object.assign(new Error('ENOSPC: no space left on device, copyfile'), { code: 'ENOSPC' });
    }
    await copyFile(from, to);
  });
  const open = async () => {
    const manager = await ActivePackManager.open({ root: path.join(base, 'library'), embeddedDir, log: quiet });
    const receiver = createBoothReceiver({
      packsDir: received,
      engine: { folderState: async () => folder },
      packs: manager,
      preflight,
      onAttract: () => attract,
      settled: await openSettledVersions(settledFile, quiet),
      freeBytes: async () => disk.free,
      copy,
      load,
      log: quiet,
      now: () => clock.t,
    });
    return { manager, receiver };
  };
  let { manager, receiver } = await open();
  const publish = async (pack: unknown, version: string) =>
    publishToBooth({ packsDir: laptopPacks, packDir: await writePackDir(pack), id: 'test-city', version });
  /** The transport: the laptop's folder copied whole into the kiosk's. */
  const receive = async () => {
    await rm(received, { recursive: true, force: true });
    await cp(laptopPacks, received, { recursive: true });
  };
  return {
    clock,
    get manager() {
      return manager;
    },
    get receiver() {
      return receiver;
    },
    load,
    preflight,
    received,
    settledFile,
    disk,
    copy,
    library: path.join(base, 'library'),
    shown: () => manager.getPack()?.pack.pack.version,
    async restart() {
      ({ manager, receiver } = await open());
    },
    receive,
    /** `pack` (by default a valid one) published on the laptop as `version` and received whole; its manifest. */
    async arrives(version: string, pack: unknown = versioned(version)) {
      const manifest = await publish(pack, version);
      await receive();
      return manifest;
    },
    setFolder(next: Partial<BoothFolderState>) {
      folder = { ...folder, ...next };
    },
    setAttract(value: boolean) {
      attract = value;
    },
  };
}

describe('applying a received pack version', () => {
  it('applies a complete, valid version on the attract loop', async () => {
    const k = await kiosk();
    await k.arrives('2.0.0');
    expect(await k.receiver.check()).toEqual({ state: 'none' });
    expect(k.shown()).toBe('2.0.0');
    expect(k.preflight).toHaveBeenCalledTimes(1);
  });

  it('does not apply while Syncthing says the folder is still arriving', async () => {
    const k = await kiosk();
    await k.arrives('2.0.0');
    k.setFolder({ completion: 62.5, state: 'syncing', complete: false });
    expect(await k.receiver.check()).toEqual({
      state: 'incomplete',
      id: 'test-city',
      version: '2.0.0',
      reason: 'receiving (62%, syncing)',
    });
    expect(k.shown()).toBe('1.0.0');
    k.setFolder({ completion: 100, state: 'idle', complete: true });
    await k.receiver.check();
    expect(k.shown()).toBe('2.0.0');
  });

  it('never applies a half-received version: a missing file or other bytes keep the pack on screen', async () => {
    const k = await kiosk();
    const manifest = await k.arrives('2.0.0');
    const clip = path.join(k.received, manifest.folder, 'media', 'clip.webm');
    await rm(clip);
    expect(await k.receiver.check()).toMatchObject({ state: 'incomplete', reason: 'media/clip.webm: missing' });
    await writeFile(clip, new Uint8Array(1000)); // right size, other bytes (a tampered or damaged copy)
    k.clock.t += MISMATCH_RECHECK_MS;
    expect(await k.receiver.check()).toMatchObject({
      state: 'incomplete',
      reason: 'media/clip.webm: its bytes differ from the published ones (sha256)',
    });
    expect(k.shown()).toBe('1.0.0');
    await k.receive(); // Syncthing repairs it
    k.clock.t += MISMATCH_RECHECK_MS;
    await k.receiver.check();
    expect(k.shown()).toBe('2.0.0');
  });

  it('hashes a complete folder whose files differ again only once a minute, not at every look', async () => {
    const k = await kiosk();
    const manifest = await k.arrives('2.0.0');
    await writeFile(path.join(k.received, manifest.folder, 'media', 'clip.webm'), new Uint8Array(1000));
    expect(await k.receiver.check()).toMatchObject({ state: 'incomplete' });
    await k.receive(); // repaired, but not looked at before the minute is over
    expect(await k.receiver.check()).toMatchObject({ state: 'incomplete' });
    expect(k.shown()).toBe('1.0.0');
    k.clock.t += MISMATCH_RECHECK_MS;
    expect(await k.receiver.check()).toEqual({ state: 'none' });
    expect(k.shown()).toBe('2.0.0');
  });

  it('refuses a version that fails validation, with the reasons, keeps its pack, and does not retry it', async () => {
    const k = await kiosk();
    await k.arrives('2.0.0', broken('2.0.0'));
    const first = await k.receiver.check();
    expect(first).toMatchObject({ state: 'refused', id: 'test-city', version: '2.0.0' });
    expect(first.state === 'refused' && first.reasons.join('\n')).toMatch(/title/);
    expect(k.shown()).toBe('1.0.0');
    const loads = k.load.mock.calls.length;
    expect(await k.receiver.check()).toEqual(first);
    expect(k.load.mock.calls.length).toBe(loads);
  });

  it('waits while a visit is under way and applies once the page is back on its attract loop', async () => {
    const k = await kiosk({ attract: false });
    await k.arrives('2.0.0');
    expect(await k.receiver.check()).toEqual({ state: 'waiting-attract', id: 'test-city', version: '2.0.0' });
    expect(k.shown()).toBe('1.0.0');
    k.setAttract(true);
    expect(await k.receiver.check()).toEqual({ state: 'none' });
    expect(k.shown()).toBe('2.0.0');
  });

  it('rolls back when the pre-flight check fails after the switch, and says why', async () => {
    const k = await kiosk({ preflight: PREFLIGHT_FAILS });
    await k.manager.importZip(buildZip(packEntries(versioned('1.5.0'))));
    await k.arrives('2.0.0');
    expect(await k.receiver.check()).toEqual({
      state: 'rolled-back',
      id: 'test-city',
      version: '2.0.0',
      reasons: PREFLIGHT_FAILS,
    });
    expect(k.shown()).toBe('1.5.0');
    // Not tried again in a loop.
    await k.receiver.check();
    expect(k.preflight).toHaveBeenCalledTimes(1);
    expect(k.shown()).toBe('1.5.0');
  });

  // The kiosk shows the embedded pack because its library's active pack no longer loads (deleted,
  // damaged), or the embedded pack it recorded was at an older install's path: the way back is what was shown.
  for (const [what, lastGood] of [
    ['no earlier pack recorded', null],
    ['the embedded pack recorded at an older install path', '/old-install/resources/packs/xuzhou'],
  ] as const) {
    it(`rolls back to the embedded pack it showed before a failed switch (${what})`, async () => {
      const k = await kiosk({
        preflight: PREFLIGHT_FAILS,
        activeJson: { active: 'test-city-1.5.0-gone', lastGood, updated: '2026-01-01T00:00:00.000Z' },
      });
      expect(k.manager.status().source).toBe('embedded');
      await k.arrives('2.0.0');
      expect(await k.receiver.check()).toEqual({
        state: 'rolled-back',
        id: 'test-city',
        version: '2.0.0',
        reasons: PREFLIGHT_FAILS,
      });
      expect(k.shown()).toBe('1.0.0');
      expect(k.manager.status()).toMatchObject({ source: 'embedded', fallbackReason: null });
    });
  }

  it('still refuses a refused version after a restart, without validating it again', async () => {
    const k = await kiosk();
    await k.arrives('2.0.0', broken('2.0.0'));
    const first = await k.receiver.check();
    expect(first).toMatchObject({ state: 'refused', version: '2.0.0' });
    await k.restart();
    const loads = k.load.mock.calls.length;
    expect(await k.receiver.check()).toEqual(first);
    expect(k.load.mock.calls.length).toBe(loads);
    expect(k.shown()).toBe('1.0.0');
  });

  it('does not switch again to a rolled-back version after a restart', async () => {
    const k = await kiosk({ preflight: PREFLIGHT_FAILS });
    await k.arrives('2.0.0');
    const first = await k.receiver.check();
    expect(first).toMatchObject({ state: 'rolled-back', version: '2.0.0' });
    await k.restart();
    expect(await k.receiver.check()).toEqual(first);
    expect(k.preflight).toHaveBeenCalledTimes(1);
    expect(k.shown()).toBe('1.0.0');
  });

  it('tries a newly published version even after refusing the one before', async () => {
    const k = await kiosk();
    await k.arrives('2.0.0', broken('2.0.0'));
    expect(await k.receiver.check()).toMatchObject({ state: 'refused' });
    await k.arrives('2.0.1');
    await k.restart();
    expect(await k.receiver.check()).toEqual({ state: 'none' });
    expect(k.shown()).toBe('2.0.1');
  });

  it('does not start a switch the disk has no room for: says why, keeps its pack, and switches once space is freed', async () => {
    const k = await kiosk({ freeBytes: 500 * 1024 ** 2 });
    await k.arrives('2.0.0');
    expect(await k.receiver.check()).toEqual({
      state: 'no-space',
      id: 'test-city',
      version: '2.0.0',
      reason: 'not enough free space on the data disk to switch to it: only 500 MB free',
    });
    expect(k.shown()).toBe('1.0.0');
    expect(k.copy).not.toHaveBeenCalled();
    k.disk.free = 20 * 1024 ** 3; // staff free some space
    expect(await k.receiver.check()).toMatchObject({ state: 'no-space' }); // looked at again once a minute
    k.clock.t += NO_SPACE_RECHECK_MS;
    expect(await k.receiver.check()).toEqual({ state: 'none' });
    expect(k.shown()).toBe('2.0.0');
  });

  it('a disk that fills up while copying leaves nothing half-applied, and it is tried again later', async () => {
    const k = await kiosk();
    await k.arrives('2.0.0');
    const activeBefore = await readFile(path.join(k.library, 'active.json'), 'utf8').catch(() => null);
    const libraryBefore = (await readdir(k.library).catch(() => [])).sort();
    k.disk.failCopiesAfter = 1;
    const result = await k.receiver.check();
    expect(result).toMatchObject({ state: 'no-space', id: 'test-city', version: '2.0.0' });
    expect(result.state === 'no-space' && result.reason).toMatch(/the disk filled up while copying it \(ENOSPC/);
    expect(k.shown()).toBe('1.0.0');
    expect(k.preflight).not.toHaveBeenCalled();
    // No staging folder, no new pack folder, active.json as it was.
    expect((await readdir(k.library).catch(() => [])).sort()).toEqual(libraryBefore);
    expect(await readFile(path.join(k.library, 'active.json'), 'utf8').catch(() => null)).toBe(activeBefore);
    // Not remembered as refused: after a restart and with room again, it is applied.
    k.disk.failCopiesAfter = Infinity;
    await k.restart();
    expect(await k.receiver.check()).toEqual({ state: 'none' });
    expect(k.shown()).toBe('2.0.0');
  });
});
