import { motion, type Variants } from 'framer-motion';
import type { Figure } from '../../../main/core/pack/schema';
import { useLanguage, usePackHead, useText } from '../kiosk/store';
import { figureYearLabel, formatFigureParts, sourceLine } from '../kiosk/format';

export const tileVariants: Variants = {
  hidden: { opacity: 0, y: 24 },
  show: { opacity: 1, y: 0, transition: { type: 'spring', stiffness: 260, damping: 28 } },
};

/** A figure as the visitor sees it: big number, unit, label, year, and where it comes from. */
export function FigureTile({
  figure,
  size = 'large',
  accent = 'teal',
}: {
  figure: Figure;
  size?: 'large' | 'small';
  accent?: 'teal' | 'amber';
}) {
  // The head: a tile shows on home, which draws before the whole pack has arrived.
  const pack = usePackHead();
  const { lang } = useLanguage();
  const tx = useText();
  const parts = formatFigureParts(figure, lang, pack.pack.defaultLanguage);
  const source = sourceLine(figure, pack, lang);
  return (
    <motion.figure
      className={`figure-tile figure-tile--${size} figure-tile--${accent}${parts.isTarget ? ' is-target' : ''}`}
      variants={tileVariants}
    >
      <div className="figure-tile__top">
        <span className="figure-tile__label">{tx(figure.label)}</span>
        <span className={parts.isTarget ? 'figure-tile__year figure-tile__year--target' : 'figure-tile__year'}>
          {figureYearLabel(figure, lang)}
        </span>
      </div>
      <div className="figure-tile__value">
        {parts.prefix && !parts.isTarget && <span className="figure-tile__prefix">{parts.prefix}</span>}
        <span className="figure-tile__number">{parts.value}</span>
        {parts.unit && <span className="figure-tile__unit">{parts.unit}</span>}
      </div>
      {source && <figcaption className="figure-tile__source">{source}</figcaption>}
    </motion.figure>
  );
}
