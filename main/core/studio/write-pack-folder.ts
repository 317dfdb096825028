/**
 * A draft as a complete pack folder: pack.json (the draft's object, as it is) and every media file
 * it names, each taken from the draft's own files or its base pack's. What publish adopts, what
 * "save to folder" writes and what the exported zip holds.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { packJsonSchemaText } from '../pack/json-schema.ts';
import type { MediaSource } from '../pack/media-source.ts';
import { SCHEMA_FILE_NAME } from '../pack/scaffold-pack.ts';
import { mediaPaths } from './change-summary.ts';

export const PACK_JSON = 'pack.json';

export interface PackFiles {
  /** pack.json's text. */
  packJson: string;
  /** pack.schema.json's text, when the pack points at it (`$schema`). */
  schema?: string;
  /** Media files to carry: pack path → file on disk. Missing ones are left out (checks name them). */
  media: Array<{ name: string; absolute: string }>;
}

/** The files of the pack `pack`, media looked up in `media`. */
export async function packFiles(pack: unknown, media: MediaSource): Promise<PackFiles> {
  const files: PackFiles = { packJson: JSON.stringify(pack, null, 2) + '\n', media: [] };
  const schemaRef = (pack as { $schema?: unknown } | null)?.$schema;
  if (schemaRef === `./${SCHEMA_FILE_NAME}` || schemaRef === SCHEMA_FILE_NAME) files.schema = packJsonSchemaText();
  for (const name of [...mediaPaths(pack)].sort()) {
    const found = await media.find(name);
    if (found.ok) files.media.push({ name, absolute: found.absolute });
  }
  return files;
}

/** Writes `files` into the folder `target` (created; it should be new or empty). */
export async function writePackFolder(
  target: string,
  files: PackFiles,
  afterPackFile?: () => Promise<void>,
): Promise<void> {
  await mkdir(target, { recursive: true });
  await writeFile(path.join(target, PACK_JSON), files.packJson, { flag: 'wx' });
  await afterPackFile?.();
  if (files.schema !== undefined) await writeFile(path.join(target, SCHEMA_FILE_NAME), files.schema, { flag: 'wx' });
  for (const { name, absolute } of files.media) {
    const destination = path.join(target, ...name.split('/'));
    await mkdir(path.dirname(destination), { recursive: true });
    await copyFile(absolute, destination);
  }
}
