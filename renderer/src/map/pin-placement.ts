/**
 * Where the pack's enterprises go on the district map, how strongly each district is tinted, and
 * which pins and labels fit. No DOM, no React: unit-tested in plain Node.
 */
import type { Enterprise, Pack, Park } from '../../../main/core/pack/schema';
import type { Box, XY } from './zoom';

export interface PlacedEnterprise {
  enterprise: Enterprise;
  /** The district, where the pack gives one (directly or through the park). */
  district?: string;
  /** The park, where the pack gives one. */
  park?: Park;
  /** Position from the pack (the enterprise's `location`, else its park's), or undefined: then only the district is known. */
  at?: XY;
}

export interface Placement {
  /** Enterprises the map can show: in a drawn district, or at a position the pack gives. */
  placed: PlacedEnterprise[];
  /** Parks by district. */
  parksByDistrict: Map<string, Park[]>;
  /** Parks the pack gives a position for: drawn on the map as zones. */
  zones: Array<{ park: Park; at: XY }>;
  /** Parks the pack gives neither a drawn district nor a position for. */
  unplacedParks: Park[];
  /** Enterprises with neither a district nor a position, grouped by park (or none). */
  unplaced: Array<{ park?: Park; enterprises: Enterprise[] }>;
}

/**
 * Sorts the pack's parks and enterprises into those the map can place (by district, or at a
 * `location` where the pack gives one, its own or its park's) and those it cannot: the map never
 * invents a spot.
 */
export function placeItems(pack: Pack, drawn: ReadonlySet<string>): Placement {
  const parks = new Map(pack.parks.map((p) => [p.id, p]));
  const parksByDistrict = new Map<string, Park[]>();
  const zones: Placement['zones'] = [];
  const unplacedParks: Park[] = [];
  for (const park of pack.parks) {
    const inDistrict = !!park.district && drawn.has(park.district);
    if (inDistrict) parksByDistrict.set(park.district!, [...(parksByDistrict.get(park.district!) ?? []), park]);
    if (park.location) zones.push({ park, at: [park.location.x, park.location.y] });
    else if (!inDistrict) unplacedParks.push(park);
  }
  const placed: PlacedEnterprise[] = [];
  const groups = new Map<string, { park?: Park; enterprises: Enterprise[] }>();
  for (const enterprise of pack.enterprises) {
    const park = enterprise.park ? parks.get(enterprise.park) : undefined;
    const given = enterprise.district ?? park?.district;
    const district = given && drawn.has(given) ? given : undefined;
    const loc = enterprise.location ?? park?.location;
    if (district || loc) {
      placed.push({ enterprise, district, park, at: loc ? [loc.x, loc.y] : undefined });
    } else {
      const key = park?.id ?? '';
      const group = groups.get(key) ?? { park, enterprises: [] };
      group.enterprises.push(enterprise);
      groups.set(key, group);
    }
  }
  // Parks first (in pack order), then enterprises with no park at all.
  const unplaced = [...groups.values()].sort((a, b) => (a.park ? 0 : 1) - (b.park ? 0 : 1));
  return { placed, parksByDistrict, zones, unplacedParks, unplaced };
}

/** How many of the (filtered) enterprises each district holds. */
export function districtCounts(placed: PlacedEnterprise[], cluster?: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of placed) {
    if (!p.district || (cluster && !p.enterprise.clusters.includes(cluster))) continue;
    counts.set(p.district, (counts.get(p.district) ?? 0) + 1);
  }
  return counts;
}

/**
 * The district tint as an opacity of the accent colour (colour changes are cross-fades, so only
 * opacity animates): 0 for none, then from `min` up to `max` for the district that holds most.
 */
export function heatOpacity(count: number, most: number, { min = 0.28, max = 0.85 } = {}): number {
  if (count <= 0 || most <= 0) return 0;
  if (most === 1) return max;
  return min + ((max - min) * Math.sqrt(count - 1)) / Math.sqrt(most - 1);
}

/**
 * Pins of one district in rows of at most `perRow`, centred under the district's label, `spacing`
 * apart (so pins never sit on each other): offsets from the first row's centre.
 */
export function pinOffsets(n: number, spacing: number, perRow = 5): XY[] {
  const out: XY[] = [];
  for (let i = 0; i < n; i++) {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, n - row * perRow);
    const col = i % perRow;
    out.push([(col - (inRow - 1) / 2) * spacing, row * spacing]);
  }
  return out;
}

/**
 * Which district labels fit at the overview: largest districts first, a label is shown when its
 * box overlaps no label already shown. The others appear when the visitor zooms in.
 */
export function visibleLabels(
  labels: Array<{ id: string; at: XY; width: number; height: number; area: number }>,
): Set<string> {
  const shown: Box[] = [];
  const ids = new Set<string>();
  for (const l of [...labels].sort((a, b) => b.area - a.area)) {
    const box = { x: l.at[0] - l.width / 2, y: l.at[1] - l.height / 2, width: l.width, height: l.height };
    const hit = shown.some(
      (s) => box.x < s.x + s.width && s.x < box.x + box.width && box.y < s.y + s.height && s.y < box.y + box.height,
    );
    if (!hit) {
      shown.push(box);
      ids.add(l.id);
    }
  }
  return ids;
}
