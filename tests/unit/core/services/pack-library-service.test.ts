/** The pack channels' own rules: admin only, zod on the upload, the zip and folder dialogs, import phases, preflight's disk and displays. */
import { describe, expect, it, vi } from 'vitest';
import {
  createPackLibraryService,
  diskEnough,
  ENOUGH_DISK_BYTES,
} from '../../../../main/core/services/pack-library-service.ts';
import {
  AdminLockedError,
  InvalidArgumentError,
  UnavailableError,
} from '../../../../main/core/services/service-checks.ts';
import { ActivePackManager } from '../../../../main/core/pack/active-pack-manager.ts';
import { createAdminSession } from '../../../../main/core/security/admin-session.ts';
import { minimalPack, writePackDir } from '../../../fixtures/minimal-pack.ts';
import { packEntries, writeZip } from '../../../fixtures/pack-zip.ts';
import { PACK_IMPORT_PHASES, type PackImportProgress } from '../../../../main/contract/ipc.ts';
import { buildZip } from '../../../fixtures/zip-writer.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const quiet = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

async function setup(extra: Partial<Parameters<typeof createPackLibraryService>[0]> = {}) {
  const dataDir = await tempFolder('kiosk-packsvc-');
  const packs = await ActivePackManager.open({
    root: `${dataDir}/packs`,
    embeddedDir: await writePackDir(),
    log: quiet,
  });
  const session = createAdminSession();
  session.open('full');
  const service = createPackLibraryService({ session, packs, dataDir, log: quiet, ...extra });
  const call = (channel: keyof typeof service, ...args: unknown[]) =>
    Promise.resolve().then(() => (service[channel] as (...a: unknown[]) => unknown)(...args));
  return { service, session, packs, call };
}

describe('pack channels', () => {
  it('are admin only', async () => {
    const { session, call } = await setup();
    session.lock();
    for (const channel of [
      'packs:status',
      'packs:import-zip',
      'packs:choose-folder',
      'packs:rollback',
      'system:preflight',
      'packs:choose-zip',
    ] as const) {
      await expect(call(channel), channel).rejects.toThrow(AdminLockedError);
    }
  });

  it.each([
    ['no zip', []],
    ['a number array', [[80, 75, 3, 4], null]],
    ['a string', ['PK...', null]],
    ['the bytes of a zip (nothing may send a zip over IPC)', [new Uint8Array(buildZip(packEntries())), 10]],
    ['a stream without its declared length', [new Blob([]).stream()]],
    ['a negative declared length', [new Blob([]).stream(), -1]],
  ])('refuses %s for packs:import-zip', async (_what, args) => {
    const { call } = await setup();
    await expect(call('packs:import-zip', ...args)).rejects.toThrow(InvalidArgumentError);
  });

  it('imports an upload stream and pushes throttled progress, each phase in order, the copy ending at the total', async () => {
    const onImportProgress = vi.fn();
    const { call, packs } = await setup({ onImportProgress });
    const pack = minimalPack();
    pack.pack.version = '2.0.0';
    const zip = buildZip(packEntries(pack));
    await expect(call('packs:import-zip', new Blob([new Uint8Array(zip)]).stream(), zip.length)).resolves.toMatchObject(
      {
        status: 'imported',
      },
    );
    expect(packs.getPack()?.pack.pack.version).toBe('2.0.0');
    const sent = onImportProgress.mock.calls.map((c) => c[0] as PackImportProgress);
    expect([...new Set(sent.map((p) => p.phase))]).toEqual(PACK_IMPORT_PHASES);
    const copied = sent.filter((p) => p.phase === 'copy').at(-1)!;
    expect(copied).toEqual({ phase: 'copy', bytesDone: zip.length, bytesTotal: zip.length });
    expect(packs.status().import).toBeNull();
  });

  it('asks for a zip only where a dialog exists, handles cancel, takes no argument, and imports the chosen file', async () => {
    await expect((await setup()).call('packs:choose-zip')).rejects.toThrow(UnavailableError);
    const cancelled = await setup({ chooseZip: async () => undefined });
    await expect(cancelled.call('packs:choose-zip')).resolves.toEqual({ status: 'cancelled' });
    const pack = minimalPack();
    pack.pack.version = '3.0.0';
    const file = await writeZip(packEntries(pack));
    const chooseZip = vi.fn(async () => file);
    const chosen = await setup({ chooseZip });
    await expect(chosen.call('packs:choose-zip', file)).rejects.toThrow(InvalidArgumentError);
    expect(chooseZip).not.toHaveBeenCalled();
    await expect(chosen.call('packs:choose-zip')).resolves.toMatchObject({ status: 'imported' });
    expect(chosen.packs.getPack()?.pack.pack.version).toBe('3.0.0');
  });

  it('refuses a chosen path that is not a plain .zip file, and changes nothing', async () => {
    const folder = await writePackDir();
    const { call, packs } = await setup({ chooseZip: async () => folder });
    const before = packs.getPack();
    const result = await call('packs:choose-zip');
    expect(result).toMatchObject({ status: 'refused', errors: [expect.stringContaining('not a .zip file')] });
    expect(packs.getPack()).toBe(before);
  });

  it('asks for a folder only where a dialog exists, and handles cancel', async () => {
    await expect((await setup()).call('packs:choose-folder')).rejects.toThrow(UnavailableError);
    const cancelled = await setup({ chooseFolder: async () => undefined });
    await expect(cancelled.call('packs:choose-folder')).resolves.toEqual({ status: 'cancelled' });
    const folder = await writePackDir();
    const chosen = await setup({ chooseFolder: async () => folder });
    await expect(chosen.call('packs:choose-folder')).resolves.toMatchObject({ status: 'imported' });
  });

  it('preflight: the pack, the disk (enough or not) and the displays', async () => {
    const displays = [{ id: 1, width: 1920, height: 1080, scaleFactor: 1, touch: true }];
    const { call } = await setup({
      displays: () => displays,
      statfs: async () => ({ bavail: 10, bsize: 1024, blocks: 100 }),
    });
    await expect(call('system:preflight')).resolves.toEqual({
      pack: { ok: true, errors: [], warnings: expect.any(Array) },
      disk: { freeBytes: 10240, totalBytes: 102400, enough: false },
      displays,
    });
  });

  it('"enough" disk is 1 GiB, or 3× the pack when that is more', () => {
    expect(diskEnough(ENOUGH_DISK_BYTES, 1000)).toBe(true);
    expect(diskEnough(ENOUGH_DISK_BYTES - 1, 1000)).toBe(false);
    expect(diskEnough(2 * ENOUGH_DISK_BYTES, ENOUGH_DISK_BYTES)).toBe(false);
    expect(diskEnough(3 * ENOUGH_DISK_BYTES, ENOUGH_DISK_BYTES)).toBe(true);
  });

  it('preflight survives an unreadable disk (null)', async () => {
    const { call } = await setup({ statfs: async () => Promise.reject(new Error('ENOSYS')) });
    await expect(call('system:preflight')).resolves.toMatchObject({ disk: null, displays: null });
  });
});
