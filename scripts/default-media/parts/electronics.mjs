/** Chips and computing: a chip, a wafer, a monitor, a lens, a database, a glass pane, traces. */
import { C } from '../palette.mjs';
import { circle, ellipse, f, line, path, poly, polyline, rect } from '../svg.mjs';

/** A chip package centred on the origin. */
export function chip(D, s = 200, { accent = C.teal, die = true } = {}) {
  const h = s / 2;
  const pins = 7;
  let out = '';
  for (let i = 0; i < pins; i++) {
    const p = -h + (s * (i + 0.5)) / pins - 5;
    out += rect(p, -h - 22, 10, 22, { fill: C.mist, rx: 2 });
    out += rect(p, h, 10, 22, { fill: C.mist, rx: 2 });
    out += rect(-h - 22, p, 22, 10, { fill: C.mist, rx: 2 });
    out += rect(h, p, 22, 10, { fill: C.mist, rx: 2 });
  }
  const body = D.lin('chipbody', [
    [0, C.navy3],
    [1, C.navy],
  ]);
  out += rect(-h, -h, s, s, { fill: body, rx: s * 0.07, stroke: accent, 'stroke-width': 3 });
  if (die) {
    const dieFill = D.lin(`die-${accent.slice(1)}`, [
      [0, accent],
      [1, C.navy4],
    ]);
    out += rect(-h * 0.55, -h * 0.55, s * 0.55, s * 0.55, { fill: dieFill, rx: 6 });
    const grid = D.pattern(
      'diegrid',
      12,
      12,
      path('M12 0H0V12', { fill: 'none', stroke: C.white, 'stroke-opacity': 0.18, 'stroke-width': 1 }),
    );
    out += rect(-h * 0.55, -h * 0.55, s * 0.55, s * 0.55, { fill: grid, rx: 6 });
  }
  out += circle(-h + s * 0.12, -h + s * 0.12, s * 0.035, { fill: C.white, 'fill-opacity': 0.6 });
  return out;
}

/** A silicon wafer with a grid of dies, centred on the origin. */
export function wafer(D, r = 160, { tint = C.teal } = {}) {
  const face = D.lin(
    `wafer-${tint.slice(1)}`,
    [
      [0, C.mist],
      [0.45, tint],
      [1, C.navy4],
    ],
    { x1: 0, y1: 0, x2: 1, y2: 1 },
  );
  const clip = D.clip(`waferclip-${Math.round(r)}`, circle(0, 0, r - 8));
  const grid = D.pattern(
    'wgrid',
    26,
    26,
    path('M26 0H0V26', { fill: 'none', stroke: C.navy, 'stroke-opacity': 0.35, 'stroke-width': 2 }),
  );
  return (
    circle(0, 0, r, { fill: face }) +
    rect(-r, -r, 2 * r, 2 * r, { fill: grid, 'clip-path': clip }) +
    path(`M${f(-r * 0.25)} ${f(r * 0.968)} L${f(r * 0.25)} ${f(r * 0.968)}`, { stroke: C.navy, 'stroke-width': 6 }) +
    circle(0, 0, r, { fill: 'none', stroke: C.white, 'stroke-opacity': 0.6, 'stroke-width': 3 })
  );
}

/** A monitor / display panel centred on the origin. */
export function monitor(D, w = 120, h = 80) {
  const scr = D.lin(
    'screen',
    [
      [0, C.teal],
      [1, C.navy4],
    ],
    { x1: 0, y1: 0, x2: 1, y2: 1 },
  );
  return (
    rect(-w / 2, -h / 2, w, h, { fill: C.navy, stroke: C.mist, 'stroke-width': 5, rx: 6 }) +
    rect(-w / 2 + 8, -h / 2 + 8, w - 16, h - 16, { fill: scr, rx: 3 }) +
    rect(-6, h / 2, 12, 18, { fill: C.mist }) +
    rect(-30, h / 2 + 16, 60, 7, { fill: C.mist, rx: 3 })
  );
}

export function lens() {
  return (
    line(-70, -26, 0, -26, { stroke: C.amberL, 'stroke-width': 4 }) +
    line(-70, 26, 0, 26, { stroke: C.amberL, 'stroke-width': 4 }) +
    line(0, -26, 64, 0, { stroke: C.amberL, 'stroke-width': 4 }) +
    line(0, 26, 64, 0, { stroke: C.amberL, 'stroke-width': 4 }) +
    ellipse(0, 0, 16, 56, { fill: C.tealL, 'fill-opacity': 0.55, stroke: C.white, 'stroke-width': 4 }) +
    circle(64, 0, 6, { fill: C.amberL })
  );
}

export function database(color = C.tealL) {
  let out = '';
  for (let i = 2; i >= 0; i--) {
    const y = i * 32;
    out += path(`M-50 ${y - 30} V${y} A50 14 0 0 0 50 ${y} V${y - 30}`, {
      fill: C.navy3,
      stroke: color,
      'stroke-width': 4,
    });
    out += ellipse(0, y - 30, 50, 14, { fill: C.navy4, stroke: color, 'stroke-width': 4 });
  }
  return out;
}

export function glassPane(D) {
  const glass = D.lin(
    'glass',
    [
      [0, C.tealL, 0.7],
      [1, C.navy4, 0.4],
    ],
    { x1: 0, y1: 0, x2: 1, y2: 1 },
  );
  return (
    poly(
      [
        [-40, -70],
        [60, -50],
        [40, 70],
        [-60, 50],
      ],
      { fill: glass, stroke: C.white, 'stroke-width': 4, 'stroke-linejoin': 'round' },
    ) +
    line(-20, -40, -35, 20, { stroke: C.white, 'stroke-opacity': 0.7, 'stroke-width': 5, 'stroke-linecap': 'round' }) +
    line(0, -36, -8, 0, { stroke: C.white, 'stroke-opacity': 0.5, 'stroke-width': 4, 'stroke-linecap': 'round' })
  );
}

/** Printed-circuit traces running from a square of half-size `h` outwards. */
export function traces(rnd, h, reachOut = 360, color = C.tealL) {
  let out = '';
  for (let side = 0; side < 4; side++) {
    for (let i = 0; i < 6; i++) {
      const p = -h + ((i + 0.5) * 2 * h) / 6;
      const l1 = 40 + rnd() * 60;
      const l2 = 80 + rnd() * (reachOut - 160);
      const bend = (rnd() < 0.5 ? -1 : 1) * (20 + rnd() * 50);
      let list = [
        [p, -h - 24],
        [p, -h - 24 - l1],
        [p + bend, -h - 24 - l1 - Math.abs(bend)],
        [p + bend, -h - 24 - l1 - Math.abs(bend) - l2],
      ];
      const rot = side * 90;
      const c = Math.cos((rot * Math.PI) / 180);
      const s = Math.sin((rot * Math.PI) / 180);
      list = list.map(([x, y]) => [x * c - y * s, x * s + y * c]);
      out += polyline(list, { stroke: color, 'stroke-opacity': 0.45, 'stroke-width': 3, 'stroke-linejoin': 'round' });
      const [ex, ey] = list[3];
      out += circle(ex, ey, 6, { fill: 'none', stroke: i % 3 === 0 ? C.amber : color, 'stroke-width': 3 });
    }
  }
  return out;
}
