/** The kiosk's status file: what the laptop's booth table shows, written whole. */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUS_FILE, writeKioskStatus, type KioskStatusDeps } from '../../../../main/core/booth/kiosk-status.ts';
import { tempFolder } from '../../support/temp-folder.ts';

async function deps(overrides: Partial<KioskStatusDeps> = {}): Promise<KioskStatusDeps> {
  const base = await tempFolder('kiosk-status-');
  const logFolder = path.join(base, 'logs');
  await mkdir(logFolder);
  await writeFile(
    path.join(logFolder, 'kiosk.log'),
    [
      '[2026-11-27T05:00:00.000Z] ERROR too old to count',
      '[2026-11-27T06:10:00.000Z] INFO not an error',
      '[2026-11-27T06:20:00.000Z] ERROR video failed to decode',
      '    at stack line',
      '[2026-11-27T06:40:00.000Z] ERROR media/x.jpg missing',
      '',
    ].join('\n'),
  );
  return {
    outbox: path.join(base, 'stats'),
    name: () => 'Hall A left',
    deviceId: () => 'ABCDEFG-HIJKLMN',
    pack: () => ({ id: 'xuzhou', version: '2.1.0', title: {}, dir: '/x' }),
    pending: () => ({ state: 'waiting-attract', id: 'xuzhou', version: '2.2.0' }),
    startedAt: Date.parse('2026-11-27T06:00:00.000Z'),
    lastVisitAt: () => Date.parse('2026-11-27T06:45:00.000Z'),
    logFolder,
    dataDir: base,
    statfs: async () => ({ bavail: 1000, bsize: 4096, blocks: 5000 }),
    now: () => new Date('2026-11-27T06:50:00.000Z'),
    ...overrides,
  };
}

describe('status.json', () => {
  it('holds the name, pack, pending version, uptime, last visit, the last hour’s errors and free disk', async () => {
    const d = await deps();
    await writeKioskStatus(d);
    const status = JSON.parse(await readFile(path.join(d.outbox, STATUS_FILE), 'utf8'));
    expect(status).toMatchObject({
      format: 1,
      name: 'Hall A left',
      deviceId: 'ABCDEFG-HIJKLMN',
      pack: { id: 'xuzhou', version: '2.1.0' },
      pending: { state: 'waiting-attract', version: '2.2.0' },
      uptimeSeconds: 3000,
      errors: {
        count: 2,
        latest: [
          { time: '2026-11-27T06:20:00.000Z', text: 'video failed to decode' },
          { time: '2026-11-27T06:40:00.000Z', text: 'media/x.jpg missing' },
        ],
      },
      disk: { freeBytes: 4096000, totalBytes: 20480000 },
    });
    // The kiosk's clock, local with its offset, names the same instant.
    expect(status.clock).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}([+-]\d\d:\d\d)$/);
    expect(Date.parse(status.clock)).toBe(Date.parse('2026-11-27T06:50:00.000Z'));
    expect(Date.parse(status.lastVisitAt)).toBe(Date.parse('2026-11-27T06:45:00.000Z'));
    // Written atomically: no temp file left beside it.
    expect(await readdir(d.outbox)).toEqual([STATUS_FILE]);
  });

  it('still writes a status when the log is missing and the disk cannot be asked', async () => {
    const d = await deps({
      logFolder: '/nonexistent/logs',
      statfs: async () => {
        throw new Error('EPERM');
      },
      lastVisitAt: () => null,
    });
    const status = await writeKioskStatus(d);
    expect(status).toMatchObject({ errors: { count: 0, latest: [] }, disk: null, lastVisitAt: null });
  });
});
