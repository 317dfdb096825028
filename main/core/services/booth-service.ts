/**
 * The booth channels (`booth:*`), all admin-only: the Booth section of the admin panel. Part of the
 * operations service, like the leads channels. Arguments are validated here; what a kiosk's disk
 * says is validated where it is read (booth-table.ts).
 */
import { z } from 'zod';
import type { BoothPublishResult } from '../../contract/booth.ts';
import type { ExportCsvResult } from '../../contract/ipc.ts';
import { BoothNameSchema, StaticAddress } from '../booth/booth-settings.ts';
import type { BoothRuntime } from '../booth/booth-runtime.ts';
import type { ActivePackManager } from '../pack/active-pack-manager.ts';
import { DateRangeSchema } from '../stats/date-range.ts';
import { StatsExportArgsSchema } from './csv-header.ts';
import { parseArgs, type ServiceHandler, type ServiceLog } from './service-checks.ts';

export type BoothChannel =
  | 'booth:view'
  | 'booth:set-role'
  | 'booth:pair'
  | 'booth:unpair'
  | 'booth:publish'
  | 'booth:stats'
  | 'booth:export-csv';
export type BoothService = { [C in BoothChannel]: ServiceHandler<C> };

/**
 * A Syncthing device ID as people type it: eight groups of seven base-32 letters and digits; spaces
 * and lower case are forgiven, the dashes are put back.
 */
export const DeviceIdSchema = z
  .string()
  .max(100)
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .refine((s) => /^[A-Z2-7]{56}$/.test(s), 'a device ID: 8 groups of 7 letters A–Z and digits 2–7')
  .transform((s) => s.match(/.{7}/g)!.join('-'));

export interface BoothServiceDeps {
  booth: BoothRuntime;
  packs: Pick<ActivePackManager, 'status'>;
  chooseExportFolder: () => Promise<string | undefined>;
  requireAdmin: (channel: string) => void;
  log: ServiceLog;
}

export function createBoothService(deps: BoothServiceDeps): BoothService {
  const engine = (channel: string) => {
    const running = deps.booth.engine();
    if (!running) throw new Error(`${channel}: the sync engine is not running: ${deps.booth.engineProblem()}`);
    return running;
  };
  return {
    'booth:view': async (...args) => {
      deps.requireAdmin('booth:view');
      parseArgs('booth:view', z.tuple([]), args);
      return deps.booth.view();
    },
    'booth:set-role': async (...args) => {
      deps.requireAdmin('booth:set-role');
      const [role, name] = parseArgs(
        'booth:set-role',
        z.tuple([z.enum(['none', 'laptop', 'kiosk']), BoothNameSchema]),
        args,
      );
      return deps.booth.setRole({ role, name });
    },
    'booth:pair': async (...args) => {
      deps.requireAdmin('booth:pair');
      const [deviceId, name, address] = parseArgs(
        'booth:pair',
        // JSON carries an absent name or address as null (browser mode's bridge): the same as none.
        z.tuple([DeviceIdSchema, BoothNameSchema.nullish(), StaticAddress.nullish()]),
        args,
      );
      await engine('booth:pair').pair(deviceId, name ?? undefined, address ? [address] : []);
      deps.log.info(`[booth] paired ${deviceId.slice(0, 7)}`);
      return deps.booth.view();
    },
    'booth:unpair': async (...args) => {
      deps.requireAdmin('booth:unpair');
      const [deviceId] = parseArgs('booth:unpair', z.tuple([DeviceIdSchema]), args);
      await engine('booth:unpair').unpair(deviceId);
      deps.log.info(`[booth] unpaired ${deviceId.slice(0, 7)}`);
      return deps.booth.view();
    },
    'booth:publish': async (...args): Promise<BoothPublishResult> => {
      deps.requireAdmin('booth:publish');
      parseArgs('booth:publish', z.tuple([]), args);
      const view = await deps.booth.view();
      if (view.role !== 'laptop') throw new Error('booth:publish: only the booth’s laptop publishes');
      const active = deps.packs.status().active;
      if (!active) throw new Error('booth:publish: no pack is on screen to publish');
      return deps.booth.publish(active.dir, active.id, active.version);
    },
    'booth:stats': async (...args) => {
      deps.requireAdmin('booth:stats');
      const [range] = parseArgs('booth:stats', z.tuple([DateRangeSchema]), args);
      return deps.booth.pooledStats(range);
    },
    'booth:export-csv': async (...args): Promise<ExportCsvResult> => {
      deps.requireAdmin('booth:export-csv');
      const [range, header] = parseArgs('booth:export-csv', StatsExportArgsSchema, args);
      const folder = await deps.chooseExportFolder();
      if (folder === undefined) return { status: 'cancelled' };
      const files = await deps.booth.exportPooledCsv(range, folder, header);
      deps.log.info(`[booth] exported pooled statistics ${range.from}..${range.to} to ${folder}`);
      return { status: 'written', folder, files };
    },
  };
}

/** Every booth channel rejecting clearly (no booth in this process). */
export function unavailableBoothService(): BoothService {
  const fail = (): never => {
    throw new Error('the booth is not running in this process');
  };
  return {
    'booth:view': fail,
    'booth:set-role': fail,
    'booth:pair': fail,
    'booth:unpair': fail,
    'booth:publish': fail,
    'booth:stats': fail,
    'booth:export-csv': fail,
  };
}
