// Fetches Syncthing's official release binaries for the installers (electron-builder.yml's
// extraResources puts vendor/syncthing/<os>-<arch>/ into resources/syncthing/), and verifies them:
// each archive's SHA-256 must be the one in the release's sha256sum.txt.asc, and with --gpg that
// list's signature must be good and made by Syncthing's release key (imported into gpg beforehand).
// Run by .github/workflows/installers.yml; it needs the network, so it cannot run on the offline
// development machine.
//
//   node scripts/fetch-syncthing.mjs [--gpg] [target…]     (targets: win-x64, win-arm64, mac-x64, …)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';

/** Syncthing 1.x: the same CLI, REST API and protocol as Debian's 1.19 that the tests run. */
export const SYNCTHING_VERSION = 'v1.30.0';

/** Syncthing's release signing key (its long id, as published on syncthing.net/security). */
export const RELEASE_KEY_ID = 'D26E6ED000654A3E';

/**
 * Release asset per electron-builder `${os}-${arch}`. macOS gets the universal binary for every
 * arch: the universal app merge needs the same file in its x64 and arm64 halves.
 */
export const TARGETS = {
  'win-x64': { asset: 'syncthing-windows-amd64', exe: 'syncthing.exe' },
  'win-arm64': { asset: 'syncthing-windows-arm64', exe: 'syncthing.exe' },
  'mac-x64': { asset: 'syncthing-macos-universal', exe: 'syncthing' },
  'mac-arm64': { asset: 'syncthing-macos-universal', exe: 'syncthing' },
  'mac-universal': { asset: 'syncthing-macos-universal', exe: 'syncthing' },
};

/** Files taken from each archive besides the binary: the licence (MPL-2.0) travels with it. */
const NOTICES = ['LICENSE.txt', 'AUTHORS.txt'];

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const releaseUrl = `https://github.com/syncthing/syncthing/releases/download/${SYNCTHING_VERSION}`;

/** `{ file name: sha256 }` from a (clear-signed) sha256sum list. */
export function parseChecksums(text) {
  const sums = {};
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]{64}) [ *]?(\S+)$/.exec(line.trim());
    if (match) sums[match[2]] = match[1];
  }
  return sums;
}

/** Whether gpg's status output shows a good signature by the release key. */
export function goodSignatureBy(statusOutput, keyId) {
  const valid = statusOutput.split('\n').find((line) => line.startsWith('[GNUPG:] VALIDSIG '));
  return Boolean(valid && valid.split(' ')[2]?.toUpperCase().endsWith(keyId.toUpperCase()));
}

async function download(url) {
  const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(300_000) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

function zipEntries(buffer, wanted) {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const found = {};
      zip.on('entry', (entry) => {
        const name = path.posix.basename(entry.fileName);
        if (!wanted.includes(name)) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks = [];
          stream.on('data', (chunk) => chunks.push(chunk));
          stream.on('end', () => {
            found[name] = Buffer.concat(chunks);
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(found));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

async function main(argv) {
  const gpg = argv.includes('--gpg');
  const targets = argv.filter((a) => !a.startsWith('--'));
  const chosen = targets.length > 0 ? targets : Object.keys(TARGETS);
  for (const target of chosen) if (!TARGETS[target]) throw new Error(`unknown target ${target}`);

  const signed = await download(`${releaseUrl}/sha256sum.txt.asc`);
  if (gpg) {
    const listFile = path.join(repoRoot, 'vendor', 'sha256sum.txt.asc');
    await mkdir(path.dirname(listFile), { recursive: true });
    await writeFile(listFile, signed);
    const verify = spawnSync('gpg', ['--batch', '--status-fd', '1', '--verify', listFile], { encoding: 'utf8' });
    if (verify.status !== 0 || !goodSignatureBy(verify.stdout, RELEASE_KEY_ID)) {
      throw new Error(`sha256sum.txt.asc is not signed by Syncthing's release key:\n${verify.stdout}${verify.stderr}`);
    }
    console.log(`sha256sum.txt.asc: good signature by ${RELEASE_KEY_ID}`);
  }
  const sums = parseChecksums(signed.toString('utf8'));

  const archives = new Map();
  for (const target of chosen) {
    const { asset, exe } = TARGETS[target];
    const file = `${asset}-${SYNCTHING_VERSION}.zip`;
    if (!archives.has(file)) {
      const expected = sums[file];
      if (!expected) throw new Error(`${file} is not in the release's checksum list`);
      const archive = await download(`${releaseUrl}/${file}`);
      const actual = createHash('sha256').update(archive).digest('hex');
      if (actual !== expected) throw new Error(`${file}: SHA-256 ${actual}, the release says ${expected}`);
      console.log(`${file}: SHA-256 verified`);
      archives.set(file, await zipEntries(archive, [exe, ...NOTICES]));
    }
    const entries = archives.get(file);
    if (!entries[exe]) throw new Error(`${file} holds no ${exe}`);
    const dir = path.join(repoRoot, 'vendor', 'syncthing', target);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, exe), entries[exe]);
    await chmod(path.join(dir, exe), 0o755);
    for (const notice of NOTICES) if (entries[notice]) await writeFile(path.join(dir, notice), entries[notice]);
    console.log(`vendor/syncthing/${target}/${exe}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
