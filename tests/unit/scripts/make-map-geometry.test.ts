import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_DIR } from '../../../main/cli/browser-mode.ts';
import type { PackInput } from '../../../main/core/pack/schema.ts';
import { borderGap } from '../../../main/core/studio/import/boundary/border-gap.ts';
import { fixWinding, projectBoundary } from '../../../main/core/studio/import/boundary/project-boundary.ts';
import { parseBoundary } from '../../../main/core/studio/import/boundary/parse-boundary.ts';
import { parsePathPoints, ringsToPath, type XY } from '../../../main/core/studio/import/boundary/svg-path.ts';
import { simplifyRing } from '../../../main/core/studio/import/boundary/world-view.ts';
import type { CityMap } from '../../../main/core/pack/schema.ts';
import { buildXuzhouMap, DISTRICTS_FILE } from '../../../scripts/make-map-geometry.ts';

const pack = JSON.parse(await readFile(path.join(DEFAULT_PACK_DIR, 'pack.json'), 'utf8')) as PackInput;

describe('the path helpers', () => {
  it('write rings as a compact path that reads back to the same points (one decimal)', () => {
    const ring: XY[] = [
      [10.04, 20],
      [30.26, 20],
      [30.26, 40.01],
    ];
    const d = ringsToPath([ring]);
    expect(d).toBe('M10 20l20.3 0 0 20z');
    expect(parsePathPoints(d)).toEqual([
      [
        [10, 20],
        [30.3, 20],
        [30.3, 40],
      ],
    ]);
  });

  it('simplify drops points closer to the line than the tolerance, keeps corners', () => {
    const ring: XY[] = [
      [0, 0],
      [5, 0.1],
      [10, 0],
      [10, 10],
      [5, 10.05],
      [0, 10],
    ];
    expect(simplifyRing(ring, 0.5)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ]);
  });
});

const map: CityMap = await buildXuzhouMap(pack);

describe('scripts/make-map-geometry.ts on the Xuzhou data (through the boundary importer)', () => {
  it('draws the ten districts, every one matched by its code', () => {
    expect(map.districts).toHaveLength(10);
    expect(map.districts.map((d) => d.district).sort()).toEqual((pack.districts ?? []).map((d) => d.id).sort());
  });

  it('writes paths that parse, inside the viewBox, with labels inside too', () => {
    const [w, h] = map.viewBox;
    expect(w).toBe(1000);
    expect(h).toBeGreaterThan(400);
    for (const d of map.districts) {
      const rings = parsePathPoints(d.path);
      expect(rings.length, d.district).toBeGreaterThan(0);
      for (const [x, y] of rings.flat()) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(w);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(h);
      }
      expect(d.labelAt[0]).toBeGreaterThan(0);
      expect(d.labelAt[1]).toBeLessThan(h);
    }
    expect(parsePathPoints(map.outline!).length).toBeGreaterThan(0);
  });

  it('draws every border between neighbours once: no gap nor overlap (the committed pack)', async () => {
    // The committed map, measured where the boundary file says two districts meet.
    const committed = (pack as PackInput & { map: CityMap }).map;
    const { features } = fixWinding(parseBoundary('xuzhou', await readFile(DISTRICTS_FILE)).features);
    const { project } = projectBoundary(features);
    const codeOf = new Map((pack.districts ?? []).map((d) => [d.id, d.code]));
    const pathOf = new Map(committed.districts.map((d) => [codeOf.get(d.district), d.path]));
    const paths = features.map((f) => pathOf.get(String(f.properties['#id']))!);
    const gap = borderGap(features, paths, project);
    expect(gap.measured).toBeGreaterThan(500);
    expect(gap).toMatchObject({ max: 0, apart: 0 });
  });

  it('is compact: the whole map section stays under 100 kB', () => {
    expect(JSON.stringify(map).length).toBeLessThan(100_000);
  });

  it('puts home (Xuzhou) in East Asia and Brazil in South America on the world view', () => {
    const world = map.world!;
    const [w, h] = world.viewBox;
    expect(world.home[0] / w).toBeGreaterThan(0.75);
    expect(world.home[1] / h).toBeLessThan(0.45);
    const brazil = world.reach.find((r) => r.id === 'brazil')!;
    expect(brazil.at[0] / w).toBeLessThan(0.4);
    expect(brazil.at[1] / h).toBeGreaterThan(0.55);
    expect(world.land).toMatch(/^M/);
  });

  it('references the reach figures of XCMG Hanyun instead of copying them', () => {
    const hanyun = pack.enterprises!.find((e) => e.id === 'xcmg-hanyun')!;
    const brazil = map.world!.reach[0]!.figure!;
    expect(hanyun.figures![brazil.figure]!.value).toBe(18000);
    expect(hanyun.figures![map.world!.figures![0]!.figure]!.value).toBe(130);
  });

  it('is what the committed pack holds (re-run the script after changing it)', () => {
    expect((pack as PackInput & { map?: unknown }).map).toEqual(JSON.parse(JSON.stringify(map)));
  });
});
