/**
 * Which field each column holds: what staff mapped for this header before (remembered in the data
 * folder), else what the server recognised from the header, else nothing (ignored).
 */
import type { ParsedSheet, SheetField, SheetMapping } from '../../../../../main/contract/studio-sheet';

export type ColumnTarget = SheetField | 'ignore';

/** The key a header is remembered under. */
export const headerKey = (header: string) => header.normalize('NFKC').trim().toLowerCase();

export function initialMapping(sheet: ParsedSheet, remembered: SheetMapping): ColumnTarget[] {
  return sheet.headers.map((header, i) => {
    if (!header.trim()) return 'ignore';
    return remembered.columns[headerKey(header)] ?? sheet.recognised[i] ?? 'ignore';
  });
}

/** The columns staff set by hand (differing from what was recognised), to remember. */
export function mappingToRemember(sheet: ParsedSheet, mapping: readonly ColumnTarget[]): SheetMapping {
  const columns: SheetMapping['columns'] = {};
  sheet.headers.forEach((header, i) => {
    const target = mapping[i] ?? 'ignore';
    if (header.trim() && target !== (sheet.recognised[i] ?? 'ignore')) columns[headerKey(header)] = target;
  });
  return { columns };
}

/** Columns no field was found for, that staff have not mapped either. */
export const unrecognised = (sheet: ParsedSheet, mapping: readonly ColumnTarget[]) =>
  sheet.headers.flatMap((h, i) => (h.trim() && sheet.recognised[i] === null && mapping[i] === 'ignore' ? [i] : []));
