/**
 * `npm run pack:synthetic -- <folder> [--enterprises 1000] [--media 20]`: writes a large made-up
 * pack (harness/synthetic-pack.ts) for benchmarks. Exit codes: 0 written, 1 folder not
 * empty, 2 bad usage.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticPack } from '../harness/synthetic-pack.ts';

const USAGE = 'usage: npm run pack:synthetic -- <folder> [--enterprises 1000] [--media 20]';

function count(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a whole number, got "${value}"`);
  return n;
}

let folder: string;
let options: { enterprises: number; media: number };
try {
  const { values, positionals } = parseArgs({
    options: { enterprises: { type: 'string' }, media: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new Error('one folder expected');
  folder = path.resolve(positionals[0]!);
  options = { enterprises: count(values.enterprises, 1000), media: count(values.media, 20) };
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}

const existing = await readdir(folder).catch(() => []);
if (existing.length > 0) {
  console.error(`✖ ${folder} is not empty`);
  process.exit(1);
}
await writeSyntheticPack(folder, options);
console.log(`✔ synthetic pack: ${options.enterprises} enterprises, ${options.media} media files in ${folder}`);
