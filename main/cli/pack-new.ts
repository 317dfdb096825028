/**
 * `npm run pack:new -- <folder>`: writes a valid starter pack into a new or empty folder (never
 * over anything), ready to edit and check with `npm run pack:check`.
 * Exit codes: 0 written, 1 the folder is not empty or cannot be written, 2 bad usage.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { packIdFromName, scaffoldPack } from '../core/pack/scaffold-pack.ts';

const USAGE = 'usage: npm run pack:new -- <folder>   (a new or empty folder)';

const args = process.argv.slice(2);
if (args.length !== 1 || args[0]!.startsWith('-')) {
  console.error(USAGE);
  process.exit(2);
}
const target = path.resolve(args[0]!);

try {
  const existing = await readdir(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (existing.length > 0) {
    console.error(`✖ ${target} is not empty: pack:new only writes into a new or empty folder`);
    process.exit(1);
  }
  const id = packIdFromName(path.basename(target));
  const { pack, files } = scaffoldPack(id);
  for (const [name, content] of Object.entries({ 'pack.json': JSON.stringify(pack, null, 2) + '\n', ...files })) {
    const file = path.join(target, ...name.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content, { flag: 'wx' });
  }
  console.log(`✔ starter pack "${id}" written to ${target}`);
  console.log('  edit pack.json (your editor autocompletes from pack.schema.json), replace the media, then run:');
  console.log(`  npm run pack:check -- ${args[0]}`);
} catch (error) {
  console.error(`✖ could not write the pack: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
