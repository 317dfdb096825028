/**
 * What a publish changes, in the words staff use: "3 enterprises added, 12 texts changed". Pure: it
 * compares two pack objects (the base pack and the one published) as they are, valid or not. Items
 * are matched by id, so reordering a list is not counted as a change of its items; each is named as
 * the pack names it, for the studio to show in its own language.
 */
import type { ChangeSummary, ItemKind, SummaryItem } from '../../contract/studio.ts';
import { MediaPath } from '../pack/schema-fields.ts';

type Json = Record<string, unknown>;

/** The lists whose items the summary counts, by where they sit in a pack. */
const LISTS: Array<[ItemKind, (pack: Json) => unknown]> = [
  ['tier', (p) => p.clusterTiers],
  ['cluster', (p) => p.clusters],
  ['enterprise', (p) => p.enterprises],
  ['district', (p) => p.districts],
  ['park', (p) => p.parks],
  ['future-industry', (p) => p.futureIndustries],
  ['source', (p) => p.sources],
  ['figure', (p) => (isObject(p.city) ? p.city.headlineFigures : undefined)],
];

/** Compares `before` (absent for a new city) with `after`. */
export function summariseChanges(before: unknown, after: unknown): ChangeSummary {
  const old = isObject(before) ? before : {};
  const now = isObject(after) ? after : {};
  const summary: ChangeSummary = {
    added: [],
    removed: [],
    changed: [],
    textsChanged: 0,
    mediaAdded: 0,
    mediaRemoved: 0,
  };
  for (const [kind, list] of LISTS) {
    const a = itemsById(list(old));
    const b = itemsById(list(now));
    for (const [id, item] of b) {
      if (!a.has(id)) summary.added.push(summaryItem(kind, id, item));
      else if (!sameJson(a.get(id), item)) summary.changed.push(summaryItem(kind, id, item));
    }
    for (const [id, item] of a) if (!b.has(id)) summary.removed.push(summaryItem(kind, id, item));
  }
  summary.textsChanged = countTextChanges(texts(old), texts(now));
  const mediaBefore = mediaPaths(old);
  const mediaAfter = mediaPaths(now);
  summary.mediaAdded = [...mediaAfter].filter((m) => !mediaBefore.has(m)).length;
  summary.mediaRemoved = [...mediaBefore].filter((m) => !mediaAfter.has(m)).length;
  return summary;
}

/**
 * Whether two pack objects hold the same content (key order aside), as their JSON would say: a key
 * whose value is undefined is no key. Walked side by side, not serialised: the studio asks this of
 * a whole 1,000-enterprise pack when its page opens, where sorting every object's keys into two
 * strings took a few hundred ms.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameJson(item ?? null, b[i] ?? null));
  }
  if (isObject(a) && isObject(b)) {
    const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
    const ka = keys(a);
    if (ka.length !== keys(b).length) return false;
    return ka.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
  }
  return typeof a === 'number' && typeof b === 'number' && !Number.isFinite(a) && !Number.isFinite(b);
}

/** The item's kind and id, and its name, title or label (the first with a text), its texts only. */
function summaryItem(kind: ItemKind, id: string, item: unknown): SummaryItem {
  if (!isObject(item)) return { kind, id };
  for (const key of ['name', 'title', 'label']) {
    const text = item[key];
    if (!isObject(text)) continue;
    const name = Object.fromEntries(
      Object.entries(text).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
      ),
    );
    if (Object.keys(name).length > 0) return { kind, id, name };
  }
  return { kind, id };
}

/** Items by id; an item without one (a headline figure) by its English label, else its place. */
function itemsById(list: unknown): Map<string, unknown> {
  const items = new Map<string, unknown>();
  if (!Array.isArray(list)) return items;
  list.forEach((item, i) => {
    let id = `#${i + 1}`;
    if (isObject(item) && typeof item.id === 'string') id = item.id;
    else if (isObject(item) && isObject(item.label) && typeof item.label.en === 'string') id = item.label.en;
    while (items.has(id)) id += "'";
    items.set(id, item);
  });
  return items;
}

/**
 * Every localized text (an object with zh-CN and en strings), keyed by where it is, with list items
 * named by their id so that a reorder moves no text.
 */
function texts(pack: Json): Map<string, Record<string, unknown>> {
  const found = new Map<string, Record<string, unknown>>();
  const visit = (value: unknown, at: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const key = isObject(item) && typeof item.id === 'string' ? `{${item.id}}` : `[${i}]`;
        visit(item, at + key);
      });
    } else if (isObject(value)) {
      if (typeof value['zh-CN'] === 'string' && typeof value.en === 'string') {
        found.set(at, value);
        return;
      }
      for (const [key, child] of Object.entries(value)) visit(child, `${at}.${key}`);
    }
  };
  visit(pack, '');
  return found;
}

/** One per language of one text that was added, removed or edited. */
function countTextChanges(
  before: Map<string, Record<string, unknown>>,
  after: Map<string, Record<string, unknown>>,
): number {
  let count = 0;
  for (const at of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(at) ?? {};
    const b = after.get(at) ?? {};
    for (const language of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (a[language] !== b[language]) count++;
    }
  }
  return count;
}

/** Every media path the pack names (any string that is a media path). */
export function mediaPaths(pack: unknown): Set<string> {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (MediaPath.safeParse(value).success) found.add(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) Object.values(value).forEach(visit);
  };
  visit(pack);
  return found;
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
