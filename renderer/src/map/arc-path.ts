// The world map's arcs from the city to its partners.
import type { XY } from './zoom';

/** A gentle arc from `a` to `b` (quadratic curve bowed upwards by `bend` of its length). */
export function arcPath(a: XY, b: XY, bend = 0.28): string {
  const [ax, ay] = a;
  const [bx, by] = b;
  const mx = (ax + bx) / 2;
  const my = (ay + by) / 2;
  const len = Math.hypot(bx - ax, by - ay);
  // Normal pointing "up" (negative y) on screen.
  let nx = -(by - ay) / (len || 1);
  let ny = (bx - ax) / (len || 1);
  if (ny > 0) {
    nx = -nx;
    ny = -ny;
  }
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(ax)} ${r(ay)}Q${r(mx + nx * len * bend)} ${r(my + ny * len * bend)} ${r(bx)} ${r(by)}`;
}
