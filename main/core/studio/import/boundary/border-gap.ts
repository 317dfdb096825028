/**
 * How well neighbouring districts meet on a projected map, in viewBox units. The file says where
 * the borders are: a vertex that two districts' rings both hold lies on their common border. Where
 * one district draws such a vertex and the other's drawn border passes elsewhere, the land between
 * the two is a gap when no district covers it, or an overlap when both do: its width is the gap. A
 * border drawn once for both (a shared arc) gives 0; districts simplified each on their own keep
 * different vertices and leave slivers between them. (Land between them that one district alone
 * covers is no gap: a speck of the other, smaller than the simplification, was left out.)
 */
import type { Position } from 'geojson';
import type { AreaFeature } from './parse-boundary.ts';
import { insidePolygon } from './inside-point.ts';
import { parsePathPoints, round1, type XY } from './svg-path.ts';

/** The vertices two or more districts share in the file, with the districts that share each. */
export function sharedVertices(features: AreaFeature[]): { at: Position; districts: number[] }[] {
  const owners = new Map<string, { at: Position; districts: number[] }>();
  features.forEach((f, i) => {
    const g = f.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const p of polygons.flat(2)) {
      const key = `${p[0]},${p[1]}`;
      const entry = owners.get(key) ?? { at: p, districts: [] };
      owners.set(key, entry);
      if (!entry.districts.includes(i)) entry.districts.push(i);
    }
  });
  return [...owners.values()].filter((e) => e.districts.length > 1);
}

/** The nearest point of the rings' edges to `p`. */
function nearestOnRings([x, y]: XY, rings: XY[][]): { at: XY; distance: number } {
  let best: { at: XY; distance: number } = { at: [x, y], distance: Infinity };
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j]!;
      const [bx, by] = ring[i]!;
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
      const at: XY = [ax + t * dx, ay + t * dy];
      const distance = Math.hypot(x - at[0], y - at[1]);
      if (distance < best.distance) best = { at, distance };
    }
  }
  return best;
}

export interface BorderGap {
  /** The widest gap: how far a neighbour's drawn border passes from a border vertex one draws. */
  max: number;
  /** Border vertices with a gap or overlap of more than 0.05 units beside them. */
  apart: number;
  /** Border vertices measured (drawn by one of the districts that share them). */
  measured: number;
}

/** `paths`: the drawn districts, in the order of `features`; `project`: the map's projection. */
export function borderGap(features: AreaFeature[], paths: string[], project: (lonLat: XY) => XY): BorderGap {
  const rings = paths.map(parsePathPoints);
  const drawn = rings.map((r) => new Set(r.flat().map(([x, y]) => `${x},${y}`)));
  const coverage = (p: XY) => rings.filter((r) => insidePolygon(p, r)).length;
  let max = 0;
  let apart = 0;
  let measured = 0;
  for (const { at, districts } of sharedVertices(features)) {
    const [px, py] = project([at[0]!, at[1]!]);
    const p: XY = [round1(px), round1(py)];
    const key = `${p[0]},${p[1]}`;
    if (!districts.some((d) => drawn[d]!.has(key))) continue;
    measured++;
    let gap = 0;
    for (const d of districts) {
      if (drawn[d]!.has(key)) continue;
      const q = nearestOnRings(p, rings[d]!);
      const between: XY = [(p[0] + q.at[0]) / 2, (p[1] + q.at[1]) / 2];
      if (coverage(between) !== 1) gap = Math.max(gap, q.distance);
    }
    if (gap > 0.05) apart++;
    if (gap > max) max = gap;
  }
  return { max, apart, measured };
}
