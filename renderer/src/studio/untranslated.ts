/**
 * Untranslated texts: a text that has some of the pack's languages but not all. A text with none
 * is simply empty (the checks ask for it); one with some is waiting for a translation.
 */
import type { FieldType } from './form-model';

export function missingLanguages(value: unknown, languages: readonly string[]): string[] {
  if (!value || typeof value !== 'object') return [];
  const text = value as Record<string, unknown>;
  const filled = (l: string) => typeof text[l] === 'string' && (text[l] as string).trim() !== '';
  if (!languages.some(filled)) return [];
  return languages.filter((l) => !filled(l));
}

/** Whether a value (a field, an item) holds any text waiting for a translation. */
export function hasUntranslated(value: unknown, type: FieldType, languages: readonly string[]): boolean {
  switch (type.kind) {
    case 'localized':
      return missingLanguages(value, languages).length > 0;
    case 'object': {
      const record = (value ?? {}) as Record<string, unknown>;
      return type.fields.some((f) => hasUntranslated(record[f.key], f.type, languages));
    }
    case 'list':
      return Array.isArray(value) && value.some((item) => hasUntranslated(item, type.item, languages));
    default:
      return false;
  }
}
