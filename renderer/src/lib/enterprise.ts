import type { Enterprise, Pack } from '../../../main/core/pack/schema';

/** The picture that stands for an enterprise on a card: first image, else video poster, else logo. */
export function coverPath(e: Enterprise): string | undefined {
  return e.media.images[0]?.file ?? e.media.video?.poster ?? e.logo;
}

/** Clusters that have at least one enterprise, in pack order. */
export function clustersWithEnterprises(pack: Pack) {
  const used = new Set(pack.enterprises.flatMap((e) => e.clusters));
  return pack.clusters.filter((c) => used.has(c.id));
}
