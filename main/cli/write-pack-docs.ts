/**
 * `npm run docs:pack`: rewrites the generated field reference sections of docs/content-pack.md
 * (Chinese and English) from the schema. A unit test keeps the committed file in step.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fieldsWithoutNotes, fillGeneratedSections } from '../core/pack/field-reference.ts';
import { REPO_ROOT } from './browser-mode.ts';

export const PACK_DOC_FILE = path.join(REPO_ROOT, 'docs', 'content-pack.md');

await writeFile(PACK_DOC_FILE, fillGeneratedSections(await readFile(PACK_DOC_FILE, 'utf8')));
console.log(`Wrote ${path.relative(REPO_ROOT, PACK_DOC_FILE)}`);
const unexplained = fieldsWithoutNotes();
if (unexplained.length > 0) {
  console.warn(`Fields without a note (add them to FIELD_NOTES in main/core/pack/field-reference.ts):`);
  for (const key of unexplained) console.warn(`  ${key}`);
}
