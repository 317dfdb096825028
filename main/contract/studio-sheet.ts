/**
 * Enterprises from a spreadsheet (issue 21): what the studio page and the studio server agree on.
 * The server reads the file (xlsx or csv) into rows of plain cell values; the page recognises the
 * columns and plans the import against the draft it holds (which may be ahead of the saved copy).
 *
 *   POST studio/api/sheet?name=<file>[&sheet=<name>]   body: the file's bytes → ParsedSheet,
 *                                         or 422/413 SheetRefusal (a StudioError with `sheet`)
 *   GET  studio/api/sheet-mapping         → SheetMapping (the columns staff mapped before)
 *   PUT  studio/api/sheet-mapping         body SheetMapping → SheetMapping
 *
 * Types and constants only: safe to import from any process.
 */
import type { StudioError } from './studio.ts';

/** The largest spreadsheet file accepted. */
export const MAX_SHEET_BYTES = 20 * 1024 * 1024;
/** The most rows (header included) one sheet may have: past it the file is refused before it is read. */
export const MAX_SHEET_ROWS = 10_000;

/** What a column can hold: a field of an enterprise (one language of a text), or a part of one figure. */
export const SHEET_FIELDS = [
  'id',
  'name.zh-CN',
  'name.en',
  'shortName.zh-CN',
  'shortName.en',
  'sector.zh-CN',
  'sector.en',
  'summary.zh-CN',
  'summary.en',
  'clusters',
  'district',
  'park',
  'website',
  'figure.label.zh-CN',
  'figure.label.en',
  'figure.value',
  'figure.unit',
  'figure.year',
  'figure.source',
  'figure.qualifier',
] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];

/** A cell as the page gets it: text, a number, a boolean, a date (ISO), or empty. */
export type SheetValue = string | number | boolean | { date: string } | null;

/** Why a cell cannot be read; the page refuses a row whose mapped column holds one. */
export type CellProblemCode = 'formula-without-result' | 'error-value' | 'merged-across';

export interface CellProblem {
  /** The sheet's own row number (1-based, as Excel shows it). */
  row: number;
  /** 0-based column index. */
  column: number;
  code: CellProblemCode;
  /** In English, for the log and as a fallback. */
  message: string;
}

export interface SheetRow {
  /** The sheet's own row number (1-based). */
  row: number;
  cells: SheetValue[];
}

export interface ParsedSheet {
  /** The file name staff dropped. */
  file: string;
  format: 'xlsx' | 'csv';
  /** For a CSV: the encoding it was decoded from. */
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  /** The sheet read (xlsx: a visible one; csv: the file name). */
  sheet: string;
  /** The workbook's visible sheets, in order (hidden ones are never read). */
  sheets: string[];
  /** The header row's number and its texts by column. */
  headerRow: number;
  headers: string[];
  /** The field each column's header was recognised as (header-aliases.ts), else null. */
  recognised: (SheetField | null)[];
  /** The non-empty rows under the header, in order. */
  rows: SheetRow[];
  /** Rows left out because every cell was empty. */
  emptyRows: number;
  cellProblems: CellProblem[];
}

export type SheetRefusalReason =
  | 'not-spreadsheet'
  | 'old-xls'
  | 'password'
  | 'damaged'
  | 'too-large'
  | 'too-many-rows'
  | 'no-visible-sheet'
  | 'no-such-sheet'
  | 'empty';

/** A refused file: the studio's error shape with the reason and where, for the page to translate. */
export interface SheetRefusal extends StudioError {
  sheet: { reason: SheetRefusalReason; file: string; sheetName?: string; rows?: number; limit?: number };
}

/** Columns staff mapped by hand: the header's text (trimmed, lower-case) → the field it holds. */
export interface SheetMapping {
  columns: Record<string, SheetField | 'ignore'>;
}
