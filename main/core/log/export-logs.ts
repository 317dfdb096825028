/**
 * The log folder as one zip for support (`logs:export`): every file in it (sub-folders too), read
 * whole first, so a log that grows while the zip is written cannot make an entry's size wrong.
 * Written with yazl (pure JavaScript, by the author of the yauzl the pack import reads zips with).
 */
import { createWriteStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { localTimeStamp } from '../storage/time-stamp.ts';

/** The zip's name: `kiosk-logs-<local date_time>.zip`. */
export function logZipName(at: Date): string {
  return `kiosk-logs-${localTimeStamp(at)}.zip`;
}

/** Paths of every file under `folder`, relative and with forward slashes, sorted; none if it does not exist. */
async function filesUnder(folder: string): Promise<string[]> {
  const found = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return found
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Zips every file of `logFolder` into `targetFolder/kiosk-logs-<time>.zip`. Returns the zip's file
 * name and the entries in it. A file that vanishes meanwhile (rotated away) is left out.
 */
export async function exportLogsZip(
  logFolder: string,
  targetFolder: string,
  at: Date = new Date(),
): Promise<{ file: string; entries: string[] }> {
  const zip = new ZipFile();
  const entries: string[] = [];
  for (const name of await filesUnder(logFolder)) {
    const bytes = await readFile(path.join(logFolder, name)).catch(() => null);
    if (bytes === null) continue;
    zip.addBuffer(bytes, name);
    entries.push(name);
  }
  zip.end();
  const file = logZipName(at);
  await pipeline(zip.outputStream, createWriteStream(path.join(targetFolder, file)));
  return { file, entries };
}
