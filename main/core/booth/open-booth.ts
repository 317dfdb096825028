/**
 * What both shells (Electron, browser mode) do to run the booth: read this machine's role, start the
 * runtime for it, and pass the page's visit events through the attract-loop tracker on their way to
 * the event log (so a kiosk knows when it may switch packs, from the report the page already sends).
 */
import type { OpenLeads } from '../leads/open-leads.ts';
import type { ActivePackManager } from '../pack/active-pack-manager.ts';
import type { ServiceLog } from '../services/service-checks.ts';
import type { EventLog } from '../stats/event-log.ts';
import { createAttractState } from './attract-state.ts';
import { boothLeadStore } from './booth-leads.ts';
import { boothPaths } from './booth-folders.ts';
import type { BoothEngine } from './booth-engine.ts';
import { openBoothRuntime, type BoothRuntime } from './booth-runtime.ts';
import { openBoothSettings, type BoothSettings } from './booth-settings.ts';

export interface OpenBoothOptions {
  dataDir: string;
  logFolder: string;
  packs: ActivePackManager;
  events: EventLog;
  /** The leads: a kiosk also seals each new lead for its laptop; a laptop lists its kiosks' leads too. */
  leads?: OpenLeads;
  log: ServiceLog;
  startEngine?: (settings: BoothSettings) => Promise<BoothEngine>;
  receivePollMs?: number;
  statusIntervalMs?: number;
}

export async function openBooth(
  options: OpenBoothOptions,
): Promise<{ runtime: BoothRuntime; events: EventLog; packs: ActivePackManager; leads?: OpenLeads }> {
  const settings = await openBoothSettings(options.dataDir);
  if (settings.problem) options.log.warn(`[booth] ${settings.problem}`);
  const attract = createAttractState();
  const runtime = await openBoothRuntime({
    ...options,
    attract,
    settings,
    leadPublicKey: () => options.leads?.keys.publicKey() ?? null,
  });
  const events: EventLog = {
    append(event) {
      attract.note(event);
      return options.events.append(event);
    },
    close: () => options.events.close(),
  };
  const leads = options.leads && {
    ...options.leads,
    store: boothLeadStore(
      options.leads.store,
      boothPaths(options.dataDir).outbox,
      () => runtime.laptopLeadKey(),
      options.log,
    ),
  };
  return { runtime, events, packs: options.packs, leads };
}
