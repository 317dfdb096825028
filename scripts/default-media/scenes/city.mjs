/**
 * The city at work, at time t (seconds): the city's picture (city/skyline.svg) and, frame by frame,
 * the city-pulse video and its poster.
 */
import { C } from '../palette.mjs';
import { arc, packet } from '../parts/data.mjs';
import { solarRow, windTurbine } from '../parts/energy.mjs';
import { towerCrane } from '../parts/machines.mjs';
import { skyline } from '../parts/places.mjs';
import { circle, g, line, path, place, poly, rect, seeded, TAU } from '../svg.mjs';

/** The city at dusk: hills, skyline, cranes, wind, solar and a data network. `t` in seconds (loops every 8 s). */
export function cityScene(D, t = 0) {
  const rnd = seeded(2025);
  let out = '';
  const sky = D.lin('sky', [
    [0, C.navy],
    [0.55, '#16396a'],
    [0.8, '#2a5a8a'],
    [1, '#f1a340'],
  ]);
  out += rect(0, 0, 1600, 900, { fill: sky });
  const sunGlow = D.rad('sunglow', [
    [0, C.amberL, 0.9],
    [0.25, C.amber, 0.5],
    [1, C.amber, 0],
  ]);
  const pulse = 1 + 0.04 * Math.sin((t / 8) * TAU);
  out += circle(1120, 390, 420 * pulse, { fill: sunGlow });
  out += circle(1120, 390, 70, { fill: C.amberL });
  for (let i = 0; i < 45; i++) {
    const x = rnd() * 1600;
    const y = rnd() * 300;
    const tw = 0.25 + 0.35 * Math.abs(Math.sin(i + (t / 8) * TAU * (1 + (i % 3))));
    out += circle(x, y, rnd() * 1.8 + 0.6, { fill: C.white, 'fill-opacity': tw });
  }
  // hills with wind turbines
  out += path('M0 470 C140 420 260 400 380 430 S620 470 760 450 S1100 380 1260 420 S1500 440 1600 410 V900 H0 Z', {
    fill: '#1d4a7c',
  });
  const turbines = [
    [250, 412, 110],
    [340, 415, 90],
    [1300, 428, 120],
    [1410, 432, 96],
  ];
  turbines.forEach(([x, y, h], i) => {
    out += place(x, y, 1, 0, windTurbine({ h, blade: h * 0.42, rot: (t / 8) * 360 + i * 37, color: '#e2e8f0' }));
  });
  // far skyline
  out += skyline(D, rnd, { base: 700, minH: 90, maxH: 230, fill: '#1e3f6d', spires: 0.1 });
  // near skyline with lit windows
  const winT = D.pattern('win', 22, 28, rect(6, 6, 9, 13, { fill: C.tealL, 'fill-opacity': 0.32 }));
  out += skyline(D, rnd, { base: 720, minH: 70, maxH: 200, fill: C.navy2, win: winT, spires: 0.12 });
  // landmark towers
  const winA = D.pattern('wina', 18, 24, rect(5, 5, 8, 12, { fill: C.amberL, 'fill-opacity': 0.35 }));
  out += rect(690, 360, 70, 360, { fill: '#0e2548' }) + rect(697, 372, 56, 340, { fill: winA });
  out +=
    poly(
      [
        [690, 360],
        [725, 320],
        [760, 360],
      ],
      { fill: '#0e2548' },
    ) + line(725, 320, 725, 270, { stroke: '#0e2548', 'stroke-width': 5 });
  out += rect(775, 420, 60, 300, { fill: '#0e2548' }) + rect(782, 432, 46, 280, { fill: winT });
  out += rect(1210, 400, 64, 320, { fill: '#0e2548' }) + rect(1217, 412, 50, 300, { fill: winA });
  out += path('M1210 400 Q1242 350 1274 400 Z', { fill: '#0e2548' });
  // tower cranes on a construction site
  const swing = Math.sin((t / 8) * TAU);
  out += place(930, 720, 1, 0, rect(-60, -150, 150, 150, { fill: C.navy3 }), rect(-60, -150, 150, 150, { fill: winT }));
  out += place(
    900,
    720,
    0.95,
    0,
    towerCrane({ h: 330, jib: 240, trolley: 0.55 + 0.25 * swing, drop: 90 + 30 * swing }),
  );
  out += place(520, 720, 0.7, 0, towerCrane({ h: 300, jib: 200, trolley: 0.6 - 0.2 * swing, drop: 120 }));
  // data network over the city
  const nodes = [
    [160, 430],
    [420, 330],
    [725, 250],
    [1000, 300],
    [1240, 330],
    [1480, 420],
    [600, 420],
    [1100, 430],
  ];
  const links = [
    [0, 1],
    [1, 2],
    [2, 3],
    [3, 4],
    [4, 5],
    [1, 6],
    [6, 2],
    [3, 7],
    [7, 4],
  ];
  links.forEach(([a, b], i) => {
    const A = arc(nodes[a], nodes[b], i % 2 ? 0.18 : -0.18);
    out += path(A.d, {
      fill: 'none',
      stroke: C.tealL,
      'stroke-opacity': 0.55,
      'stroke-width': 2.5,
      'stroke-dasharray': '2 8',
      'stroke-linecap': 'round',
    });
    const u = ((((t / 8) * (i % 3 === 0 ? 2 : 1) + i * 0.37) % 1) + 1) % 1;
    out += packet(A, u, i % 2 ? C.amberL : C.tealL);
  });
  nodes.forEach(([x, y], i) => {
    const ph = 0.5 + 0.5 * Math.sin((t / 8) * TAU * 2 + i);
    out += circle(x, y, 18 + 6 * ph, { fill: C.teal, 'fill-opacity': 0.18 });
    out += circle(x, y, 8, { fill: C.white });
    out += circle(x, y, 4, { fill: C.teal });
  });
  // lake with reflections
  const lake = D.lin('lake', [
    [0, '#1c4a7a'],
    [1, C.navy],
  ]);
  out += rect(0, 720, 1600, 180, { fill: lake });
  for (let i = 0; i < 16; i++) {
    const y = 735 + i * 10;
    const w = 160 - i * 7;
    const dx = 14 * Math.sin((t / 8) * TAU + i * 0.9);
    out += rect(1120 - w / 2 + dx, y, w, 3, { fill: C.amberL, 'fill-opacity': 0.55 - i * 0.03, rx: 1.5 });
  }
  let ripples = '';
  for (let i = 0; i < 22; i++) {
    const x = (i * 173) % 1600;
    const y = 750 + ((i * 37) % 140);
    const dx = 10 * Math.sin((t / 8) * TAU + i);
    ripples += rect(x + dx, y, 50 + (i % 4) * 18, 2.5, { rx: 1 });
  }
  out += g({ fill: C.tealL, 'fill-opacity': 0.2 }, ripples);
  // solar field on the near bank
  out += path('M0 820 Q120 790 330 800 L420 900 H0 Z', { fill: '#0e2a4d' });
  out += place(20, 860, 0.6, 0, solarRow(D, { n: 4, w: 120, h: 64 }));
  return out;
}
