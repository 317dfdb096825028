/**
 * Which of home's entry tiles leads to the items visitors showed the most interest in (issue 26), and
 * their names: clusters and their chain links under the clusters tile, parks under the map, and so on.
 * Items the pack on screen no longer has are left out. No DOM, no React.
 */
import type { TopInterestItem } from '../../../main/contract/ipc';
import type { PackHead } from '../../../main/contract/pack-head';
import type { Enterprise, LocalizedText } from '../../../main/core/pack/schema';

/** The tiles that lead to items a visitor can be interested in. */
export type PopularTile = 'map' | 'clusters' | 'enterprises' | 'future';

/**
 * The names of the top items under each tile, most interest first; a tile without any is absent.
 * `enterprises`: the whole list once the pack has arrived, its head's first ones before.
 */
export function popularByTile(
  pack: PackHead,
  enterprises: readonly Enterprise[],
  items: readonly TopInterestItem[],
): Partial<Record<PopularTile, LocalizedText[]>> {
  const byTile: Partial<Record<PopularTile, LocalizedText[]>> = {};
  for (const item of items) {
    const found = find(pack, enterprises, item);
    if (!found) continue;
    (byTile[found.tile] ??= []).push(found.name);
  }
  return byTile;
}

function find(
  pack: PackHead,
  enterprises: readonly Enterprise[],
  { kind, id }: TopInterestItem,
): { tile: PopularTile; name: LocalizedText } | undefined {
  switch (kind) {
    case 'cluster': {
      const cluster = pack.clusters.find((c) => c.id === id);
      return cluster && { tile: 'clusters', name: cluster.name };
    }
    case 'chain-link': {
      // `<cluster id>/<link number, from 1>`, as the cluster screen's button names it.
      const slash = id.lastIndexOf('/');
      const cluster = pack.clusters.find((c) => c.id === id.slice(0, slash));
      const link = cluster?.chain?.links[Number(id.slice(slash + 1)) - 1];
      return link && { tile: 'clusters', name: link.name };
    }
    case 'park': {
      const park = pack.map ? pack.parks.find((p) => p.id === id) : undefined;
      return park && { tile: 'map', name: park.name };
    }
    case 'enterprise': {
      const enterprise = enterprises.find((e) => e.id === id);
      return enterprise && { tile: 'enterprises', name: enterprise.name };
    }
    case 'future-industry': {
      const industry = pack.futureIndustries.find((f) => f.id === id);
      return industry && { tile: 'future', name: industry.name };
    }
  }
}
