import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_DIR } from '../../../main/cli/browser-mode.ts';
import { Pack } from '../../../main/core/pack/schema.ts';
import { orbitLayout } from './orbit-layout.ts';

const xuzhou = Pack.parse(JSON.parse(await readFile(path.join(DEFAULT_PACK_DIR, 'pack.json'), 'utf8')));

describe('cluster orbit', () => {
  const tiers = xuzhou.clusterTiers.map((tier) =>
    xuzhou.clusters.filter((c) => c.tier === tier.id).map((c) => ({ id: c.id, value: c.figures[0]?.value })),
  );
  const layout = orbitLayout(tiers, xuzhou.futureIndustries);

  it('puts every cluster and future industry on a ring, bigger value = bigger circle', () => {
    expect(layout.nodes).toHaveLength(xuzhou.clusters.length + xuzhou.futureIndustries.length);
    expect(layout.rings).toHaveLength(3);
    const r = (id: string) => layout.nodes.find((n) => n.id === id)!.r;
    expect(r('construction-machinery')).toBeGreaterThan(r('new-materials'));
    expect(r('new-materials')).toBeGreaterThan(r('general-ai'));
  });

  it('never overlaps two circles and keeps them inside the square', () => {
    for (const a of layout.nodes) {
      expect(a.x - a.r).toBeGreaterThanOrEqual(0);
      expect(a.x + a.r).toBeLessThanOrEqual(1);
      expect(a.y - a.r).toBeGreaterThanOrEqual(0);
      expect(a.y + a.r).toBeLessThanOrEqual(1);
      for (const b of layout.nodes) {
        if (a === b) continue;
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} / ${b.id}`).toBeGreaterThan(a.r + b.r);
      }
    }
  });

  it('keeps every circle at least 48 px across on a 1080 px-high screen (square of 760 px)', () => {
    for (const n of layout.nodes) expect(n.r * 2 * 760).toBeGreaterThanOrEqual(48);
  });
});
