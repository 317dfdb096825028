/**
 * The world view's projection, as numbers: Natural Earth, fitted so that the land of world-atlas'
 * land-110m (Antarctica left out) spans the 1000-unit-wide view (world-view.ts computes it from the
 * land; a unit test keeps these equal). Pure and small, so that the studio page places a city on
 * the world view exactly where the kiosk draws the land.
 */
import { geoNaturalEarth1 } from 'd3-geo';

export const WORLD_VIEWBOX: [number, number] = [1000, 452];
export const WORLD_PROJECTION = { scale: 182.05282378906088, translate: [500, 259.65951661636007] as [number, number] };

const projection = geoNaturalEarth1().scale(WORLD_PROJECTION.scale).translate(WORLD_PROJECTION.translate);

/** [longitude, latitude] → [x, y] on the world view, to one decimal. */
export function projectOnWorld(lonLat: [number, number]): [number, number] {
  const [x, y] = projection(lonLat) ?? [0, 0];
  return [Math.round(x * 10) / 10 + 0, Math.round(y * 10) / 10 + 0];
}
