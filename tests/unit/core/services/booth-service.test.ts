/**
 * The booth channels through the operations service, over a laptop and a kiosk in temp folders with
 * fake engines: admin-only, device IDs checked, publishing from the laptop reaches a kiosk's screen
 * through the (test-driven) transport, and the laptop's table shows the kiosk's status.
 */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openBooth } from '../../../../main/core/booth/open-booth.ts';
import { ActivePackManager } from '../../../../main/core/pack/active-pack-manager.ts';
import { openLeads } from '../../../../main/core/leads/open-leads.ts';
import { createAdminSession } from '../../../../main/core/security/admin-session.ts';
import { createPinGuard } from '../../../../main/core/security/pin-guard.ts';
import { createOperationsService } from '../../../../main/core/services/operations-service.ts';
import { AdminLockedError, InvalidArgumentError } from '../../../../main/core/services/service-checks.ts';
import { openSettingsStore } from '../../../../main/core/storage/settings-store.ts';
import { createEventLog } from '../../../../main/core/stats/event-log.ts';
import { createFakeEngine, fakeDeviceId, fakeTransport } from '../../../../harness/fake-booth.ts';
import { minimalPack, writePackDir } from '../../../fixtures/minimal-pack.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const FAST = { N: 1024, r: 8, p: 1, keyLength: 32 };
const quiet = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

async function machine(label: string, version = '1.0.0') {
  const dir = await tempFolder(`booth-${label}-`);
  const pack = minimalPack();
  pack.pack.version = version;
  const packs = await ActivePackManager.open({
    root: path.join(dir, 'packs'),
    embeddedDir: await writePackDir(pack),
    log: quiet,
  });
  const engine = createFakeEngine(fakeDeviceId(label));
  const booth = await openBooth({
    dataDir: dir,
    logFolder: path.join(dir, 'logs'),
    packs,
    events: createEventLog(path.join(dir, 'stats')),
    log: quiet,
    startEngine: async () => engine,
    receivePollMs: 60_000,
    statusIntervalMs: 60_000,
  });
  const settings = await openSettingsStore(dir);
  const session = createAdminSession();
  const ops = createOperationsService({
    settings,
    pins: createPinGuard(settings, { scrypt: FAST }),
    session,
    events: booth.events,
    statsFolder: path.join(dir, 'stats'),
    logFolder: path.join(dir, 'logs'),
    chooseExportFolder: async () => dir,
    reload: () => {},
    exit: () => {},
    log: quiet,
    leads: await openLeads(dir, { retentionDays: () => null, scrypt: FAST }),
    booth: { runtime: booth.runtime, packs },
  });
  return { dir, packs, engine, booth: booth.runtime, ops, session };
}

describe('booth channels', () => {
  it('are admin-only', async () => {
    const m = await machine('a');
    await expect(m.ops['booth:view']()).rejects.toThrow(AdminLockedError);
    await expect(m.ops['booth:set-role']('laptop', 'x')).rejects.toThrow(AdminLockedError);
    await m.booth.close();
  });

  it('check device IDs, forgiving spaces and lower case', async () => {
    const m = await machine('a');
    m.session.open('full');
    await m.ops['booth:set-role']('laptop', 'Staff laptop');
    await expect(m.ops['booth:pair']('not-an-id')).rejects.toThrow(InvalidArgumentError);
    const id = fakeDeviceId('kiosk');
    const view = await m.ops['booth:pair'](id.toLowerCase().replace(/-/g, ' '), 'Left');
    expect(view.kiosks.map((k) => [k.deviceId, k.name, k.online])).toEqual([[id, 'Left', true]]);
    // Where to reach it when the network blocks discovery: checked, then given to the engine.
    await expect(m.ops['booth:pair'](id, 'Left', '192.168.8.21')).rejects.toThrow(InvalidArgumentError);
    await m.ops['booth:pair'](id, 'Left', 'tcp://192.168.8.21:22000');
    expect(m.engine.addresses.get(id)).toEqual(['tcp://192.168.8.21:22000']);
    await m.booth.close();
  });

  it('a single kiosk says why it has no engine', async () => {
    const m = await machine('a');
    m.session.open('full');
    const view = await m.ops['booth:view']();
    expect(view).toMatchObject({ role: 'none', engine: { running: false } });
    await expect(m.ops['booth:pair'](fakeDeviceId('k'))).rejects.toThrow(/not running: this machine is a single kiosk/);
    await expect(m.ops['booth:publish']()).rejects.toThrow(/only the booth’s laptop publishes/);
    await m.booth.close();
  });

  it('the laptop publishes its pack; the kiosk shows it once received, and the laptop’s table shows the kiosk', async () => {
    const laptop = await machine('laptop', '2.0.0');
    const kiosk = await machine('kiosk', '1.0.0');
    laptop.session.open('full');
    kiosk.session.open('full');
    await laptop.ops['booth:set-role']('laptop', 'Staff laptop');
    await kiosk.ops['booth:set-role']('kiosk', 'Left');
    await laptop.ops['booth:pair'](kiosk.engine.deviceId, 'Left');
    expect(await laptop.ops['booth:publish']()).toMatchObject({ id: 'test-city', version: '2.0.0' });

    kiosk.engine.setPacksState({ completion: 40, state: 'syncing', complete: false });
    await fakeTransport.packs(laptop.dir, kiosk.dir);
    await kiosk.booth.checkReceived();
    expect(kiosk.packs.getPack()?.pack.pack.version).toBe('1.0.0');
    expect((await kiosk.ops['booth:view']()).pending).toMatchObject({ state: 'incomplete', version: '2.0.0' });

    kiosk.engine.setPacksState({ completion: 100, state: 'idle', complete: true });
    await kiosk.booth.checkReceived();
    expect(kiosk.packs.getPack()?.pack.pack.version).toBe('2.0.0');

    // The kiosk's status (written on role start) reaches the laptop.
    await kiosk.booth.setRole({ role: 'kiosk', name: 'Left' });
    await vi.waitFor(async () => {
      await fakeTransport.outbox(kiosk.dir, laptop.dir, kiosk.engine.deviceId);
      const row = (await laptop.ops['booth:view']()).kiosks[0]!;
      expect(row).toMatchObject({
        name: 'Left',
        stale: false,
        clockWrong: false,
        status: { pack: { version: '2.0.0' } },
      });
    });
    await laptop.booth.close();
    await kiosk.booth.close();
  });
});
