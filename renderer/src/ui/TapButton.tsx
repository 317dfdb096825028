import { motion, type HTMLMotionProps } from 'framer-motion';
import { forwardRef } from 'react';

export type TapButtonProps = HTMLMotionProps<'button'> & {
  /** How far the button shrinks under a finger. */
  tapScale?: number;
};

/** Every button of the kiosk: instant scale feedback on touch, never submits a form. */
export const TapButton = forwardRef<HTMLButtonElement, TapButtonProps>(function TapButton(
  { tapScale = 0.94, type = 'button', className, ...rest },
  ref,
) {
  return (
    <motion.button
      ref={ref}
      type={type}
      className={className ? `tap ${className}` : 'tap'}
      whileTap={{ scale: tapScale }}
      transition={{ type: 'spring', stiffness: 700, damping: 30, mass: 0.5 }}
      {...rest}
    />
  );
});
