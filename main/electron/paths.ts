/**
 * Where the kiosk finds its files. Pure decisions over explicit inputs (argv, environment, whether
 * the app is packaged, the built main's folder), so that each rule is tested without Electron.
 *
 * Layout assumed (the build bundles main and preload with esbuild):
 *   dist/main/electron-main.cjs   the entry (`mainDir` = dist/main)
 *   dist/preload/preload.cjs      the preload
 *   dist/renderer/                the renderer build
 *   assets/packs/xuzhou/          the development pack, at the repository root
 *   <resources>/packs/xuzhou/     the pack of a packaged app (electron-builder extraResources)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The pack shipped and shown by default. */
export const DEFAULT_PACK_ID = 'xuzhou';

/** Command-line option that points the kiosk at another pack folder. */
export const PACK_ARG = '--pack';

/** Environment variable that points the kiosk at another pack folder (below `--pack`). */
export const PACK_ENV = 'KIOSK_PACK_DIR';

/**
 * The value of `--pack <dir>` or `--pack=<dir>` in argv, or undefined. The last occurrence wins, as
 * with most CLIs; a `--pack` with nothing after it is ignored rather than taking the next flag.
 */
export function packDirFromArgv(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === undefined) continue;
    if (arg === PACK_ARG) {
      const next = argv[i + 1];
      if (next !== undefined && next !== '' && !next.startsWith('--')) {
        found = next;
        i++;
      }
    } else if (arg.startsWith(`${PACK_ARG}=`)) {
      const value = arg.slice(PACK_ARG.length + 1);
      if (value !== '') found = value;
    }
  }
  return found;
}

/** Everything `resolvePackDir` decides from. */
export interface PackDirInputs {
  /** `process.argv`. */
  argv: readonly string[];
  /** `process.env`. */
  env: Readonly<Record<string, string | undefined>>;
  /** `app.isPackaged`. */
  isPackaged: boolean;
  /** `process.resourcesPath`: the packaged app's resources folder. */
  resourcesPath: string;
  /** The repository root, for development runs. */
  appRoot: string;
  /** Where relative overrides are resolved from: `process.cwd()`. */
  cwd: string;
  /** Whether a file exists (for the portable build's `pack` folder); `fs.existsSync` by default. */
  fileExists?: (file: string) => boolean;
}

/** The chosen pack folder and why, so the log can say where it came from. */
export interface PackDirChoice {
  dir: string;
  source: 'argv' | 'env' | 'portable' | 'packaged' | 'dev';
}

/**
 * The pack folder: `--pack` first, then `KIOSK_PACK_DIR`, then, for the Windows portable exe, a
 * `pack` folder beside it that holds a pack (see `portablePackDir`), then the default (inside the
 * packaged app's resources, or `assets/packs/xuzhou` of the repository in development). Overrides may be
 * relative; they are resolved from the working directory, as a user typing them would expect.
 */
export function resolvePackDir(inputs: PackDirInputs): PackDirChoice {
  const fromArgv = packDirFromArgv(inputs.argv);
  if (fromArgv !== undefined) return { dir: path.resolve(inputs.cwd, fromArgv), source: 'argv' };
  const fromEnv = inputs.env[PACK_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    return { dir: path.resolve(inputs.cwd, fromEnv), source: 'env' };
  }
  if (inputs.isPackaged) {
    const portable = portablePackDir(inputs.env, inputs.fileExists ?? existsSync);
    if (portable !== undefined) return { dir: portable, source: 'portable' };
    return { dir: path.join(inputs.resourcesPath, 'packs', DEFAULT_PACK_ID), source: 'packaged' };
  }
  return { dir: path.join(inputs.appRoot, 'assets', 'packs', DEFAULT_PACK_ID), source: 'dev' };
}

// --- Portable build (electron-builder's `portable` target) ---------------------------------------

/** Set by electron-builder's portable launcher to the folder of the portable exe. */
export const PORTABLE_DIR_ENV = 'PORTABLE_EXECUTABLE_DIR';

/** The folder beside the portable exe that, when it holds a pack, replaces the embedded default. */
export const PORTABLE_PACK_FOLDER = 'pack';

/**
 * `<folder of the portable exe>/pack` when the app runs as a portable exe and that folder holds a
 * pack manifest (pack.json or pack.yaml); undefined otherwise, so that an empty or stray `pack`
 * folder never hides the embedded default.
 */
export function portablePackDir(
  env: Readonly<Record<string, string | undefined>>,
  fileExists: (file: string) => boolean,
): string | undefined {
  const exeDir = env[PORTABLE_DIR_ENV];
  if (exeDir === undefined || exeDir.trim() === '') return undefined;
  const dir = path.join(exeDir, PORTABLE_PACK_FOLDER);
  const hasManifest = ['pack.json', 'pack.yaml'].some((name) => fileExists(path.join(dir, name)));
  return hasManifest ? dir : undefined;
}

// ---------------------------------------------------------------------------------------------------

/** The repository root in development: two levels above the built main (`dist/main`). */
export function appRootFromMainDir(mainDir: string): string {
  return path.resolve(mainDir, '..', '..');
}

/** The renderer build, next to the built main: `dist/renderer`. */
export function rendererDirFromMainDir(mainDir: string): string {
  return path.resolve(mainDir, '..', 'renderer');
}

/** The bundled preload, next to the built main: `dist/preload/preload.cjs`. */
export function preloadPathFromMainDir(mainDir: string): string {
  return path.resolve(mainDir, '..', 'preload', 'preload.cjs');
}
