/**
 * The leads channels: `leads:status` and `leads:submit` (public: any visitor's page saves a lead,
 * rate-limited, validated again here), `leads:list`, `leads:export-csv` and `leads:delete-all` (admin:
 * the Leads tab). Part of the operations service, like the logs channels.
 *
 * Leads older than the pack's retention period are deleted by the shells at start and every hour
 * (`purgeExpiredLeads`), and when the Leads tab opens (`leads:list` with `purge`). Between those runs
 * a listing or an export leaves out what is past the period, so such a lead is never shown.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import type { Lead } from '../leads/lead.ts';
import type { ExportCsvResult, LeadsView } from '../../contract/ipc.ts';
import { leadsToCsv } from '../leads/lead-csv.ts';
import type { LeadKeys } from '../leads/lead-keys.ts';
import type { LeadStore } from '../leads/lead-store.ts';
import { purgeExpiredLeads } from '../leads/open-leads.ts';
import { localTimeStamp } from '../storage/time-stamp.ts';
import { LeadsCsvHeaderSchema } from './csv-header.ts';
import { createReportLimiter } from './logs-service.ts';
import { parseArgs, type ServiceHandler, type ServiceLog } from './service-checks.ts';

/** Leads accepted per minute from the page; more is not a visitor (a stuck or hostile page). */
export const LEADS_PER_MINUTE = 20;

const ListOptions = z.strictObject({ purge: z.boolean().optional() });

export type LeadsChannel = 'leads:status' | 'leads:submit' | 'leads:list' | 'leads:export-csv' | 'leads:delete-all';
export type LeadsService = { [C in LeadsChannel]: ServiceHandler<C> };

export interface LeadsDeps {
  store: LeadStore;
  keys: LeadKeys;
  /** How long (ms) wrong PINs still keep the leads locked (`PinGuard.leadsRetryAfterMs`), or null. */
  leadsRetryAfterMs: () => number | null;
  /** The active pack's retention in days (`contact.leads.retentionDays`); null: the pack has no lead policy. */
  retentionDays: () => number | null;
  /** Where the CSV goes: a dialog in Electron, a fresh `<data>/exports/<time>` in browser mode; undefined when cancelled. */
  chooseExportFolder: () => Promise<string | undefined>;
  requireAdmin: (channel: string) => void;
  log: ServiceLog;
  now?: () => number;
  /** A booth's laptop: its kiosks' leads that this key opens. */
  boothLeads?: (privateKey: KeyObject) => Promise<{ leads: Array<Lead & { kiosk: string }>; unreadable: number }>;
}

export function createLeadsService(deps: LeadsDeps): LeadsService {
  const limiter = createReportLimiter(LEADS_PER_MINUTE, deps.now ?? Date.now);

  async function purge(): Promise<void> {
    const removed = await purgeExpiredLeads(deps);
    if (removed > 0) deps.log.info(`[leads] deleted ${removed} lead(s) past the pack's retention`);
  }

  async function openLeads(): Promise<LeadsView> {
    const retentionDays = deps.retentionDays();
    // Wrong PINs at the panel's PIN pad (or its PIN change) lock the leads, an open session's too.
    const retryAfterMs = deps.leadsRetryAfterMs();
    if (retryAfterMs !== null) deps.keys.forget();
    const key = deps.keys.privateKey();
    if (!key) return { locked: true, retryAfterMs, leads: [], unreadable: 0, retentionDays };
    const own = await deps.store.list(key, { retentionDays });
    const booth = deps.boothLeads ? await deps.boothLeads(key) : { leads: [], unreadable: 0 };
    const leads = [...own.leads, ...booth.leads].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    return { locked: false, retryAfterMs: null, leads, unreadable: own.unreadable + booth.unreadable, retentionDays };
  }

  return {
    'leads:status': (...args) => {
      parseArgs('leads:status', z.tuple([]), args);
      return { accepting: deps.keys.publicKey() !== null && deps.retentionDays() !== null };
    },
    'leads:submit': async (...args) => {
      const [input] = parseArgs('leads:submit', z.tuple([z.unknown()]), args);
      if (deps.retentionDays() === null) throw new Error('leads:submit: the pack states no lead policy');
      if (!limiter.take().ok) throw new Error('leads:submit: too many leads in a minute');
      const lead = await deps.store.save(input);
      deps.log.info(`[leads] saved ${lead.reference} (${lead.item.kind} ${lead.item.id}, ${lead.language})`);
      return { reference: lead.reference };
    },
    'leads:list': async (...args) => {
      deps.requireAdmin('leads:list');
      const [options] = parseArgs('leads:list', z.tuple([ListOptions.optional()]), args);
      if (options?.purge) await purge();
      return openLeads();
    },
    'leads:export-csv': async (...args): Promise<ExportCsvResult> => {
      deps.requireAdmin('leads:export-csv');
      const [header] = parseArgs('leads:export-csv', z.tuple([LeadsCsvHeaderSchema.optional()]), args);
      const view = await openLeads();
      if (view.locked) throw new Error('leads:export-csv: the leads are locked; unlock the panel with the PIN again');
      const folder = await deps.chooseExportFolder();
      if (folder === undefined) return { status: 'cancelled' };
      const name = `leads-${localTimeStamp(new Date(deps.now?.() ?? Date.now()))}.csv`;
      await writeFile(path.join(folder, name), leadsToCsv(view.leads, header), { flag: 'wx' });
      deps.log.info(`[leads] exported ${view.leads.length} lead(s) to ${folder}`);
      return { status: 'written', folder, files: [name] };
    },
    'leads:delete-all': async (...args) => {
      deps.requireAdmin('leads:delete-all');
      parseArgs('leads:delete-all', z.tuple([]), args);
      await deps.store.deleteAll();
      deps.log.info('[leads] every lead deleted from the admin panel');
    },
  };
}
