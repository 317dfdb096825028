/**
 * The content pack schema: the single source of truth for what a city's pack may contain.
 * Run-time validation, the TypeScript types (`Pack`, `Enterprise`, …) and the JSON Schema that
 * editors get for autocomplete (`npm run schema`) all come from here.
 *
 * Plain Node / isomorphic: imports neither Electron nor the DOM.
 */
import { z } from 'zod';
import { CityMap } from './map-schema.ts';
import {
  LocalizedText,
  MediaPath,
  REQUIRED_LANGUAGES,
  about,
  caption,
  displayName,
  districtId,
  id,
  lt,
  mediaFile,
  ownId,
  summary,
  title,
  website,
} from './schema-fields.ts';

export { DESCRIPTION_ZH, LocalizedText, MediaPath, REQUIRED_LANGUAGES } from './schema-fields.ts';
export * from './map-schema.ts';

export const Source = z.strictObject({
  id: ownId,
  title,
  publisher: LocalizedText.meta(about('Who published the source.', '来源的发布单位。')),
  year: z.int().min(1900).max(2100).meta(about('Year of publication.', '发布年份。')),
  authors: z
    .array(z.string().min(1))
    .optional()
    .meta(about('Authors of the source.', '来源的作者。', ['Wang Lei'])),
  url: z
    .url()
    .optional()
    .meta(about('Web address of the source.', '来源的网址。', 'https://www.example.com/report')),
  note: z
    .string()
    .min(1)
    .optional()
    .meta(
      about(
        "For editors, never shown to visitors: how the pack reads the source, e.g. which figures' years are inferred from its year.",
        '仅供编辑参考,不向观众显示:内容包如何使用该来源,例如哪些数据的年份是根据发布年份推定的。',
        'Years of the enterprise figures are inferred from the year of publication.',
      ),
    ),
});
export type Source = z.infer<typeof Source>;

export const FigureUnit = z.enum(['yuan', 'percent', 'count', 'km', 'm', 'minute', 'year']);
export type FigureUnit = z.infer<typeof FigureUnit>;

export const Figure = z
  .strictObject({
    label: LocalizedText.meta(about('What the figure measures.', '数据的名称。')),
    value: z
      .number()
      .finite()
      .meta(about('The number, in plain units (yuan, not 亿元).', '数值,用基本单位(元,而非亿元)。')),
    unit: FigureUnit.meta(
      about(
        'yuan: an amount in yuan (shown as 亿元 / billion yuan); count: a number of things named by `noun`; percent, km, m, minute, year: as named.',
        'yuan:以元计的金额(显示为亿元);count:由 `noun` 指明所计对象的数量;percent、km、m、minute、year:即其字面含义。',
      ),
    ),
    noun: LocalizedText.optional().meta(
      about('For unit "count": what is counted.', '单位为 "count" 时:计数的对象。', lt('家企业', 'enterprises')),
    ),
    qualifier: z
      .enum(['exact', 'over', 'about', 'target'])
      .default('exact')
      .meta(
        about(
          'exact, over ("more than"), about (approximate) or target (a goal, not an achievement).',
          'exact 精确、over "超过"、about 约、target 目标(非已实现)。',
        ),
      ),
    year: z.int().min(1900).max(2100).meta(about('The year the figure describes.', '数据所描述的年份。')),
    source: id.meta(
      about(
        'Id of an entry in `sources`: every figure names where it comes from.',
        '`sources` 中某条来源的 id:每个数据都必须注明出处。',
      ),
    ),
  })
  .meta({ id: 'Figure', description: 'A number a visitor reads, with its unit, year and source.' });
export type Figure = z.infer<typeof Figure>;

const figures = z
  .array(Figure)
  .default([])
  .meta(about('Figures shown with this item, each with a source.', '与此条目一同显示的数据,每项都有来源。'));

export const Image = z.strictObject({
  file: mediaFile,
  alt: LocalizedText.meta(
    about('What the picture shows, for visitors who cannot see it.', '图片内容的文字描述,供无法看到图片的观众使用。'),
  ),
  caption: caption.optional(),
  small: MediaPath.optional().meta(
    about(
      'A small rendition of the picture (about 640 px on its longer side) that cards, grids and thumbnails show; the studio makes it when a picture is dropped in.',
      '图片的小尺寸版本(长边约 640 像素),用于卡片、网格和缩略图;在内容工作室中放入图片时自动生成。',
      'media/enterprises/example/assembly-line-small.jpg',
    ),
  ),
});
export type Image = z.infer<typeof Image>;

export const Video = z.strictObject({
  file: mediaFile,
  poster: MediaPath.optional().meta(
    about(
      'Picture shown before the video plays.',
      '视频播放前显示的图片。',
      'media/enterprises/example/line-poster.png',
    ),
  ),
  caption,
});
export type Video = z.infer<typeof Video>;

const video = Video.meta(about('A short video loop.', '一段简短的循环视频。'));

export const Media = z.strictObject({
  images: z
    .array(Image)
    .default([])
    .meta(
      about(
        'Gallery pictures; raster images should be at least 1920 px on the longer side.',
        '图库图片;位图的长边应不少于 1920 像素。',
      ),
    ),
  video: video.optional(),
});

/** A point in the pack's map coordinate system; `approximate` when the source does not pin it down. */
export const MapPoint = z.strictObject({
  x: z
    .number()
    .finite()
    .meta(about('Horizontal map coordinate.', '地图横坐标。', 420)),
  y: z
    .number()
    .finite()
    .meta(about('Vertical map coordinate.', '地图纵坐标。', 310)),
  approximate: z
    .boolean()
    .default(true)
    .meta(about('true when the source does not pin the position down.', '来源未给出确切位置时为 true。', true)),
  source: id
    .optional()
    .meta(
      about(
        'Id of the entry in `sources` the position comes from; `pack:check` warns when a position names none.',
        '位置所依据的 `sources` 条目 id;未注明时 `pack:check` 会给出警告。',
        'wikipedia-xuzhou-east-station',
      ),
    ),
});

const location = MapPoint.meta(about("Position on the pack's map.", '在内容包地图上的位置。'));

export const District = z.strictObject({
  id: ownId,
  code: z
    .string()
    .regex(/^\d{6}$/, 'a six-digit administrative division code')
    .optional()
    .meta(about('Six-digit administrative division code.', '六位行政区划代码。', '320302')),
  name: displayName,
  kind: z.enum(['district', 'county', 'county-level-city']).meta(about('Kind of division.', '行政区类型。')),
});
export type District = z.infer<typeof District>;

export const Park = z.strictObject({
  id: ownId,
  name: displayName,
  shortName: LocalizedText.optional().meta(
    about('Shorter name, written on the map.', '简称,标在地图上。', lt('某某经开区', 'Some Development Zone')),
  ),
  district: districtId.optional(),
  summary,
  location: location.optional(),
});
export type Park = z.infer<typeof Park>;

export const ClusterTier = z.strictObject({
  id: ownId,
  name: displayName,
  description: LocalizedText.meta(about('What the tier means.', '该分级的含义。')),
});
export type ClusterTier = z.infer<typeof ClusterTier>;

/** A chain link the city itself names as a place to invest: its source, and the words visitors read. */
export const ChainTarget = z.strictObject({
  source: id.meta(
    about(
      'Id of the entry in `sources` that names this link a target.',
      '将该环节列为目标的 `sources` 条目 id。',
      'modern-express-2025',
    ),
  ),
  note: LocalizedText.optional().meta(
    about(
      "One line in the source's (or the bureau's) own terms, shown on the link.",
      '按来源(或主管部门)原意写的一句话,显示在该环节上。',
      lt('正在探索光伏直接制绿氢项目。', 'The city is exploring green hydrogen made directly from solar power.'),
    ),
  ),
});
export type ChainTarget = z.infer<typeof ChainTarget>;

export const ChainLink = z.strictObject({
  stage: z
    .enum(['upstream', 'midstream', 'downstream'])
    .meta(about('Where in the chain the link is.', '环节在产业链中的位置。', 'midstream')),
  name: displayName,
  enterprises: z
    .array(id)
    .default([])
    .meta(about('Ids of enterprises in this link.', '该环节中企业的 id。', ['example-enterprise'])),
  target: ChainTarget.optional().meta(
    about(
      'Set only when a source declares this link an investment target: the kiosk then shows it as one. A link without it and without enterprises reads neutrally ("no enterprise listed here yet").',
      '仅当来源明确把该环节列为招商目标时填写,展台据此将其显示为招商重点。未填写且没有企业的环节以中性方式显示("此处暂未列出企业")。',
    ),
  ),
});

export const Cluster = z.strictObject({
  id: ownId,
  name: displayName,
  tier: id.meta(about('Id of an entry in `clusterTiers`.', '`clusterTiers` 中某一分级的 id。')),
  summary,
  figures,
  chain: z
    .strictObject({
      illustrative: z
        .boolean()
        .meta(
          about(
            'true when the sources do not give this chain and it is a plausible outline only.',
            '若来源未给出该产业链、仅为合理示意,则为 true。',
            true,
          ),
        ),
      links: z.array(ChainLink).min(1).meta(about('Links of the chain, at least one.', '产业链环节,至少一个。')),
    })
    .optional()
    .meta(about('The industrial chain of the cluster, upstream to downstream.', '产业集群的产业链,从上游到下游。')),
});
export type Cluster = z.infer<typeof Cluster>;

export const FutureIndustry = z.strictObject({
  id: ownId,
  name: displayName,
  group: z
    .enum(['core', 'x'])
    .meta(
      about(
        'core: one of the core directions (in Xuzhou, the "5"); x: an extension (the "X").',
        'core:核心方向之一(徐州的"5");x:拓展方向之一("X")。',
        'core',
      ),
    ),
  summary: summary.optional(),
});
export type FutureIndustry = z.infer<typeof FutureIndustry>;

/** The city's own name for its future-industries plan, which the kiosk shows with them. */
export const FuturePlan = z.strictObject({
  name: LocalizedText.meta(
    about(
      'The plan as the city names it.',
      '城市使用的规划名称。',
      lt('“5+X”未来产业体系', 'The “5+X” plan for future industries'),
    ),
  ),
  summary: LocalizedText.optional().meta(
    about(
      'One or two sentences on the plan, shown above its industries.',
      '关于该规划的一两句介绍，显示在未来产业之上。',
      lt('五个核心方向，不断拓展的“X”。', 'Five core directions and a widening “X”.'),
    ),
  ),
});
export type FuturePlan = z.infer<typeof FuturePlan>;

export const Enterprise = z.strictObject({
  id: ownId,
  name: displayName,
  shortName: LocalizedText.optional().meta(about('Shorter name for lists and cards.', '列表和卡片上使用的简称。')),
  clusters: z
    .array(id)
    .default([])
    .meta(about('Ids of the clusters (entries of `clusters`) the enterprise belongs to.', '企业所属产业集群的 id。')),
  futureIndustries: z
    .array(id)
    .default([])
    .meta(about('Ids of the future industries the enterprise works in.', '企业所涉及未来产业的 id。', ['hydrogen'])),
  sector: LocalizedText.meta(about('A short line saying what the enterprise does.', '一句话说明企业做什么。')),
  district: districtId.optional(),
  park: id.optional().meta(about('Id of the park it lies in.', '所在园区的 id。')),
  location: location.optional(),
  summary,
  figures,
  highlights: z.array(LocalizedText).default([]).meta(about('Short points shown as a list.', '以列表显示的要点。')),
  media: Media.default({ images: [] }).meta(about('Pictures and video of the enterprise.', '企业的图片和视频。')),
  logo: MediaPath.optional().meta(about("The enterprise's logo.", '企业标志。')),
  website: website.optional(),
});
export type Enterprise = z.infer<typeof Enterprise>;

/** How the bureau takes leads: what the visitor agrees to, and how long a lead is kept. */
export const LeadPolicy = z.strictObject({
  consent: LocalizedText.meta(
    about(
      'The consent text beside the tick box: the purpose, who keeps the data, and for how long.',
      '勾选框旁的同意声明:用途、由谁保存、保存多久。',
      lt(
        '我同意徐州投资促进展台保存以上信息90天,仅用于联系我洽谈投资合作。',
        'I agree that the Xuzhou investment stand keeps these details for 90 days, only to contact me about investing.',
      ),
    ),
  ),
  retentionDays: z
    .int()
    .min(1)
    .max(3650)
    .meta(about('Days a lead is kept; older leads are deleted.', '意向信息的保存天数,到期自动删除。', 90)),
  referencePrefix: z
    .string()
    .regex(/^[A-Z]{2,4}$/, 'two to four capital letters, e.g. XZ')
    .meta(
      about(
        "Letters that start each lead's reference code, e.g. XZ in XZ-7K3F.",
        '意向登记编号的字母前缀,如 XZ-7K3F 中的 XZ。',
        'XZ',
      ),
    ),
});

export const Contact = z.strictObject({
  organisation: LocalizedText.meta(about('Name of the organisation.', '单位名称。')),
  note: LocalizedText.optional().meta(
    about('A note shown with the contact.', '与联系方式一同显示的备注。', lt('欢迎洽谈', 'Talk to us at the stand')),
  ),
  address: LocalizedText.optional().meta(
    about('Postal address.', '通讯地址。', lt('某市某路1号', '1 Some Road, Some City')),
  ),
  phone: z.string().min(3).optional().meta(about('Telephone number.', '电话号码。')),
  email: z.email().optional().meta(about('E-mail address.', '电子邮箱。')),
  website: website.optional(),
  leads: LeadPolicy.optional().meta(
    about(
      'Whether and how the kiosk takes visitors\' "I\'m interested": without it, no lead is asked for or kept.',
      '展台是否以及如何接收观众的"我有意向"登记:未填写则不征集也不保存任何意向信息。',
    ),
  ),
});

export const City = z.strictObject({
  name: displayName,
  province: LocalizedText.meta(about('Province the city belongs to.', '城市所属省份。')),
  tagline: LocalizedText.meta(about('One line under the city name on the home screen.', '首页城市名下方的一句标语。')),
  intro: LocalizedText.meta(about('A short introduction on the home screen.', '首页上的简短介绍。')),
  headlineFigures: z
    .array(Figure)
    .min(1)
    .meta(about('Key figures on the home screen (at least one).', '首页的关键数据(至少一项)。')),
  image: MediaPath.optional().meta(
    about('A picture of the city (path inside the pack).', '城市图片(包内路径)。', 'media/city/skyline.svg'),
  ),
  video: video.optional(),
});

export const PackMeta = z.strictObject({
  id: ownId,
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'a version like 1.0.0')
    .meta(
      about(
        'Version of the pack, like 1.0.0; raise it with every release.',
        '内容包版本号,如 1.0.0;每次发布都应提高。',
      ),
    ),
  title,
  languages: z
    .array(z.string().min(2))
    .min(2)
    .refine((langs) => REQUIRED_LANGUAGES.every((l) => langs.includes(l)), 'a list that includes zh-CN and en')
    .meta(
      about('Languages the pack is written in; zh-CN and en are required.', '内容包使用的语言;必须包含 zh-CN 和 en。'),
    ),
  defaultLanguage: z
    .string()
    .min(2)
    .meta(about('Language the kiosk starts in; one of `languages`.', '展台启动时的语言;须为 `languages` 之一。')),
  updated: z.iso
    .date()
    .meta(about('Date of the last content update, YYYY-MM-DD.', '内容最后更新日期,格式 YYYY-MM-DD。')),
});

export const Pack = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .meta(
        about(
          'Where editors find the JSON Schema for autocomplete; ignored by the kiosk.',
          '编辑器用于自动补全的 JSON Schema 位置;展台程序忽略此字段。',
        ),
      ),
    pack: PackMeta.meta(about('Facts about the pack itself.', '内容包本身的信息。')),
    city: City.meta(about('The city the pack presents.', '内容包介绍的城市。')),
    clusterTiers: z
      .array(ClusterTier)
      .min(1)
      .meta(
        about('Groups of clusters (e.g. leading, emerging), at least one.', '产业集群的分级(如主导、新兴),至少一个。'),
      ),
    clusters: z.array(Cluster).min(1).meta(about('Industrial clusters, at least one.', '产业集群,至少一个。')),
    futureIndustries: z
      .array(FutureIndustry)
      .default([])
      .meta(about('Future industries the city develops.', '城市培育的未来产业。')),
    futurePlan: FuturePlan.optional().meta(
      about(
        "The city's own name for its plan of future industries, shown with them (optional).",
        '城市对其未来产业布局的称呼，与未来产业一同显示（可选）。',
      ),
    ),
    districts: z
      .array(District)
      .default([])
      .meta(about('Districts, counties and county-level cities.', '区、县和县级市。')),
    parks: z.array(Park).default([]).meta(about('Industrial parks and development zones.', '产业园区和开发区。')),
    enterprises: z.array(Enterprise).default([]).meta(about('The enterprises the kiosk presents.', '展台介绍的企业。')),
    contact: Contact.meta(about('Who visitors can contact at the stand.', '观众可在展台联系的单位。')),
    sources: z.array(Source).min(1).meta(about('Where figures come from, at least one.', '数据来源,至少一条。')),
    map: CityMap.optional().meta(
      about(
        "The industry map's geometry, pre-projected (the studio's boundary import makes it from a GeoJSON or TopoJSON file of the districts). Park and enterprise `location` use the same coordinates (the units of `viewBox`).",
        '产业地图的几何数据,已预先投影(由内容工作室的"导入边界文件"从区县的 GeoJSON 或 TopoJSON 文件生成)。园区和企业的 `location` 使用相同的坐标(`viewBox` 的单位)。',
      ),
    ),
  })
  .meta({ title: 'Investment kiosk content pack' });
export type Pack = z.infer<typeof Pack>;
/** The shape an editor writes (defaults not yet applied). */
export type PackInput = z.input<typeof Pack>;
