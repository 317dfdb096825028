/**
 * Column names a panel sends with a CSV export, in its own language: every column named, each one
 * short line (they head a spreadsheet's columns).
 */
import { z } from 'zod';
import { LEAD_CSV_COLUMNS, STATS_CSV_COLUMNS } from '../../contract/ipc.ts';

const ColumnName = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[^\p{Cc}]+$/u, 'a column name on one line');

function csvHeaderSchema<K extends string>(columns: readonly K[]) {
  return z.strictObject(
    Object.fromEntries(columns.map((column) => [column, ColumnName])) as Record<K, typeof ColumnName>,
  );
}

/** The statistics CSV's columns (the booth's file by kiosk adds `kiosk`). */
export const StatsCsvHeaderSchema = csvHeaderSchema(['kiosk', ...STATS_CSV_COLUMNS]);

export const LeadsCsvHeaderSchema = csvHeaderSchema(LEAD_CSV_COLUMNS);
