/**
 * The pack's head: what the kiosk's first screens (the attract loop, home, the top bar) draw from.
 * It is the pack without its list of enterprises, which grows with the city (3.7 MB at 5,000): the
 * first few enterprises (the attract loop's highlights) and the counts home and the loop show stand
 * in for it. The content server writes the head into the page's data block, so the first paint
 * does not grow with the pack; the page then fetches the whole pack from api/pack.
 */
import type { Enterprise, Pack } from '../core/pack/schema.ts';

/** How many enterprises, in the pack's order, the head carries: the attract loop's first highlights. */
export const HEAD_ENTERPRISES = 24;

export type PackHead = Omit<Pack, 'enterprises'> & {
  /** The pack's first enterprises (at most HEAD_ENTERPRISES), never all of them: see `enterpriseCount`. */
  firstEnterprises: Enterprise[];
  enterpriseCount: number;
  /** How many enterprises each cluster has, by cluster id (clusters without any are left out). */
  enterprisesPerCluster: Record<string, number>;
};

export function packHead(pack: Pack): PackHead {
  const { enterprises, ...rest } = pack;
  // No prototype: a cluster may be called "constructor".
  const enterprisesPerCluster = Object.create(null) as Record<string, number>;
  for (const enterprise of enterprises) {
    for (const cluster of new Set(enterprise.clusters)) {
      enterprisesPerCluster[cluster] = (enterprisesPerCluster[cluster] ?? 0) + 1;
    }
  }
  return {
    ...rest,
    firstEnterprises: enterprises.slice(0, HEAD_ENTERPRISES),
    enterpriseCount: enterprises.length,
    enterprisesPerCluster,
  };
}
