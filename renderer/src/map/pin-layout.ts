/**
 * Where each pin of the district map is drawn: by location where the pack gives one, else spread
 * under the district's label and always inside the district's shape (pins-inside.ts), grouped by
 * district in the map's order (each group drops in as one layer on entry). Pins at one given
 * position (a park's, say) are spread around it in rows, never on each other. No DOM, no React.
 */
import type { CityMap } from '../../../main/core/pack/schema';
import { districtShape, type DistrictShape } from './district-shape';
import { LABEL_PX, PIN_PX } from './map-sizes';
import { spiralOffsets, type PinAt } from './pin-clusters';
import { pinOffsets, type PlacedEnterprise } from './pin-placement';
import { pinsInside } from './pins-inside';
import type { Box, XY } from './zoom';

/** Shapes read once per district of a map (the layout runs again at each zoom). */
const shapes = new WeakMap<CityMap['districts'][number], DistrictShape>();
function shapeOf(d: CityMap['districts'][number]): DistrictShape {
  let shape = shapes.get(d);
  if (!shape) shapes.set(d, (shape = districtShape(d.path)));
  return shape;
}

/**
 * Clustered, a district's pins without a location spread within about this share of the map's
 * width around its label (a spiral: pin-clusters.ts), however many there are.
 */
const SPREAD = 0.06;

export interface PinGroup {
  /** The district, or the position ("x,y") the group's pins share. */
  district: string;
  group: PinAt[];
  /** The group's box (viewBox units) with room for a pin's hit circle. */
  box: Box;
}

export function layoutPins(
  placed: readonly PlacedEnterprise[],
  districts: CityMap['districts'],
  {
    unit,
    zoom,
    clustered,
    view,
  }: {
    /** ViewBox units per CSS px (at 1 rem = 16 px). */
    unit: number;
    zoom: number;
    clustered: boolean;
    view: XY;
  },
): PinGroup[] {
  // Clustered, the made-up spots do not follow the zoom: the clusters part as it grows.
  const z = clustered ? 1 : zoom;
  const spacing = (PIN_PX * 2.1 * unit) / z;
  const byDistrict = new Map<string, PlacedEnterprise[]>();
  const byPoint = new Map<string, PlacedEnterprise[]>();
  for (const p of placed) {
    const [key, into] = p.at ? [`${p.at[0]},${p.at[1]}`, byPoint] : [p.district!, byDistrict];
    const list = into.get(key);
    if (list) list.push(p);
    else into.set(key, [p]);
  }
  const r = PIN_PX * 1.1 * unit;
  const boxed = (key: string, group: PinAt[]): PinGroup => {
    const xs = group.map((g) => g.at[0]);
    const ys = group.map((g) => g.at[1]);
    const x = Math.min(...xs) - r;
    const y = Math.min(...ys) - r;
    return { district: key, group, box: { x, y, width: Math.max(...xs) + r - x, height: Math.max(...ys) + r - y } };
  };
  const around = (list: PlacedEnterprise[], centre: XY) => {
    const offsets = pinOffsets(list.length, spacing, 3);
    // Rows centred on the point: the middle row sits on it.
    const rows = Math.ceil(list.length / 3);
    const lift = ((rows - 1) * spacing) / 2;
    return list.map((p, i): PinAt => ({
      p,
      at: [centre[0] + offsets[i]![0], centre[1] - lift + offsets[i]![1]],
    }));
  };
  const districtGroups = districts.flatMap((d) => {
    const list = byDistrict.get(d.district);
    if (!list) return [];
    const centre = d.labelAt as XY;
    const apart = clustered ? Math.min(PIN_PX * 2.1 * unit, (view[0] * SPREAD) / Math.sqrt(list.length)) : spacing;
    const offsets = clustered ? spiralOffsets(list.length, apart) : pinOffsets(list.length, spacing);
    // Below the label, so the name stays readable.
    const below: XY = [centre[0], centre[1] + (LABEL_PX * 1.6 * unit + PIN_PX * 1.4 * unit) / z];
    const spread = offsets.map(([dx, dy]): XY => [below[0] + dx, below[1] + dy]);
    // A small district has no room below its label: its pins go where its shape has room.
    const spots = pinsInside(spread, shapeOf(d), {
      near: below,
      spacing: apart,
      clear: (PIN_PX * 0.42 * unit) / z,
      fallback: centre,
    });
    return [
      boxed(
        d.district,
        list.map((p, i): PinAt => ({ p, at: spots[i]! })),
      ),
    ];
  });
  const pointGroups = [...byPoint.entries()].map(([key, list]) => boxed(key, around(list, list[0]!.at!)));
  return [...districtGroups, ...pointGroups];
}
