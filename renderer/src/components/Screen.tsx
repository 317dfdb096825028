import { motion, type Variants } from 'framer-motion';
import type { ReactNode } from 'react';
import { useNav } from '../app/store';
import { graphicsTier } from '../lib/graphics';

const screenVariants: Variants = {
  enter: (dir: number) => ({ opacity: 0, x: dir * 64 }),
  center: {
    opacity: 1,
    x: 0,
    transition: { type: 'spring', stiffness: 240, damping: 32 },
  },
  exit: (dir: number) => ({ opacity: 0, x: dir * -64, transition: { duration: 0.22, ease: 'easeIn' } }),
};

/** Without a GPU (lib/graphics.ts): the old screen goes at once, the new one is there at once; what
 *  moves is its parts rising in, a small area at a time, which the CPU can draw between touches. */
const lightScreenVariants: Variants = { enter: {}, center: {}, exit: {} };

/**
 * One full screen under the top bar; slides in from the side the visitor is heading to (with a
 * GPU), or replaces the last one at once (without).
 */
export function Screen({
  testId,
  className,
  label,
  children,
}: {
  testId: string;
  className?: string;
  label: string;
  children: ReactNode;
}) {
  const { direction } = useNav();
  return (
    <motion.main
      className={className ? `screen ${className}` : 'screen'}
      data-testid={testId}
      aria-label={label}
      custom={direction}
      variants={graphicsTier() === 'light' ? lightScreenVariants : screenVariants}
      initial="enter"
      animate="center"
      exit="exit"
    >
      {children}
    </motion.main>
  );
}

/** A container whose children enter one after another. */
export const staggerVariants: Variants = {
  hidden: {},
  show: { transition: { staggerChildren: 0.07, delayChildren: 0.05 } },
};

export const riseVariants: Variants = {
  hidden: { opacity: 0, y: 28 },
  show: { opacity: 1, y: 0, transition: { type: 'spring', stiffness: 220, damping: 28 } },
};
