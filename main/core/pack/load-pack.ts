/**
 * Loads a content pack folder: finds its pack file, parses it, validates it against the schema,
 * then checks what the schema alone cannot (ids that point nowhere, media that is missing).
 * Every problem comes back as a PackIssue; nothing here throws for bad content.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { fromZodIssue, type PackIssue } from './pack-issue.ts';
import { Pack } from './schema.ts';
import { checkPackReferences } from './check-references.ts';
import { collectPackWarnings } from './pack-warnings.ts';

export const PACK_FILE_NAMES = ['pack.json', 'pack.yaml', 'pack.yml'] as const;
/** A pack file larger than this is refused before parsing (a text file of data, not media). */
export const MAX_PACK_FILE_BYTES = 20 * 1024 * 1024;

export type PackLoadResult =
  | { ok: true; pack: Pack; dir: string; file: string; warnings: PackIssue[] }
  | { ok: false; dir: string; file?: string; errors: PackIssue[]; warnings: PackIssue[] };

export async function loadPack(dir: string): Promise<PackLoadResult> {
  const root = path.resolve(dir);
  const fail = (errors: PackIssue[], file?: string): PackLoadResult => ({
    ok: false,
    dir: root,
    file,
    errors,
    warnings: [],
  });
  const folderError = (message: string): PackLoadResult => fail([{ severity: 'error', file: '.', path: '', message }]);

  try {
    if (!(await stat(root)).isDirectory()) return folderError(`${root} is not a folder`);
  } catch {
    return folderError(`pack folder ${root} not found`);
  }

  const present: string[] = [];
  for (const name of PACK_FILE_NAMES) {
    try {
      if ((await stat(path.join(root, name))).isFile()) present.push(name);
    } catch {
      // not there: try the next name
    }
  }
  if (present.length === 0) return folderError(`no pack file: expected one of ${PACK_FILE_NAMES.join(', ')}`);
  if (present.length > 1) return folderError(`more than one pack file (${present.join(', ')}): keep exactly one`);
  const file = present[0]!;

  const parsed = await parsePackFile(path.join(root, file), file);
  if (!parsed.ok) return fail([parsed.issue], file);

  const result = Pack.safeParse(parsed.data, { reportInput: true });
  if (!result.success)
    return fail(
      result.error.issues.flatMap((issue) => fromZodIssue(file, issue)),
      file,
    );

  const errors = await checkPackReferences(result.data, root, file);
  // Warnings come with errors too, so one check shows everything left to fix.
  const warnings = await collectPackWarnings(result.data, root, file);
  if (errors.length > 0) return { ...fail(errors, file), warnings };
  return { ok: true, pack: result.data, dir: root, file, warnings };
}

type Parsed = { ok: true; data: unknown } | { ok: false; issue: PackIssue };

async function parsePackFile(absolute: string, file: string): Promise<Parsed> {
  const issue = (message: string): Parsed => ({ ok: false, issue: { severity: 'error', file, path: '', message } });
  const info = await stat(absolute);
  if (info.size > MAX_PACK_FILE_BYTES) return issue(`file is ${info.size} bytes; the limit is ${MAX_PACK_FILE_BYTES}`);

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(absolute));
  } catch {
    return issue('not readable as UTF-8 text');
  }
  text = text.replace(/^\uFEFF/, '');

  if (file.endsWith('.json')) {
    try {
      return { ok: true, data: JSON.parse(text) };
    } catch (error) {
      return issue(`not valid JSON: ${describeJsonError(error, text)}`);
    }
  }
  const doc = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const where = first.linePos?.[0];
    const what = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return issue(`not valid YAML${where ? ` at line ${where.line}, column ${where.col}` : ''}: ${what}`);
  }
  return { ok: true, data: doc.toJS({ maxAliasCount: 100 }) };
}

/** V8's JSON errors name a character position; editors want a line and column. */
function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  if (!match) return message;
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}
