import { describe, expect, it } from 'vitest';
import type { Enterprise } from '../../../main/core/pack/schema';
import { clusterPins, spiralOffsets, type PinAt } from './pin-clusters';
import type { XY } from './zoom';

const VIEW: XY = [1000, 678];
const pinAt = (id: string, at: XY, district = 'd'): PinAt => ({
  p: { enterprise: { id } as Enterprise, district },
  at,
});
/** 200 pins in two tight groups at opposite corners of the map. */
const pins = [
  ...spiralOffsets(100, 2).map(([x, y], i) => pinAt(`a${i}`, [200 + x, 200 + y], 'west')),
  ...spiralOffsets(100, 2).map(([x, y], i) => pinAt(`b${i}`, [800 + x, 500 + y], 'east')),
];

describe('pin clusters', () => {
  it('merges nearby pins into counted clusters at the overview, one per group, at its pins’ centre', () => {
    const markers = clusterPins(pins, VIEW).markers(1, 1.6);
    expect(markers).toHaveLength(2);
    const clusters = markers.flatMap((m) => (m.kind === 'cluster' ? [m] : []));
    expect(clusters.map((c) => c.count)).toEqual([100, 100]);
    const west = clusters.find((c) => c.district === 'west')!;
    expect(west.at[0]).toBeCloseTo(200, -1);
    expect(west.at[1]).toBeCloseTo(200, -1);
  });

  it('splits clusters as the map zooms in, down to single pins, and keeps every pin counted', () => {
    const index = clusterPins(pins, VIEW);
    const total = (scale: number) =>
      index.markers(scale, 1.6).reduce((n, m) => n + (m.kind === 'cluster' ? m.count : 1), 0);
    const shown = (scale: number) => index.markers(scale, 1.6).length;
    expect(shown(8)).toBeGreaterThan(shown(1));
    expect(shown(16)).toBeGreaterThan(shown(8));
    expect(index.markers(400, 1.6).every((m) => m.kind === 'pin')).toBe(true);
    for (const scale of [1, 8, 16, 400]) expect(total(scale)).toBe(200);
  });

  it('gives the box of a cluster’s pins, to zoom to', () => {
    const index = clusterPins(pins, VIEW);
    const first = index.markers(1, 1.6).find((m) => m.kind === 'cluster')!;
    if (first.kind !== 'cluster') throw new Error('no cluster');
    const box = index.boxOf(first.id);
    expect(box.width).toBeGreaterThan(0);
    expect(box.width).toBeLessThan(60);
  });
});
