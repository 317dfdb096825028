/**
 * The field reference of docs/content-pack.md, generated from the zod schema (through its JSON
 * Schema) so that it cannot drift: every field, its type, whether it is required, its default, what
 * it means and an example, in Chinese and in English. Examples come from the `pack:new` starter
 * pack where it has the field, so they are valid by construction. `npm run docs:pack` writes it.
 */
import { z } from 'zod';
import { scaffoldPack } from './scaffold-pack.ts';
import { Pack } from './schema.ts';

export type DocLanguage = 'zh' | 'en';

interface Note {
  en: string;
  zh: string;
  /** Example (JSON) where the starter pack has none. */
  example?: unknown;
}

const lt = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/**
 * What each field means, by field name, or by `section.field` where a name means something else
 * in one place. A field in the schema without a note here makes generation fail, on purpose.
 */
export const FIELD_NOTES: Record<string, Note> = {
  $schema: {
    en: 'Where editors find the JSON Schema for autocomplete; ignored by the kiosk.',
    zh: '编辑器用于自动补全的 JSON Schema 位置;展台程序忽略此字段。',
  },
  pack: { en: 'Facts about the pack itself.', zh: '内容包本身的信息。' },
  id: {
    en: 'Stable identifier: lower-case letters, digits and dashes. Other fields refer to it.',
    zh: '稳定标识:小写字母、数字和连字符。其他字段通过它引用本条目。',
    example: 'hydrogen',
  },
  version: {
    en: 'Version of the pack, like 1.0.0; raise it with every release.',
    zh: '内容包版本号,如 1.0.0;每次发布都应提高。',
  },
  title: { en: 'Title shown to staff and visitors.', zh: '向工作人员和观众显示的标题。' },
  languages: {
    en: 'Languages the pack is written in; zh-CN and en are required.',
    zh: '内容包使用的语言;必须包含 zh-CN 和 en。',
  },
  defaultLanguage: {
    en: 'Language the kiosk starts in; one of `languages`.',
    zh: '展台启动时的语言;须为 `languages` 之一。',
  },
  updated: { en: 'Date of the last content update, YYYY-MM-DD.', zh: '内容最后更新日期,格式 YYYY-MM-DD。' },
  city: { en: 'The city the pack presents.', zh: '内容包介绍的城市。' },
  name: { en: 'Name shown to visitors.', zh: '向观众显示的名称。', example: lt('氢能', 'Hydrogen energy') },
  province: { en: 'Province the city belongs to.', zh: '城市所属省份。' },
  tagline: { en: 'One line under the city name on the home screen.', zh: '首页城市名下方的一句标语。' },
  intro: { en: 'A short introduction on the home screen.', zh: '首页上的简短介绍。' },
  headlineFigures: { en: 'Key figures on the home screen (at least one).', zh: '首页的关键数据(至少一项)。' },
  label: { en: 'What the figure measures.', zh: '数据的名称。' },
  value: { en: 'The number, in plain units (yuan, not 亿元).', zh: '数值,用基本单位(元,而非亿元)。' },
  unit: { en: 'Unit of the value.', zh: '数值的单位。' },
  noun: {
    en: 'For unit "count": what is counted.',
    zh: '单位为 "count" 时:计数的对象。',
    example: lt('家企业', 'enterprises'),
  },
  qualifier: {
    en: 'exact, over ("more than"), about (approximate) or target (a goal, not an achievement).',
    zh: 'exact 精确、over "超过"、about 约、target 目标(非已实现)。',
  },
  year: { en: 'The year the figure describes.', zh: '数据所描述的年份。' },
  'sources[].year': { en: 'Year of publication.', zh: '发布年份。' },
  source: {
    en: 'Id of an entry in `sources`: every figure names where it comes from.',
    zh: '`sources` 中某条来源的 id:每个数据都必须注明出处。',
  },
  image: {
    en: 'A picture of the city (path inside the pack).',
    zh: '城市图片(包内路径)。',
    example: 'media/city/skyline.svg',
  },
  video: { en: 'A short video loop.', zh: '一段简短的循环视频。' },
  file: {
    en: 'Path of the media file inside the pack folder.',
    zh: '媒体文件在包内的路径。',
    example: 'media/city/tour.mp4',
  },
  poster: {
    en: 'Picture shown before the video plays.',
    zh: '视频播放前显示的图片。',
    example: 'media/enterprises/example/line-poster.png',
  },
  caption: {
    en: 'Caption shown with the picture or video.',
    zh: '图片或视频的说明文字。',
    example: lt('城市宣传片', 'City film'),
  },
  clusterTiers: {
    en: 'Groups of clusters (e.g. leading, emerging), at least one.',
    zh: '产业集群的分级(如主导、新兴),至少一个。',
  },
  description: { en: 'What the tier means.', zh: '该分级的含义。' },
  clusters: { en: 'Industrial clusters, at least one.', zh: '产业集群,至少一个。' },
  'enterprises[].clusters': { en: 'Ids of the clusters the enterprise belongs to.', zh: '企业所属产业集群的 id。' },
  tier: { en: 'Id of an entry in `clusterTiers`.', zh: '`clusterTiers` 中某一分级的 id。' },
  summary: { en: 'A few sentences for the detail screen.', zh: '详情页上的几句介绍。', example: lt('简介', 'Summary') },
  figures: { en: 'Figures shown with this item, each with a source.', zh: '与此条目一同显示的数据,每项都有来源。' },
  chain: { en: 'The industrial chain of the cluster, upstream to downstream.', zh: '产业集群的产业链,从上游到下游。' },
  illustrative: {
    en: 'true when the sources do not give this chain and it is a plausible outline only.',
    zh: '若来源未给出该产业链、仅为合理示意,则为 true。',
    example: true,
  },
  links: { en: 'Links of the chain, at least one.', zh: '产业链环节,至少一个。' },
  stage: { en: 'Where in the chain the link is.', zh: '环节在产业链中的位置。', example: 'midstream' },
  'clusters[].chain.links[].enterprises': {
    en: 'Ids of enterprises in this link.',
    zh: '该环节中企业的 id。',
    example: ['example-enterprise'],
  },
  enterprises: { en: 'The enterprises the kiosk presents.', zh: '展台介绍的企业。' },
  futureIndustries: { en: 'Future industries the city develops.', zh: '城市培育的未来产业。' },
  futurePlan: {
    en: "The city's own name for its plan of future industries, shown with them (optional).",
    zh: '城市对其未来产业布局的称呼，与未来产业一同显示（可选）。',
  },
  'futurePlan.name': {
    en: 'The plan as the city names it.',
    zh: '城市使用的规划名称。',
    example: lt('“5+X”未来产业体系', 'The “5+X” plan for future industries'),
  },
  'futurePlan.summary': {
    en: 'One or two sentences on the plan, shown above its industries.',
    zh: '关于该规划的一两句介绍，显示在未来产业之上。',
    example: lt('五个核心方向，不断拓展的“X”。', 'Five core directions and a widening “X”.'),
  },
  'enterprises[].futureIndustries': {
    en: 'Ids of the future industries the enterprise works in.',
    zh: '企业所涉及未来产业的 id。',
    example: ['hydrogen'],
  },
  group: {
    en: 'core: one of the core directions (in Xuzhou, the "5"); x: an extension (the "X").',
    zh: 'core:核心方向之一(徐州的"5");x:拓展方向之一("X")。',
    example: 'core',
  },
  districts: { en: 'Districts, counties and county-level cities.', zh: '区、县和县级市。' },
  code: { en: 'Six-digit administrative division code.', zh: '六位行政区划代码。', example: '320302' },
  kind: { en: 'Kind of division.', zh: '行政区类型。' },
  parks: { en: 'Industrial parks and development zones.', zh: '产业园区和开发区。' },
  district: { en: 'Id of the district it lies in, where known.', zh: '所在区县的 id(如已知)。' },
  location: { en: "Position on the pack's map.", zh: '在内容包地图上的位置。' },
  x: { en: 'Horizontal map coordinate.', zh: '地图横坐标。', example: 420 },
  y: { en: 'Vertical map coordinate.', zh: '地图纵坐标。', example: 310 },
  approximate: {
    en: 'true when the source does not pin the position down.',
    zh: '来源未给出确切位置时为 true。',
    example: true,
  },
  shortName: { en: 'Shorter name for lists and cards.', zh: '列表和卡片上使用的简称。' },
  sector: { en: 'A short line saying what the enterprise does.', zh: '一句话说明企业做什么。' },
  park: { en: 'Id of the park it lies in.', zh: '所在园区的 id。' },
  highlights: { en: 'Short points shown as a list.', zh: '以列表显示的要点。' },
  media: { en: 'Pictures and video of the enterprise.', zh: '企业的图片和视频。' },
  images: {
    en: 'Gallery pictures; raster images should be at least 1920 px on the longer side.',
    zh: '图库图片;位图的长边应不少于 1920 像素。',
  },
  alt: {
    en: 'What the picture shows, for visitors who cannot see it.',
    zh: '图片内容的文字描述,供无法看到图片的观众使用。',
  },
  logo: { en: "The enterprise's logo.", zh: '企业标志。' },
  website: {
    en: 'Web address (shown, never opened: the kiosk is offline).',
    zh: '网址(仅显示,不打开:展台离线运行)。',
    example: 'https://www.example.com',
  },
  contact: { en: 'Who visitors can contact at the stand.', zh: '观众可在展台联系的单位。' },
  organisation: { en: 'Name of the organisation.', zh: '单位名称。' },
  note: {
    en: 'A note shown with the contact.',
    zh: '与联系方式一同显示的备注。',
    example: lt('欢迎洽谈', 'Talk to us at the stand'),
  },
  address: { en: 'Postal address.', zh: '通讯地址。', example: lt('某市某路1号', '1 Some Road, Some City') },
  phone: { en: 'Telephone number.', zh: '电话号码。' },
  email: { en: 'E-mail address.', zh: '电子邮箱。' },
  sources: { en: 'Where figures come from, at least one.', zh: '数据来源,至少一条。' },
  publisher: { en: 'Who published the source.', zh: '来源的发布单位。' },
  authors: { en: 'Authors of the source.', zh: '来源的作者。', example: ['Wang Lei'] },
  url: { en: 'Web address of the source.', zh: '来源的网址。', example: 'https://www.example.com/report' },
  map: {
    en: "The industry map's geometry, pre-projected (`scripts/make-map-geometry.ts` makes it from open data).",
    zh: '产业地图的几何数据,已预先投影(由 `scripts/make-map-geometry.ts` 从开放数据生成)。',
  },
  viewBox: { en: 'Width and height of the map, [w, h].', zh: '地图的宽和高,[w, h]。', example: [1000, 678] },
  'map.districts': {
    en: 'One shape per district (each names an entry in `districts`).',
    zh: '每个区县一个形状(各自对应 `districts` 中的条目)。',
  },
  'map.districts[].district': {
    en: 'Id of an entry in `districts`.',
    zh: '`districts` 中某条目的 id。',
    example: 'gulou',
  },
  path: {
    en: 'SVG path (`d`) of the shape, in map units.',
    zh: '形状的 SVG 路径(`d`),地图坐标。',
    example: 'M10 10l20 0 0 20z',
  },
  labelAt: {
    en: "Where the district's name is written, [x, y].",
    zh: '区县名称的位置,[x, y]。',
    example: [362.6, 367.4],
  },
  outline: { en: "The city's outer boundary (SVG path).", zh: '城市外轮廓(SVG 路径)。' },
  attribution: {
    en: 'Where the geometry comes from and its licence; shown on the map.',
    zh: '几何数据的来源和许可;显示在地图上。',
    example: lt('边界:某开放数据(MIT)', 'Boundaries: some open data (MIT)'),
  },
  world: { en: 'The "city and the world" view.', zh: '"城市与世界"视图。' },
  land: {
    en: "The world's land as one silhouette (no national borders).",
    zh: '世界陆地轮廓(不含国界)。',
  },
  home: {
    en: 'Where the city is on the world map, [x, y].',
    zh: '城市在世界地图上的位置,[x, y]。',
    example: [806.8, 149.3],
  },
  'map.world.title': { en: 'Heading of the world view.', zh: '世界视图的标题。' },
  'map.world.enterprise': {
    en: 'Id of the enterprise whose reach the world view shows.',
    zh: '世界视图所展示的企业的 id。',
    example: 'example-enterprise',
  },
  'map.world.figures': { en: 'Figures shown beside the world map.', zh: '世界地图旁显示的数据。' },
  enterprise: {
    en: 'Id of an entry in `enterprises`.',
    zh: '`enterprises` 中某企业的 id。',
    example: 'example-enterprise',
  },
  figure: {
    en: "Position (from 0) in that enterprise's `figures`.",
    zh: '该企业 `figures` 中的序号(从 0 开始)。',
    example: 0,
  },
  reach: { en: 'Places the city reaches, drawn as arcs from home.', zh: '城市所连接的地点,以从本地出发的弧线表示。' },
  'map.world.reach[].label': { en: 'Name of the place.', zh: '地点名称。', example: lt('巴西', 'Brazil') },
  at: {
    en: 'Where the place is on the world map, [x, y].',
    zh: '地点在世界地图上的位置,[x, y]。',
    example: [353.7, 293.8],
  },
  'map.world.reach[].figure': { en: 'A figure about this place.', zh: '关于该地点的一项数据。' },
};

const GENERIC_DESCRIPTIONS = /^(A text in every language|Stable identifier|Relative path of a media file)/;

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
  pattern?: string;
  format?: string;
};

/** Shown for a field that has no note yet. */
export const UNEXPLAINED: Record<DocLanguage, string> = { en: '(not yet explained)', zh: '(尚无说明)' };

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

/** Field paths (e.g. `map.viewBox`) that have no note in FIELD_NOTES yet; `npm run docs:pack` lists them. */
export function fieldsWithoutNotes(): string[] {
  return fieldSections().flatMap((section) => section.rows.filter((row) => row.unexplained).map((row) => row.key));
}

/**
 * Every object of the schema as a section of rows, in schema order. A field without a note still
 * appears (English from the schema's description, a placeholder in Chinese), so a schema change
 * never breaks generation; `fieldsWithoutNotes` says what to write.
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
      const note = FIELD_NOTES[key] ?? FIELD_NOTES[name];
      const { node: child, def } = deref(raw);
      const value = sample && typeof sample === 'object' ? (sample as Record<string, unknown>)[name] : undefined;
      const ownDescription = raw.description ?? child.description;
      const en =
        ownDescription && !GENERIC_DESCRIPTIONS.test(ownDescription) && !def ? ownDescription : (note?.en ?? '');
      rows.push({
        field: name,
        type: { en: typeName(child, def, defs, 'en'), zh: typeName(child, def, defs, 'zh') },
        required: (node.required ?? []).includes(name),
        default: raw.default ?? child.default,
        meaning: { en: en || UNEXPLAINED.en, zh: note?.zh ?? UNEXPLAINED.zh },
        key,
        unexplained: !note,
        example: formatExample(value ?? note?.example, child, def, defs),
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
export function fieldReferenceMarkdown(lang: DocLanguage): string {
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
export function generatedMarkers(lang: DocLanguage): [string, string] {
  return [
    `<!-- generated: field reference (${lang}); edit main/core/pack/field-reference.ts and run npm run docs:pack -->`,
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
