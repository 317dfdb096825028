// The rules of the booth's Syncthing config, without Syncthing: device ids, who sends and who
// receives what, whom a kiosk trusts, the settings file, and where the binary is looked for.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boothPaths, outboxFolderId, PACKS_FOLDER_ID } from '../../../../main/core/booth/booth-folders.ts';
import {
  readBoothSettings,
  writeBoothSettings,
  type BoothSettings,
} from '../../../../main/core/booth/booth-settings.ts';
import { desiredConfig, privateNetworkOptions } from '../../../../main/core/booth/syncthing/booth-config.ts';
import {
  canonicalDeviceId,
  checkDeviceId,
  InvalidDeviceIdError,
} from '../../../../main/core/booth/syncthing/device-id.ts';
import {
  apiKeyFromXml,
  findSyncthingBinary,
  setXmlOptions,
} from '../../../../main/core/booth/syncthing/syncthing-home.ts';
import { tempFolder } from '../../support/temp-folder.ts';

// Real ids, made by `syncthing generate`.
const LAPTOP = '6L2I5BU-6IIK54Z-PT44ZAD-MUGPQ7S-GPDZIXN-3ITTOBM-52DNZYQ-XLAF2AD';
const KIOSK_A = 'TEOTA3W-F7OY5N6-HQRLAHN-VBUEKXS-43VJGTZ-GPOCG47-KMM7KPL-FZFEQAO';
const KIOSK_B = 'Q7ENZF5-4K5GK74-I7P4XJO-5UU5C6D-XY6ELPL-QAD3XLC-JGQCRL5-PTXDNQG';
const DATA = '/data';

describe('device ids', () => {
  it('accepts a real id however it is typed: case, spaces, no dashes, 0/1/8 for O/I/B', () => {
    expect(checkDeviceId(LAPTOP)).toEqual({ ok: true, id: LAPTOP });
    expect(canonicalDeviceId(` ${LAPTOP.toLowerCase().replace(/-/g, ' ')} `)).toBe(LAPTOP);
    expect(canonicalDeviceId(KIOSK_A.replace(/O/g, '0'))).toBe(KIOSK_A);
  });

  it('refuses a mistyped character through the check characters', () => {
    // One character of the first block changed: its check character no longer matches.
    const typo = `6L2I5BV${LAPTOP.slice(7)}`;
    expect(checkDeviceId(typo)).toEqual({ ok: false, reason: 'check' });
    expect(() => canonicalDeviceId(typo)).toThrow(InvalidDeviceIdError);
    expect(() => canonicalDeviceId(typo)).toThrow(/typing mistake/);
  });

  it('refuses what is not shaped like an id', () => {
    expect(checkDeviceId(LAPTOP.slice(0, -1))).toEqual({ ok: false, reason: 'shape' });
    expect(checkDeviceId('hello')).toEqual({ ok: false, reason: 'shape' });
    expect(() => canonicalDeviceId('')).toThrow(/not a device ID/);
  });
});

function settings(partial: Partial<BoothSettings>): BoothSettings {
  return { role: 'none', name: '', peers: [], ...partial };
}

describe('the booth config for each role', () => {
  it('none: no devices, no folders', () => {
    const peers = [{ deviceId: LAPTOP, name: 'Laptop', addresses: [] }];
    expect(desiredConfig(settings({ role: 'none', peers }), KIOSK_A, DATA)).toEqual({ devices: [], folders: [] });
  });

  it('laptop: packs send-only to every kiosk; each kiosk outbox received read-only into its own folder', () => {
    const config = desiredConfig(
      settings({
        role: 'laptop',
        peers: [
          { deviceId: KIOSK_A, name: 'A', addresses: ['tcp://192.168.8.21:22000'] },
          { deviceId: KIOSK_B, name: 'B', addresses: [] },
        ],
      }),
      LAPTOP,
      DATA,
    );
    expect(config.devices.map((d) => [d.deviceID, d.addresses, d.autoAcceptFolders, d.introducer])).toEqual([
      [KIOSK_A, ['tcp://192.168.8.21:22000', 'dynamic'], false, false],
      [KIOSK_B, ['dynamic'], false, false],
    ]);
    const paths = boothPaths(DATA);
    expect(config.folders.map((f) => [f.id, f.type, f.path, f.devices.map((d) => d.deviceID)])).toEqual([
      [PACKS_FOLDER_ID, 'sendonly', paths.packs, [KIOSK_A, KIOSK_B]],
      [outboxFolderId(KIOSK_A), 'receiveonly', paths.kioskOutbox(KIOSK_A), [KIOSK_A]],
      [outboxFolderId(KIOSK_B), 'receiveonly', paths.kioskOutbox(KIOSK_B), [KIOSK_B]],
    ]);
  });

  it('kiosk: packs receive-only from its laptop only, its outbox send-only to that laptop', () => {
    const config = desiredConfig(
      settings({ role: 'kiosk', peers: [{ deviceId: LAPTOP, name: 'Laptop', addresses: [] }] }),
      KIOSK_A,
      DATA,
    );
    const paths = boothPaths(DATA);
    expect(config.devices.map((d) => d.deviceID)).toEqual([LAPTOP]);
    expect(config.folders.map((f) => [f.id, f.type, f.path, f.devices.map((d) => d.deviceID)])).toEqual([
      [PACKS_FOLDER_ID, 'receiveonly', paths.packs, [LAPTOP]],
      [outboxFolderId(KIOSK_A), 'sendonly', paths.outbox, [LAPTOP]],
    ]);
  });

  it('kiosk: follows one laptop, even if the file lists two; with none, shares nothing', () => {
    const two = settings({
      role: 'kiosk',
      peers: [
        { deviceId: LAPTOP, name: 'Old laptop', addresses: [] },
        { deviceId: KIOSK_B, name: 'New laptop', addresses: [] },
      ],
    });
    const config = desiredConfig(two, KIOSK_A, DATA);
    expect(config.devices.map((d) => d.deviceID)).toEqual([KIOSK_B]);
    expect(config.folders.flatMap((f) => f.devices.map((d) => d.deviceID))).toEqual([KIOSK_B, KIOSK_B]);
    expect(desiredConfig(settings({ role: 'kiosk' }), KIOSK_A, DATA)).toEqual({ devices: [], folders: [] });
  });

  it('never lists this machine as its own peer', () => {
    const config = desiredConfig(
      settings({ role: 'laptop', peers: [{ deviceId: LAPTOP, name: 'me', addresses: [] }] }),
      LAPTOP,
      DATA,
    );
    expect(config.devices).toEqual([]);
  });

  it("leaves room on a kiosk's disk: Syncthing stops receiving before its deliberate minimum, not at its 1 % default", () => {
    const config = desiredConfig(
      settings({ role: 'kiosk', peers: [{ deviceId: LAPTOP, name: 'Laptop', addresses: [] }] }),
      KIOSK_A,
      DATA,
    );
    for (const folder of config.folders) expect(folder.minDiskFree).toEqual({ value: 3, unit: 'GB' });
    expect(privateNetworkOptions(['tcp://0.0.0.0:22000']).minHomeDiskFree).toEqual({ value: 1, unit: 'GB' });
  });

  it('keeps Syncthing off the internet', () => {
    expect(privateNetworkOptions(['tcp://0.0.0.0:22000'])).toMatchObject({
      globalAnnounceEnabled: false,
      localAnnounceEnabled: true,
      relaysEnabled: false,
      natEnabled: false,
      urAccepted: -1,
      crashReportingEnabled: false,
      autoUpgradeIntervalH: 0,
    });
  });
});

describe('the booth settings file', () => {
  it('round-trips, and a first start (no file) is a single kiosk', async () => {
    const dir = await tempFolder('booth-settings-');
    const file = boothPaths(dir).settingsFile;
    expect(await readBoothSettings(file)).toEqual({ settings: settings({}), problem: null });
    const saved = settings({
      role: 'kiosk',
      name: 'Kiosk A',
      peers: [{ deviceId: LAPTOP, name: 'Laptop', addresses: ['tcp://10.0.0.2:22000'] }],
    });
    await writeBoothSettings(file, saved);
    expect(await readBoothSettings(file)).toEqual({ settings: saved, problem: null });
  });

  it('a broken file turns the booth off, says why and keeps a copy', async () => {
    const dir = await tempFolder('booth-settings-');
    const file = boothPaths(dir).settingsFile;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ role: 'kiosk', peers: [{ deviceId: 'NOT-AN-ID' }] }));
    const read = await readBoothSettings(file, () => new Date('2026-12-05T05:00:00Z'));
    expect(read.settings.role).toBe('none');
    expect(read.problem).toMatch(/booth\.json is invalid \(peers\.0\.deviceId: not a valid Syncthing device ID\)/);
    const kept = (await readdir(path.dirname(file))).filter((name) => name.includes('corrupt'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(path.dirname(file), kept[0]!), 'utf8')).toContain('NOT-AN-ID');
  });

  it('refuses to write a static address that is not tcp://host:port', async () => {
    const dir = await tempFolder('booth-settings-');
    const bad = settings({ role: 'laptop', peers: [{ deviceId: KIOSK_A, name: '', addresses: ['192.168.1.5'] }] });
    await expect(writeBoothSettings(boothPaths(dir).settingsFile, bad)).rejects.toThrow(/tcp:\/\/host:port/);
  });
});

describe('the Syncthing binary and its config.xml', () => {
  const exists = (files: string[]) => (file: string) => files.includes(file);

  it('looks at KIOSK_SYNCTHING, then the bundled resources, then PATH', () => {
    const env = { KIOSK_SYNCTHING: '/opt/st', PATH: '/usr/bin:/bin' };
    const all = ['/opt/st', '/res/syncthing/syncthing', '/usr/bin/syncthing'];
    expect(findSyncthingBinary({ env, resourcesPath: '/res', platform: 'linux', fileExists: exists(all) })).toEqual({
      path: '/opt/st',
      source: 'env',
    });
    expect(
      findSyncthingBinary({ env, resourcesPath: '/res', platform: 'linux', fileExists: exists(all.slice(1)) }),
    ).toEqual({ path: '/res/syncthing/syncthing', source: 'resources' });
    expect(
      findSyncthingBinary({ env, resourcesPath: '/res', platform: 'linux', fileExists: exists(all.slice(2)) }),
    ).toEqual({ path: '/usr/bin/syncthing', source: 'path' });
  });

  it('says where it looked when there is none (Windows: syncthing.exe)', () => {
    const found = findSyncthingBinary({
      env: { Path: 'C:\\Windows' },
      resourcesPath: 'C:\\Kiosk\\resources',
      platform: 'win32',
      fileExists: () => false,
    });
    expect(found.path).toBeUndefined();
    expect('looked' in found && found.looked.join(' | ')).toMatch(/syncthing\.exe .*syncthing\.exe on PATH/);
  });

  it('forces options into config.xml, replacing repeated elements and adding missing ones', () => {
    const xml = [
      '<configuration>',
      '    <gui enabled="true"><address>127.0.0.1:8384</address><apikey>k3y</apikey></gui>',
      '    <options>',
      '        <listenAddress>default</listenAddress>',
      '        <listenAddress>quic://0.0.0.0:22000</listenAddress>',
      '        <relaysEnabled>true</relaysEnabled>',
      '    </options>',
      '</configuration>',
    ].join('\n');
    const out = setXmlOptions(xml, {
      listenAddress: ['tcp://0.0.0.0:22000'],
      relaysEnabled: 'false',
      urAccepted: '-1',
    });
    expect(out.match(/<listenAddress>[^<]*<\/listenAddress>/g)).toEqual([
      '<listenAddress>tcp://0.0.0.0:22000</listenAddress>',
    ]);
    expect(out).toContain('<relaysEnabled>false</relaysEnabled>');
    expect(out).toContain('<urAccepted>-1</urAccepted>');
    expect(out).not.toContain('<relaysEnabled>true');
    expect(apiKeyFromXml(out)).toBe('k3y');
  });
});
