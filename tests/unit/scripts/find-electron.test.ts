/**
 * `npm start` asks the `electron` package for its binary. On a first run that package downloads the
 * binary and prints its progress on stdout; the path must still come back clean, and an offline
 * machine (the download fails) must get "not available", not a garbled path.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script of the build tooling, without types
import { findElectron } from '../../../scripts/lib/find-electron.mjs';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A project folder whose `electron` package runs `body` (CommonJS) when required. */
async function projectWith(body: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'find-electron-'));
  made.push(dir);
  await mkdir(path.join(dir, 'node_modules', 'electron'), { recursive: true });
  await writeFile(path.join(dir, 'node_modules', 'electron', 'index.js'), body);
  return dir;
}

describe('findElectron', () => {
  it('returns the binary path even when the first run prints download progress on stdout', async () => {
    const dir = await projectWith(`
      const fs = require('fs'), path = require('path');
      console.log('Downloading Electron binary...');
      process.stdout.write('[=====>    ] 50%\\n');
      const bin = path.join(__dirname, 'dist', 'electron');
      fs.mkdirSync(path.dirname(bin), { recursive: true });
      fs.writeFileSync(bin, '#!/bin/sh\\n');
      module.exports = bin;
    `);
    const found: string | null = findElectron({ cwd: dir, quiet: true });
    expect(found).toBe(path.join(dir, 'node_modules', 'electron', 'dist', 'electron'));
  });

  it('returns null when the download fails (an offline machine)', async () => {
    const dir = await projectWith(`
      console.log('Downloading Electron binary...');
      throw new Error('Electron failed to install correctly.');
    `);
    expect(findElectron({ cwd: dir, quiet: true })).toBeNull();
  });

  it('returns null when the package names a binary that is not there', async () => {
    const dir = await projectWith(`module.exports = require('path').join(__dirname, 'dist', 'missing');`);
    expect(findElectron({ cwd: dir, quiet: true })).toBeNull();
  });

  it('returns null when there is no electron package at all', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'find-electron-'));
    made.push(dir);
    expect(findElectron({ cwd: dir, quiet: true })).toBeNull();
  });
});
