/**
 * Reading one cell as the field it is mapped to needs: text, a number, a year, a figure's unit or
 * qualifier. Each answers the value or why it cannot be one (a code the page translates).
 */
import type { SheetValue } from '../../../../../main/contract/studio-sheet';

export type Read<T> = { ok: true; value: T } | { ok: false; code: string };

export function cellText(value: SheetValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.date.slice(0, 10);
  return String(value).trim();
}

export function cellNumber(value: SheetValue): Read<number> {
  if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value };
  const text = cellText(value).replace(/[,，\s]/g, '');
  if (/^[-+]?\d+(\.\d+)?$/.test(text)) return { ok: true, value: Number(text) };
  return { ok: false, code: 'not-a-number' };
}

/** Excel counts days from 1900: a year column holding a date's serial number is 20000–80000 (1954–2119). */
const SERIAL = { min: 20000, max: 80000 };

/**
 * A year: a whole number 1900–2100 (or "2024年"). A cell Excel stored as a date gives its year; a
 * bare date serial number (a year column formatted as a date, then as a number) is refused, because
 * which year it meant cannot be told.
 */
export function cellYear(value: SheetValue): Read<number> {
  if (value !== null && typeof value === 'object') return { ok: true, value: new Date(value.date).getUTCFullYear() };
  const text = cellText(value).replace(/年$/, '');
  const n = typeof value === 'number' ? value : /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isInteger(n) && n >= 1900 && n <= 2100) return { ok: true, value: n };
  if (Number.isFinite(n) && n >= SERIAL.min && n <= SERIAL.max) return { ok: false, code: 'date-serial' };
  return { ok: false, code: 'bad-year' };
}

/** A unit as written in a sheet → the schema's unit and what the value is multiplied by. */
const UNITS: Record<string, { unit: string; times: number }> = {};
const units = (names: string[], unit: string, times = 1) => names.forEach((n) => (UNITS[n] = { unit, times }));
units(['yuan', '元', '人民币', 'rmb', 'cny'], 'yuan');
units(['万元', '万', '万元人民币'], 'yuan', 1e4);
units(['百万元', 'millionyuan', 'million'], 'yuan', 1e6);
units(['亿元', '亿', '亿元人民币'], 'yuan', 1e8);
units(['billionyuan', 'billion'], 'yuan', 1e9);
units(['%', '百分比', 'percent', 'pct'], 'percent');
units(['count', '个', '家', '人', '项', '座', '台', '件', '名'], 'count');
units(['km', '公里', '千米', 'kilometre', 'kilometer', 'kilometres', 'kilometers'], 'km');
units(['m', '米', 'metre', 'meter', 'metres', 'meters'], 'm');
units(['minute', 'minutes', 'min', '分钟', '分'], 'minute');
units(['year', 'years', '年'], 'year');

export function cellUnit(value: SheetValue): Read<{ unit: string; times: number }> {
  const key = cellText(value).normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  const found = UNITS[key];
  return found ? { ok: true, value: found } : { ok: false, code: 'bad-unit' };
}

const QUALIFIERS: Record<string, string> = {
  exact: 'exact',
  精确: 'exact',
  '': 'exact',
  over: 'over',
  超过: 'over',
  以上: 'over',
  逾: 'over',
  morethan: 'over',
  about: 'about',
  约: 'about',
  大约: 'about',
  左右: 'about',
  approx: 'about',
  approximately: 'about',
  target: 'target',
  目标: 'target',
  预计: 'target',
  goal: 'target',
};

export function cellQualifier(value: SheetValue): Read<string> {
  const found = QUALIFIERS[cellText(value).toLowerCase().replace(/\s+/g, '')];
  return found ? { ok: true, value: found } : { ok: false, code: 'bad-qualifier' };
}

/** A web address; one written without its scheme (www.example.com) gets https://. */
export function cellWebsite(value: SheetValue): Read<string> {
  const text = cellText(value);
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.'))
      return { ok: true, value: withScheme };
  } catch {
    // Not a web address: said below.
  }
  return { ok: false, code: 'bad-website' };
}
