/**
 * The zip a staff member picked, as main checks it before reading a byte (the path is untrusted
 * input), and the streamed copy that enforces the size limit on the bytes that really arrive.
 */
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { copyLimited, openZipFile, ZipTooLarge } from '../../../../main/core/pack/zip-source.ts';
import { tempFolder } from '../../support/temp-folder.ts';

async function refusal(file: unknown, maxBytes?: number): Promise<string> {
  const opened = await openZipFile(file, maxBytes);
  if (opened.ok) {
    await opened.handle.close();
    return 'accepted';
  }
  return opened.reason;
}

describe('checking a chosen zip path', () => {
  it('opens an existing plain .zip file within the limit, and says its size', async () => {
    const file = path.join(await tempFolder('kiosk-zip-src-'), 'City Pack.ZIP');
    await writeFile(file, 'PK\x03\x04 and more');
    const opened = await openZipFile(file, 1024);
    expect(opened).toMatchObject({ ok: true, size: 13 });
    if (opened.ok) await opened.handle.close();
  });

  it('refuses a path that does not exist', async () => {
    const file = path.join(await tempFolder('kiosk-zip-src-'), 'gone.zip');
    expect(await refusal(file)).toMatch(/gone\.zip does not exist/);
  });

  it('refuses a directory, even one named .zip', async () => {
    const dir = path.join(await tempFolder('kiosk-zip-src-'), 'folder.zip');
    await mkdir(dir);
    expect(await refusal(dir)).toMatch(/folder\.zip is not a plain file/);
  });

  it('refuses a file that is not named .zip', async () => {
    const file = path.join(await tempFolder('kiosk-zip-src-'), 'pack.json');
    await writeFile(file, '{}');
    expect(await refusal(file)).toMatch(/pack\.json is not a \.zip file/);
  });

  it('refuses a zip over the size limit, and an empty one', async () => {
    const dir = await tempFolder('kiosk-zip-src-');
    await writeFile(path.join(dir, 'big.zip'), Buffer.alloc(17));
    expect(await refusal(path.join(dir, 'big.zip'), 16)).toMatch(/big\.zip holds 17 bytes; the limit is 16/);
    await writeFile(path.join(dir, 'empty.zip'), '');
    expect(await refusal(path.join(dir, 'empty.zip'))).toMatch(/empty\.zip is empty/);
  });

  it('refuses a symbolic link, even to a good zip', async () => {
    const dir = await tempFolder('kiosk-zip-src-');
    await writeFile(path.join(dir, 'real.zip'), 'PK');
    await symlink(path.join(dir, 'real.zip'), path.join(dir, 'link.zip'));
    expect(await refusal(path.join(dir, 'link.zip'))).toMatch(/link\.zip is a link/);
  });

  it.each([
    ['a relative path', 'pack.zip'],
    ['an empty string', ''],
    ['a NUL in the path', '/tmp/a\0.zip'],
    ['a number', 42],
    ['bytes', new Uint8Array([80, 75])],
  ])('refuses %s', async (_what, file) => {
    expect(await refusal(file)).toMatch(/not a file path|not an absolute path/);
  });
});

describe('copying a zip by streaming', () => {
  it('copies every byte into a new file, reporting the bytes so far', async () => {
    const target = path.join(await tempFolder('kiosk-zip-src-'), 'copy.zip');
    const seen: number[] = [];
    const copied = await copyLimited(Readable.from([Buffer.from('abc'), Buffer.from('defg')]), target, 7, (n) =>
      seen.push(n),
    );
    expect(copied).toBe(7);
    expect(seen).toEqual([3, 7]);
    expect(await readFile(target, 'utf8')).toBe('abcdefg');
  });

  it('stops as soon as more than the limit arrives, whatever was announced', async () => {
    const target = path.join(await tempFolder('kiosk-zip-src-'), 'copy.zip');
    const source = new Blob([new Uint8Array(5), new Uint8Array(5)]).stream();
    await expect(copyLimited(source, target, 8)).rejects.toBeInstanceOf(ZipTooLarge);
  });

  it('never overwrites a file already there', async () => {
    const target = path.join(await tempFolder('kiosk-zip-src-'), 'copy.zip');
    await writeFile(target, 'keep');
    await expect(copyLimited(Readable.from([Buffer.from('x')]), target, 8)).rejects.toThrow(/EEXIST/);
    expect(await readFile(target, 'utf8')).toBe('keep');
  });
});
