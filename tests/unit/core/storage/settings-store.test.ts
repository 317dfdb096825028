import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, publicSettings, SettingsPatch } from '../../../../main/core/storage/settings-schema.ts';
import { openSettingsStore, serializeSettings } from '../../../../main/core/storage/settings-store.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const clock = () => new Date('2026-11-27T10:20:30.456Z');
const KEPT = 'settings.json.corrupt-2026-11-27T10-20-30-456Z';

describe('settings defaults', () => {
  it('are the documented ones', () => {
    expect(publicSettings(defaultSettings())).toEqual({
      idleTimeoutSeconds: 60,
      defaultLanguage: 'zh-CN',
      displayId: null,
      dailyReloadHour: 4,
      presenterMode: false,
      startAtLogin: false,
      reducedMotion: false,
      graphics: 'auto',
    });
    expect(defaultSettings().pin).toBeNull();
    expect(defaultSettings().pinLockout).toEqual({ failures: 0, lockedUntil: null });
  });
});

describe('openSettingsStore', () => {
  it('starts with defaults and no problem on a first run, creating the folder', async () => {
    const dir = path.join(await tempFolder(), 'user-data');
    const store = await openSettingsStore(dir, { now: clock });
    expect(store.get()).toEqual(defaultSettings());
    expect(store.problem).toBeNull();
    await expect(readdir(dir)).resolves.toEqual([]);
  });

  it('reads back what it wrote', async () => {
    const dir = await tempFolder();
    const store = await openSettingsStore(dir);
    await store.update((s) => ({ ...s, idleTimeoutSeconds: 120, presenterMode: true }));
    const again = await openSettingsStore(dir);
    expect(again.get()).toMatchObject({ idleTimeoutSeconds: 120, presenterMode: true });
    expect(again.problem).toBeNull();
    await expect(readFile(path.join(dir, 'settings.json'), 'utf8')).resolves.toBe(serializeSettings(again.get()));
  });

  it('reports a file that is not JSON, keeps it as settings.json.corrupt-<time> and uses defaults', async () => {
    const dir = await tempFolder();
    await writeFile(path.join(dir, 'settings.json'), '{"idleTimeoutSeconds": 12');
    const store = await openSettingsStore(dir, { now: clock });
    expect(store.get()).toEqual(defaultSettings());
    expect(store.problem).toMatch(/^settings\.json is not valid JSON \(.+\); default settings are in use\./);
    expect(store.problem).toContain(`kept as ${KEPT}`);
    await expect(readFile(path.join(dir, KEPT), 'utf8')).resolves.toBe('{"idleTimeoutSeconds": 12');
    // Replaced by defaults on disk too, so the next start is clean.
    await expect(readFile(path.join(dir, 'settings.json'), 'utf8')).resolves.toBe(serializeSettings(defaultSettings()));
    expect((await openSettingsStore(dir)).problem).toBeNull();
  });

  it('reports a file that holds no object (an array, a number)', async () => {
    const dir = await tempFolder();
    await writeFile(path.join(dir, 'settings.json'), '[1, 2]');
    const store = await openSettingsStore(dir, { now: clock });
    expect(store.problem).toMatch(/does not hold a settings object/);
    expect(store.get()).toEqual(defaultSettings());
    await expect(readFile(path.join(dir, KEPT), 'utf8')).resolves.toBe('[1, 2]');
  });

  it('reports an unreadable settings.json and still starts', async () => {
    const dir = await tempFolder();
    // A folder where the file should be: reading fails with EISDIR.
    await mkdir(path.join(dir, 'settings.json'));
    const store = await openSettingsStore(dir, { now: clock });
    expect(store.get()).toEqual(defaultSettings());
    expect(store.problem).toMatch(/^settings\.json could not be read/);
    expect(await readdir(dir)).toContain(KEPT);
  });

  it('keeps the valid fields of a partly invalid file and names each field it replaced', async () => {
    const dir = await tempFolder();
    const original = JSON.stringify({
      idleTimeoutSeconds: 5,
      defaultLanguage: 'en',
      dailyReloadHour: 24,
      presenterMode: true,
      colour: 'red',
    });
    await writeFile(path.join(dir, 'settings.json'), original);
    const store = await openSettingsStore(dir, { now: clock });
    expect(store.get()).toMatchObject({
      idleTimeoutSeconds: 60,
      defaultLanguage: 'en',
      dailyReloadHour: 4,
      presenterMode: true,
    });
    expect(store.problem).toContain('idleTimeoutSeconds');
    expect(store.problem).toContain('dailyReloadHour');
    expect(store.problem).toContain('colour: unknown setting, ignored');
    expect(store.problem).not.toContain('defaultLanguage');
    await expect(readFile(path.join(dir, KEPT), 'utf8')).resolves.toBe(original);
  });

  it('keeps the PIN of a file whose other fields are invalid', async () => {
    const dir = await tempFolder();
    const pin = { algorithm: 'scrypt', N: 1024, r: 8, p: 1, keyLength: 32, salt: 'c2FsdA==', hash: 'aGFzaA==' };
    await writeFile(path.join(dir, 'settings.json'), JSON.stringify({ idleTimeoutSeconds: 'soon', pin }));
    const store = await openSettingsStore(dir, { now: clock });
    expect(store.get().pin).toEqual(pin);
  });

  it('removes temp files left by a write that a crash interrupted', async () => {
    const dir = await tempFolder();
    await writeFile(path.join(dir, 'settings.json.123.abcdef012345.tmp'), '{"idle');
    await writeFile(path.join(dir, 'other.tmp'), 'not ours');
    const store = await openSettingsStore(dir);
    expect(store.problem).toBeNull();
    await expect(readdir(dir)).resolves.toEqual(['other.tmp']);
  });

  it('refuses an invalid change and keeps the settings in force', async () => {
    const dir = await tempFolder();
    const store = await openSettingsStore(dir);
    await expect(store.update((s) => ({ ...s, idleTimeoutSeconds: 3 }))).rejects.toThrow();
    expect(store.get().idleTimeoutSeconds).toBe(60);
    await expect(readdir(dir)).resolves.toEqual([]);
  });

  it('applies quick successive changes one after the other, none lost', async () => {
    const dir = await tempFolder();
    const store = await openSettingsStore(dir);
    await Promise.all([
      store.update((s) => ({ ...s, idleTimeoutSeconds: s.idleTimeoutSeconds + 10 })),
      store.update((s) => ({ ...s, idleTimeoutSeconds: s.idleTimeoutSeconds + 10 })),
      store.update((s) => ({ ...s, reducedMotion: true })),
    ]);
    expect((await openSettingsStore(dir)).get()).toMatchObject({ idleTimeoutSeconds: 80, reducedMotion: true });
  });
});

describe('SettingsPatch', () => {
  it('accepts any subset of the public settings, null to clear the display', () => {
    expect(SettingsPatch.safeParse({ displayId: null, reducedMotion: true }).success).toBe(true);
    expect(SettingsPatch.safeParse({ graphics: 'light' }).success).toBe(true);
    expect(SettingsPatch.safeParse({}).success).toBe(true);
  });

  it.each([
    ['a PIN record', { pin: null }],
    ['the lockout', { pinLockout: { failures: 0, lockedUntil: null } }],
    ['an unknown key', { colour: 'red' }],
    ['an idle timeout below 10 s', { idleTimeoutSeconds: 9 }],
    ['an idle timeout above an hour', { idleTimeoutSeconds: 3601 }],
    ['a fractional hour', { dailyReloadHour: 3.5 }],
    ['a language that is not a tag', { defaultLanguage: 'Chinese!' }],
    ['a graphics tier that does not exist', { graphics: 'fast' }],
  ])('refuses %s', (_what, patch) => {
    expect(SettingsPatch.safeParse(patch).success).toBe(false);
  });
});
