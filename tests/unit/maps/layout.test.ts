import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_DIR } from '../../../main/cli/browser-mode.ts';
import { Pack } from '../../../main/core/pack/schema.ts';
import {
  arcPath,
  chainColumns,
  clampPan,
  districtCounts,
  heatOpacity,
  orbitLayout,
  pinchTransform,
  pinOffsets,
  placeItems,
  visibleLabels,
  zoomToBox,
} from '../../../renderer/src/maps/layout.ts';

const xuzhou = Pack.parse(JSON.parse(await readFile(path.join(DEFAULT_PACK_DIR, 'pack.json'), 'utf8')));
const drawn = new Set(xuzhou.map!.districts.map((d) => d.district));

describe('zoom', () => {
  it('centres a district box and scales it to fit, within the limit', () => {
    const t = zoomToBox({ x: 100, y: 100, width: 100, height: 50 }, [1000, 500], { padding: 0 });
    expect(t.scale).toBe(6); // 10 would fit; 6 is the limit
    expect(150 * t.scale + t.x).toBeCloseTo(500); // the box centre lands in the middle
    expect(125 * t.scale + t.y).toBeCloseTo(250);
    expect(zoomToBox({ x: 0, y: 0, width: 1000, height: 500 }, [1000, 500]).scale).toBe(1);
  });

  it('pinch keeps the point under the fingers and scales by their spread', () => {
    const start = { x: 0, y: 0, scale: 1 };
    const t = pinchTransform(start, { a: [100, 100], b: [200, 100] }, { a: [50, 100], b: [250, 100] });
    expect(t.scale).toBe(2);
    expect(150 * t.scale + t.x).toBeCloseTo(150);
    const capped = pinchTransform(start, { a: [0, 0], b: [1, 0] }, { a: [0, 0], b: [100, 0] });
    expect(capped.scale).toBe(8);
  });

  it('a pan cannot push the map out of view', () => {
    expect(clampPan({ x: 5000, y: -5000, scale: 2 }, [1000, 500])).toEqual({ x: 750, y: -875, scale: 2 });
  });
});

describe('placement', () => {
  it('places nothing at a made-up spot: the Xuzhou pack gives no enterprise district, the ETDZ has none', () => {
    const p = placeItems(xuzhou, drawn);
    expect(p.placed).toEqual([]);
    expect(p.unplacedParks.map((x) => x.id)).toEqual(['xzetdz']);
    expect(p.unplaced[0]!.park?.id).toBe('xzetdz');
    expect(p.unplaced[0]!.enterprises.map((e) => e.id).sort()).toEqual(['gcl', 'hongyuan', 'xcmg-hanyun']);
    expect(p.unplaced.flatMap((g) => g.enterprises)).toHaveLength(xuzhou.enterprises.length);
  });

  it('places an enterprise by its district, or through its park, and counts by cluster', () => {
    const pack = structuredClone(xuzhou);
    pack.parks[0]!.district = 'tongshan';
    pack.enterprises.find((e) => e.id === 'xcmg-heavy')!.district = 'xinyi';
    const p = placeItems(pack, drawn);
    expect(p.placed.map((x) => `${x.enterprise.id}@${x.district}`).sort()).toEqual([
      'gcl@tongshan',
      'hongyuan@tongshan',
      'xcmg-hanyun@tongshan',
      'xcmg-heavy@xinyi',
    ]);
    expect(p.parksByDistrict.get('tongshan')?.map((x) => x.id)).toEqual(['xzetdz']);
    expect(districtCounts(p.placed)).toEqual(
      new Map([
        ['tongshan', 3],
        ['xinyi', 1],
      ]),
    );
    expect(districtCounts(p.placed, 'green-low-carbon-energy')).toEqual(new Map([['tongshan', 2]]));
  });
});

describe('district tint', () => {
  it('is clear for none and grows with the count up to the maximum', () => {
    expect(heatOpacity(0, 5)).toBe(0);
    expect(heatOpacity(1, 1)).toBe(0.85);
    expect(heatOpacity(1, 5)).toBeCloseTo(0.28);
    expect(heatOpacity(5, 5)).toBeCloseTo(0.85);
    expect(heatOpacity(2, 5)).toBeLessThan(heatOpacity(3, 5));
  });
});

describe('pins and labels', () => {
  it('spreads pins so that none sit on each other', () => {
    const pins = pinOffsets(20, 10);
    expect(pins).toHaveLength(20);
    for (let i = 0; i < pins.length; i++) {
      for (let j = i + 1; j < pins.length; j++) {
        expect(Math.hypot(pins[i]![0] - pins[j]![0], pins[i]![1] - pins[j]![1])).toBeGreaterThan(5);
      }
    }
  });

  it('hides a label that would overlap a bigger district’s label', () => {
    const shown = visibleLabels([
      { id: 'small', at: [100, 100], width: 60, height: 20, area: 10 },
      { id: 'big', at: [110, 105], width: 60, height: 20, area: 100 },
      { id: 'far', at: [400, 100], width: 60, height: 20, area: 5 },
    ]);
    expect([...shown].sort()).toEqual(['big', 'far']);
  });

  it('draws an arc that bows upwards', () => {
    expect(arcPath([0, 100], [100, 100])).toBe('M0 100Q50 72 100 100');
  });
});

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

describe('chain', () => {
  it('groups links by stage and marks the links without a local enterprise as gaps', () => {
    const cluster = xuzhou.clusters.find((c) => c.id === 'construction-machinery')!;
    const cols = chainColumns(xuzhou, cluster);
    expect(cols.map((c) => c.stage)).toEqual(['upstream', 'midstream', 'downstream']);
    const mid = cols[1]!.links[0]!;
    expect(mid.gap).toBe(false);
    expect(mid.enterprises.map((e) => e.id)).toEqual(['xcmg-heavy', 'xcmg-crawler-chassis']);
    expect(cols.flatMap((c) => c.links).filter((l) => l.gap)).toHaveLength(4);
    expect(cols.flatMap((c) => c.links.map((l) => l.index)).sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
