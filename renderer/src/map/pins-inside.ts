/**
 * Keeps the pins a district places (those with no position of their own) inside its shape: a
 * visitor reads a pin as being where it is drawn. Where the usual spread under the label fits, it
 * stays; else the pins take the spots of a grid inside the shape nearest to the label, as far apart
 * as the shape allows (a tighter grid for a small district), clear of the edge where there is room.
 * A district too small even for that stacks the rest on its innermost point. No DOM, no React.
 */
import { innerPoint, insideShape, nearEdge, type DistrictShape } from './district-shape';
import type { XY } from './zoom';

/** Each tighter grid is this much of the one before (a fine ladder: pins as far apart as the shape allows)... */
const TIGHTEN = 0.8;
/** ...this many times (down to about 3 % of the spacing) before the pins stack. */
const TIGHTER = 16;
/** Grids larger than this many points are not searched (a shape far larger than its pins fits them anyway). */
const MOST_POINTS = 250_000;

export function pinsInside(
  spread: readonly XY[],
  shape: DistrictShape,
  {
    near,
    spacing,
    clear,
    fallback,
  }: {
    /** Where the pins gather: under the district's label. */
    near: XY;
    /** The spread's distance between pins. */
    spacing: number;
    /** Distance from the edge a pin keeps where there is room (its dot's radius). */
    clear: number;
    /** A point inside the district (its label's), should the shape be too thin to search. */
    fallback: XY;
  },
): XY[] {
  if (shape.rings.length === 0 || spread.every((p) => insideShape(p, shape))) return [...spread];
  const n = spread.length;
  let found: XY[] = [];
  for (let k = 0; k <= TIGHTER; k++) {
    const step = spacing * TIGHTEN ** k;
    // Tighter pins keep a narrower margin: a pin's centre is what must be inside.
    const spots = gridNear(shape, near, step, n, Math.min(clear, step * 0.4));
    if (spots === null) break;
    if (spots.length >= n) return spots.slice(0, n);
    if (spots.length > found.length) found = spots;
  }
  // No room to spread them all: the spots found, the rest on the district's innermost point.
  const inner = innerPoint(shape) ?? fallback;
  return [...found, ...Array.from({ length: n - found.length }, () => inner)];
}

/**
 * The `n` points of a square grid through `near`, `step` apart, inside the shape and `clear` from its
 * edge, nearest `near` first (fewer where the shape holds fewer). Null when the grid is too large to search.
 */
function gridNear(shape: DistrictShape, near: XY, step: number, n: number, clear: number): XY[] | null {
  const { x, y, width, height } = shape.box;
  if ((width / step + 1) * (height / step + 1) > MOST_POINTS) return null;
  // Grid columns and rows (relative to `near`) that cover the shape's box.
  const [i0, i1] = [Math.floor((x - near[0]) / step), Math.ceil((x + width - near[0]) / step)];
  const [j0, j1] = [Math.floor((y - near[1]) / step), Math.ceil((y + height - near[1]) / step)];
  const reach = Math.max(-i0, i1, -j0, j1, 0);
  const hits: Array<{ at: XY; d: number; i: number; j: number }> = [];
  const test = (i: number, j: number) => {
    if (i < i0 || i > i1 || j < j0 || j > j1) return;
    const at: XY = [near[0] + i * step, near[1] + j * step];
    if (insideShape(at, shape) && !nearEdge(at, shape, clear)) hits.push({ at, d: Math.hypot(i, j), i, j });
  };
  // Square rings outward from `near`, until the n nearest found are nearer than the next ring.
  for (let r = 0; r <= reach; r++) {
    if (hits.length >= n) {
      const nth = hits.map((h) => h.d).sort((a, b) => a - b)[n - 1]!;
      if (nth < r) break;
    }
    if (r === 0) test(0, 0);
    for (let t = -r; t < r; t++) {
      test(t, -r);
      test(r, t);
      test(-t, r);
      test(-r, -t);
    }
  }
  // Nearest first; then row by row, left to right, so the order reads like the usual spread.
  hits.sort((a, b) => a.d - b.d || a.j - b.j || a.i - b.i);
  return hits.map((h) => h.at);
}
