import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appRootFromMainDir,
  packDirFromArgv,
  portablePackDir,
  preloadPathFromMainDir,
  rendererDirFromMainDir,
  resolvePackDir,
  type PackDirInputs,
} from '../../../main/electron/paths.ts';

const root = path.resolve('/srv/kiosk');

function inputs(overrides: Partial<PackDirInputs> = {}): PackDirInputs {
  return {
    argv: ['/usr/bin/electron', path.join(root, 'dist/main/electron-main.cjs')],
    env: {},
    isPackaged: false,
    resourcesPath: path.resolve('/opt/Invest Kiosk/resources'),
    appRoot: root,
    cwd: path.resolve('/home/editor'),
    ...overrides,
  };
}

describe('packDirFromArgv', () => {
  it('reads --pack <dir>', () => {
    expect(packDirFromArgv(['electron', 'main.cjs', '--pack', '/packs/demo'])).toBe('/packs/demo');
  });

  it('reads --pack=<dir>', () => {
    expect(packDirFromArgv(['kiosk', '--pack=/packs/demo'])).toBe('/packs/demo');
  });

  it('takes the last --pack when given twice', () => {
    expect(packDirFromArgv(['kiosk', '--pack', '/a', '--pack=/b'])).toBe('/b');
  });

  it('ignores a --pack with no folder after it', () => {
    expect(packDirFromArgv(['kiosk', '--pack'])).toBeUndefined();
    expect(packDirFromArgv(['kiosk', '--pack', '--inspect'])).toBeUndefined();
    expect(packDirFromArgv(['kiosk', '--pack='])).toBeUndefined();
  });

  it('does not mistake a look-alike option for --pack', () => {
    expect(packDirFromArgv(['kiosk', '--packs', '/x', '--package=/y'])).toBeUndefined();
  });
});

describe('resolvePackDir', () => {
  it('uses the repository pack in development', () => {
    expect(resolvePackDir(inputs())).toEqual({ dir: path.join(root, 'assets/packs/xuzhou'), source: 'dev' });
  });

  it('uses the pack inside the resources folder when packaged', () => {
    expect(resolvePackDir(inputs({ isPackaged: true }))).toEqual({
      dir: path.resolve('/opt/Invest Kiosk/resources/packs/xuzhou'),
      source: 'packaged',
    });
  });

  it('follows KIOSK_PACK_DIR over the default, packaged or not', () => {
    const env = { KIOSK_PACK_DIR: '/data/pack' };
    expect(resolvePackDir(inputs({ env }))).toEqual({ dir: path.resolve('/data/pack'), source: 'env' });
    expect(resolvePackDir(inputs({ env, isPackaged: true }))).toEqual({
      dir: path.resolve('/data/pack'),
      source: 'env',
    });
  });

  it('follows --pack over KIOSK_PACK_DIR', () => {
    const choice = resolvePackDir(
      inputs({ argv: ['kiosk', '--pack', '/cli/pack'], env: { KIOSK_PACK_DIR: '/env/pack' } }),
    );
    expect(choice).toEqual({ dir: path.resolve('/cli/pack'), source: 'argv' });
  });

  it('resolves a relative override from the working directory', () => {
    expect(resolvePackDir(inputs({ argv: ['kiosk', '--pack=packs/demo'] })).dir).toBe(
      path.resolve('/home/editor/packs/demo'),
    );
    expect(resolvePackDir(inputs({ env: { KIOSK_PACK_DIR: './p' } })).dir).toBe(path.resolve('/home/editor/p'));
  });

  it('ignores an empty KIOSK_PACK_DIR', () => {
    expect(resolvePackDir(inputs({ env: { KIOSK_PACK_DIR: '  ' } })).source).toBe('dev');
  });
});

describe('portable exe (PORTABLE_EXECUTABLE_DIR)', () => {
  const exeDir = path.resolve('/media/usb');
  const packDir = path.join(exeDir, 'pack');
  const env = { PORTABLE_EXECUTABLE_DIR: exeDir };
  const filesOf =
    (...files: string[]) =>
    (file: string) =>
      files.map((f) => path.resolve(f)).includes(path.resolve(file));

  it('uses the pack folder beside the exe when it holds pack.json or pack.yaml', () => {
    for (const manifest of ['pack.json', 'pack.yaml']) {
      const fileExists = filesOf(path.join(packDir, manifest));
      expect(resolvePackDir(inputs({ env, isPackaged: true, fileExists }))).toEqual({
        dir: packDir,
        source: 'portable',
      });
    }
  });

  it('keeps the packaged default when the folder beside the exe holds no pack', () => {
    const fileExists = filesOf(path.join(packDir, 'readme.txt'), path.join(exeDir, 'pack.json'));
    expect(resolvePackDir(inputs({ env, isPackaged: true, fileExists })).source).toBe('packaged');
  });

  it('ignores an empty PORTABLE_EXECUTABLE_DIR', () => {
    const fileExists = () => true;
    expect(resolvePackDir(inputs({ env: { PORTABLE_EXECUTABLE_DIR: ' ' }, isPackaged: true, fileExists })).source).toBe(
      'packaged',
    );
  });

  it('gives way to --pack and KIOSK_PACK_DIR', () => {
    const fileExists = filesOf(path.join(packDir, 'pack.json'));
    expect(resolvePackDir(inputs({ env, isPackaged: true, fileExists, argv: ['kiosk', '--pack=/cli'] }))).toEqual({
      dir: path.resolve('/cli'),
      source: 'argv',
    });
    expect(resolvePackDir(inputs({ env: { ...env, KIOSK_PACK_DIR: '/env' }, isPackaged: true, fileExists }))).toEqual({
      dir: path.resolve('/env'),
      source: 'env',
    });
  });

  it('applies only to the packaged app, never to a development run', () => {
    const fileExists = filesOf(path.join(packDir, 'pack.json'));
    expect(resolvePackDir(inputs({ env, fileExists })).source).toBe('dev');
  });

  it('reports no folder without the variable', () => {
    expect(portablePackDir({}, () => true)).toBeUndefined();
  });
});

describe('build layout', () => {
  const mainDir = path.join(root, 'dist/main');

  it('finds the repository two levels above the built main', () => {
    expect(appRootFromMainDir(mainDir)).toBe(root);
  });

  it('finds the renderer build next to the built main', () => {
    expect(rendererDirFromMainDir(mainDir)).toBe(path.join(root, 'dist/renderer'));
  });

  it('finds the bundled preload next to the built main', () => {
    expect(preloadPathFromMainDir(mainDir)).toBe(path.join(root, 'dist/preload/preload.cjs'));
  });
});
