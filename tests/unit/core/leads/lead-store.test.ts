import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leadsToCsv } from '../../../../main/core/leads/lead-csv.ts';
import { createLeadStore } from '../../../../main/core/leads/lead-store.ts';
import { generateLeadKeyPair } from '../../../../main/core/leads/sealed-box.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const input = {
  item: { kind: 'cluster', id: 'equipment', title: '工程机械' },
  language: 'zh-CN',
  reference: 'XZ-7K3F',
  name: '张伟',
  organisation: 'Acme GmbH',
  contact: 'zhang.wei@example.com',
  country: 'Germany',
  message: 'Interested in a site in the development zone',
  consent: true,
};

async function storeAt(day: Date) {
  const dir = await tempFolder('leads-');
  const keys = generateLeadKeyPair();
  let now = day;
  const store = createLeadStore(dir, { publicKey: () => keys.publicKey, now: () => new Date(now) });
  return { dir, keys, store, setNow: (d: Date) => (now = d) };
}

describe('lead store', () => {
  it('saves a lead sealed on disk and lists it with the private key', async () => {
    const { dir, keys, store } = await storeAt(new Date(2026, 11, 5, 10, 15, 2));
    await store.save(input);
    const [day] = await readdir(dir);
    expect(day).toBe('2026-12-05');
    const [file] = await readdir(path.join(dir, day!));
    expect(file).toMatch(/^101502000-XZ-7K3F-[0-9a-f]{6}\.lead$/);
    const bytes = await readFile(path.join(dir, day!, file!), 'utf8');
    for (const secret of ['张伟', 'zhang.wei', 'Acme', 'equipment']) expect(bytes).not.toContain(secret);
    const { leads, unreadable } = await store.list(keys.privateKey);
    expect(unreadable).toBe(0);
    expect(leads).toEqual([{ ...input, at: expect.stringMatching(/^2026-12-05T10:15:02\.000/) }]);
  });

  it('refuses bad input by field, and saves nothing', async () => {
    const { dir, store } = await storeAt(new Date(2026, 11, 5));
    const bad = [
      { ...input, consent: false },
      { ...input, contact: 'not an address' },
      { ...input, contact: '12' },
      { ...input, name: 'Zhang\u0000Wei' },
      { ...input, message: 'two\nlines' },
      { ...input, name: 'x'.repeat(81) },
      { ...input, reference: 'xz-7k3f' },
      { ...input, extra: 'field' },
    ];
    for (const lead of bad) await expect(store.save(lead)).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
    await expect(store.save({ ...input, contact: '+49 (30) 1234-5678' })).resolves.toBeTruthy();
  });

  it('refuses to save before a keyring exists', async () => {
    const dir = await tempFolder('leads-');
    const store = createLeadStore(dir, { publicKey: () => null });
    await expect(store.save(input)).rejects.toThrow(/PIN is set/);
  });

  it('counts leads another key sealed, or damaged files, as unreadable and keeps them', async () => {
    const { dir, store } = await storeAt(new Date(2026, 11, 5));
    await store.save(input);
    const other = generateLeadKeyPair();
    await mkdir(path.join(dir, '2026-12-04'));
    await writeFile(path.join(dir, '2026-12-04', 'x.lead'), 'not json');
    expect(await store.list(other.privateKey)).toEqual({ leads: [], unreadable: 2 });
    expect((await readdir(dir)).sort()).toEqual(['2026-12-04', '2026-12-05']);
  });

  it('deletes leads older than the retention period, keeps the rest, and can delete all', async () => {
    const { dir, keys, store, setNow } = await storeAt(new Date(2026, 9, 1, 12));
    await store.save({ ...input, reference: 'XZ-AAAA' });
    setNow(new Date(2026, 10, 4, 12));
    await store.save({ ...input, reference: 'XZ-BBBB' });
    setNow(new Date(2026, 11, 5, 9));
    await store.save({ ...input, reference: 'XZ-CCCC' });
    expect(await store.purgeExpired(31)).toBe(1);
    expect((await store.list(keys.privateKey)).leads.map((l) => l.reference)).toEqual(['XZ-CCCC', 'XZ-BBBB']);
    expect((await readdir(dir)).sort()).toEqual(['2026-11-04', '2026-12-05']);
    await store.deleteAll();
    expect((await store.list(keys.privateKey)).leads).toEqual([]);
  });
  it('lists no lead past the retention period even before a purge has deleted it', async () => {
    const { dir, keys, store, setNow } = await storeAt(new Date(2026, 9, 1, 12));
    await store.save({ ...input, reference: 'XZ-AAAA' });
    setNow(new Date(2026, 11, 5, 9));
    await store.save({ ...input, reference: 'XZ-CCCC' });
    const listed = await store.list(keys.privateKey, { retentionDays: 31 });
    expect(listed).toEqual({ leads: [expect.objectContaining({ reference: 'XZ-CCCC' })], unreadable: 0 });
    // Listing deletes nothing: that is the retention run's job.
    expect((await readdir(dir)).sort()).toEqual(['2026-10-01', '2026-12-05']);
    // Without a lead policy nothing is past a period.
    expect((await store.list(keys.privateKey, { retentionDays: null })).leads).toHaveLength(2);
  });
});

describe('leads CSV', () => {
  it('has a BOM for Excel and neutralises cells that a spreadsheet would run', () => {
    const csv = leadsToCsv([
      { ...input, name: '=HYPERLINK("http://x")', message: '+1 call me', at: '2026-12-05T10:15:02.000+08:00' } as never,
    ]);
    expect(csv.startsWith('\uFEFFreference,time,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`'+1 call me`);
    expect(csv).toContain('工程机械');
  });

  it("ends each row with the kiosk a booth's lead came from, empty for the kiosk's own", () => {
    const at = '2026-12-05T10:15:02.000+08:00';
    const rows = leadsToCsv([
      { ...input, at, kiosk: 'Hall B east' },
      { ...input, at },
    ] as never).split('\r\n');
    expect(rows[0]!.endsWith(',message,kiosk')).toBe(true);
    expect(rows[1]!.endsWith(',Hall B east')).toBe(true);
    expect(rows[2]!.endsWith(',')).toBe(true);
  });
});
