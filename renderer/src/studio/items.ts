/**
 * What the studio does to a pack's lists and how it names their items: a new item's starting
 * values (from the form model, so a new schema field is there too), duplicates with a fresh id,
 * reordering, and the label an item shows in the item list and the search.
 */
import { REQUIRED_LANGUAGES } from '../../../main/core/pack/schema-fields';
import type { FieldSpec, FieldType } from './form-model';

const isRequiredLanguage = (lang: string) => (REQUIRED_LANGUAGES as readonly string[]).includes(lang);

/** A new value of a field: its default, else an empty one that the checks will ask staff to fill. */
export function emptyValue(type: FieldType, languages: readonly string[]): unknown {
  switch (type.kind) {
    case 'localized':
      // Only the languages every text must have: another stays absent (untranslated), never ''.
      return Object.fromEntries(languages.filter((l) => isRequiredLanguage(l)).map((l) => [l, '']));
    case 'object':
      return Object.fromEntries(
        type.fields.flatMap((f) => {
          if (f.default !== undefined) return [[f.key, structuredClone(f.default)]];
          return f.required ? [[f.key, emptyValue(f.type, languages)]] : [];
        }),
      );
    case 'list':
      return [];
    case 'tuple':
      return type.items.map((item) => emptyValue(item, languages));
    case 'enum':
      return type.options[0];
    case 'boolean':
      return false;
    case 'number':
      return undefined;
    default:
      return '';
  }
}

/** `base`, or `base-2`, `base-3` …: the first not in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const stem = base.replace(/-\d+$/, '') || 'item';
  if (!taken.has(base) && base) return base;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

const idsOf = (list: readonly unknown[]) =>
  new Set(
    list
      .map((item) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined))
      .filter((id): id is string => typeof id === 'string'),
  );

/** A list with a new item at its end; an item with an id gets a fresh one (`new`, `new-2` …). */
export function addItem(list: readonly unknown[], item: FieldType, languages: readonly string[]): unknown[] {
  const value = emptyValue(item, languages);
  if (item.kind === 'object' && item.fields.some((f) => f.type.kind === 'id')) {
    (value as Record<string, unknown>).id = uniqueId('new', idsOf(list));
  }
  return [...list, value];
}

/** A list with a copy of item `index` right after it, under a fresh id. */
export function duplicateItem(list: readonly unknown[], index: number): unknown[] {
  const copy = structuredClone(list[index]);
  if (copy && typeof copy === 'object' && typeof (copy as { id?: unknown }).id === 'string') {
    const record = copy as { id: string };
    record.id = uniqueId(`${record.id}-copy`, idsOf(list));
  }
  return [...list.slice(0, index + 1), copy, ...list.slice(index + 1)];
}

export const removeItem = (list: readonly unknown[], index: number): unknown[] => list.filter((_, i) => i !== index);

export function moveItem(list: readonly unknown[], from: number, to: number): unknown[] {
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}

/**
 * The item's name (name, else title, label, organisation …) in `lang` (or the first it has of several
 * languages, in order of preference), else in Chinese, English or any language; else its id, else ''.
 */
export function itemLabel(item: unknown, lang: string | readonly string[], fields: readonly FieldSpec[] = []): string {
  if (!item || typeof item !== 'object') return typeof item === 'string' ? item : '';
  const record = item as Record<string, unknown>;
  const firstText = fields.find((f) => f.type.kind === 'localized' && record[f.key])?.key;
  for (const key of ['name', 'title', 'label', firstText]) {
    const text = key ? record[key] : undefined;
    if (text && typeof text === 'object') {
      const t = text as Record<string, unknown>;
      const found = [...(typeof lang === 'string' ? [lang] : lang), 'zh-CN', 'en', ...Object.keys(t)]
        .map((l) => t[l])
        .find((v) => typeof v === 'string' && v);
      if (typeof found === 'string') return found;
    }
  }
  return typeof record.id === 'string' ? record.id : '';
}
