/**
 * `npm start` asks the `electron` package for its binary. On a first run that package downloads the
 * binary and prints its progress on stdout; the path must still come back clean, and an offline
 * machine (the download fails) must get "not available", not a garbled path.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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

  it("keeps a failed download's stack traces out of the terminal, in the log file it is given", async () => {
    const dir = await projectWith(`
      console.log('Downloading Electron binary...');
      console.error('TypeError: fetch failed\\n    at FetchDownloader.download');
      throw new Error('Electron failed to install correctly.');
    `);
    const logFile = path.join(dir, 'download.log');
    const script = path.resolve('scripts/lib/find-electron.mjs');
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { findElectron } from ${JSON.stringify(script)};
        console.log(String(findElectron({ cwd: ${JSON.stringify(dir)}, logFile: ${JSON.stringify(logFile)} })));`,
      ],
      { encoding: 'utf8' },
    );
    expect(run.stdout).toBe('Downloading Electron binary...\nnull\n');
    expect(run.stderr).toBe('');
    const log = await readFile(logFile, 'utf8');
    expect(log).toContain('TypeError: fetch failed');
    expect(log).toContain('Electron failed to install correctly.');
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
