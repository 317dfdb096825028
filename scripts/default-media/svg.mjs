/**
 * Writing SVG by hand: elements from attribute objects (numbers rounded to a tenth, so the files
 * stay small and stable), a seeded generator for the "random" details, and one document's defs.
 */

export const TAU = Math.PI * 2;
export const f = (v) => String(Math.round(v * 10) / 10);

function attrs(a) {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? f(v) : v}"`)
    .join('');
}
const el = (tag, a = {}, inner) =>
  inner === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${inner}</${tag}>`;
export const rect = (x, y, width, height, a = {}) => el('rect', { x, y, width, height, ...a });
export const circle = (cx, cy, r, a = {}) => el('circle', { cx, cy, r, ...a });
export const ellipse = (cx, cy, rx, ry, a = {}) => el('ellipse', { cx, cy, rx, ry, ...a });
export const line = (x1, y1, x2, y2, a = {}) => el('line', { x1, y1, x2, y2, ...a });
export const path = (d, a = {}) => el('path', { d, ...a });
const pts = (list) => list.map(([x, y]) => `${f(x)},${f(y)}`).join(' ');
export const poly = (list, a = {}) => el('polygon', { points: pts(list), ...a });
export const polyline = (list, a = {}) => el('polyline', { points: pts(list), fill: 'none', ...a });
export const g = (a, ...kids) => el('g', a, kids.join(''));
export const at = (x, y, s = 1, r = 0) =>
  `translate(${f(x)} ${f(y)})${r ? ` rotate(${f(r)})` : ''}${s !== 1 ? ` scale(${f(s)})` : ''}`;
export const place = (x, y, s, r, ...kids) => g({ transform: at(x, y, s, r) }, ...kids);

/** Deterministic pseudo-random numbers (mulberry32). */
export function seeded(seed) {
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
export class Defs {
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

export function svgDoc(D, body, { w = 1600, h = 900, outW = w, outH = h } = {}) {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${outW}" height="${outH}" viewBox="0 0 ${w} ${h}">` +
    `${D}${body}</svg>\n`
  );
}
