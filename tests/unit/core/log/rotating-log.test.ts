import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createRotatingLog, teeConsole } from '../../../../main/core/log/rotating-log.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const now = () => new Date('2026-11-27T10:00:00.000Z');

describe('createRotatingLog', () => {
  it('appends timestamped lines with their level, creating the folder', async () => {
    const dir = path.join(await tempFolder(), 'logs');
    const log = createRotatingLog({ folder: dir, now });
    log.write('info', 'started');
    log.write('error', 'page crashed');
    await expect(readFile(path.join(dir, 'kiosk.log'), 'utf8')).resolves.toBe(
      '[2026-11-27T10:00:00.000Z] INFO started\n[2026-11-27T10:00:00.000Z] ERROR page crashed\n',
    );
  });

  it('rotates past the size limit and keeps only the newest files', async () => {
    const dir = await tempFolder();
    const log = createRotatingLog({ folder: dir, now, maxBytes: 100, keep: 2 });
    for (let i = 0; i < 10; i++) log.write('info', `line ${i} ${'x'.repeat(40)}`);
    expect((await readdir(dir)).sort()).toEqual(['kiosk.1.log', 'kiosk.2.log', 'kiosk.log']);
    const current = await readFile(path.join(dir, 'kiosk.log'), 'utf8');
    expect(current).toContain('line 9');
    expect(Buffer.byteLength(current)).toBeLessThanOrEqual(100);
    expect(await readFile(path.join(dir, 'kiosk.1.log'), 'utf8')).toContain('line 8');
  });

  it('continues an existing file after a restart, counting its size', async () => {
    const dir = await tempFolder();
    createRotatingLog({ folder: dir, now, maxBytes: 120 }).write('info', 'x'.repeat(60));
    createRotatingLog({ folder: dir, now, maxBytes: 120 }).write('info', 'y'.repeat(60));
    expect((await readdir(dir)).sort()).toEqual(['kiosk.1.log', 'kiosk.log']);
  });

  it('never throws, even where it cannot write', async () => {
    // A file where the log folder should be: every write fails (ENOTDIR / EEXIST).
    const blocker = path.join(await tempFolder(), 'not-a-folder');
    await writeFile(blocker, '');
    const log = createRotatingLog({ folder: path.join(blocker, 'logs'), now });
    expect(() => log.write('warn', 'lost')).not.toThrow();
  });
});

describe('teeConsole', () => {
  it('copies console.info/warn/error into the log and can be undone', () => {
    const lines: string[] = [];
    const target = { info: vi.fn(), log: vi.fn(), warn: vi.fn(), error: vi.fn() } as unknown as Console;
    const undo = teeConsole({ file: 'x', write: (level, message) => lines.push(`${level} ${message}`) }, target);
    target.info('[kiosk] hello', { a: 1 });
    target.error(new Error('boom'));
    expect(lines[0]).toBe('info [kiosk] hello {"a":1}');
    expect(lines[1]).toMatch(/^error Error: boom/);
    undo();
    target.warn('after');
    expect(lines).toHaveLength(2);
  });
});
