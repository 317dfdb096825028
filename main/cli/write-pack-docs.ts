/**
 * `npm run docs:pack`: rewrites the generated field reference sections of docs/content-pack.md
 * (Chinese and English) from the schema. A unit test keeps the committed file in step.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { undescribedFields, fillGeneratedSections } from '../core/pack/field-reference.ts';
import { REPO_ROOT } from './browser-mode.ts';

const PACK_DOC_FILE = path.join(REPO_ROOT, 'docs', 'content-pack.md');

await writeFile(PACK_DOC_FILE, fillGeneratedSections(await readFile(PACK_DOC_FILE, 'utf8')));
console.log(`Wrote ${path.relative(REPO_ROOT, PACK_DOC_FILE)}`);
const unexplained = undescribedFields();
if (unexplained.length > 0) {
  console.warn(`Fields without a description (add about(...) to them in main/core/pack/schema.ts):`);
  for (const key of unexplained) console.warn(`  ${key}`);
}
