/**
 * The studio's forms, derived from the pack's zod schema (through its JSON Schema): every section
 * of a pack, every field of its items, what kind of input each needs and what it means in both
 * languages (the schema's `about(...)` metadata). There is no second list of fields: a field added
 * to the schema appears here, and so in the studio.
 */
import { z } from 'zod';
import { DESCRIPTION_ZH, MediaPath, Pack } from '../../../main/core/pack/schema';

/** What a field means, in English and Chinese (either may be missing in a new schema field). */
export interface Help {
  en?: string;
  zh?: string;
}

export type FieldType =
  | { kind: 'text'; format?: 'url' | 'email' | 'date' }
  /** The item's own id, which other fields refer to. */
  | { kind: 'id' }
  /** The id of an item of another list of the pack (`list`: the pack's key, e.g. `sources`). */
  | { kind: 'reference'; list: string }
  /** A text in every language of the pack. */
  | { kind: 'localized' }
  | { kind: 'number'; integer: boolean; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'enum'; options: string[] }
  /** A path of a picture or video inside the pack. */
  | { kind: 'media' }
  /** `figure`: a figure (value, unit, qualifier, year, source), shown with the kiosk's rendering. */
  | { kind: 'object'; fields: FieldSpec[]; figure: boolean }
  | { kind: 'list'; item: FieldType; minItems: number }
  /** A fixed number of values, e.g. a map's [width, height]. */
  | { kind: 'tuple'; items: FieldType[] };

export interface FieldSpec {
  key: string;
  help: Help;
  required: boolean;
  /** The schema's default, applied by the kiosk when the field is absent. */
  default?: unknown;
  example?: unknown;
  type: FieldType;
}

export interface FormModel {
  /** The pack's top-level parts (pack, city, clusters, …), in schema order. */
  sections: FieldSpec[];
}

type JsonNode = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonNode>;
  required?: string[];
  items?: JsonNode | false;
  prefixItems?: JsonNode[];
  enum?: unknown[];
  default?: unknown;
  description?: string;
  [DESCRIPTION_ZH]?: string;
  examples?: unknown[];
  pattern?: string;
  format?: string;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  anyOf?: JsonNode[];
};

const ID_PATTERN = '^[a-z0-9][a-z0-9-]*$';
const MEDIA_PATTERN = (z.toJSONSchema(MediaPath) as JsonNode).pattern;

/** The forms of a pack schema (the kiosk's `Pack` unless a test passes a variant). */
export function formModel(schema: z.ZodType = Pack): FormModel {
  const root = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as JsonNode & {
    $defs?: Record<string, JsonNode>;
  };
  const defs = root.$defs ?? {};
  const lists = Object.entries(root.properties ?? {})
    .filter(([, node]) => node.type === 'array')
    .map(([key]) => key);

  const defName = (node: JsonNode) => node.$ref?.split('/').pop();
  const deref = (node: JsonNode): JsonNode => {
    const name = defName(node);
    // Keep the referring node's own description (a field's meaning) over the shared shape's.
    return name && defs[name] ? { ...defs[name], ...withoutRef(node) } : node;
  };

  /** Which list of the pack an id field points at: named in its description, or by its own name. */
  const referenceList = (key: string, description = ''): string | undefined => {
    const named = [...description.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]!).find((name) => lists.includes(name));
    if (named) return named;
    if (lists.includes(key)) return key;
    if (lists.includes(`${key}s`)) return `${key}s`;
    return undefined;
  };

  const typeOf = (key: string, raw: JsonNode, parent?: JsonNode): FieldType => {
    const name = defName(raw);
    const node = deref(raw);
    if (name === 'LocalizedText') return { kind: 'localized' };
    if (node.anyOf) {
      const options = node.anyOf.filter((n) => n.type !== 'null');
      if (options.length === 1) return typeOf(key, { ...options[0]!, description: node.description }, parent);
    }
    if (node.enum && node.enum.every((v) => typeof v === 'string')) return { kind: 'enum', options: node.enum };
    const type = Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : node.type;
    switch (type) {
      case 'object':
        return {
          kind: 'object',
          figure: name === 'Figure',
          fields: Object.entries(node.properties ?? {}).map(([k, child]) => field(k, child, node)),
        };
      case 'array':
        if (node.prefixItems) return { kind: 'tuple', items: node.prefixItems.map((item) => typeOf(key, item)) };
        return {
          kind: 'list',
          minItems: node.minItems ?? 0,
          // An item has no description of its own: a list of ids names its list in the list's.
          item: node.items ? typeOf(key, { description: node.description, ...node.items }, node) : { kind: 'text' },
        };
      case 'number':
      case 'integer':
        return { kind: 'number', integer: type === 'integer', min: node.minimum, max: node.maximum };
      case 'boolean':
        return { kind: 'boolean' };
      case 'string': {
        if (node.pattern === MEDIA_PATTERN) return { kind: 'media' };
        if (node.pattern === ID_PATTERN) {
          if (key === 'id') return { kind: 'id' };
          const list = referenceList(key, node.description ?? parent?.description);
          if (list) return { kind: 'reference', list };
        }
        const format = node.format === 'uri' ? 'url' : node.format;
        return format === 'url' || format === 'email' || format === 'date'
          ? { kind: 'text', format }
          : { kind: 'text' };
      }
      default:
        return { kind: 'text' };
    }
  };

  const field = (key: string, raw: JsonNode, parent: JsonNode): FieldSpec => {
    const node = deref(raw);
    return {
      key,
      help: { en: node.description, zh: node[DESCRIPTION_ZH] },
      required: (parent.required ?? []).includes(key) && node.default === undefined,
      ...(node.default === undefined ? {} : { default: node.default }),
      ...(node.examples?.length ? { example: node.examples[0] } : {}),
      type: typeOf(key, raw),
    };
  };

  return {
    sections: Object.entries(root.properties ?? {})
      // `$schema` is for text editors, not for staff.
      .filter(([key]) => !key.startsWith('$'))
      .map(([key, node]) => field(key, node, root)),
  };
}

function withoutRef(node: JsonNode): JsonNode {
  const { $ref: _ref, ...rest } = node;
  return rest;
}

/** The fields of a section's items (a list section) or of the section itself (an object section). */
export function itemFields(section: FieldSpec): FieldSpec[] {
  const type = section.type.kind === 'list' ? section.type.item : section.type;
  return type.kind === 'object' ? type.fields : [];
}

/** A field's meaning in the UI language (Chinese for zh*, else English), or ''. */
export function helpText(help: Help, uiLanguage: string): string {
  return (uiLanguage.startsWith('zh') ? (help.zh ?? help.en) : (help.en ?? help.zh)) ?? '';
}
