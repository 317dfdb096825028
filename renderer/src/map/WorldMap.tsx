/**
 * "The city and the world": the world's land as one silhouette (no borders), the city marked, and
 * arcs that draw themselves from the city to each place the pack names.
 */
import { motion, useReducedMotionConfig } from 'framer-motion';
import type { Figure, Pack, WorldMap as WorldMapData } from '../../../main/core/pack/schema';
import { useLanguage, useText } from '../kiosk/store';
import { formatFigure } from '../kiosk/format';
import { arcPath } from './arc-path';
import type { XY } from './zoom';

/** The figure a reference names, or undefined. */
export function resolveFigure(pack: Pack, ref: { enterprise: string; figure: number } | undefined): Figure | undefined {
  if (!ref) return undefined;
  return pack.enterprises.find((e) => e.id === ref.enterprise)?.figures[ref.figure];
}

export function WorldMap({ pack, world, label }: { pack: Pack; world: WorldMapData; label: string }) {
  const reduced = useReducedMotionConfig();
  const tx = useText();
  const { lang } = useLanguage();
  const [w, h] = world.viewBox;
  const home = world.home as XY;
  const k = w / 1000; // sizes below are for a 1000-unit-wide view
  return (
    <svg className="world-map" data-owns-swipe="xy" viewBox={`0 0 ${w} ${h}`} role="img" aria-label={label}>
      <motion.path
        className="world-map__land"
        d={world.land}
        initial={{ opacity: 0 }}
        animate={{ opacity: 1 }}
        transition={{ duration: 0.8 }}
      />
      {world.reach.map((point, i) => {
        const at = point.at as XY;
        const figure = resolveFigure(pack, point.figure);
        const delay = 0.6 + i * 0.35;
        const labelLeft = at[0] < home[0];
        return (
          <g key={point.id} data-testid={`world-reach-${point.id}`}>
            <motion.path
              className="world-map__arc"
              d={arcPath(home, at)}
              strokeWidth={3 * k}
              initial={reduced ? { opacity: 0 } : { pathLength: 0, opacity: 1 }}
              animate={reduced ? { opacity: 1 } : { pathLength: 1, opacity: 1 }}
              transition={reduced ? { duration: 0.5, delay } : { duration: 1.6, delay, ease: 'easeInOut' }}
            />
            <motion.g
              initial={{ opacity: 0 }}
              animate={{ opacity: 1 }}
              transition={{ duration: 0.5, delay: reduced ? delay : delay + 1.4 }}
            >
              <circle className="world-map__reach" cx={at[0]} cy={at[1]} r={7 * k} />
              <text
                className="world-map__label"
                x={at[0] + (labelLeft ? -14 : 14) * k}
                y={at[1] - 4 * k}
                textAnchor={labelLeft ? 'end' : 'start'}
                fontSize={22 * k}
              >
                {tx(point.label)}
              </text>
              {figure && (
                <text
                  className="world-map__figure"
                  x={at[0] + (labelLeft ? -14 : 14) * k}
                  y={at[1] + 24 * k}
                  textAnchor={labelLeft ? 'end' : 'start'}
                  fontSize={20 * k}
                >
                  {formatFigure(figure, lang, pack.pack.defaultLanguage)}
                </text>
              )}
            </motion.g>
          </g>
        );
      })}
      <motion.g initial={{ opacity: 0 }} animate={{ opacity: 1 }} transition={{ duration: 0.5, delay: 0.3 }}>
        <motion.circle
          className="world-map__home-ring"
          cx={home[0]}
          cy={home[1]}
          r={18 * k}
          style={{ originX: 0.5, originY: 0.5 }}
          initial={{ scale: 0.4, opacity: 0.9 }}
          animate={reduced ? { opacity: 0.5 } : { scale: 1.6, opacity: 0 }}
          transition={reduced ? { duration: 0.4 } : { duration: 1.8, repeat: 3, ease: 'easeOut' }}
        />
        <circle className="world-map__home" cx={home[0]} cy={home[1]} r={8 * k} />
        <text
          className="world-map__label world-map__label--home"
          x={home[0]}
          y={home[1] - 20 * k}
          textAnchor="middle"
          fontSize={24 * k}
        >
          {tx(pack.city.name)}
        </text>
      </motion.g>
    </svg>
  );
}
