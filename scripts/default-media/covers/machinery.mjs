/** The enterprise pictures of the construction-machinery cluster (XCMG's companies). */
import { C } from '../palette.mjs';
import { backdrop, badge, floor, gear, signal } from '../parts/backgrounds.mjs';
import { arc, chartCard, cloudPath, packet } from '../parts/data.mjs';
import { chip } from '../parts/electronics.mjs';
import { battery, solarRow, windTurbine } from '../parts/energy.mjs';
import { craneChassis, craneTip, craneUpper, crawlerChassis, excavator } from '../parts/machines.mjs';
import { factory, globe, headframe, pin, plateau, skyline } from '../parts/places.mjs';
import { circle, line, path, place, poly, polyline, rect, seeded } from '../svg.mjs';

/** XCMG Hanyun: an industrial internet cloud linking machines, plants and energy. */
export function platformScene(D) {
  let out = backdrop(D, { glow: C.teal, gx: 800, gy: 330, gr: 650 });
  const hub = [800, 300];
  const nodes = [];
  for (const deg of [-22, 200, 20, 40, 60, 80, 100, 120, 140, 160]) {
    const a = (deg * Math.PI) / 180;
    nodes.push([800 + 640 * Math.cos(a), 380 + 400 * Math.sin(a)]);
  }
  nodes.forEach((n, i) => {
    const A = arc([hub[0], hub[1] + 90], n, i % 2 ? 0.12 : -0.12);
    out += path(A.d, {
      fill: 'none',
      stroke: C.tealL,
      'stroke-opacity': 0.5,
      'stroke-width': 3,
      'stroke-dasharray': '3 9',
      'stroke-linecap': 'round',
    });
    out += packet(A, 0.3 + ((i * 0.23) % 0.5), i % 3 ? C.tealL : C.amber);
  });
  const cloudFill = D.lin('cloud', [
    [0, C.tealL],
    [1, C.tealD],
  ]);
  out += place(
    hub[0],
    hub[1],
    1.35,
    0,
    path(cloudPath(160), { fill: cloudFill, stroke: C.white, 'stroke-width': 4, 'stroke-opacity': 0.7 }),
  );
  // a small network mark in the cloud
  const m = [
    [-50, 30],
    [0, -20],
    [50, 30],
    [0, 60],
  ];
  out += place(
    hub[0],
    hub[1] - 10,
    1,
    0,
    polyline([...m, m[0]], { stroke: C.navy, 'stroke-width': 6, 'stroke-linejoin': 'round' }),
    line(0, -20, 0, 60, { stroke: C.navy, 'stroke-width': 6 }),
    ...m.map(([x, y]) => circle(x, y, 13, { fill: C.white, stroke: C.navy, 'stroke-width': 5 })),
  );
  const icons = [
    place(-30, 34, 0.36, 0, excavator({})),
    place(-58, 34, 0.22, 0, craneChassis({}), craneUpper({ angle: 30, ext: 0.6 })),
    place(-58, 45, 0.55, 0, factory(D, { w: 200, h: 70, teeth: 3 })),
    place(0, 40, 0.9, 0, windTurbine({ h: 70, blade: 32, rot: 20 })),
    place(0, 0, 0.45, 0, chip(D, 110)),
    place(-62, 42, 0.48, 0, solarRow(D, { n: 2, w: 100, h: 60, gap: 10 })),
    place(0, 0, 0.5, 0, battery({ w: 80, h: 140 })),
    place(0, 0, 1, 0, gear(40, 10, { fill: C.amber, hole: C.navy2 })),
    place(0, 18, 0.7, 0, headframe()),
    place(0, 26, 0.28, 0, crawlerChassis({})),
  ];
  nodes.forEach(([x, y], i) => {
    out += badge(D, x, y, 72, i % 3 === 2 ? C.amber : C.teal);
    out += place(x, y, 1, 0, icons[i]);
  });
  return out;
}

/** XCMG Hanyun's reach: far (a link across the globe), deep (a mine shaft), high (a plateau). */
export function reachScene(D) {
  let out = backdrop(D, { glow: C.amber, gx: 800, gy: 80, gr: 520 });
  // far
  out += place(290, 470, 1, 0, globe(D, 215));
  const A = arc([380, 360], [200, 600], -0.55);
  out += path(A.d, {
    fill: 'none',
    stroke: C.amber,
    'stroke-width': 5,
    'stroke-dasharray': '12 10',
    'stroke-linecap': 'round',
  });
  out += place(380, 360, 1, 0, pin(C.teal)) + place(200, 600, 1, 0, pin(C.amber));
  out += packet(A, 0.62, C.amberL);
  // deep
  const strata = ['#1d4674', '#193e68', '#15365c', '#112e50', '#0d2544'];
  strata.forEach((c, i) => {
    const y = 300 + i * 110;
    out += path(`M560 ${y} Q700 ${y - 24} 820 ${y + 6} T1040 ${y} V${y + 120} H560 Z`, { fill: c });
  });
  out += rect(560, 860, 480, 40, { fill: C.navy });
  out += line(560, 300, 1040, 300, { stroke: C.tealL, 'stroke-opacity': 0.5, 'stroke-width': 3 });
  out += place(800, 300, 1, 0, headframe());
  out += rect(780, 300, 40, 470, { fill: C.navy, 'fill-opacity': 0.85 });
  out +=
    line(792, 140, 792, 600, { stroke: C.white, 'stroke-width': 2 }) +
    line(808, 140, 808, 600, { stroke: C.white, 'stroke-width': 2 });
  out += rect(784, 600, 32, 40, { fill: C.amber, rx: 3 });
  out += path('M700 770 Q800 700 920 770 V840 H700 Z', { fill: C.navy, 'fill-opacity': 0.9 });
  out += place(820, 835, 0.42, 0, excavator({}));
  for (let i = 0; i < 9; i++)
    out += line(600, 330 + i * 60, i % 2 ? 640 : 620, 330 + i * 60, {
      stroke: C.tealL,
      'stroke-opacity': 0.6,
      'stroke-width': 3,
    });
  out += line(600, 320, 600, 830, { stroke: C.tealL, 'stroke-opacity': 0.6, 'stroke-width': 3 });
  out += place(
    600,
    850,
    1,
    180,
    poly(
      [
        [-10, 0],
        [10, 0],
        [0, 18],
      ],
      { fill: C.tealL },
    ),
  );
  // high
  out += place(1060, 760, 1, 0, plateau(480));
  out += place(1250, 482, 0.36, 0, craneChassis({}), craneUpper({ angle: 48, ext: 0.8 }));
  out += rect(1060, 760, 540, 140, { fill: '#0e2648' });
  out += line(1560, 490, 1560, 760, { stroke: C.tealL, 'stroke-opacity': 0.6, 'stroke-width': 3 });
  out +=
    place(
      1560,
      485,
      1,
      0,
      poly(
        [
          [-10, 0],
          [10, 0],
          [0, -18],
        ],
        { fill: C.tealL },
      ),
    ) +
    line(1540, 480, 1580, 480, {
      stroke: C.tealL,
      'stroke-opacity': 0.6,
      'stroke-width': 3,
      'stroke-dasharray': '6 6',
    });
  // the cloud that links all three
  const cloudFill = D.lin('cloud', [
    [0, C.tealL],
    [1, C.tealD],
  ]);
  out += place(800, 70, 0.42, 0, path(cloudPath(160), { fill: cloudFill }));
  for (const target of [
    [290, 250],
    [1300, 440],
  ]) {
    const L = arc([800, 100], target, target[0] < 800 ? 0.15 : -0.15);
    out += path(L.d, {
      fill: 'none',
      stroke: C.tealL,
      'stroke-opacity': 0.55,
      'stroke-width': 3,
      'stroke-dasharray': '3 9',
      'stroke-linecap': 'round',
    });
  }
  return out;
}

/** XCMG Hanyun: a monitoring dashboard of connected machines. */
export function dashboardScene(D) {
  const rnd = seeded(1500);
  let out = backdrop(D, { glow: C.teal, gx: 300, gy: 200, gr: 700 });
  out += rect(150, 90, 1300, 720, {
    fill: C.navy,
    'fill-opacity': 0.8,
    stroke: C.tealL,
    'stroke-opacity': 0.5,
    'stroke-width': 3,
    rx: 28,
  });
  out += rect(150, 90, 1300, 60, { fill: C.navy3, rx: 28 }) + rect(150, 130, 1300, 20, { fill: C.navy3 });
  for (const [i, c] of [C.amber, C.teal, C.mist].entries()) out += circle(190 + i * 28, 120, 8, { fill: c });
  // twin of a machine with sensor points
  out += place(
    190,
    180,
    1,
    0,
    rect(0, 0, 560, 380, { fill: C.navy2, stroke: C.tealL, 'stroke-opacity': 0.35, 'stroke-width': 2, rx: 16 }),
  );
  const grid = D.pattern(
    'twin',
    28,
    28,
    path('M28 0H0V28', { fill: 'none', stroke: C.tealL, 'stroke-opacity': 0.12, 'stroke-width': 1.5 }),
  );
  out += rect(190, 180, 560, 380, { fill: grid, rx: 16 });
  out += place(470, 500, 0.85, 0, excavator({ boom: -40, stick: 80, bucket: 50 }));
  for (const [x, y] of [
    [400, 390],
    [520, 330],
    [600, 300],
    [660, 420],
    [380, 470],
  ]) {
    out += circle(x, y, 16, { fill: C.teal, 'fill-opacity': 0.3 }) + circle(x, y, 6, { fill: C.tealL });
  }
  out += place(790, 180, 1, 0, chartCard(D, 300, 180, 'line', rnd, 0.8));
  out += place(1110, 180, 1, 0, chartCard(D, 300, 180, 'gauge', rnd, 0.5));
  out += place(790, 380, 1, 0, chartCard(D, 620, 180, 'bars', rnd, 1.4));
  // a strip of device tiles with status lights
  for (let i = 0; i < 8; i++) {
    const x = 190 + i * 155;
    out += rect(x, 600, 140, 170, { fill: C.navy2, stroke: C.tealL, 'stroke-opacity': 0.3, 'stroke-width': 2, rx: 12 });
    const ok = i !== 5;
    out += circle(x + 118, 622, 8, { fill: ok ? C.teal : C.amber });
    out += rect(x + 16, 616, 60, 8, { fill: C.mist, 'fill-opacity': 0.45, rx: 4 });
    const icon = [
      () => excavator({}),
      () => craneChassis({}) + craneUpper({ angle: 30, ext: 0.5 }),
      () => crawlerChassis({}),
      () => windTurbine({ h: 120, blade: 50, rot: 15 }),
    ][i % 4];
    const sc = [0.3, 0.2, 0.26, 0.6][i % 4];
    const dx = [70, 20, 70, 70][i % 4];
    out += place(x + dx, 740, sc, 0, icon());
  }
  return out;
}

/** XCMG Heavy: a wheeled crane at work at dusk. */
export function craneScene(D) {
  const rnd = seeded(88);
  let out = backdrop(D, { glow: C.amber, gx: 1250, gy: 300, gr: 700, bottom: '#1d4a7a' });
  out += skyline(D, rnd, { base: 720, minH: 60, maxH: 240, fill: '#1b4070', spires: 0.1 });
  out += floor(D, 720, { tone: '#163861' });
  // site fence stripes
  for (let x = 0; x < 1600; x += 60)
    out += rect(x, 700, 30, 8, { fill: x % 120 ? C.amber : C.white, 'fill-opacity': 0.6 });
  // load being lifted
  const angle = 50;
  const ext = 0.75;
  const load = 300;
  const s = 1.05;
  const ox = 250;
  const oy = 800;
  out += place(ox, oy, s, 0, craneChassis({}), craneUpper({ angle, ext, load }));
  // outriggers
  for (const x of [30, 440])
    out += place(
      ox + x * s,
      oy,
      s,
      0,
      rect(-6, -60, 12, 60, { fill: C.slate }),
      rect(-26, -6, 52, 8, { fill: C.mist, rx: 2 }),
    );
  const tip = craneTip({ angle, ext });
  const hx = ox + tip[0] * s;
  const hy = oy + (-80 - load + 16) * s;
  out += rect(hx - 90, hy, 180, 90, { fill: C.teal, rx: 6 }) + rect(hx - 90, hy, 180, 14, { fill: C.tealD, rx: 6 });
  for (let i = 1; i < 6; i++)
    out += line(hx - 90 + i * 30, hy + 20, hx - 90 + i * 30, hy + 84, { stroke: C.tealD, 'stroke-width': 4 });
  out +=
    line(hx - 8, hy - 26, hx - 80, hy, { stroke: C.white, 'stroke-width': 2 }) +
    line(hx + 8, hy - 26, hx + 80, hy, { stroke: C.white, 'stroke-width': 2 });
  // traffic cones
  for (const x of [120, 1000, 1480])
    out += place(
      x,
      850,
      1,
      0,
      poly(
        [
          [-16, 0],
          [-5, -44],
          [5, -44],
          [16, 0],
        ],
        { fill: C.amber },
      ),
      rect(-11, -26, 22, 6, { fill: C.white }),
      rect(-20, -4, 40, 6, { fill: C.amberD, rx: 2 }),
    );
  return out;
}

/** XCMG crawler chassis: the physical chassis and its digital twin, linked over 5G. */
export function twinScene(D) {
  let out = backdrop(D, { glow: C.teal, gx: 1150, gy: 520, gr: 600 });
  out += floor(D, 720);
  // perspective grid under the twin
  for (let i = -6; i <= 6; i++)
    out += line(1130 + i * 40, 720, 1130 + i * 120, 900, {
      stroke: C.tealL,
      'stroke-opacity': 0.25,
      'stroke-width': 2,
    });
  for (let j = 0; j < 5; j++) {
    const y = 735 + j * j * 9 + j * 14;
    out += line(760, y, 1500, y, { stroke: C.tealL, 'stroke-opacity': 0.2, 'stroke-width': 2 });
  }
  out += place(450, 710, 1.2, 0, crawlerChassis({}));
  out += place(1130, 710, 1.2, 0, crawlerChassis({ wire: true, stroke: C.tealL }));
  // scan lines over the twin
  for (let i = 0; i < 4; i++)
    out += line(860, 480 + i * 30, 1400, 480 + i * 30, {
      stroke: C.tealL,
      'stroke-opacity': 0.12 + i * 0.05,
      'stroke-width': 2,
    });
  // data streams between the two
  for (let i = 0; i < 3; i++) {
    const A = arc([560, 480 - i * 40], [1020, 480 - i * 40], -0.25 - i * 0.05);
    out += path(A.d, {
      fill: 'none',
      stroke: i === 1 ? C.amber : C.tealL,
      'stroke-opacity': 0.7,
      'stroke-width': 3,
      'stroke-dasharray': '4 10',
      'stroke-linecap': 'round',
    });
    out += packet(A, 0.35 + i * 0.2, i === 1 ? C.amberL : C.tealL);
  }
  out += badge(D, 790, 200, 80);
  out += place(790, 232, 1, 0, signal(70));
  // floating data tags near the twin
  for (const [x, y] of [
    [1320, 470],
    [900, 520],
    [1280, 600],
  ]) {
    out +=
      rect(x, y, 130, 44, { fill: C.navy2, stroke: C.tealL, 'stroke-width': 2, rx: 10 }) +
      rect(x + 14, y + 12, 70, 8, { fill: C.tealL, 'fill-opacity': 0.7, rx: 4 }) +
      rect(x + 14, y + 26, 44, 6, { fill: C.mist, 'fill-opacity': 0.4, rx: 3 }) +
      circle(x + 110, y + 22, 7, { fill: C.amber });
  }
  return out;
}
