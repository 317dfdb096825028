/**
 * A CSV's text from its bytes. A byte-order mark says UTF-8 or UTF-16; else valid UTF-8 is UTF-8;
 * else GB18030 (a superset of GBK, which Chinese Excel writes). Decoding is strict throughout: bytes
 * that are none of these are refused rather than shown as mojibake.
 */
import type { ParsedSheet } from '../../../../contract/studio-sheet.ts';
import { SheetRefused } from './sheet-refused.ts';

export type CsvEncoding = NonNullable<ParsedSheet['encoding']>;

export function decodeCsv(bytes: Uint8Array, file: string): { text: string; encoding: CsvEncoding } {
  const tries: { encoding: CsvEncoding; skip: number }[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) tries.push({ encoding: 'utf-8', skip: 3 });
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) tries.push({ encoding: 'utf-16le', skip: 2 });
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) tries.push({ encoding: 'utf-16be', skip: 2 });
  else tries.push({ encoding: 'utf-8', skip: 0 }, { encoding: 'gb18030', skip: 0 });
  for (const { encoding, skip } of tries) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
    } catch {
      continue;
    }
    // Text has no NUL and few control characters; a picture or a PDF that happened to decode has many.
    const head = text.slice(0, 4096);
    let controls = 0;
    for (let i = 0; i < head.length; i++) {
      const code = head.charCodeAt(i);
      if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) controls++;
    }
    if (text.includes('\u0000') || controls > 8) break;
    return { text, encoding };
  }
  throw new SheetRefused(
    'not-spreadsheet',
    file,
    'not a spreadsheet: neither an Excel workbook (.xlsx) nor a CSV text file',
  );
}
