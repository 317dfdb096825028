/**
 * `npm run pack:check -- <folder or zip>`: checks a content pack the way the kiosk will load it and
 * prints every error and warning by file and field, then one summary line.
 * A zip is extracted with the safe importer into a temporary folder, which is removed afterwards.
 * Exit codes: 0 no errors (warnings allowed), 1 errors, 2 bad usage.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractPackZip, findPackFolder } from '../core/pack/import-pack-zip.ts';
import { loadPack } from '../core/pack/load-pack.ts';
import { formatIssue, type PackIssue } from '../core/pack/pack-issue.ts';

const USAGE = 'usage: npm run pack:check -- <pack folder | pack.zip>';

const args = process.argv.slice(2);
if (args.length !== 1 || args[0]!.startsWith('-')) {
  console.error(USAGE);
  process.exit(2);
}
const target = path.resolve(args[0]!);
const info = await stat(target).catch(() => undefined);
if (!info) {
  console.error(`no such folder or file: ${args[0]}\n${USAGE}`);
  process.exit(2);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function report(errors: PackIssue[], warnings: PackIssue[], name?: string): number {
  if (errors.length > 0) {
    console.log('Errors:');
    for (const issue of errors) console.log(`  ✖ ${formatIssue(issue)}`);
  }
  if (warnings.length > 0) {
    console.log('Warnings:');
    for (const issue of warnings) console.log(`  ⚠ ${formatIssue(issue)}`);
  }
  const counts = `${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}`;
  console.log(errors.length > 0 ? `✖ ${counts}` : `✔ ${name}: ${counts}`);
  return errors.length > 0 ? 1 : 0;
}

let staging: string | undefined;
let ignored: PackIssue[] = [];
try {
  let dir = target;
  if (info.isFile()) {
    staging = await mkdtemp(path.join(tmpdir(), 'kiosk-pack-check-'));
    const extracted = await extractPackZip(target, staging);
    ignored = extracted.ignored;
    if (!extracted.ok) process.exitCode = report(extracted.errors, ignored);
    else dir = await findPackFolder(staging);
  }
  if (process.exitCode === undefined) {
    const result = await loadPack(dir);
    const warnings = [...ignored, ...result.warnings];
    process.exitCode = result.ok
      ? report([], warnings, `${result.pack.pack.id} ${result.pack.pack.version}`)
      : report(result.errors, warnings);
  }
} catch (error) {
  // Bad content never throws (it is reported above); this is a fault of the machine, said in one line.
  console.error(`✖ could not check ${target}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  if (staging) await rm(staging, { recursive: true, force: true });
}
