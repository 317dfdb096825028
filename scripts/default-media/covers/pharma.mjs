/** The enterprise pictures of the pharmaceutical cluster. */
import { C } from '../palette.mjs';
import { backdrop } from '../parts/backgrounds.mjs';
import { capsule, flask, molecule, pill, testTube } from '../parts/goods.mjs';
import { circle, g, line, path, place, polyline, rect } from '../svg.mjs';

/** Pharmaceutical R&D: glassware and a molecule (Nhwa) / capsules, vials and a molecule (Wanbang). */
export function labScene(D) {
  let out = backdrop(D, { glow: C.teal, gx: 1100, gy: 300, gr: 650 });
  out += place(930, 330, 1.45, 0, molecule(50));
  // bench
  out += rect(0, 700, 1600, 30, { fill: C.mist }) + rect(0, 730, 1600, 170, { fill: C.navy2 });
  out += place(320, 700, 1.5, 0, flask(C.teal));
  out += place(560, 700, 1.2, 0, flask(C.amber));
  for (let i = 0; i < 5; i++)
    out += place(
      760 + i * 56,
      690,
      0.9,
      0,
      testTube([C.teal, C.amber, C.tealL, C.amberL, C.teal][i], 0.3 + ((i * 37) % 50) / 100),
    );
  out +=
    rect(730, 600, 300, 20, { fill: C.slate, rx: 6 }) +
    rect(740, 620, 12, 80, { fill: C.slate }) +
    rect(1008, 620, 12, 80, { fill: C.slate });
  // microscope
  out += place(
    1300,
    700,
    1,
    0,
    rect(-90, -24, 180, 24, { fill: C.mist, rx: 8 }),
    path('M40 -24 V-120 Q40 -220 -40 -240', {
      fill: 'none',
      stroke: C.mist,
      'stroke-width': 26,
      'stroke-linecap': 'round',
    }),
    rect(-70, -110, 110, 14, { fill: C.slate, rx: 4 }),
    g(
      { transform: 'translate(-40 -230) rotate(-25)' },
      rect(-16, -20, 32, 130, { fill: C.white, rx: 8 }),
      rect(-12, -44, 24, 28, { fill: C.teal, rx: 4 }),
    ),
  );
  return out;
}

export function medicineScene(D) {
  let out = backdrop(D, { glow: C.amber, gx: 450, gy: 300, gr: 620 });
  out += place(430, 380, 1.5, 0, molecule(46, { color: C.amberL, node: C.teal }));
  out +=
    rect(0, 720, 1600, 180, { fill: C.navy2 }) +
    line(0, 720, 1600, 720, { stroke: C.tealL, 'stroke-opacity': 0.35, 'stroke-width': 2 });
  // vials
  for (let i = 0; i < 5; i++) {
    const x = 860 + i * 110;
    out += rect(x, 520, 80, 200, { fill: C.white, 'fill-opacity': 0.12, stroke: C.mist, 'stroke-width': 4, rx: 10 });
    out += rect(x + 4, 600, 72, 116, { fill: i % 2 ? C.amber : C.teal, 'fill-opacity': 0.85, rx: 8 });
    out += rect(x + 10, 490, 60, 34, { fill: i % 2 ? C.teal : C.amber, rx: 6 });
    out += rect(x + 14, 640, 52, 34, { fill: C.white, 'fill-opacity': 0.85, rx: 4 });
  }
  [
    [150, 800, 20, 'c', C.teal],
    [290, 830, -30, 'p', C.tealL],
    [420, 795, 65, 'c', C.amber],
    [560, 835, 0, 'p', C.amberL],
    [700, 805, -15, 'c', C.teal],
    [1000, 820, 35, 'c', C.amber],
    [1160, 800, 0, 'p', C.tealL],
    [1320, 830, -40, 'c', C.teal],
    [1470, 805, 10, 'p', C.amberL],
  ].forEach(([x, y, r, kind, color]) => {
    out += place(x, y, 1.1, r, kind === 'c' ? capsule(color) : pill(color));
  });
  // a rising R&D curve
  const list = [];
  for (let i = 0; i <= 10; i++) list.push([860 + i * 55, 400 - i * 22 - 10 * Math.sin(i)]);
  out += polyline(list, { stroke: C.tealL, 'stroke-width': 5, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' });
  out += circle(list[10][0], list[10][1], 10, { fill: C.amber });
  return out;
}
