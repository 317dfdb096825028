/**
 * From a sheet's rows of cells to what the page gets: the header row (the first of the first rows
 * that names at least two known columns, so that a title line above the table is passed over;
 * else the first non-empty row), then the non-empty rows under it. A header of two rows (group
 * cells merged over the columns below them, the others merged down both rows) is read as one.
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
  const upper = header.cells.map(headerText);
  const next = filled[filled.indexOf(header) + 1];
  const lower =
    next && next.row === header.row + 1
      ? secondHeaderRow(upper, next.cells.map(headerText), looksLikeHeader)
      : undefined;
  const headers = lower ?? upper;
  const last = lower ? next!.row : header.row;
  const after = grid.rows.filter((r) => r.row > last);
  const rows = after.filter((r) => !r.cells.every(isEmpty));
  return {
    ...meta,
    headerRow: last,
    headers,
    rows,
    emptyRows: after.length - rows.length,
    cellProblems: grid.problems.filter((p) => p.row > last),
  };
}

const headerText = (c: SheetValue) => (c === null ? '' : typeof c === 'object' ? c.date : String(c).trim());

/**
 * The headers of a two-row header, if the row under the header is its second row: each of its cells
 * is empty, repeats the cell above (merged down both rows), names a known column, or sits under a
 * group cell (an unknown header or the empty rest of a block merged across); and one names a known
 * column under something else. A data row never looks like that. Undefined when it is data.
 */
function secondHeaderRow(
  upper: readonly string[],
  lower: readonly string[],
  looksLikeHeader: (text: string) => boolean,
): string[] | undefined {
  let named = false;
  const width = Math.max(upper.length, lower.length);
  for (let c = 0; c < width; c++) {
    const above = upper[c] ?? '';
    const text = lower[c] ?? '';
    if (!text || text === above) continue;
    const known = looksLikeHeader(text);
    if (known) named = true;
    else if (above && looksLikeHeader(above)) return undefined;
  }
  if (!named) return undefined;
  return Array.from({ length: width }, (_, c) => (lower[c] && lower[c] !== upper[c] ? lower[c]! : (upper[c] ?? '')));
}
