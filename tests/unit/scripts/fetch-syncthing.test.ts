/**
 * The installers' Syncthing download (scripts/fetch-syncthing.mjs): the network part runs only in
 * .github/workflows/installers.yml; here, the decisions it rests on: reading the signed checksum
 * list, recognising gpg's verdict, and a binary for every platform and arch the installers build.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
// @ts-expect-error: a plain .mjs script without types.
import { goodSignatureBy, parseChecksums, RELEASE_KEY_ID, TARGETS } from '../../../scripts/fetch-syncthing.mjs';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('fetch-syncthing', () => {
  it('reads the checksums out of the clear-signed list, and nothing else', () => {
    const signed = [
      '-----BEGIN PGP SIGNED MESSAGE-----',
      'Hash: SHA256',
      '',
      `${A}  syncthing-windows-amd64-v1.30.0.zip`,
      `${B} *syncthing-macos-universal-v1.30.0.zip`,
      '-----BEGIN PGP SIGNATURE-----',
      'iQEzBAEBCAAdFiEEN8hFVOfgomHk924e0m5u0ABlSj4FAmZ',
      '-----END PGP SIGNATURE-----',
    ].join('\n');
    expect(parseChecksums(signed)).toEqual({
      'syncthing-windows-amd64-v1.30.0.zip': A,
      'syncthing-macos-universal-v1.30.0.zip': B,
    });
  });

  it('accepts only a valid signature made by the release key', () => {
    const fingerprint = `0000000000000000000000000000${RELEASE_KEY_ID}`;
    const good = `[GNUPG:] GOODSIG ${RELEASE_KEY_ID} Syncthing\n[GNUPG:] VALIDSIG ${fingerprint} 2025-06-01 0 4 0 1 8 01 ${fingerprint}`;
    expect(goodSignatureBy(good, RELEASE_KEY_ID)).toBe(true);
    expect(goodSignatureBy('[GNUPG:] BADSIG D26E6ED000654A3E Syncthing', RELEASE_KEY_ID)).toBe(false);
    expect(goodSignatureBy('[GNUPG:] VALIDSIG 1111111111111111111111111111111111111111 x', RELEASE_KEY_ID)).toBe(false);
  });

  it('has a binary for every platform and arch the installers are built for', async () => {
    const config = parseYaml(await readFile('electron-builder.yml', 'utf8')) as {
      win: { target: { arch: string[] }[] };
      mac: { target: { arch: string[] }[] };
    };
    const wanted = [
      ...config.win.target.flatMap((t) => t.arch.map((arch) => `win-${arch}`)),
      ...config.mac.target.flatMap((t) =>
        t.arch.flatMap((arch) => (arch === 'universal' ? ['mac-x64', 'mac-arm64'] : [`mac-${arch}`])),
      ),
    ];
    for (const target of wanted) expect(Object.keys(TARGETS)).toContain(target);
    expect(TARGETS['mac-x64'].asset).toBe(TARGETS['mac-arm64'].asset);
  });
});
