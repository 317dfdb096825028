/**
 * The bureau's spreadsheet of enterprises, made up: its Chinese column headers in the order bureaus
 * send them, a row per enterprise, and the xlsx workbook (made with exceljs, the importer's own
 * library) for the studio's sheet import.
 */
import ExcelJS from 'exceljs';

/** Each column of the sheet by what it holds, with its header as the bureau writes it. */
export const SHEET_COLUMNS = {
  name: '企业名称',
  nameEn: '英文名称',
  cluster: '所属集群',
  district: '区县',
  park: '园区',
  sector: '行业',
  sectorEn: '英文行业',
  summary: '简介',
  summaryEn: '英文简介',
  figure: '指标',
  figureEn: '英文指标',
  value: '数值',
  unit: '单位',
  year: '年份',
  source: '来源',
  website: '网址',
} as const;

export type SheetColumn = keyof typeof SHEET_COLUMNS;
export type SheetCell = ExcelJS.CellValue;
/** One enterprise's cells, by column; a column no enterprise has is left out of the sheet. */
export type SheetEnterprise = Partial<Record<SheetColumn, SheetCell>>;

const ALL_COLUMNS = Object.keys(SHEET_COLUMNS) as SheetColumn[];

/** The header line of `columns`, every column by default. */
export function sheetHeaders(columns: readonly SheetColumn[] = ALL_COLUMNS): string[] {
  return columns.map((c) => SHEET_COLUMNS[c]);
}

/** An enterprise's row under `columns` (every column by default), empty where it has no cell. */
export function sheetRow(enterprise: SheetEnterprise, columns: readonly SheetColumn[] = ALL_COLUMNS): SheetCell[] {
  return columns.map((c) => enterprise[c] ?? null);
}

/**
 * An xlsx of one sheet named `sheetName`: the header line of the columns the enterprises fill (in
 * the bureau's order), then a row each.
 */
export async function enterpriseWorkbook(enterprises: SheetEnterprise[], sheetName = '企业'): Promise<Uint8Array> {
  const columns = ALL_COLUMNS.filter((c) => enterprises.some((e) => c in e));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  sheet.addRow(sheetHeaders(columns));
  for (const e of enterprises) sheet.addRow(sheetRow(e, columns));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
