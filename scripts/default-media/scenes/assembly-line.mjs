/**
 * A machinery assembly line at time t (seconds): XCMG Heavy's cover and, frame by frame, the
 * assembly-line video and its poster.
 */
import { C } from '../palette.mjs';
import { chartCard } from '../parts/data.mjs';
import { craneChassis, reach, robotArm } from '../parts/machines.mjs';
import { circle, line, path, place, poly, rect, seeded, TAU } from '../svg.mjs';

const smooth = (x) => (x <= 0 ? 0 : x >= 1 ? 1 : x * x * (3 - 2 * x));
const window01 = (ph, a, b) => smooth((ph - a) / (b - a));

/**
 * The crane-chassis assembly line, stop-and-go like a real takt line: carriers advance one station,
 * the hoist brings a part and lowers it, the robot arms lift parts from their stands and carry them onto the
 * chassis. `t` in seconds; loops every 8 s.
 */
export function assemblyScene(D, t = 0) {
  const rnd = seeded(25);
  const T = 8;
  const ph = (((t / T) % 1) + 1) % 1;
  let out = '';
  const wall = D.lin('wall', [
    [0, C.navy],
    [1, '#173d6c'],
  ]);
  out += rect(0, 0, 1600, 900, { fill: wall });
  // roof trusses
  let truss = 'M0 120';
  for (let x = 0; x < 1600; x += 80) truss += ` L${x + 40} 70 L${x + 80} 120`;
  out += path(truss, { fill: 'none', stroke: C.navy4, 'stroke-width': 4 });
  out +=
    line(0, 120, 1600, 120, { stroke: C.navy4, 'stroke-width': 8 }) +
    line(0, 70, 1600, 70, { stroke: C.navy4, 'stroke-width': 5 });
  // hanging lights and their beams
  const beam = D.lin('beam', [
    [0, C.amberL, 0.22],
    [1, C.amberL, 0],
  ]);
  for (let x = 140; x < 1600; x += 260) {
    out += poly(
      [
        [x - 20, 150],
        [x + 20, 150],
        [x + 140, 700],
        [x - 140, 700],
      ],
      { fill: beam },
    );
    out +=
      line(x, 120, x, 140, { stroke: C.slate, 'stroke-width': 3 }) +
      path(`M${x - 22} 152 Q${x} 132 ${x + 22} 152 Z`, { fill: C.amberL });
  }
  // wall screens with live charts; the ring counts down the takt
  out += place(120, 200, 1, 0, chartCard(D, 300, 170, 'line', rnd, ph * TAU));
  out += place(460, 200, 1, 0, chartCard(D, 220, 170, 'ring', rnd, ph));
  out += place(720, 200, 1, 0, chartCard(D, 300, 170, 'bars', rnd, ph * TAU));
  out += place(1060, 200, 1, 0, chartCard(D, 220, 170, 'gauge', rnd, ph * TAU));
  out += place(1320, 200, 1, 0, chartCard(D, 200, 170, 'bars', seeded(7), ph * TAU + 2));
  // overhead gantry
  out += rect(0, 410, 1600, 22, { fill: C.amber }) + rect(0, 426, 1600, 6, { fill: C.amberD });
  for (const x of [40, 1560]) out += rect(x - 12, 410, 24, 340, { fill: C.amberD });
  // floor
  const fl = D.lin('floor', [
    [0, '#123260'],
    [1, C.navy],
  ]);
  out += rect(0, 740, 1600, 160, { fill: fl });
  for (let i = -6; i <= 6; i++)
    out += line(800 + i * 90, 740, 800 + i * 260, 900, { stroke: C.tealL, 'stroke-opacity': 0.1, 'stroke-width': 2 });
  out += rect(0, 862, 1600, 10, { fill: C.amber, 'fill-opacity': 0.7 });
  // the line: rollers and carriers advancing one station per cycle
  const move = window01(ph, 0, 0.25);
  const spacing = 800;
  const rest = 535;
  out += rect(0, 748, 1600, 26, { fill: C.slate });
  const roll = (move * spacing) % 60;
  for (let x = -60 + roll; x < 1660; x += 60) out += circle(x, 761, 8, { fill: C.mist });
  const part = (x, y) =>
    rect(x, y, 150, 48, { fill: C.tealD, rx: 6 }) +
    rect(x + 12, y + 10, 126, 8, { fill: C.tealL, 'fill-opacity': 0.7 }) +
    rect(x + 20, y + 26, 30, 14, { fill: C.navy3, rx: 3 }) +
    rect(x + 100, y + 26, 30, 14, { fill: C.navy3, rx: 3 });
  for (let j = -1; j <= 2; j++) {
    const x = rest + (j - 1) * spacing + move * spacing;
    out += place(x, 750, 1, 0, craneChassis({ spin: move * 360 * 2.5 }));
    if (j >= 1 || (j === 0 && ph >= 0.6)) out += part(x + 180, 750 - 92 - 48);
  }
  // hoist: rides in from the left with a part, lowers it, rises and leaves
  const hoistX = -160 + (rest + 255 + 160) * window01(ph, 0.02, 0.3) - (rest + 255 + 160) * window01(ph, 0.72, 0.98);
  const hookTop = 470;
  const hookLow = 750 - 92 - 48;
  const drop = window01(ph, 0.32, 0.58) - window01(ph, 0.6, 0.72);
  const hookY = hookTop + (hookLow - hookTop) * drop;
  out +=
    rect(hoistX - 40, 400, 80, 42, { fill: C.navy4, rx: 6 }) +
    rect(hoistX - 30, 406, 60, 8, { fill: C.tealL, 'fill-opacity': 0.8 });
  out +=
    line(hoistX - 14, 442, hoistX - 14, hookY, { stroke: C.white, 'stroke-width': 2.5 }) +
    line(hoistX + 14, 442, hoistX + 14, hookY, { stroke: C.white, 'stroke-width': 2.5 });
  out += rect(hoistX - 30, hookY - 6, 60, 8, { fill: C.mist, rx: 3 });
  if (ph < 0.6) out += part(hoistX - 75, hookY);
  // robot arms in front of the line: while the line stands still, each lifts a part from its stand
  // and carries it onto the chassis (the article's arms lift and carry parts; they do not weld)
  const deck = 750 - 96;
  const arms = [
    { x: 420, elbow: 1, home: [90, -360], stand: 230, drop: rest + 70 },
    { x: 1150, elbow: -1, home: [-90, -360], stand: 1340, drop: rest + 405 },
  ];
  for (const a of arms) {
    const standTop = 796;
    const homeGrip = [a.x + a.home[0], 880 + a.home[1] + 36];
    const pick = [a.stand, standTop];
    const abovePick = [a.stand, standTop - 96];
    const setDown = [a.drop, deck - 26];
    const abovePlace = [a.drop, deck - 66];
    // keyframes of the grip point: [phase, point]
    const keys = [
      [0.28, homeGrip],
      [0.38, abovePick],
      [0.44, pick],
      [0.48, pick],
      [0.54, abovePick],
      [0.68, abovePlace],
      [0.74, setDown],
      [0.78, setDown],
      [0.84, abovePlace],
      [0.97, homeGrip],
    ];
    let grip = homeGrip;
    for (let k = 0; k < keys.length - 1; k++) {
      const [p0, g0] = keys[k];
      const [p1, g1] = keys[k + 1];
      if (ph >= p0 && ph <= p1) {
        const u = window01(ph, p0, p1);
        grip = [g0[0] + (g1[0] - g0[0]) * u, g0[1] + (g1[1] - g0[1]) * u];
      }
    }
    const closed = window01(ph, 0.44, 0.48) - window01(ph, 0.74, 0.78);
    const carrying = ph >= 0.46 && ph < 0.76;
    // the stand, its stack one part shorter from the moment the arm takes the top one
    out +=
      rect(a.stand - 40, 830, 80, 50, { fill: C.navy4, rx: 4 }) + rect(a.stand - 46, 822, 92, 10, { fill: C.slate });
    const stack = ph >= 0.46 ? 1 : 2;
    for (let i = 0; i < stack; i++) out += armPart(a.stand, 822 - i * 26);
    const wrist = [grip[0] - a.x, grip[1] - 36 - 880];
    const ang = reach(wrist, { l1: 200, l2: 170, elbow: a.elbow });
    if (carrying) out += armPart(grip[0], grip[1] + 26);
    out += place(a.x, 880, 1, 0, robotArm({ ...ang, l1: 200, l2: 170, grip: 0.9 - closed * 0.6 }));
  }
  // parts the arms have set on the chassis ride on with it
  for (let j = -1; j <= 2; j++) {
    const x = rest + (j - 1) * spacing + move * spacing;
    if (j >= 1 || (j === 0 && ph >= 0.76)) {
      for (const a of arms) out += armPart(x + (a.drop - rest), deck);
    }
  }
  return out;
}

/** A small part as the arms carry it: a block whose bottom centre is (x, y). */
function armPart(x, y) {
  return (
    rect(x - 22, y - 26, 44, 26, { fill: C.amber, rx: 4 }) +
    rect(x - 16, y - 20, 32, 6, { fill: C.amberL, 'fill-opacity': 0.8 }) +
    rect(x - 12, y - 10, 24, 6, { fill: C.amberD, rx: 2 })
  );
}
