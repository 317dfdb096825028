/** Places: a factory, a skyline, a map pin, a globe, a plateau, a mine's headframe. */
import { C } from '../palette.mjs';
import { circle, ellipse, f, g, line, path, poly, rect } from '../svg.mjs';

/** A factory block with saw-tooth roof and a chimney; origin at the ground, left. */
export function factory(D, { w = 320, h = 120, teeth = 4, tone = C.navy3 } = {}) {
  const tw = w / teeth;
  let roof = `M0 ${-h}`;
  for (let i = 0; i < teeth; i++) roof += ` L${f(i * tw + tw)} ${f(-h - 50)} L${f(i * tw + tw)} ${f(-h)}`;
  roof += ` V0 H0 Z`;
  const win = D.pattern('fwin', 40, 36, rect(8, 8, 24, 14, { fill: C.tealL, 'fill-opacity': 0.45, rx: 2 }));
  let out = rect(w * 0.75, -h - 120, 26, 120, { fill: C.slate });
  out += rect(w * 0.75, -h - 120, 26, 10, { fill: C.amber });
  out += path(roof, { fill: tone });
  for (let i = 0; i < teeth; i++)
    out += poly(
      [
        [i * tw + tw - 8, -h - 42],
        [i * tw + tw - 8, -h - 4],
        [i * tw + tw * 0.3, -h - 4],
      ],
      { fill: C.tealL, 'fill-opacity': 0.35 },
    );
  out += rect(12, -h + 16, w - 24, h - 40, { fill: win });
  return out;
}

/** A simple city silhouette between x0 and x1 on `base`. */
export function skyline(
  D,
  rnd,
  { x0 = -40, x1 = 1640, base = 700, minH = 80, maxH = 260, fill = C.navy3, win, spires = 0.15 } = {},
) {
  let shapes = '';
  let windows = '';
  let x = x0;
  while (x < x1) {
    const w = 46 + rnd() * 64;
    const h = minH + rnd() * (maxH - minH);
    const kind = rnd();
    shapes += rect(x, base - h, w, h);
    if (kind < spires)
      shapes += poly([
        [x + w / 2 - 4, base - h],
        [x + w / 2, base - h - 46],
        [x + w / 2 + 4, base - h],
      ]);
    else if (kind < spires + 0.2) shapes += rect(x + w * 0.2, base - h - 18, w * 0.6, 18);
    else if (kind < spires + 0.3)
      shapes += poly([
        [x, base - h],
        [x + w, base - h - 26],
        [x + w, base - h],
      ]);
    if (win) windows += rect(x + 7, base - h + 12, w - 14, h - 16);
    x += w + 4 + rnd() * 10;
  }
  return g({ fill }, shapes) + (win ? g({ fill: win }, windows) : '');
}

/** A map pin whose tip is at the origin. */
export const pin = (color = C.amber) =>
  path('M0 0 C-6 -14 -20 -24 -20 -38 A20 20 0 0 1 20 -38 C20 -24 6 -14 0 0 Z', { fill: color }) +
  circle(0, -38, 7, { fill: C.navy });

/** A globe with a dotted surface, centred on the origin. */
export function globe(D, r = 200) {
  const face = D.rad(
    'globe',
    [
      [0, C.navy4],
      [1, C.navy2],
    ],
    { cx: 0.38, cy: 0.35, r: 0.75 },
  );
  const clip = D.clip('globeclip', circle(0, 0, r));
  const dots = D.pattern('gdots', 16, 16, circle(8, 8, 2.6, { fill: C.tealL, 'fill-opacity': 0.45 }));
  // a few soft "land" blobs so the dot texture reads as a map
  const land =
    path(
      `M${f(-r * 0.1)} ${f(-r * 0.7)} q${f(r * 0.5)} ${f(-r * 0.1)} ${f(r * 0.7)} ${f(r * 0.25)} q${f(r * 0.1)} ${f(r * 0.3)} ${f(-r * 0.25)} ${f(r * 0.45)} q${f(-r * 0.4)} ${f(-r * 0.05)} ${f(-r * 0.45)} ${f(-r * 0.7)} Z`,
      { fill: dots },
    ) +
    path(
      `M${f(-r * 0.75)} ${f(r * 0.05)} q${f(r * 0.3)} ${f(-r * 0.15)} ${f(r * 0.45)} ${f(r * 0.1)} q${f(r * 0.05)} ${f(r * 0.35)} ${f(-r * 0.2)} ${f(r * 0.6)} q${f(-r * 0.3)} ${f(-r * 0.2)} ${f(-r * 0.25)} ${f(-r * 0.7)} Z`,
      { fill: dots },
    ) +
    path(
      `M${f(r * 0.2)} ${f(r * 0.2)} q${f(r * 0.35)} ${f(0)} ${f(r * 0.45)} ${f(r * 0.2)} q${f(-r * 0.05)} ${f(r * 0.3)} ${f(-r * 0.35)} ${f(r * 0.35)} Z`,
      { fill: dots },
    );
  let grid = '';
  for (const k of [0.35, 0.7])
    grid += ellipse(0, 0, r * k, r, { fill: 'none', stroke: C.tealL, 'stroke-opacity': 0.2, 'stroke-width': 1.5 });
  for (const y of [-0.5, 0, 0.5]) {
    const hw = Math.sqrt(1 - y * y) * r;
    grid += line(-hw, y * r, hw, y * r, { stroke: C.tealL, 'stroke-opacity': 0.2, 'stroke-width': 1.5 });
  }
  return (
    circle(0, 0, r, { fill: face }) +
    g({ 'clip-path': clip }, land, grid) +
    circle(0, 0, r, { fill: 'none', stroke: C.tealL, 'stroke-opacity': 0.6, 'stroke-width': 3 })
  );
}

/** A high plateau with snowy shoulders; origin at the ground, left. Its flat top is at y = -280. */
export function plateau(w = 560, { tone = '#24507f', snow = C.white } = {}) {
  const top = -280;
  let out = poly(
    [
      [0, 0],
      [w * 0.12, -170],
      [w * 0.2, -150],
      [w * 0.32, top],
      [w * 0.78, top],
      [w * 0.88, -190],
      [w, 0],
    ],
    { fill: tone },
  );
  out += poly(
    [
      [w * 0.32, top],
      [w * 0.78, top],
      [w * 0.8, top + 26],
      [w * 0.62, top + 14],
      [w * 0.48, top + 34],
      [w * 0.3, top + 22],
    ],
    { fill: snow, 'fill-opacity': 0.92 },
  );
  out += poly(
    [
      [w * 0.12, -170],
      [w * 0.16, -140],
      [w * 0.1, -146],
    ],
    { fill: snow, 'fill-opacity': 0.92 },
  );
  out += poly(
    [
      [w * 0.88, -190],
      [w * 0.92, -150],
      [w * 0.85, -158],
    ],
    { fill: snow, 'fill-opacity': 0.92 },
  );
  return out;
}

/** A mine headframe with its sheave wheel; origin at the ground, centred. */
export function headframe(color = C.amber) {
  const s = { stroke: color, 'stroke-width': 6, 'stroke-linecap': 'round' };
  return (
    line(-50, 0, -10, -150, s) +
    line(50, 0, 10, -150, s) +
    line(-40, -40, 40, -40, s) +
    line(-28, -90, 28, -90, s) +
    line(-40, -40, 28, -90, { ...s, 'stroke-width': 3 }) +
    line(70, 0, 12, -140, { ...s, 'stroke-width': 4 }) +
    circle(0, -160, 22, { fill: 'none', stroke: C.white, 'stroke-width': 5 }) +
    circle(0, -160, 5, { fill: C.white })
  );
}
