// When Syncthing is missing or cannot start, the kiosk runs on its own: the engine never throws into
// its caller, says why, and keeps trying a failing start with a growing delay.
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBoothEngine } from '../../../../main/core/booth/syncthing/syncthing-booth-engine.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const LAPTOP = '6L2I5BU-6IIK54Z-PT44ZAD-MUGPQ7S-GPDZIXN-3ITTOBM-52DNZYQ-XLAF2AD';

describe('the booth engine when Syncthing cannot run', () => {
  it('role none: starts nothing and says the machine is not in a booth', async () => {
    const dir = await tempFolder('booth-none-');
    const engine = createBoothEngine({ dataDir: dir, env: { KIOSK_SYNCTHING: '/bin/false', PATH: '' }, log: () => {} });
    await engine.start();
    expect(engine.state()).toEqual({ running: false, reason: expect.stringMatching(/not part of a booth/) });
    expect(engine.pid()).toBeUndefined();
    await engine.stop();
  });

  it('missing binary: the kiosk runs alone, and the state says where Syncthing was looked for', async () => {
    const dir = await tempFolder('booth-missing-');
    const engine = createBoothEngine({
      dataDir: dir,
      env: { KIOSK_SYNCTHING: path.join(dir, 'nowhere', 'syncthing'), PATH: '' },
      resourcesPath: path.join(dir, 'resources'),
      log: () => {},
    });
    await expect(engine.setRole('kiosk', 'Kiosk A')).resolves.toBeUndefined();
    const state = engine.state();
    expect(state.running).toBe(false);
    expect(!state.running && state.reason).toMatch(/Syncthing was not found .*nowhere.*resources.*on PATH/);
    expect(await engine.folderState('packs')).toMatchObject({ complete: false, state: 'stopped' });
    // Pairing is still recorded, for when Syncthing is there.
    await engine.pair(LAPTOP, 'Laptop');
    expect(engine.settings().peers.map((p) => p.deviceId)).toEqual([LAPTOP]);
    expect(await engine.peers()).toEqual([{ deviceId: LAPTOP, name: 'Laptop', connected: false }]);
    await engine.stop();
  });

  it('a binary that fails: the reason is shown, and it is retried with a growing delay until stopped', async () => {
    const dir = await tempFolder('booth-failing-');
    const runs = path.join(dir, 'runs');
    const fake = path.join(dir, 'syncthing');
    await writeFile(fake, `#!/bin/sh\necho "$1" >> '${runs}'\necho "database is locked" >&2\nexit 1\n`);
    await chmod(fake, 0o755);
    const engine = createBoothEngine({
      dataDir: dir,
      env: { KIOSK_SYNCTHING: fake, PATH: '' },
      log: () => {},
      process: { restartDelayMs: 50, maxRestartDelayMs: 200 },
    });
    await engine.setRole('laptop', 'Laptop');
    const state = engine.state();
    expect(!state.running && state.reason).toMatch(/Syncthing could not start: .*database is locked/);
    await new Promise((resolve) => setTimeout(resolve, 700));
    const attempts = (await readFile(runs, 'utf8')).trim().split('\n').length;
    // 50, 100, 200, 200… ms apart: several tries, not a busy loop.
    expect(attempts).toBeGreaterThanOrEqual(3);
    expect(attempts).toBeLessThan(10);
    await engine.stop();
    const afterStop = (await readFile(runs, 'utf8')).trim().split('\n').length;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await readFile(runs, 'utf8')).trim().split('\n').length).toBe(afterStop);
  });

  it('quitting while Syncthing is still starting leaves no Syncthing behind', async () => {
    const dir = await tempFolder('booth-quit-early-');
    const pidFile = path.join(dir, 'serve.pid');
    const fake = path.join(dir, 'syncthing');
    // Makes a home like `generate` does, then "serves" without ever opening its API.
    await writeFile(
      fake,
      [
        '#!/bin/sh',
        'case "$1" in',
        `generate) home="\${2#--home=}"; mkdir -p "$home"; printf '<configuration><gui><apikey>k</apikey></gui><options></options></configuration>' > "$home/config.xml" ;;`,
        `serve) echo $$ > '${pidFile}'; exec sleep 60 ;;`,
        'esac',
        '',
      ].join('\n'),
    );
    await chmod(fake, 0o755);
    const engine = createBoothEngine({ dataDir: dir, env: { KIOSK_SYNCTHING: fake, PATH: '' }, log: () => {} });
    const starting = engine.setRole('kiosk', 'Kiosk A');
    await vi.waitFor(async () => expect(await readFile(pidFile, 'utf8')).toMatch(/^\d+/), { timeout: 10_000 });
    const pid = Number((await readFile(pidFile, 'utf8')).trim());
    await engine.stop();
    await starting;
    expect(isAlive(pid)).toBe(false);
    expect(engine.state()).toEqual({ running: false, reason: 'stopped' });
  });

  it('pairing refuses an address that is not tcp://host:port, saying what is expected', async () => {
    const dir = await tempFolder('booth-address-');
    const engine = createBoothEngine({ dataDir: dir, env: { PATH: '' }, log: () => {} });
    await engine.start();
    await expect(engine.pair(LAPTOP, 'Laptop', ['192.168.8.2'])).rejects.toThrow(
      '"192.168.8.2" is not an address: expected tcp://host:port, e.g. tcp://192.168.8.21:22000.',
    );
    expect(engine.settings().peers).toEqual([]);
  });

  it('pairing refuses an id with a typing mistake before asking Syncthing', async () => {
    const dir = await tempFolder('booth-typo-');
    const engine = createBoothEngine({ dataDir: dir, env: { PATH: '' }, log: () => {} });
    await engine.start();
    await expect(engine.pair(`6L2I5BV${LAPTOP.slice(7)}`)).rejects.toThrow(/typing mistake/);
    expect(engine.settings().peers).toEqual([]);
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
