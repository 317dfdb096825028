/**
 * An xlsx workbook's first visible sheet (or the one staff picked) as rows of plain values.
 * Before exceljs builds its objects, the zip is measured: its unpacked size and each worksheet's
 * row count, so that a 100,000-row sheet or a zip bomb is refused without filling memory.
 * Cells: a formula gives its saved result (none: a problem), a merged cell repeats its first
 * cell's value down a column (a block spanning columns is a problem), dates come as dates.
 */
import type ExcelJSTypes from 'exceljs';
// The prebuilt, minified bundle: the package's own entry pulls in its writers (archiver, zip-stream
// …) and adds ~2.8 MB to the app's main bundle; this one adds 0.86 MB, and reads the same.
import ExcelJS from 'exceljs/dist/exceljs.bare.min.js';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { MAX_SHEET_ROWS, type CellProblem, type SheetValue } from '../../../../contract/studio-sheet.ts';
import type { Grid } from './grid-to-sheet.ts';
import { SheetRefused } from './sheet-refused.ts';

/** The most bytes a workbook's files may unpack to. */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

export async function readXlsx(bytes: Uint8Array, file: string, sheetName?: string) {
  await measureWorkbook(bytes, file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJSTypes.Buffer);
  } catch (error) {
    throw new SheetRefused(
      'damaged',
      file,
      `the workbook is damaged and cannot be read (${(error as Error).message}): open it in Excel, save it again and retry`,
    );
  }
  const visible = workbook.worksheets.filter((w) => w.state === 'visible' || w.state === undefined);
  if (visible.length === 0) throw new SheetRefused('no-visible-sheet', file, 'the workbook has no visible sheet');
  const sheet = sheetName === undefined ? visible[0]! : visible.find((w) => w.name === sheetName);
  if (!sheet) {
    throw new SheetRefused('no-such-sheet', file, `the workbook has no visible sheet named "${sheetName}"`, {
      sheetName,
    });
  }
  return { grid: readWorksheet(sheet), sheet: sheet.name, sheets: visible.map((w) => w.name) };
}

function readWorksheet(sheet: ExcelJSTypes.Worksheet): Grid {
  const rows: Grid['rows'] = [];
  const problems: CellProblem[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetValue[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      let source = cell;
      if (cell.isMerged && cell.master !== cell) {
        if (cell.master.col !== cell.col) {
          // Only the first column of a block spanning columns holds the value; the others stay empty.
          cells.push(null);
          if (valueOf(cell.master, () => undefined) !== null)
            problems.push({
              row: rowNumber,
              column: c - 1,
              code: 'merged-across',
              message: `cell ${cell.address} is merged with ${cell.master.address} across columns: unmerge it and fill each cell`,
            });
          continue;
        }
        source = cell.master;
      }
      cells.push(valueOf(source, (code, message) => problems.push({ row: rowNumber, column: c - 1, code, message })));
    }
    rows.push({ row: rowNumber, cells });
  });
  return { rows, problems };
}

function valueOf(cell: ExcelJSTypes.Cell, problem: (code: CellProblem['code'], message: string) => void): SheetValue {
  const plain = (v: unknown): SheetValue => {
    if (v === null || v === undefined) return null;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : { date: v.toISOString() };
    if (typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ('formula' in o || 'sharedFormula' in o) {
        if (o.result === undefined || o.result === null) {
          problem(
            'formula-without-result',
            `cell ${cell.address} holds a formula with no saved result: open the file in Excel and save it`,
          );
          return null;
        }
        return plain(o.result);
      }
      if ('error' in o) {
        problem('error-value', `cell ${cell.address} holds the error ${String(o.error)}`);
        return null;
      }
      if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('');
      if ('text' in o) return plain(typeof o.text === 'object' ? o.text : String(o.text));
      if ('hyperlink' in o) return String(o.hyperlink);
    }
    return String(v);
  };
  return plain(cell.value);
}

/** Refuses, before anything is built, a workbook that unpacks too large or has a sheet past the row limit. */
async function measureWorkbook(bytes: Uint8Array, file: string): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await new Promise<ZipFile>((resolve, reject) =>
      yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, z) => (err ? reject(err) : resolve(z))),
    );
  } catch (error) {
    throw new SheetRefused('damaged', file, `the workbook is damaged and cannot be read (${(error as Error).message})`);
  }
  let unpacked = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry: Entry) => {
        unpacked += entry.uncompressedSize;
        if (unpacked > MAX_UNPACKED_BYTES) {
          reject(new SheetRefused('too-large', file, `the workbook unpacks to more than ${MAX_UNPACKED_BYTES} bytes`));
          return;
        }
        if (!WORKSHEET.test(entry.fileName)) {
          zip.readEntry();
          return;
        }
        countRows(zip, entry).then((rows) => {
          if (rows > MAX_SHEET_ROWS) {
            reject(
              new SheetRefused(
                'too-many-rows',
                file,
                `a sheet has ${rows} rows, more than ${MAX_SHEET_ROWS}: split it into smaller files`,
                {
                  rows,
                  limit: MAX_SHEET_ROWS,
                },
              ),
            );
          } else zip.readEntry();
        }, reject);
      });
      zip.readEntry();
    });
  } catch (error) {
    if (error instanceof SheetRefused) throw error;
    throw new SheetRefused('damaged', file, `the workbook is damaged and cannot be read (${(error as Error).message})`);
  } finally {
    zip.close();
  }
}

/** The `<row` elements of a worksheet's XML, counted as it streams (never held whole). */
function countRows(zip: ZipFile, entry: Entry): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      let rows = 0;
      let tail = '';
      stream.on('data', (chunk: Buffer) => {
        const text = tail + chunk.toString('latin1');
        rows += text.match(/<(?:\w+:)?row[\s>]/g)?.length ?? 0;
        // Keep a tag's start cut by the chunk's end for the next chunk (never a whole match).
        const cut = text.lastIndexOf('<');
        tail = cut >= text.length - 8 ? text.slice(cut) : '';
        if (tail && /^<(?:\w+:)?row[\s>]/.test(tail)) tail = '';
      });
      stream.on('end', () => resolve(rows));
      stream.on('error', reject);
    });
  });
}
