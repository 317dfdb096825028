/** The enterprise pictures of textiles and food processing. */
import { C } from '../palette.mjs';
import { backdrop, badge, floor, signal } from '../parts/backgrounds.mjs';
import { chartCard } from '../parts/data.mjs';
import { yarnCone } from '../parts/goods.mjs';
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

/**
 * CP Food (Xuzhou): the article's modern, smart 5G pig-processing plant. A plant with a 5G mast;
 * inside, an overhead conveyor carries hooks past a camera inspection arch, and a control screen
 * shows the line's data.
 */
export function processingPlantScene(D) {
  let out = backdrop(D, { glow: C.teal, gx: 800, gy: 180, gr: 720, bottom: '#17466f' });
  out += floor(D, 760);
  // the plant: a clean hall seen in section, its roof and walls
  out += rect(90, 250, 1420, 510, { fill: C.navy3, 'fill-opacity': 0.55, rx: 14 });
  out += path('M70 262 L800 150 L1530 262 Z', { fill: C.navy4 });
  out += rect(70, 252, 1460, 18, { fill: C.slate, rx: 6 });
  for (let x = 150; x < 1460; x += 130) out += rect(x, 285, 80, 40, { fill: C.tealL, 'fill-opacity': 0.3, rx: 6 });
  // 5G on the roof
  out += rect(792, 70, 16, 86, { fill: C.mist }) + badge(D, 800, 70, 70);
  out += place(800, 92, 1, 0, signal(60));
  // overhead rail and hooks carrying rounded, pale loads
  out += rect(120, 390, 1360, 14, { fill: C.mist, rx: 6 });
  for (let i = 0; i < 8; i++) {
    const x = 190 + i * 165;
    out += circle(x, 397, 9, { fill: C.slate });
    out += line(x, 404, x, 452, { stroke: C.mist, 'stroke-width': 4 });
    out += path(`M${x - 10} 452 Q${x} 466 ${x + 10} 452`, { fill: 'none', stroke: C.mist, 'stroke-width': 4 });
    out += rect(x - 34, 462, 68, 150, { fill: i % 2 ? '#f6c4b5' : '#f3b3a2', rx: 30 });
    out += rect(x - 22, 480, 14, 110, { fill: C.white, 'fill-opacity': 0.35, rx: 7 });
  }
  // camera inspection arch with its scanning beam
  out +=
    rect(700, 340, 20, 420, { fill: C.navy4 }) +
    rect(900, 340, 20, 420, { fill: C.navy4 }) +
    rect(690, 322, 240, 36, { fill: C.navy4, rx: 10 });
  out += rect(780, 330, 60, 20, { fill: C.navy, rx: 6 }) + circle(810, 340, 8, { fill: C.tealL });
  const beam = D.lin('scan', [
    [0, C.tealL, 0.5],
    [1, C.tealL, 0.04],
  ]);
  out += poly(
    [
      [790, 358],
      [830, 358],
      [900, 640],
      [720, 640],
    ],
    { fill: beam },
  );
  // stainless work table and the control screen
  out += rect(160, 660, 520, 22, { fill: C.mist, rx: 6 });
  for (const x of [190, 640]) out += rect(x, 682, 14, 78, { fill: C.slate });
  out += rect(1040, 600, 380, 150, { fill: C.navy2, rx: 10 });
  out += place(1060, 620, 1, 0, chartCard(D, 340, 110, 'bars', seeded(3)));
  return out;
}
