// A cluster's industrial chain in columns by stage (the cluster screen). No DOM, no React.
import type { Cluster, Enterprise, Pack } from '../../../main/core/pack/schema';

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
