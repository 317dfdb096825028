/**
 * Where a district's name goes: the centroid of its largest part when that falls inside the shape,
 * else the point of that part farthest from its edges (a pole of inaccessibility, by a grid search
 * refined around the best cell: enough for a label, and no dependency).
 */
import type { XY } from './svg-path.ts';

/** Signed area (shoelace) of a ring. */
function ringArea(ring: XY[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return a / 2;
}

/** Even-odd point in polygon (exterior and holes). */
export function insidePolygon([x, y]: XY, rings: XY[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function distanceToEdges([x, y]: XY, rings: XY[][]): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j]!;
      const [bx, by] = ring[i]!;
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
      best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
    }
  }
  return best;
}

function centroid(ring: XY[]): XY {
  let cx = 0;
  let cy = 0;
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    const f = x0 * y1 - x1 * y0;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
    a += f;
  }
  if (a === 0) return ring[0]!;
  return [cx / (3 * a), cy / (3 * a)];
}

/** A point inside the shape (polygons, each a list of rings: exterior first). */
export function labelPoint(polygons: XY[][][]): XY {
  const largest = polygons.reduce((best, p) =>
    Math.abs(ringArea(p[0] ?? [])) > Math.abs(ringArea(best[0] ?? [])) ? p : best,
  );
  const exterior = largest[0] ?? [];
  if (exterior.length === 0) return [0, 0];
  const c = centroid(exterior);
  // Inside and not hugging an edge: the centroid reads best.
  if (insidePolygon(c, largest) && distanceToEdges(c, largest) > 1) return c;
  return pole(largest);
}

function pole(rings: XY[][]): XY {
  const xs = rings[0]!.map((p) => p[0]);
  const ys = rings[0]!.map((p) => p[1]);
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: XY = rings[0]![0]!;
  let bestD = -1;
  for (let round = 0; round < 5; round++) {
    const n = 12;
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= n; j++) {
        const p: XY = [x0 + ((x1 - x0) * i) / n, y0 + ((y1 - y0) * j) / n];
        if (!insidePolygon(p, rings)) continue;
        const d = distanceToEdges(p, rings);
        if (d > bestD) [best, bestD] = [p, d];
      }
    }
    // Zoom in around the best point found so far.
    const w = (x1 - x0) / 4;
    const h = (y1 - y0) / 4;
    [x0, x1, y0, y1] = [best[0] - w, best[0] + w, best[1] - h, best[1] + h];
  }
  return best;
}
