/**
 * Districts in longitude/latitude → the pack's pre-projected map: winding fixed, projected with
 * d3-geo's Mercator fitted into the viewBox, then simplified as one topology (topojson-server +
 * topojson-simplify), so that a border two districts share is one arc, simplified once, and both
 * draw exactly the same vertices. The outline is the merge of all districts (topojson-client).
 */
import { geoArea, geoBounds, geoCentroid, geoMercator } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { labelPoint } from './inside-point.ts';
import { BoundaryRefused, type AreaFeature } from './parse-boundary.ts';
import { ringsToPath, round1, type XY } from './svg-path.ts';

export interface ProjectOptions {
  /** Width of the viewBox; the height follows the city's shape. */
  width?: number;
  /** Margin inside the viewBox, in its units. */
  pad?: number;
  /** Smallest triangle kept by the simplification (Visvalingam), in square viewBox units. */
  minArea?: number;
  /**
   * Simplify the districts as one topology (true, the importer's way) or each on its own (false:
   * what the per-district method did, kept to measure the gaps it leaves).
   */
  shared?: boolean;
}

export interface ProjectedDistrict {
  path: string;
  labelAt: XY;
}

export interface ProjectedBoundary {
  viewBox: XY;
  /** In the order of the features given. */
  districts: ProjectedDistrict[];
  outline: string;
  /** The city's centre in longitude/latitude (for the world view's home). */
  centre: XY;
  /** Vertices in the simplified districts. */
  kept: number;
  /** The projection used: longitude/latitude → viewBox units. */
  project: (lonLat: XY) => XY;
}

const TWO_PI = 2 * Math.PI;

type MergeInput = Array<TopoPolygon | TopoMultiPolygon>;

/**
 * d3-geo reads rings the spherical way: an exterior ring encloses the smaller side when wound
 * clockwise. A ring wound the other way means "the whole globe but this" (the classic "the whole world
 * is filled"); such a ring has an area over a hemisphere. Exteriors are made small, holes large.
 */
export function fixWinding(features: AreaFeature[]): { features: AreaFeature[]; rewound: number } {
  let rewound = 0;
  const fixPolygon = (rings: Position[][]): Position[][] =>
    rings.map((ring, i) => {
      const area = geoArea({ type: 'Polygon', coordinates: [ring] });
      const inverted = i === 0 ? area > TWO_PI : area < TWO_PI;
      if (!inverted) return ring;
      rewound++;
      return [...ring].reverse();
    });
  const fixed = features.map((f): AreaFeature => {
    const g = f.geometry;
    const geometry: Polygon | MultiPolygon =
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: fixPolygon(g.coordinates) }
        : { type: 'MultiPolygon', coordinates: g.coordinates.map(fixPolygon) };
    return { ...f, geometry };
  });
  return { features: fixed, rewound };
}

/** Projects, simplifies and writes the districts (already winding-fixed) as SVG paths. */
export function projectBoundary(features: AreaFeature[], options: ProjectOptions = {}): ProjectedBoundary {
  const { width = 1000, pad = 24, minArea = 1, shared = true } = options;
  const all: FeatureCollection = { type: 'FeatureCollection', features };

  // Height from the shape's aspect in Mercator at this latitude.
  const [[west, south], [east, north]] = geoBounds(all);
  const probe = geoMercator().scale(1).translate([0, 0]);
  const [px0, py0] = probe([west, north])!;
  const [px1, py1] = probe([east, south])!;
  if (!(px1 - px0 > 0 && py1 - py0 > 0)) {
    throw new BoundaryRefused('no-areas', 'the areas in the file have no extent: expected the districts of a city');
  }
  const aspect = (py1 - py0) / (px1 - px0);
  const height = Math.max(2 * pad + 1, Math.round(aspect * (width - 2 * pad) + 2 * pad));
  const projection = geoMercator()
    .precision(0)
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      all,
    );
  // Point by point (no resampling, no clipping: a city is far from the antimeridian), so that a
  // vertex two districts share lands on the same point for both.
  const project = (p: Position): Position => projection([p[0]!, p[1]!]) ?? [0, 0];
  // Repeated points (common in these files) would hide junctions from topojson: drop them first.
  const ring = (r: Position[]): Position[] =>
    r.map(project).filter((q, i, all) => i === 0 || q[0] !== all[i - 1]![0] || q[1] !== all[i - 1]![1]);
  const planar: Feature<Polygon | MultiPolygon>[] = features.map((f, i) => ({
    type: 'Feature',
    id: i,
    properties: {},
    geometry:
      f.geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: f.geometry.coordinates.map(ring) }
        : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((p) => p.map(ring)) },
  }));

  const simplified = (group: Feature<Polygon | MultiPolygon>[]): Topology<{ districts: GeometryCollection }> => {
    const collection: FeatureCollection = { type: 'FeatureCollection', features: group };
    const topo = topology({ districts: collection }) as Topology<{ districts: GeometryCollection }>;
    return simplify(presimplify(topo), minArea);
  };
  const shapesOf = (topo: Topology<{ districts: GeometryCollection }>): XY[][][][] =>
    topo.objects.districts.geometries.map((g) => polygonsOfGeometry((topoFeature(topo, g) as Feature).geometry));
  const outlineOf = (topo: Topology<{ districts: GeometryCollection }>): string =>
    ringsToPath(merge(topo, topo.objects.districts.geometries as MergeInput).coordinates.flat() as XY[][]);

  const whole = simplified(planar);
  const outline = outlineOf(whole);
  const polygonsOf = shared ? shapesOf(whole) : planar.map((f) => shapesOf(simplified([f]))[0] ?? []);

  let kept = 0;
  const districts = polygonsOf.map((polygons, i): ProjectedDistrict => {
    const rings = polygons.flat();
    const path = ringsToPath(rings);
    if (!path) {
      // Smaller than a tenth of a unit on this map: not one city's district, or a wrong file.
      throw new BoundaryRefused(
        'too-small',
        'this area is too small to draw on the map: expected the districts of one city',
        i,
      );
    }
    for (const r of rings) kept += r.length;
    const at = labelPoint(polygons);
    return { path, labelAt: [round1(at[0]), round1(at[1])] };
  });
  const projectXY = (lonLat: XY) => project(lonLat) as XY;
  return { viewBox: [width, height], districts, outline, centre: geoCentroid(all) as XY, kept, project: projectXY };
}

function polygonsOfGeometry(geometry: unknown): XY[][][] {
  const g = geometry as Polygon | MultiPolygon | null;
  if (!g) return [];
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  // Rings closed in GeoJSON repeat their first point; the path's `z` closes them instead.
  return polygons.map((rings) => rings.map((r) => r.slice(0, -1).map(([x, y]) => [x!, y!] as XY)));
}
