/**
 * Column names a panel sends with a CSV export, in its own language: every column named, each one
 * short line (they head a spreadsheet's columns).
 */
import { z } from 'zod';
import { LEAD_CSV_COLUMNS, STATS_CSV_COLUMNS } from '../../contract/ipc.ts';
import { DateRangeSchema } from '../stats/date-range.ts';

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

/** The arguments of `stats:export-csv` and `booth:export-csv`: the range, and the column names. */
export const StatsExportArgsSchema = z.tuple([DateRangeSchema, StatsCsvHeaderSchema.optional()]);

export const LeadsCsvHeaderSchema = csvHeaderSchema(LEAD_CSV_COLUMNS);
