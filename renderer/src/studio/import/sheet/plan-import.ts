/**
 * The import's plan, made in the page against the draft it holds: for every row of the sheet,
 * whether it adds an enterprise, updates one (matched by id, else by its name in any language),
 * changes nothing, or is refused, with each problem's column and reason. Clusters, districts,
 * parks and sources are matched by id or by name in any language; an unknown one refuses the row
 * (the import never invents a cluster). A refused row changes nothing; the others all land at once.
 */
import type { ParsedSheet, SheetField, SheetValue } from '../../../../../main/contract/studio-sheet';
import type { FieldType } from '../../form-model';
import { emptyValue, uniqueId } from '../../items';
import { cellNumber, cellQualifier, cellText, cellUnit, cellWebsite, cellYear } from './cell-values';
import type { ColumnTarget } from './column-mapping';

export interface RowProblem {
  /** 0-based column; absent when the row as a whole is wrong (e.g. no name in any column). */
  column?: number;
  code: string;
  /** The text that was not understood or not found, for the message. */
  value?: string;
  /** For a duplicate: the row that already names this enterprise. */
  otherRow?: number;
}

export interface PlannedRow {
  row: number;
  kind: 'add' | 'update' | 'unchanged' | 'refused';
  /** The enterprise's id (new or matched). */
  id?: string;
  /** Its name as the sheet gives it (or as the pack has it). */
  name: string;
  /** Fields (enterprise keys) the row changes. */
  changed: string[];
  problems: RowProblem[];
}

export interface ImportPlan {
  rows: PlannedRow[];
  /** The pack's enterprises after the import: the updated ones in place, the new ones at the end. */
  enterprises: unknown[];
  counts: Record<PlannedRow['kind'], number>;
  /** The index in `enterprises` of the first new one, if any. */
  firstAdded?: number;
}

type Item = Record<string, unknown>;
type Texts = Record<string, string>;
const LANGS = ['zh-CN', 'en'] as const;

const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
const list = (pack: unknown, key: string): Item[] => {
  const value = pack && typeof pack === 'object' ? (pack as Item)[key] : undefined;
  return Array.isArray(value) ? (value.filter((v) => v && typeof v === 'object') as Item[]) : [];
};

/** Looks up items of a pack list by id, by their name (or title) in any language, and by a district's code. */
function finder(items: readonly Item[], textKeys: readonly string[]) {
  const map = new Map<string, string>();
  for (const item of items) {
    if (typeof item.id !== 'string') continue;
    for (const key of textKeys) {
      const text = item[key];
      if (text && typeof text === 'object')
        for (const v of Object.values(text as Texts)) if (typeof v === 'string' && v.trim()) map.set(norm(v), item.id);
    }
    if (typeof item.code === 'string') map.set(item.code, item.id);
  }
  for (const item of items) if (typeof item.id === 'string') map.set(norm(item.id), item.id);
  return (text: string) => map.get(norm(text));
}

/** An id from a name, as the studio's "add" makes them: lower-case letters, digits and dashes, unique. */
export function idFromName(names: Texts, taken: ReadonlySet<string>): string {
  const base =
    (names.en ?? '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/\b(co|ltd|inc|corp|llc|limited|company|group)\b\.?/g, ' ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'enterprise';
  return uniqueId(/^[a-z0-9]/.test(base) ? base : `e-${base}`, taken);
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

export function planImport(
  pack: unknown,
  sheet: ParsedSheet,
  mapping: readonly ColumnTarget[],
  enterpriseType: FieldType,
): ImportPlan {
  const existing = list(pack, 'enterprises');
  const enterprises: unknown[] = [...existing];
  const byId = new Map(existing.map((e, i) => [e.id, i] as const));
  const byName = new Map<string, number>();
  existing.forEach((e, i) => {
    for (const key of ['name', 'shortName']) {
      const t = e[key];
      if (t && typeof t === 'object')
        for (const v of Object.values(t as Texts)) if (typeof v === 'string' && v.trim()) byName.set(norm(v), i);
    }
  });
  // Full names win over short ones: set them last.
  existing.forEach((e, i) => {
    const t = e.name;
    if (t && typeof t === 'object')
      for (const v of Object.values(t as Texts)) if (typeof v === 'string' && v.trim()) byName.set(norm(v), i);
  });
  const findCluster = finder(list(pack, 'clusters'), ['name']);
  const findDistrict = finder(list(pack, 'districts'), ['name']);
  const findPark = finder(list(pack, 'parks'), ['name', 'shortName']);
  const findSource = finder(list(pack, 'sources'), ['title']);
  const parkDistrict = new Map(list(pack, 'parks').map((p) => [p.id, p.district] as const));

  const taken = new Set(existing.map((e) => e.id).filter((id): id is string => typeof id === 'string'));
  const claimed = new Map<number, number>(); // enterprise index → the sheet row that set it
  const columnOf = new Map<SheetField, number>();
  mapping.forEach((target, i) => {
    if (target !== 'ignore' && !columnOf.has(target)) columnOf.set(target, i);
  });
  const mapped = new Set(columnOf.values());

  const rows: PlannedRow[] = [];
  let firstAdded: number | undefined;
  for (const sheetRow of sheet.rows) {
    const problems: RowProblem[] = sheet.cellProblems
      .filter((p) => p.row === sheetRow.row && mapped.has(p.column))
      .map((p) => ({ column: p.column, code: p.code }));
    const cell = (field: SheetField): SheetValue => {
      const i = columnOf.get(field);
      return i === undefined ? null : (sheetRow.cells[i] ?? null);
    };
    const text = (field: SheetField) => cellText(cell(field));
    const has = (field: SheetField) => text(field) !== '';
    // A cell that could not be read is reported once, as such.
    const unreadable = new Set(problems.map((p) => p.column));
    const problem = (field: SheetField, code: string, value = text(field)) => {
      if (!unreadable.has(columnOf.get(field))) problems.push({ column: columnOf.get(field), code, value });
    };
    const texts = (key: string): Texts =>
      Object.fromEntries(
        LANGS.flatMap((l) => (has(`${key}.${l}` as SheetField) ? [[l, text(`${key}.${l}` as SheetField)]] : [])),
      );

    const names = texts('name');
    const id = text('id');
    let target: number | undefined;
    if (id) {
      target = byId.get(id);
      if (target === undefined && !ID.test(id)) problem('id', 'bad-id');
      else if (target === undefined && taken.has(id)) problem('id', 'duplicate-id');
    }
    if (target === undefined && !id) {
      for (const n of Object.values(names)) {
        target = byName.get(norm(n));
        if (target !== undefined) break;
      }
    }
    if (target === undefined && Object.keys(names).length === 0) {
      problems.push({ column: columnOf.get('name.zh-CN') ?? columnOf.get('name.en'), code: 'no-name' });
    }
    if (target !== undefined && claimed.has(target)) {
      problems.push({ code: 'duplicate-row', otherRow: claimed.get(target) });
    }

    // The row's values, each checked.
    const set: Item = {};
    for (const key of ['name', 'shortName', 'sector', 'summary']) {
      const t = texts(key);
      if (Object.keys(t).length) set[key] = t;
    }
    if (has('clusters')) {
      const ids: string[] = [];
      for (const part of text('clusters')
        .split(/[,，、;；/|\n]+/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        const found = findCluster(part);
        if (found) ids.push(found);
        else problem('clusters', 'unknown-cluster', part);
      }
      set.clusters = [...new Set(ids)];
    }
    if (has('district')) {
      const found = findDistrict(text('district'));
      if (found) set.district = found;
      else problem('district', 'unknown-district');
    }
    if (has('park')) {
      const found = findPark(text('park'));
      if (found) {
        set.park = found;
        const d = parkDistrict.get(found);
        if (!has('district') && typeof d === 'string') set.district = d;
      } else problem('park', 'unknown-park');
    }
    if (has('website')) {
      const url = cellWebsite(cell('website'));
      if (url.ok) set.website = url.value;
      else problem('website', url.code);
    }
    const figure = readFigure(cell, has, text, problem, findSource);

    const label = names['zh-CN'] ?? names.en ?? id;
    if (problems.length > 0) {
      rows.push({
        row: sheetRow.row,
        kind: 'refused',
        name: label,
        changed: [],
        problems,
        id: target === undefined ? undefined : String((enterprises[target] as Item).id),
      });
      continue;
    }
    if (target !== undefined) {
      claimed.set(target, sheetRow.row);
      const before = enterprises[target] as Item;
      const after = applyTo(before, set, figure);
      const changed = Object.keys(after).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
      if (changed.length) enterprises[target] = after;
      const shown = (before.name as Texts | undefined)?.['zh-CN'] ?? label;
      rows.push({
        row: sheetRow.row,
        kind: changed.length ? 'update' : 'unchanged',
        id: String(before.id),
        name: shown,
        changed,
        problems,
      });
      continue;
    }
    const newId = id || idFromName(names, taken);
    taken.add(newId);
    const fresh = emptyValue(enterpriseType, LANGS) as Item;
    fresh.id = newId;
    const blank = () => ({ 'zh-CN': '', en: '' });
    const withBlanks: Item = { ...set };
    for (const key of ['name', 'shortName', 'sector', 'summary'])
      if (set[key]) withBlanks[key] = { ...blank(), ...(set[key] as Texts) };
    const created = applyTo(fresh, withBlanks, figure);
    const index = enterprises.push(created) - 1;
    claimed.set(index, sheetRow.row);
    byName.set(norm(label), index);
    for (const n of Object.values(names)) byName.set(norm(n), index);
    byId.set(newId, index);
    firstAdded ??= index;
    rows.push({ row: sheetRow.row, kind: 'add', id: newId, name: label, changed: Object.keys(set), problems });
  }
  const counts = { add: 0, update: 0, unchanged: 0, refused: 0 };
  for (const r of rows) counts[r.kind]++;
  return { rows, enterprises, counts, firstAdded };
}

type Figure = Item & { label: Texts };

function readFigure(
  cell: (f: SheetField) => SheetValue,
  has: (f: SheetField) => boolean,
  text: (f: SheetField) => string,
  problem: (f: SheetField, code: string, value?: string) => void,
  findSource: (t: string) => string | undefined,
): Figure | undefined {
  const parts: SheetField[] = ['figure.value', 'figure.unit', 'figure.year', 'figure.source'];
  const labels: SheetField[] = ['figure.label.zh-CN', 'figure.label.en'];
  if (![...parts, ...labels].some(has)) return undefined;
  let ok = true;
  const fail = (f: SheetField, code: string, value?: string) => {
    problem(f, code, value);
    ok = false;
  };
  for (const f of parts) if (!has(f)) fail(f, 'figure-incomplete', '');
  if (!labels.some(has)) fail('figure.label.zh-CN', 'figure-incomplete', '');
  const value = has('figure.value') ? cellNumber(cell('figure.value')) : undefined;
  if (value && !value.ok) fail('figure.value', value.code);
  const unit = has('figure.unit') ? cellUnit(cell('figure.unit')) : undefined;
  if (unit && !unit.ok) fail('figure.unit', unit.code);
  const year = has('figure.year') ? cellYear(cell('figure.year')) : undefined;
  if (year && !year.ok) fail('figure.year', year.code);
  const source = has('figure.source') ? findSource(text('figure.source')) : undefined;
  if (has('figure.source') && !source) fail('figure.source', 'unknown-source');
  const qualifier = has('figure.qualifier') ? cellQualifier(cell('figure.qualifier')) : undefined;
  if (qualifier && !qualifier.ok) fail('figure.qualifier', qualifier.code);
  if (!ok || !value?.ok || !unit?.ok || !year?.ok || !source) return undefined;
  const label: Texts = { 'zh-CN': text('figure.label.zh-CN'), en: text('figure.label.en') };
  return {
    label,
    value: Math.round(value.value * unit.value.times * 1e6) / 1e6,
    unit: unit.value.unit,
    qualifier: qualifier?.ok ? qualifier.value : 'exact',
    year: year.value,
    source,
  };
}

/** `item` with the row's values: texts merged language by language, a figure replacing the one of the same label. */
function applyTo(item: Item, set: Item, figure: Figure | undefined): Item {
  const next: Item = { ...item };
  for (const [key, value] of Object.entries(set)) {
    // A text keeps its other languages (ja, say): the sheet sets only those it gives.
    if (value && typeof value === 'object' && !Array.isArray(value))
      next[key] = { ...((item[key] as Texts | undefined) ?? {}), ...(value as Texts) };
    else next[key] = value;
  }
  if (figure) {
    const figures = Array.isArray(item.figures) ? [...(item.figures as Figure[])] : [];
    const same = figures.findIndex((f) =>
      Object.entries(figure.label).some(([l, v]) => v && norm(String(f.label?.[l] ?? '')) === norm(v)),
    );
    const label =
      same >= 0
        ? { ...figures[same]!.label, ...Object.fromEntries(Object.entries(figure.label).filter(([, v]) => v)) }
        : figure.label;
    const merged = { ...figure, label };
    if (same >= 0) figures[same] = { ...figures[same], ...merged };
    else figures.push(merged);
    next.figures = figures;
  }
  return next;
}
