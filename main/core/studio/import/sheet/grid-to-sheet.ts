/**
 * From a sheet's rows of cells to what the page gets: the header row (the first of the first rows
 * that names at least two known columns, so that a title line above the table is passed over;
 * else the first non-empty row), then the non-empty rows under it.
 */
import type { CellProblem, ParsedSheet, SheetRow, SheetValue } from '../../../../contract/studio-sheet.ts';

export interface Grid {
  rows: SheetRow[];
  problems: CellProblem[];
}

/** Rows looked at for the header. */
const HEADER_SEARCH = 10;

const isEmpty = (v: SheetValue) => v === null || (typeof v === 'string' && v.trim() === '');

export function gridToSheet(
  grid: Grid,
  meta: Pick<ParsedSheet, 'file' | 'format' | 'encoding' | 'sheet' | 'sheets'>,
  looksLikeHeader: (text: string) => boolean,
): Omit<ParsedSheet, 'recognised'> | undefined {
  const filled = grid.rows.filter((r) => !r.cells.every(isEmpty));
  if (filled.length === 0) return undefined;
  const candidates = filled.slice(0, HEADER_SEARCH);
  const header =
    candidates.find((r) => r.cells.filter((c) => typeof c === 'string' && looksLikeHeader(c)).length >= 2) ??
    candidates[0]!;
  const headers = header.cells.map((c) => (c === null ? '' : typeof c === 'object' ? c.date : String(c).trim()));
  const after = grid.rows.filter((r) => r.row > header.row);
  const rows = after.filter((r) => !r.cells.every(isEmpty));
  return {
    ...meta,
    headerRow: header.row,
    headers,
    rows,
    emptyRows: after.length - rows.length,
    cellProblems: grid.problems.filter((p) => p.row > header.row),
  };
}
