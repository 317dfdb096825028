import { motion } from 'framer-motion';
import type { Enterprise } from '../../../main/core/pack/schema';
import { usePack, useText } from '../kiosk/store';
import { cardCover, monogram } from '../kiosk/enterprise';
import { recordStat } from '../kiosk/stats';
import { MediaImage } from '../ui/MediaImage';
import { riseVariants } from '../ui/Screen';

/**
 * A tappable card in the enterprise grid. `entrance`: it rises in with its grid (false: a card that
 * scrolls into a virtual grid is drawn where it belongs from its first frame).
 */
export function EnterpriseCard({
  enterprise,
  onOpen,
  entrance = true,
}: {
  enterprise: Enterprise;
  onOpen: () => void;
  entrance?: boolean;
}) {
  const tx = useText();
  const pack = usePack();
  const name = tx(enterprise.name);
  const initials = monogram(tx(enterprise.shortName ?? enterprise.name));
  const cluster = pack.clusters.find((c) => c.id === enterprise.clusters[0]);
  const cover = cardCover(enterprise);
  return (
    <motion.button
      type="button"
      className="tap enterprise-card"
      data-testid={`enterprise-card-${enterprise.id}`}
      variants={riseVariants}
      initial={entrance ? undefined : false}
      whileTap={{ scale: 0.96 }}
      onClick={() => {
        recordStat({ type: 'tap', kind: 'enterprise', id: enterprise.id });
        onOpen();
      }}
    >
      <span className="enterprise-card__media">
        <MediaImage
          path={cover?.path}
          rendition={cover?.rendition}
          alt=""
          loading="lazy"
          fallback={
            <span className="enterprise-card__monogram" aria-hidden="true">
              {initials}
            </span>
          }
        />
        {cluster && <span className="enterprise-card__cluster">{tx(cluster.name)}</span>}
      </span>
      <span className="enterprise-card__body">
        <span className="enterprise-card__name">{name}</span>
        <span className="enterprise-card__sector">{tx(enterprise.sector)}</span>
      </span>
    </motion.button>
  );
}
