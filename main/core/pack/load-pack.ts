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
import { folderMediaSource, type MediaSource } from './media-source.ts';
import { collectPackWarnings } from './pack-warnings.ts';

export const PACK_FILE_NAMES = ['pack.json', 'pack.yaml', 'pack.yml'] as const;
export { MAX_PACK_FILE_BYTES } from './parse-pack-file.ts';

/** What the checks say about a pack object: every error and warning, and the pack if it has no error. */
export type PackValidation =
  { ok: true; pack: Pack; warnings: PackIssue[] } | { ok: false; errors: PackIssue[]; warnings: PackIssue[] };

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

  const checked = await validatePackData(parsed.data, folderMediaSource(root), file);
  if (!checked.ok) return { ...fail(checked.errors, file), warnings: checked.warnings };
  return { ok: true, pack: checked.pack, dir: root, file, warnings: checked.warnings };
}

/**
 * The checks `pack:check` runs, on a pack file's content already parsed (`data`) with its media
 * looked up in `media`: the schema, then references and media content, then warnings. The studio
 * runs it on a draft, whose media are its own files over its base pack's folder.
 */
export async function validatePackData(data: unknown, media: MediaSource, file: string): Promise<PackValidation> {
  const result = Pack.safeParse(data, { reportInput: true });
  if (!result.success) {
    return { ok: false, errors: result.error.issues.flatMap((issue) => fromZodIssue(file, issue)), warnings: [] };
  }
  const errors = await checkPackReferences(result.data, media, file);
  // Warnings come with errors too, so one check shows everything left to fix.
  const warnings = await collectPackWarnings(result.data, media, file);
  if (errors.length > 0) return { ok: false, errors, warnings };
  return { ok: true, pack: result.data, warnings };
}
