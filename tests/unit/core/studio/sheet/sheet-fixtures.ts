/** Spreadsheets made in the tests with the importer's own library (exceljs), and the Xuzhou pack to plan against. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { ParsedSheet } from '../../../../../main/contract/studio-sheet.ts';
import { parseSheet } from '../../../../../main/core/studio/import/sheet/parse-sheet.ts';
import { initialMapping } from '../../../../../renderer/src/studio/import/sheet/column-mapping.ts';
import { planImport } from '../../../../../renderer/src/studio/import/sheet/plan-import.ts';
import { formModel, type FieldType } from '../../../../../renderer/src/studio/form-model.ts';

export const xuzhou = (): Record<string, unknown> & { enterprises: Record<string, unknown>[] } =>
  JSON.parse(readFileSync(path.resolve('assets/packs/xuzhou/pack.json'), 'utf8'));

const model = formModel();
const enterprisesSection = model.sections.find((s) => s.key === 'enterprises')!;
export const enterpriseType = (enterprisesSection.type as { item: FieldType }).item;

export type Cell = ExcelJS.CellValue;

/** An xlsx of `rows` (the first is the header) on a sheet named `name`, `edit` tweaking the sheet first. */
export async function xlsx(rows: Cell[][], edit?: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('企业');
  for (const row of rows) sheet.addRow(row);
  edit?.(sheet, book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Parses and plans against `pack` with the recognised columns (and `remembered` mapping). */
export async function importSheet(bytes: Uint8Array, file: string, pack: unknown = xuzhou()) {
  const sheet: ParsedSheet = await parseSheet(bytes, file);
  const mapping = initialMapping(sheet, { columns: {} });
  return { sheet, mapping, plan: planImport(pack, sheet, mapping, enterpriseType) };
}
