/** Data in motion: a cloud, chart cards, arcs between two points and the packets on them. */
import { C } from '../palette.mjs';
import { circle, f, line, path, poly, polyline, rect, TAU } from '../svg.mjs';

/** A cloud shape, centred roughly on the origin, about 2*r wide. */
export function cloudPath(r = 160) {
  const k = r / 160;
  const p = (x, y) => `${f(x * k)} ${f(y * k)}`;
  return `M${p(-150, 60)} A${f(55 * k)} ${f(55 * k)} 0 0 1 ${p(-120, -40)} A${f(80 * k)} ${f(80 * k)} 0 0 1 ${p(20, -95)} A${f(70 * k)} ${f(70 * k)} 0 0 1 ${p(140, -10)} A${f(38 * k)} ${f(38 * k)} 0 0 1 ${p(150, 60)} Z`;
}

/** A small dashboard card with a chart; origin top-left. */
export function chartCard(D, w, h, kind, rnd, phase = 0) {
  let out = rect(0, 0, w, h, {
    fill: C.navy2,
    'fill-opacity': 0.85,
    stroke: C.tealL,
    'stroke-opacity': 0.35,
    'stroke-width': 2,
    rx: 14,
  });
  out += rect(20, 18, w * 0.35, 8, { fill: C.mist, 'fill-opacity': 0.5, rx: 4 });
  out += rect(20, 32, w * 0.2, 6, { fill: C.mist, 'fill-opacity': 0.25, rx: 3 });
  const x0 = 20;
  const y0 = h - 22;
  const cw = w - 40;
  const ch = h - 80;
  if (kind === 'bars') {
    const n = 9;
    for (let i = 0; i < n; i++) {
      const v = 0.3 + 0.6 * Math.abs(Math.sin(i * 1.3 + phase + rnd() * 0.4));
      out += rect(x0 + (i * cw) / n + 4, y0 - v * ch, cw / n - 8, v * ch, {
        fill: i % 3 === 2 ? C.amber : C.teal,
        rx: 3,
      });
    }
  } else if (kind === 'line') {
    const list = [];
    for (let i = 0; i <= 12; i++)
      list.push([x0 + (i * cw) / 12, y0 - ch * (0.25 + 0.5 * (i / 12) + 0.15 * Math.sin(i * 1.7 + phase))]);
    const area = D.lin('area', [
      [0, C.teal, 0.45],
      [1, C.teal, 0],
    ]);
    out += poly([...list, [x0 + cw, y0], [x0, y0]], { fill: area });
    out += polyline(list, { stroke: C.tealL, 'stroke-width': 4, 'stroke-linejoin': 'round' });
    const last = list[list.length - 1];
    out += circle(last[0], last[1], 7, { fill: C.amber });
  } else if (kind === 'gauge') {
    const cx = w / 2;
    const cy = h - 30;
    const r = Math.min(w / 2 - 30, h - 80);
    out += path(`M${f(cx - r)} ${f(cy)} A${f(r)} ${f(r)} 0 0 1 ${f(cx + r)} ${f(cy)}`, {
      fill: 'none',
      stroke: C.navy3,
      'stroke-width': 16,
      'stroke-linecap': 'round',
    });
    const v = 0.72 + 0.1 * Math.sin(phase);
    const ang = Math.PI * (1 - v);
    out += path(
      `M${f(cx - r)} ${f(cy)} A${f(r)} ${f(r)} 0 0 1 ${f(cx + Math.cos(ang) * r)} ${f(cy - Math.sin(ang) * r)}`,
      {
        fill: 'none',
        stroke: C.teal,
        'stroke-width': 16,
        'stroke-linecap': 'round',
      },
    );
    out += line(cx, cy, cx + Math.cos(ang) * (r - 26), cy - Math.sin(ang) * (r - 26), {
      stroke: C.amber,
      'stroke-width': 5,
      'stroke-linecap': 'round',
    });
    out += circle(cx, cy, 9, { fill: C.amber });
  } else if (kind === 'ring') {
    const cx = w / 2;
    const cy = h / 2 + 16;
    const r = Math.min(w, h - 40) / 2 - 34;
    const v = ((phase % 1) + 1) % 1;
    out += circle(cx, cy, r, { fill: 'none', stroke: C.navy3, 'stroke-width': 18 });
    const a = -Math.PI / 2 + v * TAU;
    if (v > 0.001)
      out += path(
        `M${f(cx)} ${f(cy - r)} A${f(r)} ${f(r)} 0 ${v > 0.5 ? 1 : 0} 1 ${f(cx + Math.cos(a) * r)} ${f(cy + Math.sin(a) * r)}`,
        { fill: 'none', stroke: C.amber, 'stroke-width': 18, 'stroke-linecap': 'round' },
      );
    out += circle(cx, cy, r * 0.45, { fill: C.teal, 'fill-opacity': 0.3 });
  }
  return out;
}

/** A link between two points drawn as a gentle arc; returns the path data and a point-at function. */
export function arc(p, q, bend = 0.25) {
  const mx = (p[0] + q[0]) / 2;
  const my = (p[1] + q[1]) / 2;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const c = [mx - dy * bend, my + dx * bend];
  const d = `M${f(p[0])} ${f(p[1])} Q${f(c[0])} ${f(c[1])} ${f(q[0])} ${f(q[1])}`;
  const point = (t) => [
    (1 - t) ** 2 * p[0] + 2 * (1 - t) * t * c[0] + t * t * q[0],
    (1 - t) ** 2 * p[1] + 2 * (1 - t) * t * c[1] + t * t * q[1],
  ];
  return { d, point };
}

/** A pulse travelling along a link: a bright dot with a short tail. */
export function packet(a, t, color = C.amber) {
  let out = '';
  for (let k = 3; k >= 0; k--) {
    const tt = t - k * 0.025;
    if (tt < 0 || tt > 1) continue;
    const [x, y] = a.point(tt);
    out += circle(x, y, k === 0 ? 7 : 6 - k, { fill: color, 'fill-opacity': k === 0 ? 1 : 0.5 - k * 0.12 });
  }
  return out;
}
