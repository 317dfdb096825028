/**
 * The leads as the shells open them: `<data>/leads/` (keyring and day folders), the active pack's
 * retention, and the retention run the shells start at launch and repeat every hour.
 */
import path from 'node:path';
import type { ScryptParams } from '../security/pin.ts';
import { openLeadKeys, type LeadKeys } from './lead-keys.ts';
import { createLeadStore, LEADS_FOLDER, type LeadStore } from './lead-store.ts';

/** How often the shells delete leads past their retention. */
export const LEADS_PURGE_INTERVAL_MS = 60 * 60_000;

export interface OpenLeads {
  store: LeadStore;
  keys: LeadKeys;
  retentionDays: () => number | null;
}

export async function openLeads(
  dataDir: string,
  options: { retentionDays: () => number | null; scrypt?: ScryptParams; log?: { warn: (line: string) => void } },
): Promise<OpenLeads> {
  const folder = path.join(dataDir, LEADS_FOLDER);
  const keys = await openLeadKeys(folder, { scrypt: options.scrypt, log: options.log });
  const store = createLeadStore(folder, { publicKey: () => keys.publicKey() });
  return { store, keys, retentionDays: options.retentionDays };
}

/** Deletes the leads past the pack's retention (none without a lead policy); how many went. */
export async function purgeExpiredLeads(leads: OpenLeads): Promise<number> {
  const days = leads.retentionDays();
  return days === null ? 0 : leads.store.purgeExpired(days);
}
