/**
 * Leads on disk: `<data>/leads/<YYYY-MM-DD>/<HHMMSS-mmm>-<reference>.lead`, one sealed box per file,
 * each written atomically (temp file, fsync, rename). A crash during a save loses at most that lead
 * and never tears a file; the kiosk never rewrites one. Only the day is readable without the key,
 * which is what retention needs: whole day folders go when the pack's retention period ends.
 */
import { randomBytes, type KeyObject } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { localDate, localIsoTime } from '../stats/events.ts';
import { TEMP_SUFFIX, writeFileAtomic } from '../storage/write-file-atomic.ts';
import { LeadInput, type Lead } from './lead.ts';
import { openBox, sealBox, type SealedBox } from './sealed-box.ts';

export const LEADS_FOLDER = 'leads';
export const LEAD_FILE_SUFFIX = '.lead';
const DAY_FOLDER = /^\d{4}-\d{2}-\d{2}$/;

export interface LeadFile {
  v: 1;
  box: SealedBox;
}

export interface LeadList {
  /** Opened leads, newest first. */
  leads: Lead[];
  /** Files that did not open (another key, or damaged); kept, never deleted by listing. */
  unreadable: number;
}

export interface LeadStore {
  /** Validates, seals and saves a lead; throws a zod error naming the field for a bad one. */
  save(input: unknown): Promise<Lead>;
  /** With `retentionDays`, leads past it are left out even where no purge has deleted them yet. */
  list(privateKey: KeyObject, options?: { retentionDays?: number | null }): Promise<LeadList>;
  /** Deletes the day folders older than `retentionDays` days before today; returns how many leads went. */
  purgeExpired(retentionDays: number): Promise<number>;
  deleteAll(): Promise<void>;
}

/** A store in `folder`, sealing for `publicKey()` (null: no keyring yet, and saving is refused). */
export function createLeadStore(
  folder: string,
  options: { publicKey: () => string | null; now?: () => Date },
): LeadStore {
  const now = options.now ?? (() => new Date());

  async function days(): Promise<string[]> {
    const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    return entries.filter((e) => e.isDirectory() && DAY_FOLDER.test(e.name)).map((e) => e.name);
  }

  /** The oldest day folder `retentionDays` keeps (local date): older ones are past the retention. */
  function oldestKept(retentionDays: number): string {
    const cutoff = now();
    cutoff.setHours(0, 0, 0, 0);
    cutoff.setDate(cutoff.getDate() - retentionDays);
    return localDate(cutoff);
  }

  async function files(day: string): Promise<string[]> {
    const names = await readdir(path.join(folder, day));
    return names.filter((name) => name.endsWith(LEAD_FILE_SUFFIX));
  }

  return {
    async save(input) {
      const publicKey = options.publicKey();
      if (!publicKey) throw new Error('leads cannot be saved before the admin PIN is set');
      const at = now();
      const lead: Lead = { ...LeadInput.parse(input), at: localIsoTime(at) };
      const day = localDate(at);
      const stamp = lead.at.slice(11, 23).replace(/[:.]/g, '');
      const name = `${stamp}-${lead.reference}-${randomBytes(3).toString('hex')}${LEAD_FILE_SUFFIX}`;
      const file: LeadFile = { v: 1, box: sealBox(publicKey, Buffer.from(JSON.stringify(lead))) };
      await mkdir(path.join(folder, day), { recursive: true });
      await writeFileAtomic(path.join(folder, day, name), JSON.stringify(file));
      return lead;
    },

    async list(privateKey, { retentionDays } = {}) {
      const leads: Lead[] = [];
      let unreadable = 0;
      const oldest = retentionDays == null ? '' : oldestKept(retentionDays);
      for (const day of await days()) {
        if (day < oldest) continue;
        for (const name of await files(day)) {
          try {
            const file = JSON.parse(await readFile(path.join(folder, day, name), 'utf8')) as LeadFile;
            leads.push(JSON.parse(openBox(privateKey, file.box).toString('utf8')) as Lead);
          } catch {
            unreadable += 1;
          }
        }
      }
      leads.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
      return { leads, unreadable };
    },

    async purgeExpired(retentionDays) {
      const oldest = oldestKept(retentionDays);
      let removed = 0;
      for (const day of await days()) {
        if (day >= oldest) {
          // A killed save leaves a temp file; it holds no lead anyone can list, so it goes.
          for (const name of await readdir(path.join(folder, day))) {
            if (name.endsWith(TEMP_SUFFIX)) await rm(path.join(folder, day, name), { force: true });
          }
          continue;
        }
        removed += (await files(day)).length;
        await rm(path.join(folder, day), { recursive: true, force: true });
      }
      return removed;
    },

    async deleteAll() {
      for (const day of await days()) await rm(path.join(folder, day), { recursive: true, force: true });
    },
  };
}
