import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  createKeyring,
  KeyringLockedError,
  readKeyring,
  rewrapKeyring,
  unlockKeyring,
  writeKeyring,
} from '../../../../main/core/leads/lead-keyring.ts';
import { openBox, sealBox } from '../../../../main/core/leads/sealed-box.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const FAST = { N: 1024, r: 8, p: 1, keyLength: 32 };

describe('leads keyring', () => {
  it('only the PIN opens the private key that opens the leads', async () => {
    const keyring = await createKeyring('482913', FAST);
    const box = sealBox(keyring.publicKey, Buffer.from('lead'));
    expect(openBox(await unlockKeyring(keyring, '482913'), box).toString()).toBe('lead');
    await expect(unlockKeyring(keyring, '482914')).rejects.toThrow(KeyringLockedError);
    expect(JSON.stringify(keyring)).not.toContain('PRIVATE');
  });

  it('a PIN change re-seals the key: the new PIN opens old leads, the old PIN no longer does', async () => {
    const keyring = await createKeyring('482913', FAST);
    const box = sealBox(keyring.publicKey, Buffer.from('before the change'));
    const during = await rewrapKeyring(keyring, '482913', '715320', { keepOld: true, params: FAST });
    expect(openBox(await unlockKeyring(during, '482913'), box).toString()).toBe('before the change');
    const after = await rewrapKeyring(during, '715320', '715320', { keepOld: false, params: FAST });
    expect(after.publicKey).toBe(keyring.publicKey);
    expect(openBox(await unlockKeyring(after, '715320'), box).toString()).toBe('before the change');
    await expect(unlockKeyring(after, '482913')).rejects.toThrow(KeyringLockedError);
    await expect(rewrapKeyring(after, '000001', '123456', { keepOld: false, params: FAST })).rejects.toThrow(
      KeyringLockedError,
    );
  });

  it('reads what it wrote, none when absent, and refuses a damaged file instead of replacing it', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'keyring.json');
    expect(await readKeyring(file)).toBeNull();
    const keyring = await createKeyring('482913', FAST);
    await writeKeyring(file, keyring);
    expect(await readKeyring(file)).toEqual(keyring);
    await writeFile(file, '{"v":1,"publicKey":"x"}');
    await expect(readKeyring(file)).rejects.toThrow(/not a leads keyring/);
  });
});
