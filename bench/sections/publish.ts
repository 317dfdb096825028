/**
 * The `publish` section, in Node: the content studio's server side on a 1,000-enterprise pack. The
 * full check a draft gets while staff type (`studio/api/check`), and a publish (check, write the
 * pack folder, validate it again in the library, switch), each on a fresh data folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ActivePackManager } from '../../main/core/pack/active-pack-manager.ts';
import { validatePackData } from '../../main/core/pack/load-pack.ts';
import { draftMediaSource } from '../../main/core/studio/draft-media.ts';
import { DraftStore } from '../../main/core/studio/draft-store.ts';
import { openFolder } from '../../main/core/studio/open-draft.ts';
import { publishDraft } from '../../main/core/studio/publish-draft.ts';
import { add, ms } from '../figures.ts';
import { RUNS } from '../settings.ts';
import { median } from '../stats.ts';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };

export async function publishFigures(syntheticDir: string): Promise<void> {
  const checks: number[] = [];
  const publishes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-bench-studio-'));
    try {
      const packs = await ActivePackManager.open({
        root: path.join(dataDir, 'packs'),
        embeddedDir: syntheticDir,
        log: quiet,
      });
      const store = new DraftStore(dataDir);
      const opened = await openFolder(syntheticDir, 'active');
      if (!opened.ok) throw new Error(`the synthetic pack does not open: ${JSON.stringify(opened.errors)}`);
      const draft = await store.replace(opened.draft);
      let t = performance.now();
      const checked = await validatePackData(draft.pack, draftMediaSource(store.dir, draft), 'pack.json');
      checks.push(performance.now() - t);
      if (!checked.ok)
        throw new Error(`the synthetic pack does not check: ${JSON.stringify(checked.errors.slice(0, 3))}`);
      t = performance.now();
      const published = await publishDraft({ store, packs });
      publishes.push(performance.now() - t);
      if (!published.ok) throw new Error(`publish refused: ${JSON.stringify(published.errors.slice(0, 3))}`);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  add({
    id: 'studio-check-synthetic-1000',
    figure: 'Studio: full check of a draft (studio/api/check), 1,000 enterprises',
    value: median(checks),
    unit: 'ms',
    display: `${ms(median(checks))} (median of ${RUNS})`,
    detail: { runs: checks },
  });
  add({
    id: 'studio-publish-synthetic-1000',
    figure: 'Studio: publish (check, write, validate, switch), 1,000 enterprises',
    value: median(publishes),
    unit: 'ms',
    display: `${ms(median(publishes))} (median of ${RUNS}; ${publishes.map((n) => n.toFixed(0)).join(', ')})`,
    target: '< 3 s',
    met: median(publishes) < 3000,
    detail: { runs: publishes },
  });
}
