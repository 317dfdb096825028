import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_DIR } from '../../../main/cli/browser-mode.ts';
import { Pack } from '../../../main/core/pack/schema.ts';
import { arcPath } from './arc-path.ts';
import { districtCounts, heatOpacity, pinOffsets, placeItems, visibleLabels } from './pin-placement.ts';

const xuzhou = Pack.parse(JSON.parse(await readFile(path.join(DEFAULT_PACK_DIR, 'pack.json'), 'utf8')));
const drawn = new Set(xuzhou.map!.districts.map((d) => d.district));

describe('placement', () => {
  it('pins the development zone and the enterprises in it at the position the pack gives, and lists the rest', () => {
    const p = placeItems(xuzhou, drawn);
    expect(p.zones.map((z) => z.park.id)).toEqual(['xzetdz']);
    expect(p.unplacedParks).toEqual([]);
    const zone = p.zones[0]!.at;
    expect(p.placed.map((x) => x.enterprise.id).sort()).toEqual([
      'gcl',
      'hongyuan',
      'xcmg-hanyun',
      'xinhua-semiconductor',
    ]);
    for (const x of p.placed) expect(x.at).toEqual(zone);
    // No district is claimed for the zone: the tint counts none.
    expect(districtCounts(p.placed)).toEqual(new Map());
    expect(p.unplaced.flatMap((g) => g.enterprises)).toHaveLength(xuzhou.enterprises.length - 4);
    expect(p.unplaced.every((g) => !g.park)).toBe(true);
  });

  it('places an enterprise by its district, or through its park, and counts by cluster', () => {
    const pack = structuredClone(xuzhou);
    pack.parks[0]!.district = 'tongshan';
    delete pack.parks[0]!.location;
    delete pack.enterprises.find((e) => e.id === 'xinhua-semiconductor')!.location;
    pack.enterprises.find((e) => e.id === 'xcmg-heavy')!.district = 'xinyi';
    const p = placeItems(pack, drawn);
    expect(p.placed.map((x) => `${x.enterprise.id}@${x.district}`).sort()).toEqual([
      'gcl@tongshan',
      'hongyuan@tongshan',
      'xcmg-hanyun@tongshan',
      'xcmg-heavy@xinyi',
      'xinhua-semiconductor@tongshan',
    ]);
    expect(p.parksByDistrict.get('tongshan')?.map((x) => x.id)).toEqual(['xzetdz']);
    expect(districtCounts(p.placed)).toEqual(
      new Map([
        ['tongshan', 4],
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
