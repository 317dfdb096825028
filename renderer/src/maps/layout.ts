/**
 * Pure layout for the maps: where things go and how strongly districts are tinted. No DOM, no
 * React, no pack-specific knowledge: unit-tested in plain Node.
 */
import type { Cluster, Enterprise, Pack, Park } from '../../../main/core/pack/schema';

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

// ── What the pack places where ─────────────────────────────────────────────────────────────────

export interface PlacedEnterprise {
  enterprise: Enterprise;
  district: string;
  /** Exact position from the pack (`location`), or undefined: then only the district is known. */
  at?: XY;
}

export interface Placement {
  /** Enterprises whose district the pack gives (directly or through their park). */
  placed: PlacedEnterprise[];
  /** Parks by district. */
  parksByDistrict: Map<string, Park[]>;
  /** Parks the pack gives no district for: listed, never drawn at a made-up spot. */
  unplacedParks: Park[];
  /** Enterprises with neither a district nor a park in a district, grouped by park (or none). */
  unplaced: Array<{ park?: Park; enterprises: Enterprise[] }>;
}

/**
 * Sorts the pack's parks and enterprises into those the map can place (by district, or at a
 * `location` where the pack gives one) and those it cannot: the map never invents a spot.
 */
export function placeItems(pack: Pack, drawn: ReadonlySet<string>): Placement {
  const parks = new Map(pack.parks.map((p) => [p.id, p]));
  const parksByDistrict = new Map<string, Park[]>();
  const unplacedParks: Park[] = [];
  for (const park of pack.parks) {
    if (park.district && drawn.has(park.district)) {
      parksByDistrict.set(park.district, [...(parksByDistrict.get(park.district) ?? []), park]);
    } else unplacedParks.push(park);
  }
  const placed: PlacedEnterprise[] = [];
  const groups = new Map<string, { park?: Park; enterprises: Enterprise[] }>();
  for (const enterprise of pack.enterprises) {
    const park = enterprise.park ? parks.get(enterprise.park) : undefined;
    const district = enterprise.district ?? park?.district;
    if (district && drawn.has(district)) {
      const loc = enterprise.location ?? park?.location;
      placed.push({ enterprise, district, at: loc ? [loc.x, loc.y] : undefined });
    } else {
      const key = park?.id ?? '';
      const group = groups.get(key) ?? { park, enterprises: [] };
      group.enterprises.push(enterprise);
      groups.set(key, group);
    }
  }
  // Parks first (in pack order), then enterprises with no park at all.
  const unplaced = [...groups.values()].sort((a, b) => (a.park ? 0 : 1) - (b.park ? 0 : 1));
  return { placed, parksByDistrict, unplacedParks, unplaced };
}

/** How many of the (filtered) enterprises each district holds. */
export function districtCounts(placed: PlacedEnterprise[], cluster?: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of placed) {
    if (cluster && !p.enterprise.clusters.includes(cluster)) continue;
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

// ── The cluster map ───────────────────────────────────────────────────────────────────────────

/** Output value of a cluster for sizing: its first figure in yuan, or undefined. */
export function clusterValue(cluster: Cluster): number | undefined {
  return cluster.figures.find((f) => f.unit === 'yuan')?.value;
}

export interface OrbitNode {
  id: string;
  /** Centre, as fractions (0–1) of the square. */
  x: number;
  y: number;
  /** Radius, as a fraction of the square's side. */
  r: number;
  ring: number;
}

export interface OrbitLayout {
  nodes: OrbitNode[];
  /** Radii of the rings (fractions of the side), innermost first. */
  rings: number[];
}

/**
 * Clusters on concentric rings by tier (first tier innermost), each a circle whose area follows
 * its output value (largest value = `maxR`, none under `minR`); an outer ring can hold more items
 * (future industries) as circles of `outerR`. Rings are spaced so that no two circles overlap,
 * then everything is scaled down if it would leave the square.
 */
export function orbitLayout(
  tiers: Array<Array<{ id: string; value?: number }>>,
  outer: Array<{ id: string }> = [],
  { maxR = 0.1, minR = 0.06, outerR = 0.058, gap = 0.015 } = {},
): OrbitLayout {
  const top = Math.max(1, ...tiers.flat().map((n) => n.value ?? 0));
  const groups = tiers
    .filter((t) => t.length > 0)
    .map((items) =>
      items.map((item) => ({
        id: item.id,
        r: item.value ? Math.max(minR, maxR * Math.sqrt(item.value / top)) : minR,
      })),
    );
  if (outer.length > 0) groups.push(outer.map((item) => ({ id: item.id, r: outerR })));

  const rings: number[] = [];
  groups.forEach((items, g) => {
    const rmax = Math.max(...items.map((i) => i.r));
    // Far enough out that neighbours on the ring do not touch…
    const own = items.length > 1 ? (rmax / Math.sin(Math.PI / items.length)) * 1.08 : 0;
    // …and clear of the ring inside.
    const prev = g > 0 ? rings[g - 1]! + Math.max(...groups[g - 1]!.map((i) => i.r)) + rmax + gap : 0;
    rings.push(Math.max(own, prev));
  });
  const last = groups.length - 1;
  const extent = last >= 0 ? rings[last]! + Math.max(...groups[last]!.map((i) => i.r)) : 0;
  const k = extent > 0.49 ? 0.49 / extent : 1;

  const nodes: OrbitNode[] = [];
  groups.forEach((items, g) => {
    const isOuter = outer.length > 0 && g === last;
    const half = Math.PI / items.length;
    const offset = -Math.PI / 2 + (isOuter || g % 2 === 1 ? half : 0);
    items.forEach((item, i) => {
      const a = offset + 2 * half * i;
      nodes.push({
        id: item.id,
        x: 0.5 + Math.cos(a) * rings[g]! * k,
        y: 0.5 + Math.sin(a) * rings[g]! * k,
        r: item.r * k,
        ring: g,
      });
    });
  });
  return { nodes, rings: rings.map((r) => r * k) };
}

// ── The chain ─────────────────────────────────────────────────────────────────────────────────

export const STAGES = ['upstream', 'midstream', 'downstream'] as const;
export type Stage = (typeof STAGES)[number];

export interface ChainColumn {
  stage: Stage;
  links: Array<{ index: number; name: Cluster['summary']; enterprises: Enterprise[]; gap: boolean }>;
}

/** A cluster's chain by stage, each link with its local enterprises; a link without any is a gap. */
export function chainColumns(pack: Pack, cluster: Cluster): ChainColumn[] {
  const byId = new Map(pack.enterprises.map((e) => [e.id, e]));
  const links = cluster.chain?.links ?? [];
  return STAGES.map((stage) => ({
    stage,
    links: links
      .map((link, index) => ({ link, index }))
      .filter(({ link }) => link.stage === stage)
      .map(({ link, index }) => {
        const enterprises = link.enterprises.map((id) => byId.get(id)).filter((e): e is Enterprise => !!e);
        return { index, name: link.name, enterprises, gap: enterprises.length === 0 };
      }),
  })).filter((c) => c.links.length > 0);
}
