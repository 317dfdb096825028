/**
 * Map geometry for a content pack, pre-projected into SVG paths so that the kiosk never parses
 * GeoJSON at run time. Pure functions (no file writes) so that tests can check the output shape;
 * `scripts/make-map-geometry.ts` runs them for the Xuzhou pack.
 */
import { geoArea, geoBounds, geoCentroid, geoMercator, geoNaturalEarth1, geoStream, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export type XY = [number, number];

/** One decimal: plenty at a 1000-unit viewBox, and compact. */
export const round1 = (n: number): number => Math.round(n * 10) / 10 + 0; // + 0 turns -0 into 0

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

/** Rings (closed shapes) as a compact SVG path: absolute start, relative steps, one decimal. */
export function ringsToPath(rings: XY[][]): string {
  const out: string[] = [];
  for (const ring of rings) {
    const pts = ring.map(([x, y]) => [round1(x), round1(y)] as XY);
    const dedup = pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1]![0] || p[1] !== pts[i - 1]![1]);
    if (dedup.length < 3) continue;
    let d = `M${dedup[0]![0]} ${dedup[0]![1]}l`;
    const steps: string[] = [];
    for (let i = 1; i < dedup.length; i++) {
      steps.push(`${round1(dedup[i]![0] - dedup[i - 1]![0])} ${round1(dedup[i]![1] - dedup[i - 1]![1])}`);
    }
    d += steps.join(' ') + 'z';
    out.push(d);
  }
  return out.join('');
}

/** Projected rings of a geometry, through d3's stream (so clipping at the antimeridian is d3's). */
export function projectRings(geometry: Geometry, projection: GeoProjection, tolerance: number): XY[][] {
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
  const feature: Feature = { type: 'Feature', properties: {}, geometry };
  geoStream(feature, stream);
  return rings.filter((r) => r.length >= 3);
}

/**
 * d3 wants exterior rings clockwise on the sphere. Some sources wind the other way, which d3 reads
 * as "the whole globe minus this shape": rewind any polygon whose area is more than a hemisphere.
 */
export function rewind<T extends Polygon | MultiPolygon>(geometry: T): T {
  const fix = (rings: Position[][]): Position[][] => {
    const area = geoArea({ type: 'Polygon', coordinates: rings });
    return area > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
  };
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: fix(geometry.coordinates) };
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map(fix) } as T;
}

export interface DistrictShape {
  code: string;
  name: string;
  path: string;
  labelAt: XY;
}

export interface CityGeometry {
  viewBox: XY;
  districts: DistrictShape[];
  outline: string;
  /** The city's centre in longitude/latitude, for the world view. */
  centre: XY;
}

/**
 * Districts (one feature per district, `id` = the six-digit code) and the city's outline, projected
 * with Mercator fitted to `width` units across; the height follows the city's shape.
 */
export function projectCity(
  districts: FeatureCollection,
  outline: FeatureCollection | undefined,
  { width = 1000, pad = 24, tolerance = 0.6 } = {},
): CityGeometry {
  const features = districts.features.map((f) => ({
    ...f,
    geometry: rewind(f.geometry as Polygon | MultiPolygon),
  }));
  const all: FeatureCollection = { type: 'FeatureCollection', features };
  const [[west, south], [east, north]] = geoBounds(all);
  // Height from the shape's aspect in Mercator at this latitude.
  const probe = geoMercator().scale(1).translate([0, 0]);
  const [x0, y0] = probe([west, north])!;
  const [x1, y1] = probe([east, south])!;
  const height = Math.round(((y1 - y0) / (x1 - x0)) * (width - 2 * pad) + 2 * pad);
  const projection = geoMercator().fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    all,
  );
  const shapes = features.map((f): DistrictShape => {
    const props = (f.properties ?? {}) as { name?: string; cp?: [number, number] };
    const centroid = props.cp ?? geoCentroid(f);
    const [lx, ly] = projection(centroid)!;
    return {
      code: String(f.id ?? ''),
      name: props.name ?? '',
      path: ringsToPath(projectRings(f.geometry, projection, tolerance)),
      labelAt: [round1(lx), round1(ly)],
    };
  });
  const outlineGeometry = outline?.features[0]?.geometry as Polygon | MultiPolygon | undefined;
  const outlinePath = outlineGeometry
    ? ringsToPath(projectRings(rewind(outlineGeometry), projection, tolerance))
    : shapes.map((s) => s.path).join('');
  const centre = geoCentroid(outline?.features[0] ?? all) as XY;
  return { viewBox: [width, height], districts: shapes, outline: outlinePath, centre };
}

export interface WorldGeometry {
  viewBox: XY;
  land: string;
  project: (lonLat: XY) => XY;
}

/**
 * The world's land as one silhouette (no national borders), Natural Earth projection, Antarctica
 * left out (it only takes room), fitted to `width` units across.
 */
export function projectWorld(land: Feature | FeatureCollection, { width = 1000, pad = 8, tolerance = 0.5 } = {}) {
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
    viewBox: [width, height] as XY,
    land: ringsToPath(projectRings(geometry, fitted, tolerance)),
    project: (lonLat: XY): XY => {
      const [x, y] = fitted(lonLat)!;
      return [round1(x), round1(y)];
    },
  } satisfies WorldGeometry;
}

/** The points of an SVG path written by ringsToPath, back as absolute coordinates (for tests). */
export function parsePathPoints(d: string): XY[][] {
  const rings: XY[][] = [];
  const re = /M([-\d.]+) ([-\d.]+)l([^Mz]*)z/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(d))) {
    let x = Number(m[1]);
    let y = Number(m[2]);
    const ring: XY[] = [[x, y]];
    const nums = m[3]!.trim().split(/\s+/).map(Number);
    for (let i = 0; i + 1 < nums.length; i += 2) {
      x += nums[i]!;
      y += nums[i + 1]!;
      ring.push([x, y]);
    }
    rings.push(ring);
  }
  return rings;
}
