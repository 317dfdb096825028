/** The enterprise pictures of the semiconductor cluster: targets, wafers, chips. */
import { C } from '../palette.mjs';
import { backdrop, badge } from '../parts/backgrounds.mjs';
import { arc, packet } from '../parts/data.mjs';
import { chip, database, glassPane, lens, monitor, traces, wafer } from '../parts/electronics.mjs';
import { solarRow } from '../parts/energy.mjs';
import { circle, ellipse, path, place, poly, rect, seeded, TAU } from '../svg.mjs';

/** Xiandao Dianke: sputtering targets and the fields their films go into. */
export function targetScene(D) {
  let out = backdrop(D, { glow: C.amber, gx: 800, gy: 450, gr: 480 });
  const center = [800, 470];
  const apps = [
    [800, 130, () => monitor(D, 130, 86)],
    [1220, 270, () => solarRow(D, { n: 1, w: 110, h: 70 }).replace(/^/, '')],
    [1220, 650, () => chip(D, 80)],
    [800, 800, () => lens()],
    [380, 650, () => database()],
    [380, 270, () => glassPane(D)],
  ];
  apps.forEach(([x, y], i) => {
    const A = arc(center, [x, y], i % 2 ? 0.1 : -0.1);
    out += path(A.d, {
      fill: 'none',
      stroke: C.tealL,
      'stroke-opacity': 0.5,
      'stroke-width': 3,
      'stroke-dasharray': '3 9',
      'stroke-linecap': 'round',
    });
    out += packet(A, 0.55, C.amberL);
  });
  apps.forEach(([x, y, draw], i) => {
    out += badge(D, x, y, 92, i % 2 ? C.amber : C.teal);
    const offset = i === 1 ? [-70, 40] : i === 4 ? [0, -20] : [0, 0];
    out += place(x + offset[0], y + offset[1], 1, 0, draw());
  });
  // the target: a stack of metal plates in isometric view, with a plasma glow above
  const metal = D.lin(
    'metal',
    [
      [0, C.white],
      [0.5, C.mist],
      [1, C.slate],
    ],
    { x1: 0, y1: 0, x2: 1, y2: 1 },
  );
  const plasma = D.rad('plasma', [
    [0, C.amberL, 0.9],
    [0.4, C.amber, 0.45],
    [1, C.amber, 0],
  ]);
  out += ellipse(center[0], center[1] - 60, 210, 120, { fill: plasma });
  const plate = (dy) => {
    const y = center[1] + dy;
    return (
      poly(
        [
          [center[0] - 170, y],
          [center[0], y - 80],
          [center[0] + 170, y],
          [center[0], y + 80],
        ],
        { fill: metal, stroke: C.white, 'stroke-width': 2 },
      ) +
      poly(
        [
          [center[0] - 170, y],
          [center[0], y + 80],
          [center[0], y + 100],
          [center[0] - 170, y + 20],
        ],
        { fill: C.slate },
      ) +
      poly(
        [
          [center[0] + 170, y],
          [center[0], y + 80],
          [center[0], y + 100],
          [center[0] + 170, y + 20],
        ],
        { fill: '#475569' },
      )
    );
  };
  out += plate(90) + plate(40) + plate(-10);
  for (let i = 0; i < 12; i++) {
    const a = (i / 12) * TAU;
    out += circle(center[0] + Math.cos(a) * 120, center[1] - 110 + Math.sin(a) * 40, 4, { fill: C.amberL });
  }
  return out;
}

/** Semiconductor stills, one variation each. */
export function waferScene(D) {
  let out = backdrop(D, { glow: C.teal, gx: 800, gy: 450, gr: 620 });
  // an ingot lying in front, wafers standing
  const metal = D.lin('ingot', [
    [0, C.white],
    [0.5, C.mist],
    [1, C.slate],
  ]);
  out +=
    rect(160, 560, 420, 160, { fill: metal, rx: 20 }) +
    ellipse(580, 640, 40, 80, { fill: C.mist, stroke: C.white, 'stroke-width': 3 });
  out += ellipse(160, 640, 40, 80, { fill: C.slate });
  for (let i = 0; i < 4; i++)
    out += ellipse(650 + i * 46, 640, 14, 80, {
      fill: C.tealL,
      'fill-opacity': 0.55 + i * 0.1,
      stroke: C.white,
      'stroke-width': 2,
    });
  out += place(1020, 420, 1, -12, wafer(D, 260));
  out += badge(D, 1400, 200, 70, C.amber) + place(1400, 200, 0.5, 0, chip(D, 110, { accent: C.amber }));
  return out;
}

export function chipBoardScene(D) {
  let out = backdrop(D, { glow: C.teal, gx: 800, gy: 450, gr: 560, dots: false });
  const board = D.pattern(
    'board',
    60,
    60,
    path('M60 0H0V60', { fill: 'none', stroke: C.tealL, 'stroke-opacity': 0.06, 'stroke-width': 2 }),
  );
  out += rect(0, 0, 1600, 900, { fill: board });
  out += place(800, 450, 1, 0, traces(seeded(42), 130, 420));
  out += place(800, 450, 1, 0, chip(D, 260));
  for (const [x, y, s] of [
    [260, 200, 70],
    [1340, 700, 90],
    [1360, 180, 60],
    [230, 720, 80],
  ])
    out += place(x, y, 1, 0, chip(D, s, { accent: C.amber, die: false }));
  return out;
}

export function powerChipScene(D) {
  let out = backdrop(D, { glow: C.amber, gx: 420, gy: 450, gr: 560 });
  out += place(430, 450, 1, 0, wafer(D, 300, { tint: C.amber }));
  const chips = [
    [980, 260, 150],
    [1260, 300, 120],
    [1060, 560, 130],
    [1330, 610, 150],
  ];
  chips.forEach(([x, y, s], i) => {
    out += place(x, y, 1, i % 2 ? 8 : -6, chip(D, s, { accent: i % 2 ? C.amber : C.teal }));
  });
  return out;
}
