/**
 * The field reference of docs/content-pack.md, generated from the zod schema (through its JSON
 * Schema) so that it cannot drift: every field, its type, whether it is required, its default, what
 * it means and an example, in Chinese and in English. What a field means is the schema's own
 * metadata (`about(...)` in schema.ts); examples come from the `pack:new` starter pack where it has
 * the field, so they are valid by construction, else from the metadata. `npm run docs:pack` writes it.
 */
import { z } from 'zod';
import { scaffoldPack } from './scaffold-pack.ts';
import { DESCRIPTION_ZH, Pack } from './schema.ts';

export type DocLanguage = 'zh' | 'en';

type JsonNode = Record<string, unknown> & {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonNode>;
  required?: string[];
  items?: JsonNode;
  anyOf?: JsonNode[];
  enum?: unknown[];
  default?: unknown;
  description?: string;
  [DESCRIPTION_ZH]?: string;
  examples?: unknown[];
  pattern?: string;
  format?: string;
};

/** Shown for a field whose schema has no description yet. */
const UNEXPLAINED: Record<DocLanguage, string> = { en: '(not yet explained)', zh: '(尚无说明)' };

interface Row {
  /** Full field path, e.g. `enterprises[].name`. */
  key: string;
  unexplained: boolean;
  field: string;
  type: Record<DocLanguage, string>;
  required: boolean;
  default?: unknown;
  meaning: Record<DocLanguage, string>;
  example: string;
}

interface Section {
  /** Where the object sits, e.g. `enterprises[].media`, or a shared shape like `Figure`. */
  title: string;
  rows: Row[];
}

/** Field paths (e.g. `map.viewBox`) without a description in both languages; `npm run docs:pack` lists them. */
export function undescribedFields(): string[] {
  return fieldSections().flatMap((section) => section.rows.filter((row) => row.unexplained).map((row) => row.key));
}

/**
 * Every object of the schema as a section of rows, in schema order. A field without a description
 * still appears (with a placeholder), so a schema change never breaks generation;
 * `undescribedFields` says what to write.
 */
export function fieldSections(): Section[] {
  const schema = z.toJSONSchema(Pack, { io: 'input', target: 'draft-2020-12' }) as JsonNode;
  const defs = (schema.$defs ?? {}) as Record<string, JsonNode>;
  // A fixed date, so the generated text does not change from one day to the next.
  const example = scaffoldPack('xuzhou', new Date('2026-01-01T00:00:00Z')).pack as unknown;
  const sections: Section[] = [];
  const done = new Set<string>();

  const deref = (node: JsonNode): { node: JsonNode; def?: string } => {
    if (!node.$ref) return { node };
    const def = node.$ref.split('/').pop()!;
    return { node: defs[def]!, def };
  };

  const visit = (node: JsonNode, title: string, sample: unknown): void => {
    if (done.has(title)) return;
    done.add(title);
    const rows: Row[] = [];
    const nested: Array<[JsonNode, string, unknown]> = [];
    for (const [name, raw] of Object.entries(node.properties ?? {})) {
      const key = title === '' ? name : `${title}.${name}`;
      const { node: child, def } = deref(raw);
      const value = sample && typeof sample === 'object' ? (sample as Record<string, unknown>)[name] : undefined;
      // The field's own metadata sits on the property, beside any $ref; a shared type's sits in $defs.
      const en = raw.description;
      const zh = raw[DESCRIPTION_ZH];
      rows.push({
        field: name,
        type: { en: typeName(child, def, defs, 'en'), zh: typeName(child, def, defs, 'zh') },
        required: (node.required ?? []).includes(name),
        default: raw.default ?? child.default,
        meaning: { en: en ?? UNEXPLAINED.en, zh: zh ?? UNEXPLAINED.zh },
        key,
        unexplained: en === undefined || zh === undefined,
        example: formatExample(value ?? raw.examples?.[0], child, def, defs),
      });
      const items = child.type === 'array' && child.items ? deref(child.items) : undefined;
      const sampleChild = Array.isArray(value) ? value[0] : value;
      if (items && items.node.properties && items.def !== 'LocalizedText') {
        nested.push([items.node, items.def ?? `${title === '' ? '' : `${title}.`}${name}[]`, sampleChild]);
      } else if (child.properties && def !== 'LocalizedText') {
        nested.push([child, def ?? `${title === '' ? '' : `${title}.`}${name}`, value]);
      }
    }
    sections.push({ title: title === '' ? '(pack file)' : title, rows });
    for (const [child, childTitle, childSample] of nested) visit(child, childTitle, childSample);
  };

  visit(schema, '', example);
  return sections;
}

const FORMATS: Record<string, Record<DocLanguage, string>> = {
  date: { en: 'date (YYYY-MM-DD)', zh: '日期(YYYY-MM-DD)' },
  uri: { en: 'URL', zh: '网址' },
  email: { en: 'e-mail address', zh: '电子邮箱' },
};

function typeName(node: JsonNode, def: string | undefined, defs: Record<string, JsonNode>, lang: DocLanguage): string {
  const zh = lang === 'zh';
  if (def === 'LocalizedText') return zh ? '多语言文本' : 'text in each language';
  if (def) return def;
  if (node.enum) return node.enum.map((v) => `\`${String(v)}\``).join(' / ');
  if (node.anyOf) return node.anyOf.map((n) => typeName(n, undefined, defs, lang)).join(' / ');
  switch (node.type) {
    case 'string':
      if (node.pattern?.includes('svg|png')) return zh ? '媒体路径' : 'media path';
      if (node.pattern?.startsWith('^[a-z0-9]')) return 'id';
      if (node.format) return FORMATS[node.format]?.[lang] ?? node.format;
      return zh ? '文本' : 'text';
    case 'integer':
      return zh ? '整数' : 'whole number';
    case 'number':
      return zh ? '数字' : 'number';
    case 'boolean':
      return 'true / false';
    case 'array': {
      if (Array.isArray(node.prefixItems)) {
        return `[${(node.prefixItems as JsonNode[]).map((n) => typeName(n, undefined, defs, lang)).join(', ')}]`;
      }
      const items = node.items?.$ref ? node.items.$ref.split('/').pop() : undefined;
      const inner = typeName(items ? defs[items]! : (node.items ?? {}), items, defs, lang);
      return zh ? `${inner} 列表` : `list of ${inner}`;
    }
    case 'object':
      return zh ? '对象(见下)' : 'object (see below)';
    default:
      return zh ? '任意' : 'any';
  }
}

function formatExample(
  value: unknown,
  node: JsonNode,
  def: string | undefined,
  defs: Record<string, JsonNode>,
): string {
  if (value === undefined) return '';
  const isObjectList = node.type === 'array' && node.items && deref(node.items, defs).properties;
  if ((node.properties && def !== 'LocalizedText') || (isObjectList && def !== 'LocalizedText')) return '';
  let text = JSON.stringify(value);
  if (text.length > 70) text = text.slice(0, 67) + '…';
  return `\`${text.replace(/\|/g, '\\|')}\``;
}

function deref(node: JsonNode, defs: Record<string, JsonNode>): JsonNode {
  if (!node.$ref) return node;
  const def = node.$ref.split('/').pop()!;
  return def === 'LocalizedText' ? { type: 'string' } : defs[def]!;
}

const HEADINGS: Record<DocLanguage, string[]> = {
  zh: ['字段', '类型', '必填', '说明', '示例'],
  en: ['Field', 'Type', 'Required', 'Meaning', 'Example'],
};

/** The field reference as Markdown, in one language. */
function fieldReferenceMarkdown(lang: DocLanguage): string {
  const out: string[] = [];
  for (const section of fieldSections()) {
    out.push(`#### \`${section.title}\``, '');
    out.push(`| ${HEADINGS[lang].join(' | ')} |`, `| ${HEADINGS[lang].map(() => '---').join(' | ')} |`);
    for (const row of section.rows) {
      const yes = lang === 'zh' ? '是' : 'yes';
      const no = lang === 'zh' ? '否' : 'no';
      const fallback =
        row.default === undefined ? '' : ` (${lang === 'zh' ? '默认' : 'default'} \`${JSON.stringify(row.default)}\`)`;
      const cells = [
        `\`${row.field}\``,
        row.type[lang].replace(/\|/g, '\\|'),
        row.required ? yes : `${no}${fallback}`,
        row.meaning[lang].replace(/\|/g, '\\|'),
        row.example,
      ];
      out.push(`| ${cells.join(' | ')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The marker lines around each generated section of docs/content-pack.md. */
function generatedMarkers(lang: DocLanguage): [string, string] {
  return [
    `<!-- generated: field reference (${lang}); describe fields in main/core/pack/schema.ts and run npm run docs:pack -->`,
    `<!-- end of generated field reference (${lang}) -->`,
  ];
}

/** `doc` with both generated sections replaced by the current reference; throws if a marker is missing. */
export function fillGeneratedSections(doc: string): string {
  let out = doc;
  for (const lang of ['zh', 'en'] as const) {
    const [start, end] = generatedMarkers(lang);
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < from) throw new Error(`docs/content-pack.md lacks the markers of the ${lang} field reference`);
    out = `${out.slice(0, from + start.length)}\n\n${fieldReferenceMarkdown(lang)}\n${out.slice(to)}`;
  }
  return out;
}
