/**
 * Loads a content pack folder: finds its pack file, parses it, validates it against the schema,
 * then checks what the schema alone cannot (ids that point nowhere, media that is missing).
 * Every problem comes back as a PackIssue; nothing here throws for bad content.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fromZodIssue, type PackIssue } from './pack-issue.ts';
import { parsePackFile } from './parse-pack-file.ts';
import { Pack } from './schema.ts';
import { checkPackReferences } from './check-references.ts';
import { collectPackWarnings } from './pack-warnings.ts';

export const PACK_FILE_NAMES = ['pack.json', 'pack.yaml', 'pack.yml'] as const;
export { MAX_PACK_FILE_BYTES } from './parse-pack-file.ts';

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
