/**
 * The leads road through the operations service, over real stores in a temp folder: the PIN set once
 * makes the keyring, a visitor's page saves leads without the PIN, only an unlocked session reads them,
 * a PIN change keeps them readable, and the panel exports and deletes them.
 */
import { mkdir, readdir, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { LeadInput } from '../../../../main/core/leads/lead.ts';
import { openLeads } from '../../../../main/core/leads/open-leads.ts';
import { DEFAULT_PIN } from '../../../../main/core/security/pin.ts';
import { createAdminSession } from '../../../../main/core/security/admin-session.ts';
import { createPinGuard } from '../../../../main/core/security/pin-guard.ts';
import { createOperationsService } from '../../../../main/core/services/operations-service.ts';
import { ENGLISH_LEADS_CSV_HEADER } from '../../../../main/core/leads/lead-csv.ts';
import { LEADS_PER_MINUTE } from '../../../../main/core/services/leads-service.ts';
import { AdminLockedError } from '../../../../main/core/services/service-checks.ts';
import { openSettingsStore } from '../../../../main/core/storage/settings-store.ts';
import { createEventLog } from '../../../../main/core/stats/event-log.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const FAST = { N: 1024, r: 8, p: 1, keyLength: 32 };
const quiet = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

const lead = (reference: string): LeadInput => ({
  item: { kind: 'park', id: 'xuzhou-edz', title: 'Xuzhou Economic and Technological Development Zone' },
  language: 'en',
  reference,
  name: 'Maria Rossi',
  organisation: 'Rossi Meccanica',
  contact: 'maria@rossi.example',
  country: 'Italy',
  message: 'Looking for 20,000 m² of land',
  consent: true,
});

async function setup(retention: number | null = 90) {
  const dir = await tempFolder('leads-ops-');
  const settings = await openSettingsStore(dir);
  const session = createAdminSession();
  const clock = { t: Date.UTC(2026, 11, 5, 8) };
  const open = async () =>
    createOperationsService({
      settings,
      pins: createPinGuard(settings, { scrypt: FAST }),
      session,
      events: createEventLog(path.join(dir, 'stats')),
      statsFolder: path.join(dir, 'stats'),
      logFolder: path.join(dir, 'logs'),
      chooseExportFolder: async () => {
        await mkdir(path.join(dir, 'usb'), { recursive: true });
        return path.join(dir, 'usb');
      },
      reload: () => {},
      exit: () => {},
      log: quiet,
      now: () => clock.t,
      leads: await openLeads(dir, { retentionDays: () => retention, scrypt: FAST }),
    });
  return { dir, ops: await open(), reopen: open, clock };
}

describe('leads through the operations service', () => {
  it('takes no lead before the PIN is set, then seals them for the PIN only', async () => {
    const { ops, dir } = await setup();
    expect(await ops['leads:status']()).toEqual({ accepting: false });
    await expect(ops['leads:submit'](lead('XZ-AAAA'))).rejects.toThrow(/PIN is set/);

    expect((await ops['admin:unlock'](DEFAULT_PIN)).status).toBe('must-change');
    expect((await ops['admin:change-pin'](DEFAULT_PIN, '482913')).status).toBe('changed');
    await ops['admin:lock']();
    expect(await ops['leads:status']()).toEqual({ accepting: true });

    expect(await ops['leads:submit'](lead('XZ-AAAA'))).toEqual({ reference: 'XZ-AAAA' });
    await expect(ops['leads:list']()).rejects.toThrow(AdminLockedError);
    const keyring = await readFile(path.join(dir, 'leads', 'keyring.json'), 'utf8');
    expect(keyring).not.toContain('PRIVATE KEY');

    expect((await ops['admin:unlock']('482913')).status).toBe('unlocked');
    const view = await ops['leads:list']();
    expect(view).toMatchObject({ locked: false, unreadable: 0, retentionDays: 90 });
    expect(view.leads.map((l) => [l.reference, l.name])).toEqual([['XZ-AAAA', 'Maria Rossi']]);
  });

  it('keeps the leads readable across a PIN change and a restart, and not with the old PIN', async () => {
    const { ops, reopen } = await setup();
    await ops['admin:unlock'](DEFAULT_PIN);
    await ops['admin:change-pin'](DEFAULT_PIN, '482913');
    await ops['leads:submit'](lead('XZ-BBBB'));
    expect((await ops['admin:change-pin']('482913', '715320')).status).toBe('changed');
    // A refused change (wrong current PIN) leaves the keyring as it was.
    expect((await ops['admin:change-pin']('111111', '246802')).status).not.toBe('changed');
    await ops['admin:lock']();

    const after = await reopen();
    expect((await after['admin:unlock']('715320')).status).toBe('unlocked');
    expect((await after['leads:list']()).leads.map((l) => l.reference)).toEqual(['XZ-BBBB']);
    await after['admin:lock']();
    expect((await after['admin:unlock']('482913')).status).not.toBe('unlocked');
  });

  it('exports a CSV Excel reads and deletes every lead on request', async () => {
    const { ops, dir } = await setup();
    await ops['admin:unlock'](DEFAULT_PIN);
    await ops['admin:change-pin'](DEFAULT_PIN, '482913');
    await ops['leads:submit']({ ...lead('XZ-CCCC'), name: '=cmd|calc', language: 'zh-CN' });
    const result = await ops['leads:export-csv']();
    if (result.status !== 'written') throw new Error('not written');
    const csv = await readFile(path.join(result.folder, result.files[0]!), 'utf8');
    expect(csv.startsWith('\uFEFFreference,')).toBe(true);
    expect(csv).toContain("'=cmd|calc");
    await unlink(path.join(result.folder, result.files[0]!)); // the test's clock stands still: the same name

    // The panel names the columns in its language; a name that is not one short line is refused.
    const header = { ...ENGLISH_LEADS_CSV_HEADER, reference: '编号', name: '姓名' };
    const named = await ops['leads:export-csv'](header);
    if (named.status !== 'written') throw new Error('not written');
    const namedCsv = await readFile(path.join(named.folder, named.files[0]!), 'utf8');
    expect(namedCsv.split('\r\n')[0]).toBe(
      '\uFEFF编号,time,language,item kind,item id,item,姓名,organisation,contact,country,message,kiosk',
    );
    await expect(ops['leads:export-csv']({ ...header, name: 'a\nb' })).rejects.toThrow(/one line/);
    const { kiosk: _, ...withoutKiosk } = header;
    await expect(ops['leads:export-csv'](withoutKiosk as typeof header)).rejects.toThrow(/kiosk/);

    await ops['leads:delete-all']();
    expect((await ops['leads:list']()).leads).toEqual([]);
    expect((await readdir(path.join(dir, 'leads'))).filter((n) => n !== 'keyring.json')).toEqual([]);
  });

  it('refuses leads when the pack states no lead policy, and a flood from one page', async () => {
    const none = await setup(null);
    await none.ops['admin:unlock'](DEFAULT_PIN);
    await none.ops['admin:change-pin'](DEFAULT_PIN, '482913');
    expect(await none.ops['leads:status']()).toEqual({ accepting: false });
    await expect(none.ops['leads:submit'](lead('XZ-DDDD'))).rejects.toThrow(/no lead policy/);

    const { ops } = await setup();
    await ops['admin:unlock'](DEFAULT_PIN);
    await ops['admin:change-pin'](DEFAULT_PIN, '482913');
    for (let i = 0; i < LEADS_PER_MINUTE; i++) await ops['leads:submit'](lead('XZ-EEEE'));
    await expect(ops['leads:submit'](lead('XZ-EEEE'))).rejects.toThrow(/too many/);
  });
  it('three wrong PINs in a row lock the Leads tab: the panel opens with the right PIN, the leads do not', async () => {
    const { ops } = await setup();
    await ops['admin:unlock'](DEFAULT_PIN);
    await ops['admin:change-pin'](DEFAULT_PIN, '482913');
    await ops['leads:submit'](lead('XZ-AAA1'));
    await ops['admin:lock']();

    // Two wrong tries, then the right PIN: the leads open as before.
    await ops['admin:unlock']('111111');
    await ops['admin:unlock']('222222');
    expect((await ops['admin:unlock']('482913')).status).toBe('unlocked');
    expect(await ops['leads:list']()).toMatchObject({ locked: false, retryAfterMs: null });
    await ops['admin:lock']();

    for (const pin of ['111111', '222222', '333333']) await ops['admin:unlock'](pin);
    expect((await ops['admin:unlock']('482913')).status).toBe('unlocked');
    const view = await ops['leads:list']();
    expect(view).toMatchObject({ locked: true, leads: [] });
    expect(view.retryAfterMs).toBeGreaterThan(4 * 60_000);
    expect(view.retryAfterMs).toBeLessThanOrEqual(5 * 60_000);
    await expect(ops['leads:export-csv']()).rejects.toThrow(/locked/);
    // Changing the PIN in that session does not open them either.
    expect((await ops['admin:change-pin']('482913', '715320')).status).toBe('changed');
    expect((await ops['leads:list']()).locked).toBe(true);
  });

  it('wrong PINs given at an open panel (its PIN change) lock the leads already open', async () => {
    const { ops } = await setup();
    await ops['admin:unlock'](DEFAULT_PIN);
    await ops['admin:change-pin'](DEFAULT_PIN, '482913');
    await ops['leads:submit'](lead('XZ-AAA1'));
    expect((await ops['leads:list']()).leads).toHaveLength(1);
    for (const pin of ['111111', '222222', '333333']) await ops['admin:change-pin'](pin, '715320');
    expect(await ops['leads:list']()).toMatchObject({ locked: true, leads: [] });
  });

  it('never shows or exports a lead past the retention; only the tab opening and the hourly run delete it', async () => {
    const { ops, dir } = await setup();
    await ops['admin:unlock'](DEFAULT_PIN);
    await ops['admin:change-pin'](DEFAULT_PIN, '482913');
    await ops['leads:submit'](lead('XZ-AAA1'));
    // The lead's day folder moved back years: past the pack's 90 days, and no retention run since.
    const leadsDir = path.join(dir, 'leads');
    const [today] = (await readdir(leadsDir)).filter((n) => n !== 'keyring.json');
    await rename(path.join(leadsDir, today!), path.join(leadsDir, '2020-01-02'));
    await ops['leads:submit'](lead('XZ-BBB2'));

    expect((await ops['leads:list']()).leads.map((l) => l.reference)).toEqual(['XZ-BBB2']);
    const exported = await ops['leads:export-csv']();
    if (exported.status !== 'written') throw new Error('not written');
    const csv = await readFile(path.join(exported.folder, exported.files[0]!), 'utf8');
    expect(csv).toContain('XZ-BBB2');
    expect(csv).not.toContain('XZ-AAA1');
    // A refresh or an export reads; they no longer delete on the way.
    expect(await readdir(leadsDir)).toContain('2020-01-02');

    // The Leads tab opening runs the retention.
    expect((await ops['leads:list']({ purge: true })).leads.map((l) => l.reference)).toEqual(['XZ-BBB2']);
    expect(await readdir(leadsDir)).not.toContain('2020-01-02');
    await expect(ops['leads:list']({ purge: 'yes' } as never)).rejects.toThrow(/purge/);
  });
});
