/**
 * The "city and the world" view: the world's land as one silhouette (never national borders),
 * Natural Earth projection, Antarctica left out (it only takes room), fitted to the view's width.
 * Every city's pack gets the same world; a place on it is projected with `project`.
 */
import { geoNaturalEarth1, geoStream, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Position } from 'geojson';
import { ringsToPath, round1, type XY } from './svg-path.ts';

/** Douglas–Peucker on a ring of projected points (the first point is kept). */
export function simplifyRing(points: XY[], tolerance: number): XY[] {
  if (points.length <= 4 || tolerance <= 0) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a]!;
    const [bx, by] = points[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD = t2;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i]!;
      let d: number;
      if (len2 === 0) d = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        d = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
      }
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Projected rings of a geometry, through d3's stream (the land crosses the antimeridian: d3 clips). */
function projectRings(geometry: Geometry, projection: GeoProjection, tolerance: number): XY[][] {
  const rings: XY[][] = [];
  let current: XY[] | null = null;
  const stream = projection.stream({
    point(x, y) {
      current?.push([x, y]);
    },
    lineStart() {
      current = [];
    },
    lineEnd() {
      if (current && current.length > 2) rings.push(simplifyRing(current, tolerance));
      current = null;
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  });
  geoStream({ type: 'Feature', properties: {}, geometry } as Feature, stream);
  return rings.filter((r) => r.length >= 3);
}

export interface WorldGeometry {
  viewBox: XY;
  land: string;
  project: (lonLat: XY) => XY;
}

/** The world view from Natural Earth's land (world-atlas' land-110m), `width` units across. */
export function projectWorld(
  land: Feature | FeatureCollection,
  { width = 1000, pad = 8, tolerance = 0.5 } = {},
): WorldGeometry {
  const geometries: Geometry[] =
    land.type === 'FeatureCollection' ? land.features.map((f) => f.geometry) : [land.geometry];
  const polygons: Position[][][] = [];
  for (const g of geometries) {
    if (g.type === 'Polygon') polygons.push(g.coordinates);
    else if (g.type === 'MultiPolygon') polygons.push(...g.coordinates);
  }
  const kept = polygons.filter((rings) => rings[0]!.some(([, lat]) => lat! > -60));
  const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: kept };
  const fitted = geoNaturalEarth1().fitWidth(width - 2 * pad, geometry);
  const [[, top], [, bottom]] = [fitted([0, 84])!, fitted([0, -58])!];
  const height = Math.round(bottom - top + 2 * pad);
  const [tx, ty] = fitted.translate();
  fitted.translate([tx + pad, ty - top + pad]);
  return {
    viewBox: [width, height],
    land: ringsToPath(projectRings(geometry, fitted, tolerance)),
    project: (lonLat: XY): XY => {
      const [x, y] = fitted(lonLat)!;
      return [round1(x), round1(y)];
    },
  };
}
