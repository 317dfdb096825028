// A cluster's industrial chain in columns by stage (the cluster screen). No DOM, no React.
import type { ChainTarget, Cluster, Enterprise, Pack } from '../../../main/core/pack/schema';

export const STAGES = ['upstream', 'midstream', 'downstream'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * local: the pack lists enterprises in the link; target: the pack declares the link an investment
 * target (with a source); open: neither, which says only that the pack lists no one there.
 */
export type LinkState = 'local' | 'target' | 'open';

export interface ChainLinkView {
  index: number;
  name: Cluster['summary'];
  enterprises: Enterprise[];
  state: LinkState;
  target?: ChainTarget;
}

export interface ChainColumn {
  stage: Stage;
  links: ChainLinkView[];
}

/**
 * A cluster's chain by stage, each link with its local enterprises. A link is a target only where
 * the pack declares it one: an empty link is never presented as an opportunity by default.
 */
export function chainColumns(pack: Pack, cluster: Cluster): ChainColumn[] {
  const byId = new Map(pack.enterprises.map((e) => [e.id, e]));
  const links = cluster.chain?.links ?? [];
  return STAGES.map((stage) => ({
    stage,
    links: links
      .map((link, index) => ({ link, index }))
      .filter(({ link }) => link.stage === stage)
      .map(({ link, index }): ChainLinkView => {
        const enterprises = link.enterprises.map((id) => byId.get(id)).filter((e): e is Enterprise => !!e);
        const state: LinkState = link.target ? 'target' : enterprises.length > 0 ? 'local' : 'open';
        return { index, name: link.name, enterprises, state, target: link.target };
      }),
  })).filter((c) => c.links.length > 0);
}
