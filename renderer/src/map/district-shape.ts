/**
 * A district's shape as the map fills it: its SVG path (any commands, read by svgpath; curves and
 * arcs flattened) as rings, with what pin placement asks of it: is a point inside (nonzero, SVG's
 * default fill rule), how far from the edge, and a point well inside. No DOM: unit-tested in plain
 * Node.
 */
import svgpath from 'svgpath';
import type { Box, XY } from './zoom';

export interface DistrictShape {
  rings: XY[][];
  box: Box;
  /** Every edge as four numbers: ax, ay, bx, by. */
  edges: Float64Array;
  /** The edges (their indices) that reach into each horizontal band of the box, top to bottom. */
  bands: Int32Array[];
  bandHeight: number;
}

/** Segments for a curve: plenty for a district's outline at the map's scale. */
const CURVE_STEPS = 8;

function cubic(p0: XY, p1: XY, p2: XY, p3: XY): XY[] {
  const out: XY[] = [];
  for (let k = 1; k <= CURVE_STEPS; k++) {
    const t = k / CURVE_STEPS;
    const u = 1 - t;
    const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
    out.push([a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]]);
  }
  return out;
}

function quadratic(p0: XY, p1: XY, p2: XY): XY[] {
  return cubic(
    p0,
    [p0[0] + (2 / 3) * (p1[0] - p0[0]), p0[1] + (2 / 3) * (p1[1] - p0[1])],
    [p2[0] + (2 / 3) * (p1[0] - p2[0]), p2[1] + (2 / 3) * (p1[1] - p2[1])],
    p2,
  );
}

/** The closed rings a path fills (an open subpath is filled as if closed, as SVG does), up to a flaw. */
export function pathRings(d: string): XY[][] {
  const rings: XY[][] = [];
  let ring: XY[] = [];
  const close = () => {
    if (ring.length >= 3) rings.push(ring);
    ring = [];
  };
  // svgpath reads the path (relative steps made absolute, S and T spelt out, arcs as cubic curves)
  // up to its first flaw, as the browser draws it; `x, y` is where each step starts.
  svgpath(d)
    .abs()
    .unshort()
    .unarc()
    .iterate((step, _index, x, y) => {
      const at: XY = [x, y];
      let points: XY[];
      switch (step[0]) {
        case 'M':
        case 'Z':
        case 'z':
          close();
          return;
        case 'L':
          points = [[step[1], step[2]]];
          break;
        case 'H':
          points = [[step[1], y]];
          break;
        case 'V':
          points = [[x, step[1]]];
          break;
        case 'C':
          points = cubic(at, [step[1], step[2]], [step[3], step[4]], [step[5], step[6]]);
          break;
        case 'Q':
          points = quadratic(at, [step[1], step[2]], [step[3], step[4]]);
          break;
        default:
          return; // none left after abs, unshort and unarc
      }
      if (ring.length === 0) ring.push(at);
      ring.push(...points);
    });
  close();
  return rings;
}

export function districtShape(path: string): DistrictShape {
  const rings = pathRings(path);
  const pts = rings.flat();
  const box =
    pts.length === 0
      ? { x: 0, y: 0, width: 0, height: 0 }
      : (() => {
          const xs = pts.map((p) => p[0]);
          const ys = pts.map((p) => p[1]);
          const [x, y] = [Math.min(...xs), Math.min(...ys)];
          return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
        })();
  const edges = new Float64Array(pts.length * 4);
  let e = 0;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      edges.set([ring[j]![0], ring[j]![1], ring[i]![0], ring[i]![1]], e * 4);
      e++;
    }
  }
  // Bands as many as about the square root of the edges: a test reads a few edges, not all.
  const count = Math.max(1, Math.min(256, Math.ceil(Math.sqrt(e))));
  const bandHeight = box.height / count || 1;
  const lists: number[][] = Array.from({ length: count }, () => []);
  const band = (y: number) => Math.max(0, Math.min(count - 1, Math.floor((y - box.y) / bandHeight)));
  for (let k = 0; k < e; k++) {
    const [ay, by] = [edges[k * 4 + 1]!, edges[k * 4 + 3]!];
    for (let b = band(Math.min(ay, by)); b <= band(Math.max(ay, by)); b++) lists[b]!.push(k);
  }
  return { rings, box, edges, bands: lists.map((l) => Int32Array.from(l)), bandHeight };
}

function bandOf(y: number, shape: DistrictShape): number {
  const last = shape.bands.length - 1;
  return Math.max(0, Math.min(last, Math.floor((y - shape.box.y) / shape.bandHeight)));
}

/** Inside by the nonzero rule (SVG's default fill rule, which the map's districts use). */
export function insideShape([x, y]: XY, shape: DistrictShape): boolean {
  const { box, edges } = shape;
  if (shape.rings.length === 0 || x < box.x || y < box.y || x > box.x + box.width || y > box.y + box.height)
    return false;
  let winding = 0;
  // An edge that crosses this height is in its band.
  for (const k of shape.bands[bandOf(y, shape)]!) {
    const ax = edges[k * 4]!;
    const ay = edges[k * 4 + 1]!;
    const bx = edges[k * 4 + 2]!;
    const by = edges[k * 4 + 3]!;
    const side = (bx - ax) * (y - ay) - (x - ax) * (by - ay);
    if (ay <= y && by > y && side > 0) winding++;
    else if (ay > y && by <= y && side < 0) winding--;
  }
  return winding !== 0;
}

function segmentDistance(x: number, y: number, edges: Float64Array, k: number): number {
  const ax = edges[k * 4]!;
  const ay = edges[k * 4 + 1]!;
  const dx = edges[k * 4 + 2]! - ax;
  const dy = edges[k * 4 + 3]! - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/** Whether an edge of the shape passes closer to the point than `within`. */
export function nearEdge([x, y]: XY, shape: DistrictShape, within: number): boolean {
  if (within <= 0) return false;
  // An edge that close spans a height within `within` of the point's: it is in one of these bands.
  for (let b = bandOf(y - within, shape); b <= bandOf(y + within, shape); b++)
    for (const k of shape.bands[b]!) if (segmentDistance(x, y, shape.edges, k) < within) return true;
  return false;
}

/** Distance from a point to the shape's nearest edge. */
export function edgeDistance([x, y]: XY, shape: DistrictShape): number {
  let best = Infinity;
  for (let k = 0; k < shape.edges.length / 4; k++) best = Math.min(best, segmentDistance(x, y, shape.edges, k));
  return best;
}

/**
 * The point of the shape farthest from its edges (its pole of inaccessibility), by a grid search
 * refined around the best point: where pins go when the district has no room to spread them.
 * Undefined for a shape with no area.
 */
export function innerPoint(shape: DistrictShape): XY | undefined {
  let { x: x0, y: y0, width: w, height: h } = shape.box;
  let best: XY | undefined;
  let bestD = -1;
  const n = 16;
  for (let round = 0; round < 6; round++) {
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= n; j++) {
        const p: XY = [x0 + (w * i) / n, y0 + (h * j) / n];
        if (!insideShape(p, shape)) continue;
        const d = edgeDistance(p, shape);
        if (d > bestD) [best, bestD] = [p, d];
      }
    }
    if (!best) return undefined;
    // Search again around the best point, on a finer grid.
    [w, h] = [w / 4, h / 4];
    [x0, y0] = [best[0] - w / 2, best[1] - h / 2];
  }
  return best;
}
