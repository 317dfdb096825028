/** The `pack` section, in Node: loading and validating packs, and the whole server start. */
import path from 'node:path';
import { startBrowserMode } from '../../main/cli/browser-mode.ts';
import { loadPack } from '../../main/core/pack/load-pack.ts';
import { add, ms } from '../figures.ts';
import { ROOT, RUNS } from '../settings.ts';
import { median } from '../stats.ts';

async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function packFigures(syntheticDir: string, rendererDir: string): Promise<void> {
  const packs = [
    { id: 'default', name: 'default pack (Xuzhou)', dir: path.join(ROOT, 'assets/packs/xuzhou') },
    { id: 'synthetic-1000', name: 'synthetic pack, 1,000 enterprises', dir: syntheticDir },
  ];
  for (const p of packs) {
    const first = await loadPack(p.dir);
    if (!first.ok) throw new Error(`${p.name} does not load: ${JSON.stringify(first.errors.slice(0, 3))}`);
    const loads: number[] = [];
    for (let i = 0; i < RUNS; i++) loads.push(await timeIt(() => loadPack(p.dir)));
    const starts: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let server: Awaited<ReturnType<typeof startBrowserMode>> | undefined;
      starts.push(
        await timeIt(
          async () => (server = await startBrowserMode({ port: 0, packDir: p.dir, rendererDir, log: () => {} })),
        ),
      );
      await server?.close();
    }
    const load1000 = p.id === 'synthetic-1000';
    add({
      id: `pack-load-${p.id}`,
      figure: `Pack loaded and validated: ${p.name}`,
      value: median(loads),
      unit: 'ms',
      display: `${ms(median(loads))} (median of ${RUNS}; ${loads.map((n) => n.toFixed(0)).join(', ')})`,
      ...(load1000 ? { target: '< 200 ms', met: median(loads) < 200 } : {}),
      detail: { runs: loads },
    });
    add({
      id: `server-start-${p.id}`,
      figure: `Server start until pack loaded and listening: ${p.name}`,
      value: median(starts),
      unit: 'ms',
      display: `${ms(median(starts))} (median of ${RUNS})`,
      detail: { runs: starts },
    });
  }
}
