/** The enterprise pictures of the new-energy cluster: batteries, wind and sun, a plant. */
import { C } from '../palette.mjs';
import { backdrop, floor, signal } from '../parts/backgrounds.mjs';
import { chartCard } from '../parts/data.mjs';
import { battery, pylon, solarRow, windTurbine } from '../parts/energy.mjs';
import { reach, robotArm } from '../parts/machines.mjs';
import { circle, line, path, place, poly, rect, seeded } from '../svg.mjs';

/** XCMG-FinDreams battery: modules on a 5G-connected line. */
export function batteryScene(D) {
  let out = backdrop(D, { glow: C.teal, gx: 400, gy: 250, gr: 600 });
  out += floor(D, 730);
  // big cells in the background
  [
    [980, 380, 0.6],
    [1160, 340, 1],
    [1340, 400, 0.8],
  ].forEach(([x, y, lv], i) => {
    out += place(x, y, 1.2 - i * 0.1, 0, battery({ level: lv, color: i === 1 ? C.amber : C.teal }));
  });
  // the line with modules
  out += rect(60, 690, 1480, 40, { fill: C.slate, rx: 8 }) + rect(60, 722, 1480, 8, { fill: C.navy4 });
  for (let x = 90; x < 1540; x += 50) out += circle(x, 710, 9, { fill: C.mist });
  const mod = (x, y = 610) => {
    let m = rect(x, y, 190, 80, { fill: C.navy3, stroke: C.tealL, 'stroke-width': 3, rx: 8 });
    for (let i = 0; i < 6; i++)
      m += rect(x + 12 + i * 29, y + 12, 22, 56, { fill: C.teal, 'fill-opacity': 0.55 + (i % 2) * 0.2, rx: 4 });
    return m + rect(x + 150, y - 10, 24, 12, { fill: C.amber, rx: 3 });
  };
  for (const x of [140, 420, 980, 1260]) out += mod(x);
  // a robot placing a module
  out += mod(745, 600);
  const ang = reach([60, -306], { l1: 200, l2: 170, elbow: 1 });
  out += place(780, 870, 1, 0, robotArm({ ...ang, l1: 200, l2: 170, grip: 1 }));
  // a 5G mast
  out +=
    line(1480, 690, 1480, 250, { stroke: C.mist, 'stroke-width': 8 }) +
    rect(1466, 250, 28, 70, { fill: C.mist, rx: 4 });
  out += place(1480, 240, 1, 0, signal(80));
  return out;
}

/** New-energy scenes for Hongyuan (field) and GCL (plant). */
export function energyFieldScene(D) {
  let out = backdrop(D, { glow: C.amber, gx: 1200, gy: 330, gr: 560, bottom: '#2a5a8a' });
  out += circle(1200, 330, 90, { fill: C.amberL });
  out += path('M0 560 C300 500 520 540 800 520 S1300 480 1600 540 V900 H0 Z', { fill: '#1b4677' });
  [
    [180, 540, 200],
    [330, 520, 240],
    [1420, 530, 220],
  ].forEach(([x, y, h], i) => {
    out += place(x, y, 1, 0, windTurbine({ h, blade: h * 0.42, rot: 15 + i * 40 }));
  });
  out += place(620, 540, 0.9, 0, pylon(240)) + place(980, 530, 0.9, 0, pylon(240));
  out += path('M557 324 Q800 380 917 315', { fill: 'none', stroke: C.mist, 'stroke-opacity': 0.6, 'stroke-width': 2 });
  out += path('M683 324 Q900 380 1043 315', { fill: 'none', stroke: C.mist, 'stroke-opacity': 0.6, 'stroke-width': 2 });
  out += rect(0, 640, 1600, 260, { fill: '#0f2c52' });
  for (let r = 0; r < 3; r++) {
    const s = 0.7 + r * 0.3;
    const y = 700 + r * 85;
    out += place(
      -60 + r * 40,
      y,
      s,
      0,
      solarRow(D, { n: Math.ceil(9 / s), w: 190, h: 70, gap: 16, skew: 34, cols: 3, rows: 2 }),
    );
  }
  return out;
}

export function energyPlantScene(D) {
  let out = backdrop(D, { glow: C.amber, gx: 250, gy: 200, gr: 560 });
  out += circle(250, 200, 70, { fill: C.amberL });
  out += floor(D, 760);
  // plant building with PV on the roof and a cut-away line inside
  out += rect(380, 380, 900, 380, { fill: C.navy3 });
  out += poly(
    [
      [360, 390],
      [830, 250],
      [1300, 390],
    ],
    { fill: C.navy4 },
  );
  out += place(470, 366, 0.6, -16.6, solarRow(D, { n: 4, w: 110, h: 36, gap: 10, skew: 10 }));
  out += place(862, 268, 0.6, 16.6, solarRow(D, { n: 4, w: 110, h: 36, gap: 10, skew: 10 }));
  out += rect(430, 440, 800, 280, { fill: C.navy, rx: 10 });
  out += rect(450, 640, 760, 24, { fill: C.slate, rx: 6 });
  for (let i = 0; i < 5; i++) {
    const x = 470 + i * 150;
    out += poly(
      [
        [x, 640],
        [x + 110, 640],
        [x + 120, 600],
        [x + 10, 600],
      ],
      { fill: C.tealD, stroke: C.tealL, 'stroke-width': 2 },
    );
    out +=
      line(x + 40, 600, x + 37, 640, { stroke: C.tealL, 'stroke-opacity': 0.5, 'stroke-width': 2 }) +
      line(x + 80, 600, x + 77, 640, { stroke: C.tealL, 'stroke-opacity': 0.5, 'stroke-width': 2 });
  }
  const ang = reach([40, -300], { l1: 150, l2: 120, elbow: 1 });
  out += place(700, 720, 0.8, 0, robotArm({ ...ang, l1: 150, l2: 120 }));
  out += place(
    1000,
    720,
    0.8,
    0,
    robotArm({ ...reach([-60, -290], { l1: 150, l2: 120, elbow: -1 }), l1: 150, l2: 120 }),
  );
  out += place(470, 460, 1, 0, chartCard(D, 180, 110, 'line', seeded(3), 1));
  // storage containers beside the plant
  for (let i = 0; i < 3; i++) {
    const x = 1320 + (i % 2) * 130;
    const y = 760 - Math.floor(i / 2) * 0 - 110;
    if (i === 2) continue;
    out += rect(x, y, 120, 110, { fill: C.mist, rx: 6 });
    for (let k = 0; k < 4; k++)
      out += rect(x + 12 + k * 26, y + 14, 18, 80, { fill: C.slate, 'fill-opacity': 0.4, rx: 3 });
    out += rect(x + 44, y - 12, 32, 14, { fill: C.teal, rx: 3 });
  }
  out += place(1385, 590, 0.5, 0, battery({ level: 0.8, color: C.amber }));
  out += place(1515, 590, 0.5, 0, battery({ level: 1 }));
  out += place(180, 760, 1, 0, windTurbine({ h: 300, blade: 120, rot: 200 }));
  return out;
}
