/** A CSV file's rows of text, decoded (decode-csv.ts) and split by papaparse, up to the row limit. */
import Papa from 'papaparse';
import { MAX_SHEET_ROWS, type ParsedSheet } from '../../../../contract/studio-sheet.ts';
import { decodeCsv } from './decode-csv.ts';
import type { Grid } from './grid-to-sheet.ts';
import { SheetRefused } from './sheet-refused.ts';

export function readCsv(bytes: Uint8Array, file: string): { grid: Grid; encoding: ParsedSheet['encoding'] } {
  const { text, encoding } = decodeCsv(bytes, file);
  // One row past the limit is enough to know it is too many; papaparse stops there.
  const parsed = Papa.parse<string[]>(text, { preview: MAX_SHEET_ROWS + 1, skipEmptyLines: false });
  if (parsed.data.length > MAX_SHEET_ROWS) {
    throw new SheetRefused('too-many-rows', file, `more than ${MAX_SHEET_ROWS} rows: split it into smaller files`, {
      limit: MAX_SHEET_ROWS,
    });
  }
  const grid: Grid = { rows: parsed.data.map((cells, i) => ({ row: i + 1, cells })), problems: [] };
  return { grid, encoding };
}
