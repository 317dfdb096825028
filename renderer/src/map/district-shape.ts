/**
 * A district's shape as the map fills it: its SVG path (any commands; curves and arcs flattened)
 * read into rings, with what pin placement asks of it: is a point inside (nonzero, SVG's default
 * fill rule), how far from the edge, and a point well inside. No DOM: unit-tested in plain Node.
 */
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

/** Reads a path's numbers and arc flags (which may be written without separators: `a1 1 0 011 1`). */
class PathReader {
  private i = 0;
  constructor(private readonly d: string) {}

  private skip(): void {
    while (this.i < this.d.length && /[\s,]/.test(this.d[this.i]!)) this.i++;
  }

  /** The next command letter, or undefined where numbers follow (an implicit repeat) or the path ends. */
  command(): string | undefined {
    this.skip();
    const c = this.d[this.i];
    if (c && /[A-Za-z]/.test(c)) {
      this.i++;
      return c;
    }
    return undefined;
  }

  hasNumber(): boolean {
    this.skip();
    return this.i < this.d.length && /[-+.\d]/.test(this.d[this.i]!);
  }

  number(): number {
    this.skip();
    const m = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(this.d.slice(this.i, this.i + 40));
    if (!m) throw new Error(`not a number at ${this.i} of the path`);
    this.i += m[0].length;
    return Number(m[0]);
  }

  flag(): boolean {
    this.skip();
    const c = this.d[this.i++];
    if (c !== '0' && c !== '1') throw new Error(`not an arc flag at ${this.i - 1} of the path`);
    return c === '1';
  }
}

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

/** An elliptical arc as points (the SVG spec's endpoint-to-centre conversion). */
function arc(from: XY, radii: XY, degrees: number, large: boolean, sweep: boolean, to: XY): XY[] {
  let [rx, ry] = [Math.abs(radii[0]), Math.abs(radii[1])];
  if (from[0] === to[0] && from[1] === to[1]) return [];
  if (rx === 0 || ry === 0) return [to];
  const phi = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(phi), Math.sin(phi)];
  const dx = (from[0] - to[0]) / 2;
  const dy = (from[1] - to[1]) / 2;
  const x1 = cos * dx + sin * dy;
  const y1 = -sin * dx + cos * dy;
  const grow = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
  if (grow > 1) [rx, ry] = [rx * Math.sqrt(grow), ry * Math.sqrt(grow)];
  const num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
  const den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
  const coef = (large !== sweep ? 1 : -1) * Math.sqrt(Math.max(0, num / den));
  const cx1 = (coef * rx * y1) / ry;
  const cy1 = (-coef * ry * x1) / rx;
  const cx = cos * cx1 - sin * cy1 + (from[0] + to[0]) / 2;
  const cy = sin * cx1 + cos * cy1 + (from[1] + to[1]) / 2;
  const angle = (ux: number, uy: number, vx: number, vy: number) => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const start = angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
  let turn = angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
  if (!sweep && turn > 0) turn -= 2 * Math.PI;
  if (sweep && turn < 0) turn += 2 * Math.PI;
  const steps = Math.max(1, Math.ceil(Math.abs(turn) / (Math.PI / 8)));
  const out: XY[] = [];
  for (let k = 1; k <= steps; k++) {
    const t = start + (turn * k) / steps;
    const [ex, ey] = [rx * Math.cos(t), ry * Math.sin(t)];
    out.push(k === steps ? to : [cx + cos * ex - sin * ey, cy + sin * ex + cos * ey]);
  }
  return out;
}

/** The closed rings a path fills (an open subpath is filled as if closed, as SVG does), up to a flaw. */
export function pathRings(d: string): XY[][] {
  const read = new PathReader(d);
  const rings: XY[][] = [];
  let ring: XY[] = [];
  let at: XY = [0, 0];
  let start: XY = [0, 0];
  // The last control point, for S and T (a reflection of it), and which kind of curve set it.
  let control: XY | null = null;
  let curve: 'c' | 'q' | null = null;
  let cmd: string | undefined;
  const close = () => {
    if (ring.length >= 3) rings.push(ring);
    ring = [];
  };
  const to = (p: XY) => {
    if (ring.length === 0) ring.push(at);
    ring.push(p);
    at = p;
  };
  // A flaw ends the reading: the browser too draws a path up to its first error.
  try {
    for (;;) {
      const next = read.command();
      if (next) cmd = next;
      else if (!cmd || !read.hasNumber()) break;
      const rel = cmd === cmd.toLowerCase();
      const xy = (): XY => {
        const x = read.number();
        const y = read.number();
        return rel ? [at[0] + x, at[1] + y] : [x, y];
      };
      const lower = cmd.toLowerCase();
      const reflected = (kind: 'c' | 'q'): XY =>
        control && curve === kind ? [2 * at[0] - control[0], 2 * at[1] - control[1]] : at;
      let setControl: XY | null = null;
      let setCurve: 'c' | 'q' | null = null;
      switch (lower) {
        case 'm': {
          close();
          at = start = xy();
          // Pairs after a moveto are linetos.
          cmd = rel ? 'l' : 'L';
          break;
        }
        case 'z':
          close();
          at = start;
          cmd = undefined;
          break;
        case 'l':
          to(xy());
          break;
        case 'h': {
          const x = read.number();
          to([rel ? at[0] + x : x, at[1]]);
          break;
        }
        case 'v': {
          const y = read.number();
          to([at[0], rel ? at[1] + y : y]);
          break;
        }
        case 'c':
        case 's': {
          const from = at;
          const c1 = lower === 'c' ? xy() : reflected('c');
          const c2 = xy();
          const end = xy();
          for (const p of cubic(from, c1, c2, end)) to(p);
          [setControl, setCurve] = [c2, 'c'];
          break;
        }
        case 'q':
        case 't': {
          const from = at;
          const c = lower === 'q' ? xy() : reflected('q');
          const end = xy();
          for (const p of quadratic(from, c, end)) to(p);
          [setControl, setCurve] = [c, 'q'];
          break;
        }
        case 'a': {
          const from = at;
          const radii: XY = [read.number(), read.number()];
          const rotation = read.number();
          const large = read.flag();
          const sweep = read.flag();
          for (const p of arc(from, radii, rotation, large, sweep, xy())) to(p);
          break;
        }
        default:
          throw new Error(`unknown path command ${cmd}`);
      }
      [control, curve] = [setControl, setCurve];
    }
  } catch {
    // What was read so far is what the browser fills.
  }
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
