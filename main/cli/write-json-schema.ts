/**
 * Writes the pack's JSON Schema (generated from the zod schema) for editors' autocomplete:
 * assets/packs/pack.schema.json. A unit test keeps the committed file in step with the schema.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { packJsonSchemaText } from '../core/pack/json-schema.ts';
import { REPO_ROOT } from './browser-mode.ts';

const JSON_SCHEMA_FILE = path.join(REPO_ROOT, 'assets', 'packs', 'pack.schema.json');

await writeFile(JSON_SCHEMA_FILE, packJsonSchemaText());
console.log(`Wrote ${path.relative(REPO_ROOT, JSON_SCHEMA_FILE)}`);
