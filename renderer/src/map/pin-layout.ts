/**
 * Where each pin of the district map is drawn: by location where the pack gives one, else spread
 * around the district's label point, grouped by district in the map's order (each group drops in
 * as one layer on entry). Pins at one given position (a park's, say) are spread around it in rows,
 * never on each other. No DOM, no React.
 */
import type { CityMap } from '../../../main/core/pack/schema';
import { LABEL_PX, PIN_PX } from './map-sizes';
import { spiralOffsets, type PinAt } from './pin-clusters';
import { pinOffsets, type PlacedEnterprise } from './pin-placement';
import type { Box, XY } from './zoom';

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
    const offsets = clustered
      ? spiralOffsets(list.length, Math.min(PIN_PX * 2.1 * unit, (view[0] * SPREAD) / Math.sqrt(list.length)))
      : pinOffsets(list.length, spacing);
    // Below the label, so the name stays readable.
    const below: XY = [centre[0], centre[1] + (LABEL_PX * 1.6 * unit + PIN_PX * 1.4 * unit) / z];
    return [
      boxed(
        d.district,
        list.map((p, i): PinAt => ({
          p,
          at: [below[0] + offsets[i]![0], below[1] + offsets[i]![1]],
        })),
      ),
    ];
  });
  const pointGroups = [...byPoint.entries()].map(([key, list]) => boxed(key, around(list, list[0]!.at!)));
  return [...districtGroups, ...pointGroups];
}
