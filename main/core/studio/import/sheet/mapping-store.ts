/**
 * The columns staff mapped by hand, remembered for the next import: in the data folder beside the
 * draft (written atomically), not in the page's localStorage, because the studio window's origin
 * carries a port the system picks afresh on every start, and localStorage is per origin.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { SHEET_FIELDS, type SheetMapping } from '../../../../contract/studio-sheet.ts';
import { writeFileAtomic } from '../../../storage/write-file-atomic.ts';

export const MAPPING_FILE = 'sheet-mapping.json';
/** Headers remembered at most (oldest dropped first). */
const MAX_REMEMBERED = 500;

export const SheetMappingBody = z.object({
  columns: z.record(z.string().max(200), z.enum([...SHEET_FIELDS, 'ignore'])),
});

export async function readMapping(studioDir: string): Promise<SheetMapping> {
  try {
    const parsed = SheetMappingBody.safeParse(JSON.parse(await readFile(path.join(studioDir, MAPPING_FILE), 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // Absent or unreadable: nothing remembered yet.
  }
  return { columns: {} };
}

/** Adds `mapping` to what is remembered (a header mapped again takes its new field). */
export async function rememberMapping(studioDir: string, mapping: SheetMapping): Promise<SheetMapping> {
  const before = await readMapping(studioDir);
  const merged = Object.entries({ ...before.columns, ...mapping.columns }).slice(-MAX_REMEMBERED);
  const next: SheetMapping = { columns: Object.fromEntries(merged) };
  await writeFileAtomic(path.join(studioDir, MAPPING_FILE), JSON.stringify(next, null, 2));
  return next;
}
