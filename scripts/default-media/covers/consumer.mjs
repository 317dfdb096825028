/** The enterprise pictures of textiles and food. */
import { C } from '../palette.mjs';
import { backdrop, badge, floor, signal } from '../parts/backgrounds.mjs';
import { chartCard } from '../parts/data.mjs';
import { coldTruck, snowflake, yarnCone } from '../parts/goods.mjs';
import { circle, ellipse, line, path, place, poly, rect, seeded } from '../svg.mjs';

/** Huafa textile: yarn cones feeding a loom, fabric rolling out; 5G connected. */
export function textileScene(D) {
  let out = backdrop(D, { glow: C.amber, gx: 1250, gy: 200, gr: 600 });
  out += floor(D, 760);
  const cones = [C.teal, C.amber, C.tealL, C.white, C.teal, C.amber, C.tealL];
  cones.forEach((c, i) => {
    out += place(180 + i * 80, 300, 1, 0, yarnCone(c));
  });
  out += rect(140, 300, 600, 14, { fill: C.slate, rx: 4 });
  // threads from the cones to the loom
  cones.forEach((c, i) => {
    for (let k = -1; k <= 1; k++)
      out += line(180 + i * 80 + k * 6, 190, 560 + i * 60 + k * 10, 470, {
        stroke: c,
        'stroke-opacity': 0.7,
        'stroke-width': 2,
      });
  });
  // the loom
  out += rect(520, 460, 520, 300, { fill: C.navy3, rx: 12 }) + rect(520, 460, 520, 30, { fill: C.amber, rx: 10 });
  for (let x = 540; x < 1030; x += 12)
    out += line(x, 490, x, 640, { stroke: x % 24 ? C.tealL : C.amberL, 'stroke-opacity': 0.8, 'stroke-width': 3 });
  out += rect(540, 640, 480, 20, { fill: C.slate, rx: 4 }) + rect(560, 680, 440, 60, { fill: C.navy2, rx: 8 });
  out += place(560, 690, 1, 0, chartCard(D, 200, 44, 'none', seeded(1)));
  // the fabric: a woven strip rolling onto a beam
  const weave = D.pattern(
    'weave',
    24,
    24,
    rect(0, 0, 12, 12, { fill: C.teal }) +
      rect(12, 12, 12, 12, { fill: C.teal }) +
      rect(12, 0, 12, 12, { fill: C.tealD }) +
      rect(0, 12, 12, 12, { fill: C.tealD }),
  );
  out += path('M1040 560 C1180 560 1220 520 1330 520 L1330 640 C1220 640 1180 680 1040 680 Z', { fill: weave });
  out += rect(1300, 470, 120, 220, { fill: weave, rx: 60 });
  out += ellipse(1420, 580, 26, 110, { fill: C.tealD, stroke: C.tealL, 'stroke-width': 3 });
  for (let r = 8; r < 26; r += 6)
    out += ellipse(1420, 580, r, r * 4.2, { fill: 'none', stroke: C.tealL, 'stroke-opacity': 0.6, 'stroke-width': 2 });
  out += place(1420, 580, 1, 0, circle(0, 0, 10, { fill: C.amber }));
  out += badge(D, 1250, 250, 80);
  out += place(1250, 282, 1, 0, signal(70));
  return out;
}

/** CP Food (Xuzhou): a clean, cold, camera-inspected packing line and a refrigerated truck. */
export function foodScene(D) {
  let out = backdrop(D, { glow: C.teal, gx: 800, gy: 200, gr: 700, bottom: '#17466f' });
  out += floor(D, 740);
  // conveyor
  out += rect(80, 600, 1000, 36, { fill: C.mist, rx: 10 }) + rect(80, 628, 1000, 8, { fill: C.slate });
  for (const x of [140, 480, 820, 1040]) out += rect(x - 8, 636, 16, 104, { fill: C.slate });
  // trays of packed food
  for (let i = 0; i < 6; i++) {
    const x = 110 + i * 160;
    out +=
      rect(x, 556, 120, 44, { fill: C.white, rx: 10 }) +
      rect(x + 10, 562, 100, 30, { fill: i % 2 ? C.amber : '#f4a259', rx: 8 });
    out += rect(x + 8, 558, 104, 10, { fill: C.white, 'fill-opacity': 0.55, rx: 4 });
    out += line(x + 20, 570, x + 50, 590, {
      stroke: C.white,
      'stroke-opacity': 0.6,
      'stroke-width': 3,
      'stroke-linecap': 'round',
    });
  }
  // inspection arch with a scanning beam
  out +=
    rect(560, 400, 20, 240, { fill: C.navy4 }) +
    rect(760, 400, 20, 240, { fill: C.navy4 }) +
    rect(550, 380, 240, 40, { fill: C.navy4, rx: 10 });
  out += rect(640, 388, 60, 24, { fill: C.navy, rx: 8 }) + circle(670, 400, 9, { fill: C.tealL });
  const beam = D.lin('scan', [
    [0, C.tealL, 0.55],
    [1, C.tealL, 0.05],
  ]);
  out += poly(
    [
      [650, 420],
      [690, 420],
      [760, 600],
      [580, 600],
    ],
    { fill: beam },
  );
  out += line(580, 600, 760, 600, { stroke: C.tealL, 'stroke-width': 4 });
  // cold chain: thermometer and snowflake
  out += badge(D, 330, 260, 90);
  out += place(330, 260, 1.3, 0, snowflake(42, C.white));
  out += place(
    520,
    250,
    1,
    0,
    rect(-12, -70, 24, 110, { fill: C.white, rx: 12 }),
    rect(-5, -20, 10, 60, { fill: C.teal }),
    circle(0, 52, 22, { fill: C.teal, stroke: C.white, 'stroke-width': 5 }),
  );
  out += badge(D, 930, 250, 80);
  out += place(930, 282, 1, 0, signal(70));
  out += place(1150, 780, 1, 0, coldTruck());
  return out;
}
