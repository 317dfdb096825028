/** Small things the covers show: lab glass, medicines, a molecule, yarn. */
import { C } from '../palette.mjs';
import { circle, ellipse, line, path, poly, rect } from '../svg.mjs';

/** An Erlenmeyer flask on the origin, with liquid. */
export function flask(color = C.teal) {
  return (
    path('M-45.5 -45 L-70 -10 Q-74 0 -64 0 H64 Q74 0 70 -10 L45.5 -45 Z', { fill: color, 'fill-opacity': 0.85 }) +
    path('M-14 -150 V-90 L-70 -10 Q-74 0 -64 0 H64 Q74 0 70 -10 L14 -90 V-150', {
      fill: C.white,
      'fill-opacity': 0.08,
      stroke: C.mist,
      'stroke-width': 5,
      'stroke-linejoin': 'round',
    }) +
    rect(-22, -158, 44, 10, { fill: C.mist, rx: 4 }) +
    circle(-18, -24, 7, { fill: C.white, 'fill-opacity': 0.6 }) +
    circle(12, -34, 4, { fill: C.white, 'fill-opacity': 0.6 }) +
    circle(30, -16, 5, { fill: C.white, 'fill-opacity': 0.5 })
  );
}

export function testTube(color = C.amber, level = 0.5) {
  const h = 150;
  return (
    rect(-14, -h * level, 28, h * level, { fill: color, rx: 12 }) +
    rect(-16, -h, 32, h, { fill: C.white, 'fill-opacity': 0.08, stroke: C.mist, 'stroke-width': 4, rx: 14 }) +
    rect(-20, -h - 8, 40, 10, { fill: C.mist, rx: 4 })
  );
}

export function capsule(color = C.amber) {
  return (
    path('M0 -22 H-34 A22 22 0 0 0 -34 22 H0 Z', { fill: color }) +
    path('M0 -22 H34 A22 22 0 0 1 34 22 H0 Z', { fill: C.white }) +
    rect(-40, -14, 30, 6, { fill: C.white, 'fill-opacity': 0.45, rx: 3 })
  );
}

export function pill(color = C.tealL) {
  return (
    circle(0, 0, 22, { fill: color }) +
    line(-14, 0, 14, 0, { stroke: C.navy, 'stroke-opacity': 0.35, 'stroke-width': 4, 'stroke-linecap': 'round' })
  );
}

/** A molecule: a few fused hexagon rings with side chains, centred near the origin. */
export function molecule(r = 46, { color = C.tealL, node = C.amber } = {}) {
  const hex = (cx, cy) => {
    const list = [];
    for (let k = 0; k < 6; k++)
      list.push([
        cx + r * Math.cos((k * Math.PI) / 3 + Math.PI / 6),
        cy + r * Math.sin((k * Math.PI) / 3 + Math.PI / 6),
      ]);
    return list;
  };
  const w = r * Math.sqrt(3);
  const rings = [hex(-w / 2, 0), hex(w / 2, 0), hex(0, -1.5 * r)];
  let out = '';
  for (const ring of rings)
    out += poly(ring, {
      fill: color,
      'fill-opacity': 0.06,
      stroke: color,
      'stroke-width': 5,
      'stroke-linejoin': 'round',
    });
  const ends = [
    [-w, r * 0.5, -w - r * 0.9, r * 1.1],
    [w, r * 0.5, w + r * 0.9, r * 1.1],
    [0, -2.5 * r, 0, -3.4 * r],
    [0, r, 0, 1.9 * r],
  ];
  for (const [x1, y1, x2, y2] of ends) {
    out += line(x1, y1, x2, y2, { stroke: color, 'stroke-width': 5, 'stroke-linecap': 'round' });
    out += circle(x2, y2, 11, { fill: node });
  }
  for (const ring of rings) for (const [x, y] of ring) out += circle(x, y, 6, { fill: C.white });
  return out;
}

export function yarnCone(color = C.teal) {
  let out = poly(
    [
      [-34, 0],
      [-16, -110],
      [16, -110],
      [34, 0],
    ],
    { fill: color },
  );
  for (let i = 1; i < 6; i++) {
    const y = -i * 18;
    const hw = 34 - (18 * i * 18) / 110;
    out += line(-hw, y, hw, y + 6, { stroke: C.white, 'stroke-opacity': 0.3, 'stroke-width': 3 });
  }
  return (
    out + ellipse(0, -110, 16, 5, { fill: C.white, 'fill-opacity': 0.5 }) + rect(-4, -128, 8, 20, { fill: C.mist })
  );
}
