/** What most pictures stand on: the backdrop, a floor, a round badge, radio waves, a gear. */
import { C } from '../palette.mjs';
import { circle, f, line, path, poly, rect, TAU } from '../svg.mjs';

export function backdrop(
  D,
  { glow = C.teal, gx = 1150, gy = 260, gr = 620, top = C.navy, bottom = '#15406f', dots = true } = {},
) {
  const sky = D.lin('bg', [
    [0, top],
    [1, bottom],
  ]);
  const halo = D.rad('halo', [
    [0, glow, 0.42],
    [0.55, glow, 0.1],
    [1, glow, 0],
  ]);
  const dot = D.pattern('dots', 44, 44, circle(22, 22, 1.7, { fill: C.white, 'fill-opacity': 0.07 }));
  return (
    rect(0, 0, 1600, 900, { fill: sky }) +
    circle(gx, gy, gr, { fill: halo }) +
    (dots ? rect(0, 0, 1600, 900, { fill: dot }) : '')
  );
}

export function floor(D, y = 720, { tone = C.navy2 } = {}) {
  const fl = D.lin('floor', [
    [0, tone],
    [1, C.navy],
  ]);
  return (
    rect(0, y, 1600, 900 - y, { fill: fl }) +
    line(0, y, 1600, y, { stroke: C.tealL, 'stroke-opacity': 0.35, 'stroke-width': 2 })
  );
}

/** A soft round "badge" behind an icon. */
export function badge(D, x, y, r, color = C.teal) {
  const fill = D.rad(`badge-${color.slice(1)}`, [
    [0, color, 0.35],
    [1, color, 0.04],
  ]);
  return (
    circle(x, y, r, { fill }) +
    circle(x, y, r, { fill: 'none', stroke: color, 'stroke-opacity': 0.55, 'stroke-width': 2 })
  );
}

/** Concentric arcs of a wireless (5G) signal, pointing up, origin at the emitter. */
export function signal(r = 60, color = C.tealL, width = 7) {
  let out = circle(0, 0, width * 1.1, { fill: color });
  for (let i = 1; i <= 3; i++) {
    const rr = (r * i) / 3;
    const a = 0.75;
    const x = Math.sin(a) * rr;
    const y = -Math.cos(a) * rr;
    out += path(`M${f(-x)} ${f(y)} A${f(rr)} ${f(rr)} 0 0 1 ${f(x)} ${f(y)}`, {
      fill: 'none',
      stroke: color,
      'stroke-width': width,
      'stroke-linecap': 'round',
      'stroke-opacity': 1 - i * 0.18,
    });
  }
  return out;
}

/** A gear outline centred on the origin. */
export function gear(r, teeth, a = {}) {
  const list = [];
  const depth = r * 0.16;
  for (let i = 0; i < teeth * 4; i++) {
    const ang = (i / (teeth * 4)) * TAU;
    const rr = i % 4 < 2 ? r : r - depth;
    list.push([Math.cos(ang) * rr, Math.sin(ang) * rr]);
  }
  const { hole = C.navy, ...rest } = a;
  return (
    poly(list, rest) +
    circle(
      0,
      0,
      r * 0.35,
      hole === 'none' ? { fill: 'none', stroke: a.stroke, 'stroke-width': a['stroke-width'] } : { fill: hole },
    )
  );
}
