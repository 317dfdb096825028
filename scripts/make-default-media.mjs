#!/usr/bin/env node
/**
 * Regenerates the media of the default Xuzhou content pack (assets/packs/xuzhou/media).
 *
 * Everything is drawn here: flat SVG illustrations written from hand-made templates, and two short
 * looping VP9 clips rendered by ffmpeg from SVG frames of the same scenes. No photos, no fonts, no
 * text in the pictures, no scripts and no external references inside the SVGs.
 *
 *   node scripts/make-default-media.mjs            # SVGs and videos
 *   node scripts/make-default-media.mjs --svg-only # SVGs only (no ffmpeg needed)
 *
 * Needs ffmpeg built with librsvg (Debian's is) and libvpx for the videos.
 * The output is deterministic: the "random" details come from a seeded generator.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'assets/packs/xuzhou/media');
const SVG_ONLY = process.argv.includes('--svg-only');

/* ------------------------------------------------------------------ palette and SVG helpers */

const C = {
  navy: '#0b1e3f',
  navy2: '#102a52',
  navy3: '#173a6b',
  navy4: '#21508f',
  steel: '#2d5f9a',
  teal: '#14b8a6',
  tealL: '#5eead4',
  tealD: '#0f766e',
  amber: '#f59e0b',
  amberL: '#fcd34d',
  amberD: '#b45309',
  white: '#ffffff',
  mist: '#cbd5e1',
  slate: '#64748b',
};

const TAU = Math.PI * 2;
const f = (v) => String(Math.round(v * 10) / 10);

function attrs(a) {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? f(v) : v}"`)
    .join('');
}
const el = (tag, a = {}, inner) =>
  inner === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${inner}</${tag}>`;
const rect = (x, y, width, height, a = {}) => el('rect', { x, y, width, height, ...a });
const circle = (cx, cy, r, a = {}) => el('circle', { cx, cy, r, ...a });
const ellipse = (cx, cy, rx, ry, a = {}) => el('ellipse', { cx, cy, rx, ry, ...a });
const line = (x1, y1, x2, y2, a = {}) => el('line', { x1, y1, x2, y2, ...a });
const path = (d, a = {}) => el('path', { d, ...a });
const pts = (list) => list.map(([x, y]) => `${f(x)},${f(y)}`).join(' ');
const poly = (list, a = {}) => el('polygon', { points: pts(list), ...a });
const polyline = (list, a = {}) => el('polyline', { points: pts(list), fill: 'none', ...a });
const g = (a, ...kids) => el('g', a, kids.join(''));
const at = (x, y, s = 1, r = 0) =>
  `translate(${f(x)} ${f(y)})${r ? ` rotate(${f(r)})` : ''}${s !== 1 ? ` scale(${f(s)})` : ''}`;
const place = (x, y, s, r, ...kids) => g({ transform: at(x, y, s, r) }, ...kids);

/** Deterministic pseudo-random numbers (mulberry32). */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gradients, patterns and clip paths of one document, with ids unique to that document. */
class Defs {
  constructor(prefix) {
    this.prefix = prefix;
    this.items = [];
    this.names = new Set();
  }
  #add(name, body) {
    const id = `${this.prefix}-${name}`;
    if (!this.names.has(id)) {
      this.names.add(id);
      this.items.push(body(id));
    }
    return id;
  }
  static stops(list) {
    return list
      .map(([o, c, op = 1]) => el('stop', { offset: o, 'stop-color': c, 'stop-opacity': op === 1 ? undefined : op }))
      .join('');
  }
  lin(name, stops, { x1 = 0, y1 = 0, x2 = 0, y2 = 1 } = {}) {
    return `url(#${this.#add(name, (id) => el('linearGradient', { id, x1, y1, x2, y2 }, Defs.stops(stops)))})`;
  }
  rad(name, stops, { cx = 0.5, cy = 0.5, r = 0.5 } = {}) {
    return `url(#${this.#add(name, (id) => el('radialGradient', { id, cx, cy, r }, Defs.stops(stops)))})`;
  }
  pattern(name, w, h, inner) {
    return `url(#${this.#add(name, (id) => el('pattern', { id, width: w, height: h, patternUnits: 'userSpaceOnUse' }, inner))})`;
  }
  clip(name, inner) {
    return `url(#${this.#add(name, (id) => el('clipPath', { id }, inner))})`;
  }
  toString() {
    return this.items.length ? `<defs>${this.items.join('')}</defs>` : '';
  }
}

function svgDoc(D, body, { w = 1600, h = 900, outW = w, outH = h } = {}) {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${outW}" height="${outH}" viewBox="0 0 ${w} ${h}">` +
    `${D}${body}</svg>\n`
  );
}

/* ------------------------------------------------------------------ shared backgrounds */

function backdrop(
  D,
  { glow = C.teal, gx = 1150, gy = 260, gr = 620, top = C.navy, bottom = '#15406f', dots = true } = {},
) {
  const sky = D.lin('bg', [
    [0, top],
    [1, bottom],
  ]);
  const halo = D.rad('halo', [
    [0, glow, 0.42],
    [0.55, glow, 0.1],
    [1, glow, 0],
  ]);
  const dot = D.pattern('dots', 44, 44, circle(22, 22, 1.7, { fill: C.white, 'fill-opacity': 0.07 }));
  return (
    rect(0, 0, 1600, 900, { fill: sky }) +
    circle(gx, gy, gr, { fill: halo }) +
    (dots ? rect(0, 0, 1600, 900, { fill: dot }) : '')
  );
}

function floor(D, y = 720, { tone = C.navy2 } = {}) {
  const fl = D.lin('floor', [
    [0, tone],
    [1, C.navy],
  ]);
  return (
    rect(0, y, 1600, 900 - y, { fill: fl }) +
    line(0, y, 1600, y, { stroke: C.tealL, 'stroke-opacity': 0.35, 'stroke-width': 2 })
  );
}

/** A soft round "badge" behind an icon. */
function badge(D, x, y, r, color = C.teal) {
  const fill = D.rad(`badge-${color.slice(1)}`, [
    [0, color, 0.35],
    [1, color, 0.04],
  ]);
  return (
    circle(x, y, r, { fill }) +
    circle(x, y, r, { fill: 'none', stroke: color, 'stroke-opacity': 0.55, 'stroke-width': 2 })
  );
}

/** Concentric arcs of a wireless (5G) signal, pointing up, origin at the emitter. */
function signal(r = 60, color = C.tealL, width = 7) {
  let out = circle(0, 0, width * 1.1, { fill: color });
  for (let i = 1; i <= 3; i++) {
    const rr = (r * i) / 3;
    const a = 0.75;
    const x = Math.sin(a) * rr;
    const y = -Math.cos(a) * rr;
    out += path(`M${f(-x)} ${f(y)} A${f(rr)} ${f(rr)} 0 0 1 ${f(x)} ${f(y)}`, {
      fill: 'none',
      stroke: color,
      'stroke-width': width,
      'stroke-linecap': 'round',
      'stroke-opacity': 1 - i * 0.18,
    });
  }
  return out;
}

/** A gear outline centred on the origin. */
function gear(r, teeth, a = {}) {
  const list = [];
  const depth = r * 0.16;
  for (let i = 0; i < teeth * 4; i++) {
    const ang = (i / (teeth * 4)) * TAU;
    const rr = i % 4 < 2 ? r : r - depth;
    list.push([Math.cos(ang) * rr, Math.sin(ang) * rr]);
  }
  const { hole = C.navy, ...rest } = a;
  return (
    poly(list, rest) +
    circle(
      0,
      0,
      r * 0.35,
      hole === 'none' ? { fill: 'none', stroke: a.stroke, 'stroke-width': a['stroke-width'] } : { fill: hole },
    )
  );
}

/* ------------------------------------------------------------------ machines and things */

/** A tower crane; origin at the foot of the mast. `trolley` 0..1 along the jib, `drop` cable length. */
function towerCrane({ h = 300, jib = 260, counter = 90, trolley = 0.7, drop = 120, color = C.amber } = {}) {
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

/** A wind turbine; origin at the foot of the tower. */
function windTurbine({ h = 220, blade = 95, rot = 0, color = C.white } = {}) {
  const leaf = `M0 0 Q${f(blade * 0.1)} ${f(-blade * 0.3)} 2 ${f(-blade)} Q${f(-blade * 0.07)} ${f(-blade * 0.35)} 0 0Z`;
  let blades = '';
  for (let k = 0; k < 3; k++) blades += path(leaf, { fill: color, transform: `rotate(${f(rot + k * 120)})` });
  return g(
    {},
    poly(
      [
        [-5, 0],
        [-2.2, -h],
        [2.2, -h],
        [5, 0],
      ],
      { fill: color, 'fill-opacity': 0.85 },
    ),
    rect(-7, -h - 6, 18, 10, { fill: color, rx: 4 }),
    g({ transform: `translate(0 ${-h})` }, blades, circle(0, 0, 5, { fill: C.amber })),
  );
}

/** A row of tilted solar panels, origin at the left foot. */
function solarRow(D, { n = 4, w = 120, h = 70, gap = 18, skew = 28, cols = 4, rows = 3, legs = true } = {}) {
  const fill = D.lin('pv', [
    [0, C.navy4],
    [1, C.tealD],
  ]);
  let out = '';
  for (let i = 0; i < n; i++) {
    const x = i * (w + gap);
    const quad = [
      [x + skew, -h - 14],
      [x + w + skew, -h - 14],
      [x + w, -14],
      [x, -14],
    ];
    if (legs) out += line(x + w * 0.5, -14, x + w * 0.5, 0, { stroke: C.slate, 'stroke-width': 5 });
    out += poly(quad, { fill, stroke: C.tealL, 'stroke-width': 2 });
    for (let c = 1; c < cols; c++) {
      const t = c / cols;
      out += line(x + skew + w * t, -h - 14, x + w * t, -14, {
        stroke: C.tealL,
        'stroke-opacity': 0.45,
        'stroke-width': 1.5,
      });
    }
    for (let r = 1; r < rows; r++) {
      const t = r / rows;
      out += line(x + skew * (1 - t), -14 - h * (1 - t), x + w + skew * (1 - t), -14 - h * (1 - t), {
        stroke: C.tealL,
        'stroke-opacity': 0.45,
        'stroke-width': 1.5,
      });
    }
    out += line(x + skew + 6, -h - 10, x + skew + w * 0.5, -h - 10, {
      stroke: C.white,
      'stroke-opacity': 0.5,
      'stroke-width': 3,
    });
  }
  return out;
}

const wheel = (x, y, r, spin = 0) =>
  g(
    { transform: at(x, y, 1, spin) },
    circle(0, 0, r, { fill: '#0a1730' }),
    circle(0, 0, r * 0.55, { fill: C.mist }),
    circle(0, 0, r * 0.22, { fill: C.slate }),
    rect(-r * 0.08, -r * 0.5, r * 0.16, r * 0.22, { fill: C.slate }),
  );

/** A wheeled-crane carrier (the "chassis"); origin at the ground under the rear end. Length ~520. */
function craneChassis({ spin = 0, color = C.amber, wheels = true, cab = true } = {}) {
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
function craneTip({ angle = 38, ext = 1 } = {}) {
  const tipLocal = -20 + (330 - 30) + (300 * ext - 30) + (270 * ext - 30) + 30;
  const a = (-angle * Math.PI) / 180;
  return [120 + Math.cos(a) * tipLocal, -130 + Math.sin(a) * tipLocal];
}

/** Superstructure and telescopic boom; origin at the ground under the rear end of the carrier. */
function craneUpper({ angle = 38, ext = 1, color = C.amber, load = 0 } = {}) {
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
function crawlerChassis({ stroke = C.tealL, accent = C.amber, wire = false } = {}) {
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
function excavator({ color = C.amber, boom = -35, stick = 70, bucket = 60 } = {}) {
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
function robotArm({ a1 = -20, a2 = 70, a3 = 30, color = C.amber, l1 = 160, l2 = 130, grip = 0.5 } = {}) {
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

/** A chip package centred on the origin. */
function chip(D, s = 200, { accent = C.teal, die = true } = {}) {
  const h = s / 2;
  const pins = 7;
  let out = '';
  for (let i = 0; i < pins; i++) {
    const p = -h + (s * (i + 0.5)) / pins - 5;
    out += rect(p, -h - 22, 10, 22, { fill: C.mist, rx: 2 });
    out += rect(p, h, 10, 22, { fill: C.mist, rx: 2 });
    out += rect(-h - 22, p, 22, 10, { fill: C.mist, rx: 2 });
    out += rect(h, p, 22, 10, { fill: C.mist, rx: 2 });
  }
  const body = D.lin('chipbody', [
    [0, C.navy3],
    [1, C.navy],
  ]);
  out += rect(-h, -h, s, s, { fill: body, rx: s * 0.07, stroke: accent, 'stroke-width': 3 });
  if (die) {
    const dieFill = D.lin(`die-${accent.slice(1)}`, [
      [0, accent],
      [1, C.navy4],
    ]);
    out += rect(-h * 0.55, -h * 0.55, s * 0.55, s * 0.55, { fill: dieFill, rx: 6 });
    const grid = D.pattern(
      'diegrid',
      12,
      12,
      path('M12 0H0V12', { fill: 'none', stroke: C.white, 'stroke-opacity': 0.18, 'stroke-width': 1 }),
    );
    out += rect(-h * 0.55, -h * 0.55, s * 0.55, s * 0.55, { fill: grid, rx: 6 });
  }
  out += circle(-h + s * 0.12, -h + s * 0.12, s * 0.035, { fill: C.white, 'fill-opacity': 0.6 });
  return out;
}

/** A silicon wafer with a grid of dies, centred on the origin. */
function wafer(D, r = 160, { tint = C.teal } = {}) {
  const face = D.lin(
    `wafer-${tint.slice(1)}`,
    [
      [0, C.mist],
      [0.45, tint],
      [1, C.navy4],
    ],
    { x1: 0, y1: 0, x2: 1, y2: 1 },
  );
  const clip = D.clip(`waferclip-${Math.round(r)}`, circle(0, 0, r - 8));
  const grid = D.pattern(
    'wgrid',
    26,
    26,
    path('M26 0H0V26', { fill: 'none', stroke: C.navy, 'stroke-opacity': 0.35, 'stroke-width': 2 }),
  );
  return (
    circle(0, 0, r, { fill: face }) +
    rect(-r, -r, 2 * r, 2 * r, { fill: grid, 'clip-path': clip }) +
    path(`M${f(-r * 0.25)} ${f(r * 0.968)} L${f(r * 0.25)} ${f(r * 0.968)}`, { stroke: C.navy, 'stroke-width': 6 }) +
    circle(0, 0, r, { fill: 'none', stroke: C.white, 'stroke-opacity': 0.6, 'stroke-width': 3 })
  );
}

/** A battery cell centred on the origin, `level` 0..1. */
function battery({ w = 90, h = 170, level = 0.8, color = C.teal } = {}) {
  let out = rect(-w * 0.2, -h / 2 - 14, w * 0.4, 16, { fill: C.mist, rx: 4 });
  out += rect(-w / 2, -h / 2, w, h, { fill: C.navy2, stroke: C.mist, 'stroke-width': 4, rx: 12 });
  const bars = 5;
  const bh = (h - 24) / bars;
  for (let i = 0; i < bars; i++) {
    const on = i >= bars - Math.round(level * bars);
    out += rect(-w / 2 + 10, -h / 2 + 12 + i * bh + 3, w - 20, bh - 6, {
      fill: on ? color : C.navy3,
      rx: 4,
    });
  }
  return out;
}

/** A cloud shape, centred roughly on the origin, about 2*r wide. */
function cloudPath(r = 160) {
  const k = r / 160;
  const p = (x, y) => `${f(x * k)} ${f(y * k)}`;
  return `M${p(-150, 60)} A${f(55 * k)} ${f(55 * k)} 0 0 1 ${p(-120, -40)} A${f(80 * k)} ${f(80 * k)} 0 0 1 ${p(20, -95)} A${f(70 * k)} ${f(70 * k)} 0 0 1 ${p(140, -10)} A${f(38 * k)} ${f(38 * k)} 0 0 1 ${p(150, 60)} Z`;
}

/** A small dashboard card with a chart; origin top-left. */
function chartCard(D, w, h, kind, rnd, phase = 0) {
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
function arc(p, q, bend = 0.25) {
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
function packet(a, t, color = C.amber) {
  let out = '';
  for (let k = 3; k >= 0; k--) {
    const tt = t - k * 0.025;
    if (tt < 0 || tt > 1) continue;
    const [x, y] = a.point(tt);
    out += circle(x, y, k === 0 ? 7 : 6 - k, { fill: color, 'fill-opacity': k === 0 ? 1 : 0.5 - k * 0.12 });
  }
  return out;
}

/** A factory block with saw-tooth roof and a chimney; origin at the ground, left. */
function factory(D, { w = 320, h = 120, teeth = 4, tone = C.navy3 } = {}) {
  const tw = w / teeth;
  let roof = `M0 ${-h}`;
  for (let i = 0; i < teeth; i++) roof += ` L${f(i * tw + tw)} ${f(-h - 50)} L${f(i * tw + tw)} ${f(-h)}`;
  roof += ` V0 H0 Z`;
  const win = D.pattern('fwin', 40, 36, rect(8, 8, 24, 14, { fill: C.tealL, 'fill-opacity': 0.45, rx: 2 }));
  let out = rect(w * 0.75, -h - 120, 26, 120, { fill: C.slate });
  out += rect(w * 0.75, -h - 120, 26, 10, { fill: C.amber });
  out += path(roof, { fill: tone });
  for (let i = 0; i < teeth; i++)
    out += poly(
      [
        [i * tw + tw - 8, -h - 42],
        [i * tw + tw - 8, -h - 4],
        [i * tw + tw * 0.3, -h - 4],
      ],
      { fill: C.tealL, 'fill-opacity': 0.35 },
    );
  out += rect(12, -h + 16, w - 24, h - 40, { fill: win });
  return out;
}

/** A simple city silhouette between x0 and x1 on `base`. */
function skyline(
  D,
  rnd,
  { x0 = -40, x1 = 1640, base = 700, minH = 80, maxH = 260, fill = C.navy3, win, spires = 0.15 } = {},
) {
  let shapes = '';
  let windows = '';
  let x = x0;
  while (x < x1) {
    const w = 46 + rnd() * 64;
    const h = minH + rnd() * (maxH - minH);
    const kind = rnd();
    shapes += rect(x, base - h, w, h);
    if (kind < spires)
      shapes += poly([
        [x + w / 2 - 4, base - h],
        [x + w / 2, base - h - 46],
        [x + w / 2 + 4, base - h],
      ]);
    else if (kind < spires + 0.2) shapes += rect(x + w * 0.2, base - h - 18, w * 0.6, 18);
    else if (kind < spires + 0.3)
      shapes += poly([
        [x, base - h],
        [x + w, base - h - 26],
        [x + w, base - h],
      ]);
    if (win) windows += rect(x + 7, base - h + 12, w - 14, h - 16);
    x += w + 4 + rnd() * 10;
  }
  return g({ fill }, shapes) + (win ? g({ fill: win }, windows) : '');
}

/* ------------------------------------------------------------------ scenes */

/** The city at dusk: hills, skyline, cranes, wind, solar and a data network. `t` in seconds (loops every 8 s). */
function cityScene(D, t = 0) {
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

/** Two-link inverse kinematics for `robotArm`: angles that put the wrist on `target` (arm-local). */
function reach(target, { l1 = 160, l2 = 130, elbow = 1 } = {}) {
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

const smooth = (x) => (x <= 0 ? 0 : x >= 1 ? 1 : x * x * (3 - 2 * x));
const window01 = (ph, a, b) => smooth((ph - a) / (b - a));

/**
 * The crane-chassis assembly line, stop-and-go like a real takt line: carriers advance one station,
 * the hoist brings a part and lowers it, the robot arms weld. `t` in seconds; loops every 8 s.
 */
function assemblyScene(D, t = 0) {
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
  // robot arms in front of the line, welding while the line stands still
  const work = window01(ph, 0.26, 0.34) - window01(ph, 0.9, 0.99);
  const arms = [
    { x: 420, elbow: 1, home: [90, -360], seam: [rest + 60, rest + 150] },
    { x: 1150, elbow: -1, home: [-90, -360], seam: [rest + 320, rest + 410] },
  ];
  for (const a of arms) {
    const sx0 = a.seam[0] + (a.seam[1] - a.seam[0]) * (0.5 + 0.5 * Math.sin(ph * TAU * 3));
    const weld = [sx0 - a.x, 750 - 96 - 880];
    const wrist = [a.home[0] + (weld[0] - a.home[0]) * work, a.home[1] + (weld[1] - 36 - a.home[1]) * work];
    const ang = reach(wrist, { l1: 200, l2: 170, elbow: a.elbow });
    out += place(a.x, 880, 1, 0, robotArm({ ...ang, l1: 200, l2: 170 }));
    if (work > 0.95) {
      const sx = a.x + wrist[0];
      const sy = 880 + wrist[1] + 36;
      const sr = seeded(Math.floor(t * 25) * 7 + a.x);
      for (let i = 0; i < 9; i++) {
        const an = -Math.PI * sr();
        const len = 10 + sr() * 26;
        out += line(sx, sy, sx + Math.cos(an) * len, sy + Math.sin(an) * len, {
          stroke: i % 2 ? C.amberL : C.white,
          'stroke-width': 2,
          'stroke-linecap': 'round',
        });
      }
      out += circle(sx, sy, 9, { fill: C.amberL, 'fill-opacity': 0.85 });
    }
  }
  return out;
}

/* ------------------------------------------------------------------ more small pictograms */

/** A map pin whose tip is at the origin. */
const pin = (color = C.amber) =>
  path('M0 0 C-6 -14 -20 -24 -20 -38 A20 20 0 0 1 20 -38 C20 -24 6 -14 0 0 Z', { fill: color }) +
  circle(0, -38, 7, { fill: C.navy });

/** A globe with a dotted surface, centred on the origin. */
function globe(D, r = 200) {
  const face = D.rad(
    'globe',
    [
      [0, C.navy4],
      [1, C.navy2],
    ],
    { cx: 0.38, cy: 0.35, r: 0.75 },
  );
  const clip = D.clip('globeclip', circle(0, 0, r));
  const dots = D.pattern('gdots', 16, 16, circle(8, 8, 2.6, { fill: C.tealL, 'fill-opacity': 0.45 }));
  // a few soft "land" blobs so the dot texture reads as a map
  const land =
    path(
      `M${f(-r * 0.1)} ${f(-r * 0.7)} q${f(r * 0.5)} ${f(-r * 0.1)} ${f(r * 0.7)} ${f(r * 0.25)} q${f(r * 0.1)} ${f(r * 0.3)} ${f(-r * 0.25)} ${f(r * 0.45)} q${f(-r * 0.4)} ${f(-r * 0.05)} ${f(-r * 0.45)} ${f(-r * 0.7)} Z`,
      { fill: dots },
    ) +
    path(
      `M${f(-r * 0.75)} ${f(r * 0.05)} q${f(r * 0.3)} ${f(-r * 0.15)} ${f(r * 0.45)} ${f(r * 0.1)} q${f(r * 0.05)} ${f(r * 0.35)} ${f(-r * 0.2)} ${f(r * 0.6)} q${f(-r * 0.3)} ${f(-r * 0.2)} ${f(-r * 0.25)} ${f(-r * 0.7)} Z`,
      { fill: dots },
    ) +
    path(
      `M${f(r * 0.2)} ${f(r * 0.2)} q${f(r * 0.35)} ${f(0)} ${f(r * 0.45)} ${f(r * 0.2)} q${f(-r * 0.05)} ${f(r * 0.3)} ${f(-r * 0.35)} ${f(r * 0.35)} Z`,
      { fill: dots },
    );
  let grid = '';
  for (const k of [0.35, 0.7])
    grid += ellipse(0, 0, r * k, r, { fill: 'none', stroke: C.tealL, 'stroke-opacity': 0.2, 'stroke-width': 1.5 });
  for (const y of [-0.5, 0, 0.5]) {
    const hw = Math.sqrt(1 - y * y) * r;
    grid += line(-hw, y * r, hw, y * r, { stroke: C.tealL, 'stroke-opacity': 0.2, 'stroke-width': 1.5 });
  }
  return (
    circle(0, 0, r, { fill: face }) +
    g({ 'clip-path': clip }, land, grid) +
    circle(0, 0, r, { fill: 'none', stroke: C.tealL, 'stroke-opacity': 0.6, 'stroke-width': 3 })
  );
}

/** A high plateau with snowy shoulders; origin at the ground, left. Its flat top is at y = -280. */
function plateau(w = 560, { tone = '#24507f', snow = C.white } = {}) {
  const top = -280;
  let out = poly(
    [
      [0, 0],
      [w * 0.12, -170],
      [w * 0.2, -150],
      [w * 0.32, top],
      [w * 0.78, top],
      [w * 0.88, -190],
      [w, 0],
    ],
    { fill: tone },
  );
  out += poly(
    [
      [w * 0.32, top],
      [w * 0.78, top],
      [w * 0.8, top + 26],
      [w * 0.62, top + 14],
      [w * 0.48, top + 34],
      [w * 0.3, top + 22],
    ],
    { fill: snow, 'fill-opacity': 0.92 },
  );
  out += poly(
    [
      [w * 0.12, -170],
      [w * 0.16, -140],
      [w * 0.1, -146],
    ],
    { fill: snow, 'fill-opacity': 0.92 },
  );
  out += poly(
    [
      [w * 0.88, -190],
      [w * 0.92, -150],
      [w * 0.85, -158],
    ],
    { fill: snow, 'fill-opacity': 0.92 },
  );
  return out;
}

/** A mine headframe with its sheave wheel; origin at the ground, centred. */
function headframe(color = C.amber) {
  const s = { stroke: color, 'stroke-width': 6, 'stroke-linecap': 'round' };
  return (
    line(-50, 0, -10, -150, s) +
    line(50, 0, 10, -150, s) +
    line(-40, -40, 40, -40, s) +
    line(-28, -90, 28, -90, s) +
    line(-40, -40, 28, -90, { ...s, 'stroke-width': 3 }) +
    line(70, 0, 12, -140, { ...s, 'stroke-width': 4 }) +
    circle(0, -160, 22, { fill: 'none', stroke: C.white, 'stroke-width': 5 }) +
    circle(0, -160, 5, { fill: C.white })
  );
}

function snowflake(r = 40, color = C.white) {
  let out = '';
  for (let k = 0; k < 6; k++) {
    out += g(
      { transform: `rotate(${k * 60})` },
      line(0, 0, 0, -r, { stroke: color, 'stroke-width': r * 0.12, 'stroke-linecap': 'round' }),
      polyline(
        [
          [-r * 0.25, -r * 0.75],
          [0, -r * 0.55],
          [r * 0.25, -r * 0.75],
        ],
        { stroke: color, 'stroke-width': r * 0.1, 'stroke-linecap': 'round' },
      ),
    );
  }
  return out;
}

/** An Erlenmeyer flask on the origin, with liquid. */
function flask(color = C.teal) {
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

function testTube(color = C.amber, level = 0.5) {
  const h = 150;
  return (
    rect(-14, -h * level, 28, h * level, { fill: color, rx: 12 }) +
    rect(-16, -h, 32, h, { fill: C.white, 'fill-opacity': 0.08, stroke: C.mist, 'stroke-width': 4, rx: 14 }) +
    rect(-20, -h - 8, 40, 10, { fill: C.mist, rx: 4 })
  );
}

function capsule(color = C.amber) {
  return (
    path('M0 -22 H-34 A22 22 0 0 0 -34 22 H0 Z', { fill: color }) +
    path('M0 -22 H34 A22 22 0 0 1 34 22 H0 Z', { fill: C.white }) +
    rect(-40, -14, 30, 6, { fill: C.white, 'fill-opacity': 0.45, rx: 3 })
  );
}

function pill(color = C.tealL) {
  return (
    circle(0, 0, 22, { fill: color }) +
    line(-14, 0, 14, 0, { stroke: C.navy, 'stroke-opacity': 0.35, 'stroke-width': 4, 'stroke-linecap': 'round' })
  );
}

/** A molecule: a few fused hexagon rings with side chains, centred near the origin. */
function molecule(r = 46, { color = C.tealL, node = C.amber } = {}) {
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

/** A box truck with a refrigerated body; origin at the ground under the rear. */
function coldTruck() {
  return (
    rect(0, -170, 300, 140, { fill: C.mist, rx: 8 }) +
    rect(0, -170, 300, 16, { fill: C.teal, rx: 6 }) +
    place(150, -100, 1, 0, snowflake(36, C.teal)) +
    path('M304 -130 H360 L396 -80 V-30 H304 Z', { fill: C.amber }) +
    path('M314 -122 H354 L380 -86 H314 Z', { fill: C.tealL, 'fill-opacity': 0.85 }) +
    rect(0, -34, 396, 10, { fill: C.slate }) +
    wheel(70, -22, 24) +
    wheel(130, -22, 24) +
    wheel(340, -22, 24)
  );
}

/** A yarn cone; origin at its foot. */
function yarnCone(color = C.teal) {
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

/** A monitor / display panel centred on the origin. */
function monitor(D, w = 120, h = 80) {
  const scr = D.lin(
    'screen',
    [
      [0, C.teal],
      [1, C.navy4],
    ],
    { x1: 0, y1: 0, x2: 1, y2: 1 },
  );
  return (
    rect(-w / 2, -h / 2, w, h, { fill: C.navy, stroke: C.mist, 'stroke-width': 5, rx: 6 }) +
    rect(-w / 2 + 8, -h / 2 + 8, w - 16, h - 16, { fill: scr, rx: 3 }) +
    rect(-6, h / 2, 12, 18, { fill: C.mist }) +
    rect(-30, h / 2 + 16, 60, 7, { fill: C.mist, rx: 3 })
  );
}

function lens() {
  return (
    line(-70, -26, 0, -26, { stroke: C.amberL, 'stroke-width': 4 }) +
    line(-70, 26, 0, 26, { stroke: C.amberL, 'stroke-width': 4 }) +
    line(0, -26, 64, 0, { stroke: C.amberL, 'stroke-width': 4 }) +
    line(0, 26, 64, 0, { stroke: C.amberL, 'stroke-width': 4 }) +
    ellipse(0, 0, 16, 56, { fill: C.tealL, 'fill-opacity': 0.55, stroke: C.white, 'stroke-width': 4 }) +
    circle(64, 0, 6, { fill: C.amberL })
  );
}

function database(color = C.tealL) {
  let out = '';
  for (let i = 2; i >= 0; i--) {
    const y = i * 32;
    out += path(`M-50 ${y - 30} V${y} A50 14 0 0 0 50 ${y} V${y - 30}`, {
      fill: C.navy3,
      stroke: color,
      'stroke-width': 4,
    });
    out += ellipse(0, y - 30, 50, 14, { fill: C.navy4, stroke: color, 'stroke-width': 4 });
  }
  return out;
}

function glassPane(D) {
  const glass = D.lin(
    'glass',
    [
      [0, C.tealL, 0.7],
      [1, C.navy4, 0.4],
    ],
    { x1: 0, y1: 0, x2: 1, y2: 1 },
  );
  return (
    poly(
      [
        [-40, -70],
        [60, -50],
        [40, 70],
        [-60, 50],
      ],
      { fill: glass, stroke: C.white, 'stroke-width': 4, 'stroke-linejoin': 'round' },
    ) +
    line(-20, -40, -35, 20, { stroke: C.white, 'stroke-opacity': 0.7, 'stroke-width': 5, 'stroke-linecap': 'round' }) +
    line(0, -36, -8, 0, { stroke: C.white, 'stroke-opacity': 0.5, 'stroke-width': 4, 'stroke-linecap': 'round' })
  );
}

/** A power pylon; origin at the ground, centred. */
function pylon(h = 260, color = C.mist) {
  const s = { stroke: color, 'stroke-width': 3, fill: 'none' };
  let out = polyline(
    [
      [-40, 0],
      [-8, -h],
      [8, -h],
      [40, 0],
    ],
    s,
  );
  for (let i = 1; i < 6; i++) {
    const y1 = (-h * (i - 1)) / 5;
    const y2 = (-h * i) / 5;
    const w1 = 40 - (32 * (i - 1)) / 5;
    const w2 = 40 - (32 * i) / 5;
    out += line(-w1, y1, w2, y2, s) + line(w1, y1, -w2, y2, s);
  }
  out +=
    line(-70, -h * 0.8, 70, -h * 0.8, { ...s, 'stroke-width': 4 }) +
    line(-55, -h * 0.95, 55, -h * 0.95, { ...s, 'stroke-width': 4 });
  return out;
}

/** Printed-circuit traces running from a square of half-size `h` outwards. */
function traces(rnd, h, reachOut = 360, color = C.tealL) {
  let out = '';
  for (let side = 0; side < 4; side++) {
    for (let i = 0; i < 6; i++) {
      const p = -h + ((i + 0.5) * 2 * h) / 6;
      const l1 = 40 + rnd() * 60;
      const l2 = 80 + rnd() * (reachOut - 160);
      const bend = (rnd() < 0.5 ? -1 : 1) * (20 + rnd() * 50);
      let list = [
        [p, -h - 24],
        [p, -h - 24 - l1],
        [p + bend, -h - 24 - l1 - Math.abs(bend)],
        [p + bend, -h - 24 - l1 - Math.abs(bend) - l2],
      ];
      const rot = side * 90;
      const c = Math.cos((rot * Math.PI) / 180);
      const s = Math.sin((rot * Math.PI) / 180);
      list = list.map(([x, y]) => [x * c - y * s, x * s + y * c]);
      out += polyline(list, { stroke: color, 'stroke-opacity': 0.45, 'stroke-width': 3, 'stroke-linejoin': 'round' });
      const [ex, ey] = list[3];
      out += circle(ex, ey, 6, { fill: 'none', stroke: i % 3 === 0 ? C.amber : color, 'stroke-width': 3 });
    }
  }
  return out;
}

/* ------------------------------------------------------------------ still scenes */

/** XCMG Hanyun: an industrial internet cloud linking machines, plants and energy. */
function platformScene(D) {
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
function reachScene(D) {
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
function dashboardScene(D) {
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
function craneScene(D) {
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
function twinScene(D) {
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

/** XCMG-FinDreams battery: modules on a 5G-connected line. */
function batteryScene(D) {
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

/** Huafa textile: yarn cones feeding a loom, fabric rolling out; 5G connected. */
function textileScene(D) {
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
function foodScene(D) {
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

/** Xiandao Dianke: sputtering targets and the fields their films go into. */
function targetScene(D) {
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

/** New-energy scenes for Hongyuan (field) and GCL (plant). */
function energyFieldScene(D) {
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

function energyPlantScene(D) {
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

/** Pharmaceutical R&D: glassware and a molecule (Nhwa) / capsules, vials and a molecule (Wanbang). */
function labScene(D) {
  let out = backdrop(D, { glow: C.teal, gx: 1100, gy: 300, gr: 650 });
  out += place(930, 330, 1.45, 0, molecule(50));
  // bench
  out += rect(0, 700, 1600, 30, { fill: C.mist }) + rect(0, 730, 1600, 170, { fill: C.navy2 });
  out += place(320, 700, 1.5, 0, flask(C.teal));
  out += place(560, 700, 1.2, 0, flask(C.amber));
  for (let i = 0; i < 5; i++)
    out += place(
      760 + i * 56,
      690,
      0.9,
      0,
      testTube([C.teal, C.amber, C.tealL, C.amberL, C.teal][i], 0.3 + ((i * 37) % 50) / 100),
    );
  out +=
    rect(730, 600, 300, 20, { fill: C.slate, rx: 6 }) +
    rect(740, 620, 12, 80, { fill: C.slate }) +
    rect(1008, 620, 12, 80, { fill: C.slate });
  // microscope
  out += place(
    1300,
    700,
    1,
    0,
    rect(-90, -24, 180, 24, { fill: C.mist, rx: 8 }),
    path('M40 -24 V-120 Q40 -220 -40 -240', {
      fill: 'none',
      stroke: C.mist,
      'stroke-width': 26,
      'stroke-linecap': 'round',
    }),
    rect(-70, -110, 110, 14, { fill: C.slate, rx: 4 }),
    g(
      { transform: 'translate(-40 -230) rotate(-25)' },
      rect(-16, -20, 32, 130, { fill: C.white, rx: 8 }),
      rect(-12, -44, 24, 28, { fill: C.teal, rx: 4 }),
    ),
  );
  return out;
}

function medicineScene(D) {
  let out = backdrop(D, { glow: C.amber, gx: 450, gy: 300, gr: 620 });
  out += place(430, 380, 1.5, 0, molecule(46, { color: C.amberL, node: C.teal }));
  out +=
    rect(0, 720, 1600, 180, { fill: C.navy2 }) +
    line(0, 720, 1600, 720, { stroke: C.tealL, 'stroke-opacity': 0.35, 'stroke-width': 2 });
  // vials
  for (let i = 0; i < 5; i++) {
    const x = 860 + i * 110;
    out += rect(x, 520, 80, 200, { fill: C.white, 'fill-opacity': 0.12, stroke: C.mist, 'stroke-width': 4, rx: 10 });
    out += rect(x + 4, 600, 72, 116, { fill: i % 2 ? C.amber : C.teal, 'fill-opacity': 0.85, rx: 8 });
    out += rect(x + 10, 490, 60, 34, { fill: i % 2 ? C.teal : C.amber, rx: 6 });
    out += rect(x + 14, 640, 52, 34, { fill: C.white, 'fill-opacity': 0.85, rx: 4 });
  }
  [
    [150, 800, 20, 'c', C.teal],
    [290, 830, -30, 'p', C.tealL],
    [420, 795, 65, 'c', C.amber],
    [560, 835, 0, 'p', C.amberL],
    [700, 805, -15, 'c', C.teal],
    [1000, 820, 35, 'c', C.amber],
    [1160, 800, 0, 'p', C.tealL],
    [1320, 830, -40, 'c', C.teal],
    [1470, 805, 10, 'p', C.amberL],
  ].forEach(([x, y, r, kind, color]) => {
    out += place(x, y, 1.1, r, kind === 'c' ? capsule(color) : pill(color));
  });
  // a rising R&D curve
  const list = [];
  for (let i = 0; i <= 10; i++) list.push([860 + i * 55, 400 - i * 22 - 10 * Math.sin(i)]);
  out += polyline(list, { stroke: C.tealL, 'stroke-width': 5, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' });
  out += circle(list[10][0], list[10][1], 10, { fill: C.amber });
  return out;
}

/** Semiconductor stills, one variation each. */
function waferScene(D) {
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

function chipBoardScene(D) {
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

function powerChipScene(D) {
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

/* ------------------------------------------------------------------ stills */

const stills = {};

const still = (prefix, scene) => () => {
  const D = new Defs(prefix);
  const body = scene(D);
  return svgDoc(D, body);
};

stills['city/skyline.svg'] = still('sky', (D) => cityScene(D, 1.3));
stills['enterprises/xcmg-hanyun/platform.svg'] = still('hy1', platformScene);
stills['enterprises/xcmg-hanyun/reach.svg'] = still('hy2', reachScene);
stills['enterprises/xcmg-hanyun/dashboard.svg'] = still('hy3', dashboardScene);
stills['enterprises/xcmg-heavy/assembly-line.svg'] = still('xh1', (D) => assemblyScene(D, 3.7));
stills['enterprises/xcmg-heavy/wheeled-crane.svg'] = still('xh2', craneScene);
stills['enterprises/xcmg-crawler-chassis/digital-twin.svg'] = still('cc', twinScene);
stills['enterprises/xcmg-findreams-battery/battery-line.svg'] = still('fb', batteryScene);
stills['enterprises/huafa-textile/smart-weaving.svg'] = still('hf', textileScene);
stills['enterprises/cp-food-xuzhou/cold-chain-line.svg'] = still('cp', foodScene);
stills['enterprises/xiandao-dianke/ito-targets.svg'] = still('xd', targetScene);
stills['enterprises/hongyuan/green-energy.svg'] = still('hg', energyFieldScene);
stills['enterprises/gcl/new-energy-plant.svg'] = still('gcl', energyPlantScene);
stills['enterprises/nhwa-pharma/drug-lab.svg'] = still('nh', labScene);
stills['enterprises/wanbang/innovative-drugs.svg'] = still('wb', medicineScene);
stills['enterprises/xinhua-semiconductor/wafers.svg'] = still('xs', waferScene);
stills['enterprises/zhongke-zhixin/chip.svg'] = still('zz', chipBoardScene);
stills['enterprises/zhongke-hanyun/wafer-and-chips.svg'] = still('zh', powerChipScene);

/* ------------------------------------------------------------------ videos */

const videos = {
  'video/city-pulse': { scene: cityScene, prefix: 'cp', seconds: 8 },
  'video/assembly-line': { scene: assemblyScene, prefix: 'al', seconds: 8 },
};

function frameSvg({ scene, prefix }, t) {
  const D = new Defs(prefix);
  const body = scene(D, t);
  return svgDoc(D, body, { outW: 1280, outH: 720 });
}

/* ------------------------------------------------------------------ main */

function write(rel, text) {
  const file = join(OUT, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function main() {
  for (const [rel, make] of Object.entries(stills)) write(rel, make());
  for (const [rel, spec] of Object.entries(videos)) {
    write(`${rel}-poster.svg`, frameSvg(spec, 0));
    if (SVG_ONLY) continue;
    const tmp = mkdtempSync(join(tmpdir(), 'kiosk-frames-'));
    try {
      const fps = 25;
      const n = spec.seconds * fps;
      for (let i = 0; i < n; i++)
        writeFileSync(join(tmp, `f${String(i).padStart(4, '0')}.svg`), frameSvg(spec, i / fps));
      const target = join(OUT, `${rel}.webm`);
      mkdirSync(dirname(target), { recursive: true });
      execFileSync(
        'ffmpeg',
        [
          '-hide_banner',
          '-loglevel',
          'error',
          '-y',
          '-framerate',
          String(fps),
          '-i',
          join(tmp, 'f%04d.svg'),
          '-vf',
          'scale=1280:720,format=yuv420p',
          '-c:v',
          'libvpx-vp9',
          '-b:v',
          '600k',
          '-g',
          String(fps),
          '-row-mt',
          '1',
          '-deadline',
          'good',
          '-cpu-used',
          '2',
          '-an',
          '-fflags',
          '+bitexact',
          target,
        ],
        { stdio: 'inherit' },
      );
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  let total = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else {
        total += st.size;
        console.log(`${String(st.size).padStart(9)}  ${relative(ROOT, p)}`);
      }
    }
  };
  walk(OUT);
  console.log(`${String(total).padStart(9)}  total`);
}

main();
