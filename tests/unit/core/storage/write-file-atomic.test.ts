import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncFolder, tempPathFor, writeFileAtomic } from '../../../../main/core/storage/write-file-atomic.ts';
import { tempFolder } from '../../support/temp-folder.ts';

describe('writeFileAtomic', () => {
  it('creates a file with the content given', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'a.json');
    await writeFileAtomic(file, '{"a":1}');
    await expect(readFile(file, 'utf8')).resolves.toBe('{"a":1}');
  });

  it('replaces an existing file whole and leaves no temp file behind', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'a.json');
    await writeFile(file, 'old content that is longer than the new one');
    await writeFileAtomic(file, 'new');
    await expect(readFile(file, 'utf8')).resolves.toBe('new');
    await expect(readdir(dir)).resolves.toEqual(['a.json']);
  });

  it('writes bytes as well as text', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'b.bin');
    await writeFileAtomic(file, new Uint8Array([0, 1, 2, 255]));
    expect([...(await readFile(file))]).toEqual([0, 1, 2, 255]);
  });

  it('removes its temp file when the final rename fails', async () => {
    const dir = await tempFolder();
    const target = path.join(dir, 'target');
    // A non-empty folder cannot be replaced by a file: the temp file is written, the rename fails.
    await mkdir(target);
    await writeFile(path.join(target, 'inside'), 'keep');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    await expect(readdir(dir)).resolves.toEqual(['target']);
    await expect(readFile(path.join(target, 'inside'), 'utf8')).resolves.toBe('keep');
  });

  it('fails without creating anything when the folder is missing', async () => {
    const dir = await tempFolder();
    await expect(writeFileAtomic(path.join(dir, 'missing', 'x.json'), 'new')).rejects.toThrow();
    await expect(readdir(dir)).resolves.toEqual([]);
  });

  it('puts the temp file in the same folder, so the rename stays on one file system', () => {
    const temp = tempPathFor('/data/settings.json');
    expect(path.dirname(temp)).toBe('/data');
    expect(path.basename(temp)).toMatch(/^settings\.json\.\d+\.[0-9a-f]{12}\.tmp$/);
    expect(tempPathFor('/data/settings.json')).not.toBe(temp);
  });

  it('does not fail where a folder cannot be fsynced', async () => {
    await expect(syncFolder('/definitely/not/here')).resolves.toBeUndefined();
  });
});
