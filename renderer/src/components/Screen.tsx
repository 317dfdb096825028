import { motion, type Variants } from 'framer-motion';
import type { ReactNode } from 'react';
import { useNav } from '../app/store';

const screenVariants: Variants = {
  enter: (dir: number) => ({ opacity: 0, x: dir * 64 }),
  center: {
    opacity: 1,
    x: 0,
    transition: { type: 'spring', stiffness: 240, damping: 32 },
  },
  exit: (dir: number) => ({ opacity: 0, x: dir * -64, transition: { duration: 0.22, ease: 'easeIn' } }),
};

/** One full screen under the top bar; slides in from the side the visitor is heading to. */
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
      variants={screenVariants}
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
