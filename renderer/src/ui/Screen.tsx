import { AnimatePresence, MotionConfig, motion, type Variants } from 'framer-motion';
import { Fragment, useState, type ReactNode } from 'react';
import { useNav } from '../kiosk/store';
import { graphicsTier } from '../kiosk/graphics';

const screenVariants: Variants = {
  enter: (dir: number) => ({ opacity: 0, x: dir * 64 }),
  center: {
    opacity: 1,
    x: 0,
    transition: { type: 'spring', stiffness: 240, damping: 32 },
  },
  exit: (dir: number) => ({ opacity: 0, x: dir * -64, transition: { duration: 0.22, ease: 'easeIn' } }),
};

/** Without a GPU (kiosk/graphics.ts): the old screen goes at once, the new one is there at once. */
const lightScreenVariants: Variants = { enter: {}, center: {}, exit: {} };

/**
 * One full screen under the top bar; slides in from the side the visitor is heading to, its parts
 * rising in one after another (with a GPU), or replaces the last one at once, parts and all
 * (without: traced on a CPU-only laptop, the parts' rise-in took 4-10 times the drawing work of the
 * screen itself, ~1 s during which the next touch waited for the processor).
 *
 * `keepMotion`: the parts move on every machine. For the map, whose entrance, filter and zoom are
 * what it shows (and draw in time on a CPU: docs/PERFORMANCE.md).
 */
export function Screen({
  testId,
  className,
  label,
  keepMotion = false,
  children,
}: {
  testId: string;
  className?: string;
  label: string;
  keepMotion?: boolean;
  children: ReactNode;
}) {
  const { direction } = useNav();
  const light = graphicsTier() === 'light';
  // Decided once per screen (a change of the setting shows at the next screen): switching would
  // mount the screen's parts again.
  const [still] = useState(() => light && !keepMotion);
  return (
    <motion.main
      className={className ? `screen ${className}` : 'screen'}
      data-testid={testId}
      aria-label={label}
      custom={direction}
      variants={light ? lightScreenVariants : screenVariants}
      initial="enter"
      animate="center"
      exit="exit"
    >
      {still ? (
        // initial={false}: every part is drawn where it ends from its first frame (not hidden for
        // one frame, then placed); skipAnimations: any later change (a press, a new slide) jumps.
        <MotionConfig skipAnimations>
          <AnimatePresence initial={false}>
            <Fragment key="parts">{children}</Fragment>
          </AnimatePresence>
        </MotionConfig>
      ) : (
        children
      )}
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
