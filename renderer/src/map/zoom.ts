/**
 * Zoom and pan maths for the district map: fitting a box, keeping the map in view, pinching.
 * No DOM, no React: unit-tested in plain Node.
 */

export type XY = readonly [number, number];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** translate(x, y) then scale(scale), with the origin at the top-left of the viewBox. */
export interface ZoomTransform {
  x: number;
  y: number;
  scale: number;
}

export const IDENTITY: ZoomTransform = { x: 0, y: 0, scale: 1 };

/**
 * The transform that shows `box` centred in a viewBox of `view` = [w, h], as large as fits with
 * `padding` (a fraction of the view kept free on each side), never more than `maxScale`.
 */
export function zoomToBox(box: Box, view: XY, { padding = 0.12, maxScale = 6 } = {}): ZoomTransform {
  const [w, h] = view;
  const usableW = w * (1 - 2 * padding);
  const usableH = h * (1 - 2 * padding);
  const scale = Math.max(
    1,
    Math.min(maxScale, usableW / Math.max(box.width, 1e-6), usableH / Math.max(box.height, 1e-6)),
  );
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return { scale, x: w / 2 - cx * scale, y: h / 2 - cy * scale };
}

/** Keeps a pan within reach: at least `keep` of the view stays covered by the map. */
export function clampPan(t: ZoomTransform, view: XY, keep = 0.25): ZoomTransform {
  const [w, h] = view;
  const minX = w * keep - w * t.scale;
  const maxX = w * (1 - keep);
  const minY = h * keep - h * t.scale;
  const maxY = h * (1 - keep);
  return { scale: t.scale, x: Math.min(maxX, Math.max(minX, t.x)), y: Math.min(maxY, Math.max(minY, t.y)) };
}

/**
 * Two-finger zoom: the transform that keeps the map point under the fingers' first midpoint under
 * their current midpoint, scaled by how far the fingers moved apart. Points in viewBox units.
 */
export function pinchTransform(
  start: ZoomTransform,
  from: { a: XY; b: XY },
  to: { a: XY; b: XY },
  { minScale = 1, maxScale = 8 } = {},
): ZoomTransform {
  const dist = (p: { a: XY; b: XY }) => Math.hypot(p.a[0] - p.b[0], p.a[1] - p.b[1]) || 1;
  const mid = (p: { a: XY; b: XY }): XY => [(p.a[0] + p.b[0]) / 2, (p.a[1] + p.b[1]) / 2];
  const scale = Math.min(maxScale, Math.max(minScale, start.scale * (dist(to) / dist(from))));
  const [fx, fy] = mid(from);
  const [tx, ty] = mid(to);
  // The map point under the first midpoint…
  const mx = (fx - start.x) / start.scale;
  const my = (fy - start.y) / start.scale;
  // …lands under the current midpoint.
  return { scale, x: tx - mx * scale, y: ty - my * scale };
}
