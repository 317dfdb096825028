/** Energy: wind turbines, rows of solar panels, a battery cell, a transmission pylon. */
import { C } from '../palette.mjs';
import { circle, f, g, line, path, poly, polyline, rect } from '../svg.mjs';

/** A wind turbine; origin at the foot of the tower. */
export function windTurbine({ h = 220, blade = 95, rot = 0, color = C.white } = {}) {
  const leaf = `M0 0 Q${f(blade * 0.1)} ${f(-blade * 0.3)} 2 ${f(-blade)} Q${f(-blade * 0.07)} ${f(-blade * 0.35)} 0 0Z`;
  let blades = '';
  for (let k = 0; k < 3; k++) blades += path(leaf, { fill: color, transform: `rotate(${f(rot + k * 120)})` });
  return g(
    {},
    poly(
      [
        [-5, 0],
        [-2.2, -h],
        [2.2, -h],
        [5, 0],
      ],
      { fill: color, 'fill-opacity': 0.85 },
    ),
    rect(-7, -h - 6, 18, 10, { fill: color, rx: 4 }),
    g({ transform: `translate(0 ${-h})` }, blades, circle(0, 0, 5, { fill: C.amber })),
  );
}

/** A row of tilted solar panels, origin at the left foot. */
export function solarRow(D, { n = 4, w = 120, h = 70, gap = 18, skew = 28, cols = 4, rows = 3, legs = true } = {}) {
  const fill = D.lin('pv', [
    [0, C.navy4],
    [1, C.tealD],
  ]);
  let out = '';
  for (let i = 0; i < n; i++) {
    const x = i * (w + gap);
    const quad = [
      [x + skew, -h - 14],
      [x + w + skew, -h - 14],
      [x + w, -14],
      [x, -14],
    ];
    if (legs) out += line(x + w * 0.5, -14, x + w * 0.5, 0, { stroke: C.slate, 'stroke-width': 5 });
    out += poly(quad, { fill, stroke: C.tealL, 'stroke-width': 2 });
    for (let c = 1; c < cols; c++) {
      const t = c / cols;
      out += line(x + skew + w * t, -h - 14, x + w * t, -14, {
        stroke: C.tealL,
        'stroke-opacity': 0.45,
        'stroke-width': 1.5,
      });
    }
    for (let r = 1; r < rows; r++) {
      const t = r / rows;
      out += line(x + skew * (1 - t), -14 - h * (1 - t), x + w + skew * (1 - t), -14 - h * (1 - t), {
        stroke: C.tealL,
        'stroke-opacity': 0.45,
        'stroke-width': 1.5,
      });
    }
    out += line(x + skew + 6, -h - 10, x + skew + w * 0.5, -h - 10, {
      stroke: C.white,
      'stroke-opacity': 0.5,
      'stroke-width': 3,
    });
  }
  return out;
}

/** A battery cell centred on the origin, `level` 0..1. */
export function battery({ w = 90, h = 170, level = 0.8, color = C.teal } = {}) {
  let out = rect(-w * 0.2, -h / 2 - 14, w * 0.4, 16, { fill: C.mist, rx: 4 });
  out += rect(-w / 2, -h / 2, w, h, { fill: C.navy2, stroke: C.mist, 'stroke-width': 4, rx: 12 });
  const bars = 5;
  const bh = (h - 24) / bars;
  for (let i = 0; i < bars; i++) {
    const on = i >= bars - Math.round(level * bars);
    out += rect(-w / 2 + 10, -h / 2 + 12 + i * bh + 3, w - 20, bh - 6, {
      fill: on ? color : C.navy3,
      rx: 4,
    });
  }
  return out;
}

/** A power pylon; origin at the ground, centred. */
export function pylon(h = 260, color = C.mist) {
  const s = { stroke: color, 'stroke-width': 3, fill: 'none' };
  let out = polyline(
    [
      [-40, 0],
      [-8, -h],
      [8, -h],
      [40, 0],
    ],
    s,
  );
  for (let i = 1; i < 6; i++) {
    const y1 = (-h * (i - 1)) / 5;
    const y2 = (-h * i) / 5;
    const w1 = 40 - (32 * (i - 1)) / 5;
    const w2 = 40 - (32 * i) / 5;
    out += line(-w1, y1, w2, y2, s) + line(w1, y1, -w2, y2, s);
  }
  out +=
    line(-70, -h * 0.8, 70, -h * 0.8, { ...s, 'stroke-width': 4 }) +
    line(-55, -h * 0.95, 55, -h * 0.95, { ...s, 'stroke-width': 4 });
  return out;
}
