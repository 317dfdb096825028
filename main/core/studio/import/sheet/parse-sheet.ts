/** A dropped spreadsheet's bytes → the rows and headers the page plans with (or SheetRefused). */
import { MAX_SHEET_BYTES, type ParsedSheet } from '../../../../contract/studio-sheet.ts';
import { gridToSheet } from './grid-to-sheet.ts';
import { recogniseHeader } from './header-aliases.ts';
import { readCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import { SheetRefused } from './sheet-refused.ts';
import { sniffSheet } from './sniff-sheet.ts';

export async function parseSheet(bytes: Uint8Array, file: string, sheetName?: string): Promise<ParsedSheet> {
  if (bytes.byteLength > MAX_SHEET_BYTES) {
    throw new SheetRefused('too-large', file, `the file is over ${MAX_SHEET_BYTES / 1024 / 1024} MB`);
  }
  if (bytes.byteLength === 0) throw new SheetRefused('empty', file, 'the file is empty');
  const known = (text: string) => recogniseHeader(text) !== null;
  let sheet;
  if (sniffSheet(bytes, file) === 'xlsx') {
    const read = await readXlsx(bytes, file, sheetName);
    sheet = gridToSheet(read.grid, { file, format: 'xlsx', sheet: read.sheet, sheets: read.sheets }, known);
  } else {
    const read = readCsv(bytes, file);
    sheet = gridToSheet(
      read.grid,
      { file, format: 'csv', encoding: read.encoding, sheet: file, sheets: [file] },
      known,
    );
  }
  if (!sheet) throw new SheetRefused('empty', file, 'the sheet has no rows');
  return { ...sheet, recognised: sheet.headers.map(recogniseHeader) };
}
