/**
 * The results of a run: bench/results/latest.json (partial.json for a partial run), the table in
 * docs/PERFORMANCE.md between its bench:results markers (whole runs only), and the table printed.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import prettier from 'prettier';
import type { Row } from './figures.ts';
import type { Machine } from './machine.ts';
import { PARTIAL, ROOT } from './settings.ts';

export interface Results {
  date: string;
  commit: string;
  only?: string[];
  graphics?: string;
  machine: Machine;
  rows: Row[];
}

function resultsMarkdown(json: Results): string {
  const m = json.machine;
  const lines = [
    `Measured ${json.date} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, Chromium ${m.chromium}. Chromium ran ${m.window}: ${m.draws}. The kiosk's graphics tier (renderer/src/kiosk/graphics.ts): ${m.graphics}. Load average (1, 5, 15 min) at the start: ${m.loadavgAtStart.join(', ')}.`,
    '',
    '| figure | value | target | | load average |',
    '| --- | --- | --- | --- | --- |',
    ...json.rows.map(
      (r) =>
        `| ${r.figure} | ${r.display}${r.note ? ` — ${r.note}` : ''} | ${r.target ?? ''} | ${r.met === undefined ? '' : r.met ? '✔' : '✖'} | ${r.load.join(', ')} |`,
    ),
  ];
  return lines.join('\n');
}

export async function writeResults(json: Results): Promise<void> {
  const prettierOptions = (await prettier.resolveConfig(path.join(ROOT, 'package.json'))) ?? {};
  await mkdir(path.join(ROOT, 'bench/results'), { recursive: true });
  const jsonFile = path.join(ROOT, PARTIAL ? 'bench/results/partial.json' : 'bench/results/latest.json');
  await writeFile(jsonFile, await prettier.format(JSON.stringify(json), { ...prettierOptions, filepath: jsonFile }));
  const docFile = path.join(ROOT, 'docs/PERFORMANCE.md');
  const doc = await readFile(docFile, 'utf8');
  const start = '<!-- bench:results:start -->';
  const end = '<!-- bench:results:end -->';
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (!PARTIAL && a >= 0 && b > a) {
    const next = `${doc.slice(0, a + start.length)}\n\n${resultsMarkdown(json)}\n\n${doc.slice(b)}`;
    await writeFile(docFile, await prettier.format(next, { ...prettierOptions, filepath: docFile }));
  }
  console.log('\n' + resultsMarkdown(json));
  console.log(
    `\nWrote ${path.relative(ROOT, jsonFile)}${PARTIAL ? '' : ` and the results in ${path.relative(ROOT, docFile)}`}`,
  );
}
