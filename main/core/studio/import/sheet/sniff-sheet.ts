/**
 * What a dropped file is, from its bytes rather than its name: an xlsx (a zip holding
 * [Content_Types].xml), an old binary .xls or a password-protected workbook (both OLE compound
 * files; an encrypted xlsx holds an `EncryptedPackage` stream), or text that may be a CSV.
 */
import { SheetRefused } from './sheet-refused.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export type SheetKind = 'xlsx' | 'text';

export function sniffSheet(bytes: Uint8Array, file: string): SheetKind {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, ZIP)) {
    if (buffer.includes('[Content_Types].xml')) return 'xlsx';
    throw new SheetRefused('not-spreadsheet', file, 'a zip archive, not an Excel workbook (.xlsx) or a CSV file');
  }
  if (startsWith(bytes, CFB)) {
    if (buffer.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
      throw new SheetRefused(
        'password',
        file,
        'the workbook is protected by a password: remove it in Excel (File › Info › Protect Workbook) and save again',
      );
    }
    throw new SheetRefused(
      'old-xls',
      file,
      'an old Excel 97–2003 workbook (.xls): open it in Excel and save it as .xlsx',
    );
  }
  if (/\.(xlsx|xlsm|xls)$/i.test(file)) {
    throw new SheetRefused('not-spreadsheet', file, 'named like an Excel workbook, but its content is not one');
  }
  return 'text';
}
