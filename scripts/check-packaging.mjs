// Packaging LAYOUT check (not an installer build). Runs here, offline, in well under a minute:
//
//   1. validates electron-builder.yml and electron-builder.e2e.yml against the JSON schema that
//      app-builder-lib ships (node_modules/app-builder-lib/scheme.json);
//   2. builds the app (`npm run build`, skipped with --no-build);
//   3. packages it with the release config for a Linux `dir` target, on a PLACEHOLDER Electron
//      distribution (`electronDist`: a folder holding a fake `electron` executable that carries a
//      fuse wire, a few locale files and licences), so that nothing is downloaded;
//   4. asserts on what came out: the asar holds the built main, preload and renderer and nothing
//      else (no sources, tests, source maps or node_modules); the default pack sits outside it, in
//      resources/packs/xuzhou; sharp (the one native module) is unpacked beside the asar and loads
//      from there in plain Node; the release fuses were flipped; unwanted Chromium locales dropped;
//      the asar and resources stay within their size budgets (printed).
//
// What it cannot tell: whether the NSIS, portable or dmg targets build (they need Electron's real
// binaries, NSIS and, for the dmg, macOS) — that is .github/workflows/installers.yml's job.
//
//   node scripts/check-packaging.mjs [--no-build] [--keep]
//
// Exit code 0 when every assertion holds, 1 otherwise (each failure printed).
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Arch, build, Platform } from 'electron-builder';
import { parse as parseYaml } from 'yaml';

// ajv, @electron/asar and @electron/fuses are dependencies of app-builder-lib (electron-builder's
// core), not of this project: load the copies electron-builder itself uses.
const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
const { listPackage, extractFile } = builderRequire('@electron/asar');
const { getCurrentFuseWire, FuseV1Options } = builderRequire('@electron/fuses');

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONFIGS = ['electron-builder.yml', 'electron-builder.e2e.yml'];
const RELEASE_CONFIG = 'electron-builder.yml';

/**
 * Size budgets, in bytes. The asar holds only bundled code and the typefaces' cuts (Japanese's own
 * cut, scripts/language-font.ts, adds some 0.3–0.5 MB); resources add the default pack. The asar's
 * grew from 8 to 10 MiB with the content studio (its page, ~0.55 MB, and its server in main) and
 * Japanese's cut, then to 11 MiB with the spreadsheet importer's reader in main (exceljs's minified
 * bundle, ~1.4 MB with papaparse; the package's own entry would have added ~2.8 MB), and to 12 MiB
 * with the boundary importer (d3-geo and topojson in main) and the booth's Syncthing client.
 */
export const BUDGET = { asar: 12 * 1024 * 1024, resources: 80 * 1024 * 1024 };

/** What the asar must hold, and what it must never hold. */
const REQUIRED_IN_ASAR = [
  '/package.json',
  '/dist/main/electron-main.cjs',
  '/dist/preload/preload.cjs',
  '/dist/renderer/index.html',
];
/** sharp and what it needs at run time: the only node_modules the app holds (unpacked). */
const NATIVE_MODULES = ['sharp', '@img', 'detect-libc', 'semver'];
const isNativeModule = (p) =>
  NATIVE_MODULES.some((name) => p === `/node_modules/${name}` || p.startsWith(`/node_modules/${name}/`));
const FORBIDDEN_IN_ASAR = [
  {
    why: 'node_modules other than sharp (runtime code is bundled)',
    test: (p) => /(^|\/)node_modules(\/|$)/.test(p) && p !== '/node_modules' && !isNativeModule(p),
  },
  { why: 'a source map', test: (p) => p.endsWith('.map') },
  { why: 'a TypeScript source', test: (p) => /\.(ts|tsx|mts|cts)$/.test(p) },
  { why: 'a source folder', test: (p) => /^\/(main|renderer|scripts|locales|assets)(\/|$)/.test(p) },
  { why: 'a test', test: (p) => /^\/(tests|test-results|playwright-report|coverage)(\/|$)/.test(p) },
  { why: 'the browser-mode CLI (not part of the app)', test: (p) => p.startsWith('/dist/cli') },
  { why: 'a development file', test: (p) => /^\/(\.ci|\.github|release|scratch|README\.md|tsconfig\.json)/.test(p) },
];
const ALLOWED_TOP = new Set(['/package.json', '/dist', '/node_modules']);

/** Fuses of the release config, by @electron/fuses index. */
const EXPECTED_FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

// The fuse wire's format (@electron/fuses): this marker, the wire version (1), its length, then one
// byte per fuse, '0' for off and '1' for on.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FuseState = { DISABLE: 0x30, ENABLE: 0x31 };

/**
 * A placeholder Electron distribution for linux-x64: what electron-builder copies from an unpacked
 * `electronDist` folder (the `electron` executable it renames, `resources/`, `locales/*.pak` it
 * filters by electronLanguages, the licences it keeps) and nothing that runs. The executable carries
 * a fuse wire with Electron's defaults, so that electron-builder's `electronFuses` step has
 * something real to flip and this check can read the result.
 */
async function writePlaceholderElectron(dir) {
  await mkdir(path.join(dir, 'resources'), { recursive: true });
  await mkdir(path.join(dir, 'locales'), { recursive: true });
  // Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on,
  // asar integrity off, only-from-asar off, browser V8 snapshot off, file:// privileges on.
  const wire = [1, 0, 1, 1, 0, 0, 0, 1].map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE));
  const script = Buffer.from(
    '#!/bin/sh\necho "placeholder Electron of scripts/check-packaging.mjs: it does not run" >&2\nexit 1\n# ',
  );
  const fuses = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, wire.length, ...wire]), Buffer.from('\n')]);
  await writeFile(path.join(dir, 'electron'), Buffer.concat([script, fuses]));
  await chmod(path.join(dir, 'electron'), 0o755);
  for (const locale of ['en-US', 'zh-CN', 'de', 'fr', 'ja']) {
    await writeFile(path.join(dir, 'locales', `${locale}.pak`), `placeholder ${locale}\n`);
  }
  await writeFile(path.join(dir, 'LICENSE'), 'placeholder Electron licence\n');
  await writeFile(path.join(dir, 'LICENSES.chromium.html'), '<p>placeholder Chromium licences</p>\n');
  await writeFile(path.join(dir, 'version'), '45.5.0');
}

/**
 * What the installers must be, read from the release config (they cannot be built here, so at
 * least their settings are pinned), and the e2e config: the release one plus the inspect fuse only.
 */
async function checkTargets(check) {
  const release = parseYaml(await readFile(path.join(repoRoot, RELEASE_CONFIG), 'utf8'));
  const e2e = parseYaml(await readFile(path.join(repoRoot, 'electron-builder.e2e.yml'), 'utf8'));
  const targets = (platform) =>
    Object.fromEntries((release[platform]?.target ?? []).map((t) => [t.target, [...(t.arch ?? [])].sort().join('+')]));
  const win = targets('win');
  check(win.nsis === 'arm64+x64' && win.portable === 'x64', `Windows targets: ${JSON.stringify(win)}`);
  const nsis = release.nsis ?? {};
  check(
    nsis.oneClick === false &&
      nsis.perMachine === true &&
      nsis.allowToChangeInstallationDirectory === true &&
      Boolean(nsis.createDesktopShortcut),
    'NSIS: assisted, per machine, installation folder may change, desktop shortcut',
  );
  const include = nsis.include ? await readFile(path.join(repoRoot, nsis.include), 'utf8').catch(() => '') : '';
  check(
    /customInstall[\s\S]*CreateShortCut "\$DESKTOP\\\$\{PRODUCT_NAME\} Content Studio\.lnk"[^\n]*"--studio"/.test(
      include,
    ) && /customUnInstall[\s\S]*Delete "\$DESKTOP\\\$\{PRODUCT_NAME\} Content Studio\.lnk"/.test(include),
    'NSIS: a "Content Studio" shortcut that starts the app with --studio, removed on uninstall',
  );
  check(targets('mac').dmg === 'universal', `macOS target: ${JSON.stringify(targets('mac'))}`);
  check(
    release.extraResources?.some((r) => r.from === 'assets/packs/xuzhou' && r.to === 'packs/xuzhou'),
    'the default pack is an extraResource (packs/xuzhou)',
  );
  check(
    e2e.extends === RELEASE_CONFIG &&
      JSON.stringify(e2e.electronFuses) === JSON.stringify({ enableNodeCliInspectArguments: true }),
    'electron-builder.e2e.yml extends the release config and turns on the inspect fuse only',
  );
}

/** Validates each electron-builder config file against app-builder-lib's own JSON schema. */
async function validateConfigs(failures) {
  const Ajv = builderRequire('ajv');
  const schema = JSON.parse(await readFile(builderRequire.resolve('./scheme.json'), 'utf8'));
  const ajv = new (Ajv.default ?? Ajv)({ allErrors: true, strict: false, allowUnionTypes: true });
  const validate = ajv.compile(schema);
  for (const file of CONFIGS) {
    const config = parseYaml(await readFile(path.join(repoRoot, file), 'utf8'));
    if (validate(config)) {
      console.log(`ok   ${file} matches app-builder-lib/scheme.json`);
    } else {
      for (const error of validate.errors ?? []) {
        failures.push(`${file}: ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
      }
    }
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height of a PNG (from its IHDR chunk), or undefined when it is not a PNG. */
function pngSize(bytes) {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/**
 * The committed icons (scripts/make-icons.mjs): a 1024 px PNG, an .ico with a 256 px image (what
 * electron-builder requires for Windows) and an .icns with a 1024 px image, each well-formed.
 */
async function checkIcons(check) {
  const dir = path.join(repoRoot, 'assets', 'build');
  const png = await readFile(path.join(dir, 'icon.png'));
  check(JSON.stringify(pngSize(png)) === '[1024,1024]', 'assets/build/icon.png is a 1024×1024 PNG');

  const ico = await readFile(path.join(dir, 'icon.ico'));
  const icoSizes = [];
  const count = ico.readUInt16LE(4);
  for (let i = 0; i < count && ico.readUInt16LE(2) === 1; i++) {
    const entry = 6 + 16 * i;
    const [length, offset] = [ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
    const size = pngSize(ico.subarray(offset, offset + length));
    if (size) icoSizes.push(size[0]);
  }
  check(icoSizes.includes(256) && icoSizes.includes(16), `assets/build/icon.ico holds ${icoSizes.join(', ')} px`);

  const icns = await readFile(path.join(dir, 'icon.icns'));
  const icnsTypes = [];
  let ok = icns.subarray(0, 4).toString('latin1') === 'icns' && icns.readUInt32BE(4) === icns.length;
  for (let at = 8; ok && at < icns.length;) {
    const type = icns.subarray(at, at + 4).toString('latin1');
    const length = icns.readUInt32BE(at + 4);
    const size = pngSize(icns.subarray(at + 8, at + length));
    if (length < 8 || !size) ok = false;
    else icnsTypes.push(`${type}:${size[0]}`);
    at += length;
  }
  check(ok && icnsTypes.includes('ic10:1024'), `assets/build/icon.icns holds ${icnsTypes.join(', ')}`);
}

async function sizeOf(target) {
  const info = await stat(target);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of await readdir(target)) total += await sizeOf(path.join(target, entry));
  return total;
}

async function filesUnder(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await filesUnder(path.join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out;
}

/** Packages the built app with `configFile` for linux-x64 `dir` on the placeholder Electron. */
async function packageDir(configFile, electronDist, output) {
  await build({
    projectDir: repoRoot,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    // Loads `configFile` (and what it extends), then overrides only where Electron comes from and
    // where the output goes.
    config: { extends: configFile, electronDist, directories: { output } },
  });
  return path.join(output, 'linux-unpacked');
}

/**
 * sharp beside the asar: its package, its native build for this machine and libvips, nothing else
 * unpacked; and it loads from there (Electron's require finds unpacked files at this same path)
 * and converts a picture, in a plain Node child so that no copy from the repository's
 * node_modules can stand in for it.
 */
async function checkUnpackedSharp(unpacked, check) {
  const modules = path.join(unpacked, 'node_modules');
  const present = (await exists(modules)) ? await readdir(modules) : [];
  check(
    (await exists(unpacked)) && JSON.stringify((await readdir(unpacked)).sort()) === JSON.stringify(['node_modules']),
    'only node_modules is unpacked beside the asar',
  );
  check(
    present.every((name) => NATIVE_MODULES.includes(name)) && present.includes('sharp') && present.includes('@img'),
    `unpacked node_modules: ${present.join(', ')} (sharp and what it needs, nothing else)`,
  );
  const probe = `
    const sharp = require(${JSON.stringify(path.join(modules, 'sharp'))});
    const native = Object.keys(require.cache).find((f) => f.endsWith('.node'));
    sharp({ create: { width: 8, height: 8, channels: 3, background: '#f00' } }).jpeg().toBuffer()
      .then((b) => sharp(b).metadata())
      .then((m) => console.log(JSON.stringify({ format: m.format, native })));`;
  const result = spawnSync(process.execPath, ['-e', probe], { cwd: os.tmpdir(), encoding: 'utf8' });
  let loaded;
  try {
    loaded = JSON.parse(result.stdout.trim());
  } catch {
    loaded = undefined;
  }
  check(
    loaded?.format === 'jpeg' && typeof loaded.native === 'string' && loaded.native.startsWith(unpacked),
    loaded
      ? `sharp loads from app.asar.unpacked and converts a picture (native build ${path.relative(unpacked, loaded.native ?? '')})`
      : `sharp does not load from app.asar.unpacked: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`,
  );
}

async function checkFuses(executable, expected, label, check) {
  const wire = await getCurrentFuseWire(executable);
  for (const [index, enabled] of Object.entries(expected)) {
    const want = enabled ? FuseState.ENABLE : FuseState.DISABLE;
    check(wire[index] === want, `${label} fuse ${FuseV1Options[index]} is ${enabled ? 'on' : 'off'}`);
  }
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function exists(file) {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

export async function checkPackaging({ runBuild = true, keep = false } = {}) {
  const started = Date.now();
  const failures = [];
  const check = (ok, message) => {
    if (ok) console.log(`ok   ${message}`);
    else failures.push(message);
  };

  await validateConfigs(failures);
  await checkTargets(check);
  await checkIcons(check);

  if (runBuild) {
    // A release build whatever the caller's NODE_ENV: under Vitest (NODE_ENV=test) Vite would bundle
    // React's development build, and the sizes checked would not be the ones that ship.
    const result = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (result.status !== 0) throw new Error('npm run build failed');
  }
  for (const built of REQUIRED_IN_ASAR.slice(1)) {
    if (!(await exists(path.join(repoRoot, built))))
      throw new Error(`${built.slice(1)} is missing: run "npm run build"`);
  }

  const work = await mkdtemp(path.join(os.tmpdir(), 'kiosk-layout-'));
  try {
    const electronDist = path.join(work, 'electron-dist');
    const output = path.join(work, 'release');
    await writePlaceholderElectron(electronDist);

    const appDir = await packageDir(RELEASE_CONFIG, electronDist, output);
    const resources = path.join(appDir, 'resources');
    const asarFile = path.join(resources, 'app.asar');
    check(await exists(asarFile), 'resources/app.asar exists');

    // The asar: exactly the built app.
    const entries = listPackage(asarFile, { isPack: false }).map((p) => p.split(path.sep).join('/'));
    for (const required of REQUIRED_IN_ASAR) check(entries.includes(required), `asar holds ${required}`);
    check(
      entries.some((p) => p.startsWith('/dist/renderer/assets/') && p.endsWith('.js')),
      'asar holds the renderer bundle (dist/renderer/assets/*.js)',
    );
    const forbidden = [];
    for (const entry of entries) {
      const top = `/${entry.split('/')[1]}`;
      if (!ALLOWED_TOP.has(top)) forbidden.push(`${entry}: outside package.json and dist/`);
      for (const rule of FORBIDDEN_IN_ASAR) if (rule.test(entry)) forbidden.push(`${entry}: ${rule.why}`);
    }
    check(
      forbidden.length === 0,
      forbidden.length === 0
        ? `asar holds nothing else (${entries.length} entries: no sources, tests or maps; no node_modules but sharp's)`
        : `asar holds what it must not:\n       ${forbidden.slice(0, 20).join('\n       ')}`,
    );
    await checkUnpackedSharp(path.join(resources, 'app.asar.unpacked'), check);
    check(!(await exists(path.join(resources, 'app'))), 'no loose app folder');

    // The package.json inside: the entry and the version electron-builder stamps on the installers.
    const packaged = JSON.parse(extractFile(asarFile, 'package.json').toString('utf8'));
    const own = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
    check(packaged.main === 'dist/main/electron-main.cjs', `packaged package.json main is ${packaged.main}`);
    check(packaged.version === own.version, `packaged version is package.json's (${packaged.version})`);

    // The default pack: outside the asar, file for file.
    const packSource = path.join(repoRoot, 'assets', 'packs', 'xuzhou');
    const packOut = path.join(resources, 'packs', 'xuzhou');
    const manifest = (await exists(path.join(packOut, 'pack.json')))
      ? 'pack.json'
      : (await exists(path.join(packOut, 'pack.yaml')))
        ? 'pack.yaml'
        : undefined;
    check(
      manifest !== undefined,
      manifest !== undefined
        ? `resources/packs/xuzhou/${manifest} exists`
        : (await exists(packSource))
          ? 'resources/packs/xuzhou has no pack.json or pack.yaml'
          : 'resources/packs/xuzhou is missing: the default pack assets/packs/xuzhou is not there (not committed?)',
    );
    const expectedPack = (await exists(packSource)) ? (await filesUnder(packSource)).sort() : [];
    const actualPack = (await exists(packOut)) ? (await filesUnder(packOut)).sort() : [];
    check(
      JSON.stringify(expectedPack) === JSON.stringify(actualPack),
      `resources/packs/xuzhou holds the ${expectedPack.length} files of assets/packs/xuzhou`,
    );
    check(!entries.some((p) => p.startsWith('/packs')), 'the pack is not (also) inside the asar');

    // The binary: renamed, fuses flipped as the release config says.
    const executable = path.join(appDir, 'invest-kiosk');
    check(await exists(executable), 'the executable is named invest-kiosk');
    if (await exists(executable)) await checkFuses(executable, EXPECTED_FUSES, 'release', check);

    // Chromium locales: only the kiosk's languages remain.
    const locales = (await readdir(path.join(appDir, 'locales'))).sort();
    check(
      JSON.stringify(locales) === JSON.stringify(['en-US.pak', 'zh-CN.pak']),
      `locales kept: ${locales.join(', ')}`,
    );
    check(await exists(path.join(appDir, 'LICENSE.electron.txt')), "Electron's licence is kept");

    // Sizes.
    const asarSize = (await exists(asarFile)) ? (await stat(asarFile)).size : 0;
    const resourcesSize = await sizeOf(resources);
    console.log(`size asar ${mb(asarSize)} (budget ${mb(BUDGET.asar)})`);
    console.log(`size resources ${mb(resourcesSize)} (budget ${mb(BUDGET.resources)}; asar + default pack)`);
    check(asarSize <= BUDGET.asar, `asar within its budget`);
    check(resourcesSize <= BUDGET.resources, `resources within their budget`);

    // The e2e variant: the same app, with only the inspect fuse on (what Playwright needs).
    const e2eDir = await packageDir('electron-builder.e2e.yml', electronDist, path.join(work, 'release-e2e'));
    const e2eFuses = { ...EXPECTED_FUSES, [FuseV1Options.EnableNodeCliInspectArguments]: true };
    await checkFuses(path.join(e2eDir, 'invest-kiosk'), e2eFuses, 'e2e', check);

    if (keep) console.log(`kept ${work}`);
  } finally {
    if (!keep) await rm(work, { recursive: true, force: true });
  }

  for (const failure of failures) console.error(`FAIL ${failure}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    failures.length === 0
      ? `Packaging layout check passed in ${seconds} s`
      : `Packaging layout check FAILED (${failures.length}) in ${seconds} s`,
  );
  return failures;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const failures = await checkPackaging({
    runBuild: !process.argv.includes('--no-build'),
    keep: process.argv.includes('--keep'),
  });
  process.exitCode = failures.length === 0 ? 0 : 1;
}
