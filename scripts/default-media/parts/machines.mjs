/** Construction machinery and robots: tower and wheeled cranes, crawler chassis, excavator, arm. */
import { C } from '../palette.mjs';
import { at, circle, f, g, line, path, place, poly, rect } from '../svg.mjs';
import { gear } from './backgrounds.mjs';

/** A tower crane; origin at the foot of the mast. `trolley` 0..1 along the jib, `drop` cable length. */
export function towerCrane({ h = 300, jib = 260, counter = 90, trolley = 0.7, drop = 120, color = C.amber } = {}) {
  const s = { stroke: color, 'stroke-width': 3, fill: 'none' };
  let lattice = `M-10 0`;
  for (let y = 0; y > -h; y -= 24) lattice += ` L10 ${f(y - 12)} L-10 ${f(y - 24)}`;
  const top = -h;
  let jibZig = `M${-counter} ${top - 4}`;
  for (let x = -counter; x < jib; x += 22) jibZig += ` L${f(x + 11)} ${top - 16} L${f(x + 22)} ${top - 4}`;
  const tx = jib * trolley;
  return g(
    {},
    line(-10, 0, -10, top, { ...s, 'stroke-width': 4 }),
    line(10, 0, 10, top, { ...s, 'stroke-width': 4 }),
    path(lattice, { ...s, 'stroke-width': 2 }),
    line(-counter, top - 4, jib, top - 4, { ...s, 'stroke-width': 4 }),
    line(-counter, top - 16, jib, top - 16, { ...s, 'stroke-width': 3 }),
    path(jibZig, { ...s, 'stroke-width': 2 }),
    poly(
      [
        [-8, top - 16],
        [0, top - 58],
        [8, top - 16],
      ],
      { fill: color },
    ),
    line(0, top - 58, jib * 0.95, top - 16, { ...s, 'stroke-width': 2 }),
    line(0, top - 58, -counter, top - 16, { ...s, 'stroke-width': 2 }),
    rect(-counter, top - 2, 34, 26, { fill: C.slate }),
    rect(12, top - 2, 26, 20, { fill: color, rx: 3 }),
    rect(17, top + 2, 16, 9, { fill: C.tealL, 'fill-opacity': 0.8 }),
    rect(tx - 8, top - 2, 16, 8, { fill: C.white }),
    line(tx, top + 6, tx, top + 6 + drop, { stroke: C.white, 'stroke-width': 1.5 }),
    rect(tx - 4, top + 6 + drop, 8, 8, { fill: C.white }),
  );
}

export const wheel = (x, y, r, spin = 0) =>
  g(
    { transform: at(x, y, 1, spin) },
    circle(0, 0, r, { fill: '#0a1730' }),
    circle(0, 0, r * 0.55, { fill: C.mist }),
    circle(0, 0, r * 0.22, { fill: C.slate }),
    rect(-r * 0.08, -r * 0.5, r * 0.16, r * 0.22, { fill: C.slate }),
  );

/** A wheeled-crane carrier (the "chassis"); origin at the ground under the rear end. Length ~520. */
export function craneChassis({ spin = 0, color = C.amber, wheels = true, cab = true } = {}) {
  let out = '';
  out += rect(0, -92, 470, 30, { fill: color, rx: 4 });
  out += rect(0, -70, 470, 10, { fill: C.amberD });
  out += rect(30, -104, 60, 12, { fill: C.slate, rx: 2 });
  out += rect(380, -104, 60, 12, { fill: C.slate, rx: 2 });
  if (cab) {
    out += path('M458 -62 V-170 H500 L530 -120 V-62 Z', { fill: color });
    out += path('M470 -160 H496 L518 -124 H470 Z', { fill: C.tealL, 'fill-opacity': 0.85 });
    out += rect(472, -112, 40, 6, { fill: C.amberD });
  }
  if (wheels) for (const x of [56, 122, 260, 326, 440]) out += wheel(x, -30, 30, spin);
  return out;
}

/** Where the boom of `craneUpper` ends, relative to the carrier's origin. */
export function craneTip({ angle = 38, ext = 1 } = {}) {
  const tipLocal = -20 + (330 - 30) + (300 * ext - 30) + (270 * ext - 30) + 30;
  const a = (-angle * Math.PI) / 180;
  return [120 + Math.cos(a) * tipLocal, -130 + Math.sin(a) * tipLocal];
}

/** Superstructure and telescopic boom; origin at the ground under the rear end of the carrier. */
export function craneUpper({ angle = 38, ext = 1, color = C.amber, load = 0 } = {}) {
  const pivot = [120, -130];
  const secs = [
    [0, 330, 34],
    [0, 300 * ext, 26],
    [0, 270 * ext, 19],
  ];
  let boom = '';
  let x = -20;
  secs.forEach(([, len, hgt], i) => {
    boom += rect(x, -hgt / 2, len, hgt, { fill: i % 2 ? C.amberL : color, rx: 3 });
    boom += rect(x + len - 18, -hgt / 2, 6, hgt, { fill: C.amberD });
    x += len - 30;
  });
  const tipLocal = x + 30;
  const a = (-angle * Math.PI) / 180;
  const tip = [pivot[0] + Math.cos(a) * tipLocal, pivot[1] + Math.sin(a) * tipLocal];
  const hookY = -80 - load;
  return (
    rect(70, -150, 170, 46, { fill: color, rx: 6 }) +
    rect(70, -128, 170, 8, { fill: C.amberD }) +
    path('M200 -150 V-200 H236 L250 -170 V-150 Z', { fill: color }) +
    path('M208 -192 H232 L242 -172 H208 Z', { fill: C.tealL, 'fill-opacity': 0.85 }) +
    g({ transform: `translate(${pivot[0]} ${pivot[1]}) rotate(${f(-angle)})` }, boom) +
    line(160, -150, pivot[0] + Math.cos(a) * 160, pivot[1] + Math.sin(a) * 160, {
      stroke: C.slate,
      'stroke-width': 10,
    }) +
    line(tip[0], tip[1], tip[0], hookY, { stroke: C.white, 'stroke-width': 2 }) +
    path(`M${f(tip[0] - 9)} ${f(hookY)} h18 l-3 16 h-12 Z`, { fill: C.white })
  );
}

/** A crawler (tracked) undercarriage with its slewing ring; origin at the ground, centred. Width ~440. */
export function crawlerChassis({ stroke = C.tealL, accent = C.amber, wire = false } = {}) {
  const solid = (fill) => (wire ? { fill: 'none', stroke, 'stroke-width': 3 } : { fill });
  let out = '';
  // carbody and slewing ring on top
  out += poly(
    [
      [-120, -96],
      [-80, -136],
      [80, -136],
      [120, -96],
    ],
    solid(accent),
  );
  out += rect(-96, -156, 192, 20, { ...solid(C.mist), rx: 6 });
  if (!wire) for (let x = -86; x <= 86; x += 12) out += rect(x - 2, -154, 4, 16, { fill: C.slate });
  out += rect(-60, -130, 120, 22, { ...solid(C.amberD), rx: 4 });
  // track frame, track and rollers
  out += rect(-220, -96, 440, 96, { ...solid(C.slate), rx: 48 });
  if (!wire) {
    out += rect(-206, -84, 412, 72, { fill: '#0a1730', rx: 36 });
    for (let x = -180; x <= 180; x += 24)
      out += rect(x - 5, -100, 10, 8, { fill: C.slate, rx: 2 }) + rect(x - 5, -8, 10, 8, { fill: C.slate, rx: 2 });
    out += rect(-150, -64, 300, 30, { fill: accent, rx: 6 });
  } else {
    out += rect(-150, -64, 300, 30, { fill: 'none', stroke, 'stroke-width': 2, rx: 6 });
  }
  for (let i = 0; i < 5; i++) out += circle(-120 + i * 60, -22, 14, solid(C.mist));
  out += place(
    -176,
    -48,
    1,
    0,
    gear(36, 12, wire ? { fill: 'none', stroke, 'stroke-width': 3, hole: 'none' } : { fill: accent, hole: C.navy }),
  );
  out += circle(176, -48, 34, solid(C.mist)) + circle(176, -48, 12, solid(C.slate));
  return out;
}

/** An excavator; origin at the ground, centred under the tracks. */
export function excavator({ color = C.amber, boom = -35, stick = 70, bucket = 60 } = {}) {
  const arm = g(
    { transform: `translate(60 -120) rotate(${f(boom)})` },
    rect(0, -14, 170, 28, { fill: color, rx: 12 }),
    g(
      { transform: `translate(165 0) rotate(${f(stick)})` },
      rect(0, -10, 120, 20, { fill: C.amberL, rx: 9 }),
      g(
        { transform: `translate(118 0) rotate(${f(bucket)})` },
        path('M0 -10 L46 -18 L40 22 Q10 30 0 12 Z', { fill: C.slate }),
      ),
    ),
  );
  return (
    rect(-120, -50, 240, 50, { fill: C.slate, rx: 25 }) +
    rect(-108, -40, 216, 30, { fill: '#0a1730', rx: 15 }) +
    rect(-110, -110, 190, 56, { fill: color, rx: 8 }) +
    path('M20 -110 V-175 H70 L86 -130 V-110 Z', { fill: color }) +
    path('M30 -166 H66 L78 -132 H30 Z', { fill: C.tealL, 'fill-opacity': 0.85 }) +
    rect(-110, -96, 120, 10, { fill: C.amberD }) +
    arm
  );
}

/** An industrial robot arm; origin at the floor under its base. Angles in degrees from vertical. */
export function robotArm({ a1 = -20, a2 = 70, a3 = 30, color = C.amber, l1 = 160, l2 = 130, grip = 0.5 } = {}) {
  const g1 = rect(-15, -l1, 30, l1, { fill: color, rx: 15 });
  const g2 = rect(-12, -l2, 24, l2, { fill: C.amberL, rx: 12 });
  const gap = 6 + grip * 10;
  const hand = g(
    { transform: `translate(0 ${-l2}) rotate(${f(a3)})` },
    rect(-16, -16, 32, 16, { fill: C.slate, rx: 3 }),
    rect(-gap - 6, -36, 6, 22, { fill: C.mist }),
    rect(gap, -36, 6, 22, { fill: C.mist }),
  );
  return (
    rect(-48, -22, 96, 22, { fill: C.navy4, rx: 4 }) +
    rect(-30, -44, 60, 24, { fill: C.slate, rx: 6 }) +
    g(
      { transform: `translate(0 -40) rotate(${f(a1)})` },
      g1,
      g({ transform: `translate(0 ${-l1}) rotate(${f(a2)})` }, g2, hand, circle(0, 0, 14, { fill: C.navy3 })),
      circle(0, 0, 18, { fill: C.navy3 }),
      circle(0, -l1, 16, { fill: C.navy3 }),
    )
  );
}

/** Two-link inverse kinematics for `robotArm`: angles that put the wrist on `target` (arm-local). */
export function reach(target, { l1 = 160, l2 = 130, elbow = 1 } = {}) {
  const deg = (r) => (r * 180) / Math.PI;
  const j0 = [0, -40];
  const dx = target[0] - j0[0];
  const dy = target[1] - j0[1];
  const d = Math.min(Math.hypot(dx, dy), l1 + l2 - 1);
  const phi = Math.atan2(dx, -dy);
  const alpha = Math.acos((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d));
  const a1 = phi - elbow * alpha;
  const e = [j0[0] + Math.sin(a1) * l1, j0[1] - Math.cos(a1) * l1];
  const w = [j0[0] + Math.sin(phi) * d, j0[1] - Math.cos(phi) * d];
  const dir2 = Math.atan2(w[0] - e[0], -(w[1] - e[1]));
  const a2 = deg(dir2) - deg(a1);
  return { a1: deg(a1), a2, a3: 180 - deg(dir2) };
}
