/**
 * Reads a pack file (JSON or YAML) into plain data, refusing with one clear issue whatever would
 * exhaust the process or is not text an editor meant: a file too large, a file saved as UTF-16 or in
 * a legacy encoding, aliases that expand without end, nesting or texts past any real pack's. Never
 * throws for the file's content.
 */
import { readFile, stat } from 'node:fs/promises';
import YAML from 'yaml';
import { formatPath, type PackIssue } from './pack-issue.ts';

/** A pack file larger than this is refused before parsing (a text file of data, not media). */
export const MAX_PACK_FILE_BYTES = 20 * 1024 * 1024;
/** Deeper than any pack (about 7 levels); far below what would exhaust the stack. */
export const MAX_PACK_DEPTH = 32;
/** One string longer than this (a million characters: far past any text or map outline) is refused. */
export const MAX_TEXT_CHARS = 1_000_000;
/** Aliases a YAML pack may resolve: enough for shared snippets, too few for a "billion laughs" file. */
export const MAX_YAML_ALIASES = 100;

export type ParsedPackFile = { ok: true; data: unknown } | { ok: false; issue: PackIssue };

export async function parsePackFile(absolute: string, file: string): Promise<ParsedPackFile> {
  const issue = (message: string, at = ''): ParsedPackFile => ({
    ok: false,
    issue: { severity: 'error', file, path: at, message },
  });
  const info = await stat(absolute);
  if (info.size > MAX_PACK_FILE_BYTES)
    return issue(`the file is ${megabytes(info.size)}; a pack file may be at most ${megabytes(MAX_PACK_FILE_BYTES)}`);

  const decoded = decodeText(await readFile(absolute));
  if (!decoded.ok) return issue(decoded.message);

  let data: unknown;
  try {
    data = file.endsWith('.json') ? parseJson(decoded.text) : parseYaml(decoded.text);
  } catch (error) {
    if (error instanceof PackSyntaxError) return issue(error.message);
    // The parsers recurse per level: a file nested thousands deep ends here, not in a crash.
    if (error instanceof RangeError) return issue(`nested too deeply: a pack is at most ${MAX_PACK_DEPTH} levels deep`);
    throw error;
  }
  const limit = checkShape(data);
  return limit ? issue(limit.message, limit.path) : { ok: true, data };
}

class PackSyntaxError extends Error {}

/** UTF-8 (with or without BOM) only: Notepad's "Unicode" (UTF-16) and GBK get a message saying how. */
function decodeText(bytes: Buffer): { ok: true; text: string } | { ok: false; message: string } {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    // UTF-16 without a BOM: every other byte of ASCII text is a zero.
    (bytes.length >= 4 &&
      (bytes[1] === 0 || bytes[0] === 0) &&
      bytes.subarray(0, 64).filter((b) => b === 0).length * 3 >= Math.min(bytes.length, 64));
  if (utf16)
    return {
      ok: false,
      message: 'the file is saved as UTF-16 ("Unicode"); save it as UTF-8 (in Notepad: Save As → Encoding: UTF-8)',
    };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch {
    return {
      ok: false,
      message: 'the file is not UTF-8 text (perhaps GBK); save it as UTF-8 (in Notepad: Save As → Encoding: UTF-8)',
    };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) throw new PackSyntaxError(`not valid JSON: ${describeJsonError(error, text)}`);
    throw error;
  }
}

function parseYaml(text: string): unknown {
  const doc = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    // yaml catches its own stack overflow on deep nesting and reports it as a syntax error.
    if (first.message.includes('Maximum call stack')) throw new RangeError(first.message);
    const where = first.linePos?.[0];
    const what = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new PackSyntaxError(`not valid YAML${where ? ` at line ${where.line}, column ${where.col}` : ''}: ${what}`);
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    // yaml throws a ReferenceError when aliases would expand past the count (a "billion laughs" file).
    if (error instanceof ReferenceError)
      throw new PackSyntaxError(
        `its aliases (*name) expand too far (more than ${MAX_YAML_ALIASES} uses); write the values out instead`,
      );
    throw error;
  }
}

/** V8's JSON errors name a character position; editors want a line and column. */
function describeJsonError(error: SyntaxError, text: string): string {
  const match = /position (\d+)/.exec(error.message);
  if (!match) return error.message;
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${error.message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

/** The first place where the data is nested past MAX_PACK_DEPTH or holds a text past MAX_TEXT_CHARS. */
function checkShape(data: unknown): { path: string; message: string } | undefined {
  // Iterative, so that checking a deep value cannot itself exhaust the stack; and with one path
  // that grows and shrinks as the walk goes, not a copy for each value: at 10,000 enterprises those
  // copies were millions of short-lived arrays, and the collector's work grew faster than the pack.
  const at: PropertyKey[] = [];
  const open: Array<{ value: object; keys: string[] | undefined; size: number; next: number }> = [];
  const enter = (value: unknown): { path: string; message: string } | undefined => {
    if (typeof value === 'string') {
      if (value.length <= MAX_TEXT_CHARS) return undefined;
      return {
        path: formatPath(at),
        message: `a text of ${value.length.toLocaleString('en')} characters; the limit is ${MAX_TEXT_CHARS.toLocaleString('en')}`,
      };
    }
    if (value === null || typeof value !== 'object') return undefined;
    if (at.length >= MAX_PACK_DEPTH)
      return { path: formatPath(at), message: `nested too deeply: a pack is at most ${MAX_PACK_DEPTH} levels deep` };
    const keys = Array.isArray(value) ? undefined : Object.keys(value);
    open.push({ value, keys, size: keys ? keys.length : (value as unknown[]).length, next: 0 });
    return undefined;
  };
  let found = enter(data);
  while (!found && open.length > 0) {
    const top = open[open.length - 1]!;
    if (top.next === top.size) {
      open.pop();
      at.pop(); // the key that led to it (none for the root)
      continue;
    }
    const key = top.keys ? top.keys[top.next]! : top.next;
    top.next++;
    at.push(key);
    const before = open.length;
    found = enter((top.value as Record<PropertyKey, unknown>)[key]);
    if (open.length === before) at.pop(); // a value without children: its key is done
  }
  return found;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
