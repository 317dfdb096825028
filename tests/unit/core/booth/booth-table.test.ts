/** The laptop's booth table: every kiosk, online or last seen, what it shows, silent ones and wrong clocks marked. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KioskStatusFile } from '../../../../main/contract/booth.ts';
import { readBoothTable } from '../../../../main/core/booth/booth-table.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const NOW = new Date('2026-11-27T06:00:00.000Z');

function status(overrides: Partial<KioskStatusFile> = {}): KioskStatusFile {
  return {
    format: 1,
    name: 'Left',
    deviceId: 'AAAAAAA',
    clock: '2026-11-27T13:59:50.000+08:00', // 10 s before NOW
    pack: { id: 'xuzhou', version: '2.0.0' },
    pending: { state: 'refused', id: 'xuzhou', version: '3.0.0', reasons: ['pack.json: pack.title: required'] },
    uptimeSeconds: 600,
    lastVisitAt: null,
    errors: { count: 0, latest: [] },
    disk: { freeBytes: 5e9, totalBytes: 1e11 },
    ...overrides,
  };
}

async function table(
  files: Record<string, { status: unknown; arrived: number }>,
  peers = [] as Parameters<typeof readBoothTable>[0]['peers'],
) {
  const kiosksRoot = path.join(await tempFolder(), 'kiosks');
  const arrivals = new Map<string, number>();
  for (const [id, { status: s, arrived }] of Object.entries(files)) {
    await mkdir(path.join(kiosksRoot, id), { recursive: true });
    const file = path.join(kiosksRoot, id, 'status.json');
    await writeFile(file, typeof s === 'string' ? s : JSON.stringify(s));
    arrivals.set(file, arrived);
  }
  return readBoothTable({ kiosksRoot, peers, now: NOW, arrivedAt: async (file) => arrivals.get(file)! });
}

describe('booth table', () => {
  it('shows a fresh kiosk with its pack and why it refused a version, online as Syncthing says', async () => {
    const rows = await table({ AAAAAAA: { status: status(), arrived: NOW.getTime() - 5_000 } }, [
      { deviceId: 'AAAAAAA', name: 'kiosk-a', connected: true },
    ]);
    expect(rows).toEqual([
      expect.objectContaining({
        deviceId: 'AAAAAAA',
        name: 'Left',
        online: true,
        stale: false,
        clockWrong: false,
        clockSkewSeconds: -5,
        status: expect.objectContaining({ pending: expect.objectContaining({ state: 'refused' }) }),
      }),
    ]);
  });

  it('shows a kiosk whose disk has no room for the new version, with the reason', async () => {
    const reason = 'not enough free space on the data disk to switch to it: only 500 MB free';
    const pending = { state: 'no-space', id: 'xuzhou', version: '3.0.0', reason } as const;
    const rows = await table({ AAAAAAA: { status: status({ pending }), arrived: NOW.getTime() - 5_000 } });
    expect(rows[0]).toMatchObject({ problem: null, status: { pending } });
  });

  it('marks a kiosk not heard of in 2 minutes, and lists a paired kiosk that never reported', async () => {
    const rows = await table(
      { AAAAAAA: { status: status({ clock: '2026-11-27T13:57:00.000+08:00' }), arrived: NOW.getTime() - 180_000 } },
      [{ deviceId: 'BBBBBBB', name: 'kiosk-b', connected: false, lastSeen: '2026-11-27T05:00:00.000Z' }],
    );
    expect(rows.map((r) => [r.deviceId, r.stale, r.clockWrong, r.online, r.lastSeen])).toEqual([
      ['AAAAAAA', true, false, false, '2026-11-27T05:57:00.000Z'],
      ['BBBBBBB', true, false, false, '2026-11-27T05:00:00.000Z'],
    ]);
    expect(rows[1]!.name).toBe('kiosk-b');
  });

  it('flags a kiosk whose clock is an hour off, even though its status is fresh', async () => {
    const rows = await table({
      AAAAAAA: { status: status({ clock: '2026-11-27T14:59:58.000+08:00' }), arrived: NOW.getTime() - 2_000 },
    });
    expect(rows[0]).toMatchObject({ stale: false, clockWrong: true, clockSkewSeconds: 3600 });
  });

  it('says which field of a damaged status file is wrong, instead of failing the table', async () => {
    const rows = await table({
      AAAAAAA: { status: { ...status(), clock: 'yesterday' }, arrived: NOW.getTime() },
      BBBBBBB: { status: '{ torn', arrived: NOW.getTime() },
    });
    expect(rows.map((r) => r.problem)).toEqual([
      expect.stringMatching(/^status\.json: clock: /),
      'status.json is not JSON',
    ]);
  });
});
