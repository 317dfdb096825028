/** The spreadsheet routes (main/contract/studio-sheet.ts) through the studio's own client. */
import type { ParsedSheet, SheetMapping, SheetRefusal } from '../../../../../main/contract/studio-sheet';
import { request, StudioApiError } from '../../studio-api';

export const sheetApi = {
  read: (file: Blob, name: string, sheet?: string) =>
    request<ParsedSheet>(
      'POST',
      `sheet?name=${encodeURIComponent(name)}${sheet ? `&sheet=${encodeURIComponent(sheet)}` : ''}`,
      file,
      'application/octet-stream',
    ),
  mapping: () => request<SheetMapping>('GET', 'sheet-mapping'),
  remember: (mapping: SheetMapping) =>
    request<SheetMapping>('PUT', 'sheet-mapping', JSON.stringify(mapping), 'application/json'),
};

/** The server's reason for refusing a file, when that is what the error was. */
export function sheetRefusal(err: unknown): SheetRefusal['sheet'] | undefined {
  const body = err instanceof StudioApiError ? (err.body as Partial<SheetRefusal> | undefined) : undefined;
  return body?.sheet && typeof body.sheet.reason === 'string' ? body.sheet : undefined;
}

/** A spreadsheet by its name: what a drop onto the studio takes for an import. */
export const isSheetFile = (name: string) => /\.(xlsx|xlsm|xls|csv|tsv)$/i.test(name);

/** A column's letter as Excel shows it (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
