/**
 * The clusters overview: clusters on rings by tier, sized by output. No DOM, no React:
 * unit-tested in plain Node.
 */
import type { Cluster } from '../../../main/core/pack/schema';

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
