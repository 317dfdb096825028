/**
 * Leads in a booth (issue 26): the laptop puts its leads' public key into the packs folder; a kiosk
 * seals each new lead a second time for that key, into its outbox, so the laptop's PIN opens every
 * kiosk's leads and nothing on the way can. The kiosk's own copy stays sealed for its own PIN.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { KeyObject } from 'node:crypto';
import type { Lead } from '../leads/lead.ts';
import { createLeadStore, LEADS_FOLDER, type LeadStore } from '../leads/lead-store.ts';
import { writeFileAtomic } from '../storage/write-file-atomic.ts';

export const LAPTOP_LEAD_KEY_FILE = 'booth-lead-key.json';

const KeyFile = z.object({ v: z.literal(1), publicKey: z.string().regex(/^[A-Za-z0-9+/=]{20,200}$/) });

/** Laptop: writes its leads' public key for the kiosks (nothing before its PIN made the keyring). */
export async function writeLaptopLeadKey(packsDir: string, publicKey: string | null): Promise<void> {
  if (!publicKey) return;
  await mkdir(packsDir, { recursive: true });
  await writeFileAtomic(path.join(packsDir, LAPTOP_LEAD_KEY_FILE), `${JSON.stringify({ v: 1, publicKey })}\n`);
}

/** Kiosk: the paired laptop's key from the received packs folder, or null. */
export async function readLaptopLeadKey(packsDir: string): Promise<string | null> {
  try {
    const parsed = KeyFile.safeParse(JSON.parse(await readFile(path.join(packsDir, LAPTOP_LEAD_KEY_FILE), 'utf8')));
    return parsed.success ? parsed.data.publicKey : null;
  } catch {
    return null;
  }
}

/**
 * Kiosk: a lead store that also saves a copy sealed for the laptop into `<outbox>/leads` while
 * `laptopKey()` gives one. The copy follows the kiosk's own retention and "delete all". A failed copy
 * never loses the visitor's lead: the kiosk's own is saved first.
 */
export function boothLeadStore(
  local: LeadStore,
  outbox: string,
  laptopKey: () => Promise<string | null>,
  log: Pick<Console, 'warn'>,
): LeadStore {
  let key: string | null = null;
  const copies = createLeadStore(path.join(outbox, LEADS_FOLDER), { publicKey: () => key });
  return {
    async save(input) {
      const lead = await local.save(input);
      key = await laptopKey();
      if (key)
        await copies
          .save(input)
          .catch((error: unknown) => log.warn('[booth] the lead copy for the laptop failed:', error));
      return lead;
    },
    list: (privateKey) => local.list(privateKey),
    async purgeExpired(days) {
      const removed = await local.purgeExpired(days);
      await copies.purgeExpired(days);
      return removed;
    },
    async deleteAll() {
      await local.deleteAll();
      await copies.deleteAll();
    },
  };
}

/** Laptop: the leads in every kiosk's received outbox that its key opens, with the kiosk's name. */
export async function listBoothLeads(
  kiosks: ReadonlyArray<{ name: string; outbox: string }>,
  privateKey: KeyObject,
): Promise<{ leads: Array<Lead & { kiosk: string }>; unreadable: number }> {
  const leads: Array<Lead & { kiosk: string }> = [];
  let unreadable = 0;
  for (const kiosk of kiosks) {
    const listed = await createLeadStore(path.join(kiosk.outbox, LEADS_FOLDER), { publicKey: () => null }).list(
      privateKey,
    );
    leads.push(...listed.leads.map((lead) => ({ ...lead, kiosk: kiosk.name })));
    unreadable += listed.unreadable;
  }
  return { leads, unreadable };
}
