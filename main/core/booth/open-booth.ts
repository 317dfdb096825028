/**
 * What both shells (Electron, browser mode) do to run the booth: read this machine's role, start the
 * runtime for it, and pass the page's visit events through the attract-loop tracker on their way to
 * the event log (so a kiosk knows when it may switch packs, from the report the page already sends).
 */
import type { ActivePackManager } from '../pack/active-pack-manager.ts';
import type { ServiceLog } from '../services/service-checks.ts';
import type { EventLog } from '../stats/event-log.ts';
import { createAttractState } from './attract-state.ts';
import type { BoothEngine } from './booth-engine.ts';
import { openBoothRuntime, type BoothRuntime } from './booth-runtime.ts';
import { openBoothSettings, type BoothSettings } from './booth-settings.ts';

export interface OpenBoothOptions {
  dataDir: string;
  logFolder: string;
  packs: ActivePackManager;
  events: EventLog;
  log: ServiceLog;
  startEngine?: (settings: BoothSettings) => Promise<BoothEngine>;
  receivePollMs?: number;
  statusIntervalMs?: number;
}

export async function openBooth(
  options: OpenBoothOptions,
): Promise<{ runtime: BoothRuntime; events: EventLog; packs: ActivePackManager }> {
  const settings = await openBoothSettings(options.dataDir);
  if (settings.problem) options.log.warn(`[booth] ${settings.problem}`);
  const attract = createAttractState();
  const runtime = await openBoothRuntime({ ...options, attract, settings });
  const events: EventLog = {
    append(event) {
      attract.note(event);
      return options.events.append(event);
    },
    close: () => options.events.close(),
  };
  return { runtime, events, packs: options.packs };
}
