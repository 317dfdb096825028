import { motion } from 'framer-motion';

/** The navy stage behind every screen: slow drifting teal and amber glows and a faint grid. */
export function Backdrop() {
  return (
    <div className="backdrop" aria-hidden="true">
      <div className="backdrop__grid" />
      <motion.div
        className="backdrop__glow backdrop__glow--teal"
        animate={{ x: ['0%', '6%', '-4%', '0%'], y: ['0%', '-5%', '4%', '0%'] }}
        transition={{ duration: 38, repeat: Infinity, ease: 'easeInOut' }}
      />
      <motion.div
        className="backdrop__glow backdrop__glow--amber"
        animate={{ x: ['0%', '-5%', '5%', '0%'], y: ['0%', '4%', '-3%', '0%'] }}
        transition={{ duration: 46, repeat: Infinity, ease: 'easeInOut' }}
      />
      <div className="backdrop__vignette" />
    </div>
  );
}
