/**
 * Leads in a booth: a kiosk seals each new lead a second time for its laptop's key, into its outbox;
 * the laptop's key opens those (with the kiosk's name), the kiosk's own does not; without a laptop
 * key no copy is made; "delete all" removes both.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  boothLeadStore,
  listBoothLeads,
  readLaptopLeadKey,
  writeLaptopLeadKey,
} from '../../../../main/core/booth/booth-leads.ts';
import type { LeadInput } from '../../../../main/core/leads/lead.ts';
import { createLeadStore } from '../../../../main/core/leads/lead-store.ts';
import { generateLeadKeyPair } from '../../../../main/core/leads/sealed-box.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const quiet = { warn: vi.fn() };
const lead: LeadInput = {
  item: { kind: 'cluster', id: 'equipment', title: 'Equipment' },
  language: 'en',
  reference: 'XZ-7K3F',
  name: 'Maria Rossi',
  organisation: 'Rossi Meccanica',
  contact: 'maria@rossi.example',
  country: 'Italy',
  message: 'Land for a plant',
  consent: true,
};

async function setup(withLaptopKey: boolean) {
  const base = await tempFolder('booth-leads-');
  const kioskKeys = generateLeadKeyPair();
  const laptopKeys = generateLeadKeyPair();
  const packs = path.join(base, 'received-packs');
  const outbox = path.join(base, 'stats');
  if (withLaptopKey) await writeLaptopLeadKey(packs, laptopKeys.publicKey);
  const local = createLeadStore(path.join(base, 'leads'), { publicKey: () => kioskKeys.publicKey });
  const store = boothLeadStore(local, outbox, () => readLaptopLeadKey(packs), quiet);
  return { base, outbox, store, kioskKeys, laptopKeys };
}

describe('leads in a booth', () => {
  it('reach the laptop sealed for its key, with the kiosk’s name; the kiosk keeps its own copy', async () => {
    const s = await setup(true);
    await s.store.save(lead);
    expect((await s.store.list(s.kioskKeys.privateKey)).leads.map((l) => l.reference)).toEqual(['XZ-7K3F']);
    const atLaptop = await listBoothLeads([{ name: 'Left', outbox: s.outbox }], s.laptopKeys.privateKey);
    expect(atLaptop.leads).toEqual([
      expect.objectContaining({ reference: 'XZ-7K3F', name: 'Maria Rossi', kiosk: 'Left' }),
    ]);
    // The copy in the outbox opens with the laptop's key only.
    const withKioskKey = await listBoothLeads([{ name: 'Left', outbox: s.outbox }], s.kioskKeys.privateKey);
    expect(withKioskKey).toEqual({ leads: [], unreadable: 1 });
  });

  it('make no copy while the kiosk has no laptop key, and "delete all" removes both copies', async () => {
    const none = await setup(false);
    await none.store.save(lead);
    expect(await readdir(none.base)).not.toContain('stats');

    const s = await setup(true);
    await s.store.save(lead);
    await s.store.deleteAll();
    expect((await listBoothLeads([{ name: 'Left', outbox: s.outbox }], s.laptopKeys.privateKey)).leads).toEqual([]);
    expect((await s.store.list(s.kioskKeys.privateKey)).leads).toEqual([]);
  });
});
