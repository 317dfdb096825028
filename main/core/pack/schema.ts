/**
 * The content pack schema: the single source of truth for what a city's pack may contain.
 * Run-time validation, the TypeScript types (`Pack`, `Enterprise`, …) and the JSON Schema that
 * editors get for autocomplete (`npm run schema`) all come from here.
 *
 * Plain Node / isomorphic: imports neither Electron nor the DOM.
 */
import { z } from 'zod';

/** Languages every visitor-facing text must have. A pack may add more (ja, ko, ru …). */
export const REQUIRED_LANGUAGES = ['zh-CN', 'en'] as const;
export type LanguageCode = string;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case letters, digits and dashes')
  .meta({ description: 'Stable identifier: lower-case letters, digits and dashes.' });

/** A text a visitor reads, in every language of the pack. */
export const LocalizedText = z
  .strictObject({
    'zh-CN': z.string().trim().min(1, 'a non-empty Chinese text'),
    en: z.string().trim().min(1, 'a non-empty English text'),
  })
  .catchall(z.string().trim().min(1, 'a non-empty text'))
  .meta({
    id: 'LocalizedText',
    description: 'A text in every language of the pack: zh-CN and en are required, others optional.',
  });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A path to a media file inside the pack folder, with forward slashes. */
export const MediaPath = z
  .string()
  .regex(
    /^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._\-/]+\.(svg|png|jpg|jpeg|webp|webm|mp4)$/,
    'a relative path inside the pack (letters, digits, . _ - /) to an svg, png, jpg, webp, webm or mp4 file',
  )
  .meta({ description: 'Relative path of a media file inside the pack folder, e.g. media/xcmg/line.svg' });

export const Source = z
  .strictObject({
    id,
    title: LocalizedText,
    publisher: LocalizedText,
    year: z.int().min(1900).max(2100),
    authors: z.array(z.string().min(1)).optional(),
    url: z.url().optional(),
  })
  .meta({ description: 'Where figures come from. Every figure names one of these by id.' });
export type Source = z.infer<typeof Source>;

export const FigureUnit = z.enum(['yuan', 'percent', 'count', 'km', 'm', 'minute', 'year']).meta({
  description:
    'yuan: an amount in yuan (shown as 亿元 / billion yuan); count: a number of things named by `noun`; percent, km, m, minute, year: as named.',
});
export type FigureUnit = z.infer<typeof FigureUnit>;

export const Figure = z
  .strictObject({
    label: LocalizedText,
    value: z.number().finite(),
    unit: FigureUnit,
    noun: LocalizedText.optional().meta({
      description: 'For unit "count": what is counted, e.g. { "zh-CN": "家企业", "en": "enterprises" }.',
    }),
    qualifier: z
      .enum(['exact', 'over', 'about', 'target'])
      .default('exact')
      .meta({ description: 'over: "more than"; about: approximate; target: a goal, not an achievement.' }),
    year: z.int().min(1900).max(2100).meta({ description: 'The year the figure describes.' }),
    source: id.meta({ description: 'Id of an entry in `sources`.' }),
  })
  .meta({ id: 'Figure', description: 'A number a visitor reads, with its unit, year and source.' });
export type Figure = z.infer<typeof Figure>;

export const Image = z.strictObject({
  file: MediaPath,
  alt: LocalizedText,
  caption: LocalizedText.optional(),
});
export type Image = z.infer<typeof Image>;

export const Video = z.strictObject({
  file: MediaPath,
  poster: MediaPath.optional(),
  caption: LocalizedText,
});
export type Video = z.infer<typeof Video>;

export const Media = z.strictObject({
  images: z.array(Image).default([]),
  video: Video.optional(),
});

/** A point in the pack's map coordinate system; `approximate` when the source does not pin it down. */
export const MapPoint = z.strictObject({
  x: z.number().finite(),
  y: z.number().finite(),
  approximate: z.boolean().default(true),
});

export const District = z.strictObject({
  id,
  code: z
    .string()
    .regex(/^\d{6}$/, 'a six-digit administrative division code')
    .optional(),
  name: LocalizedText,
  kind: z.enum(['district', 'county', 'county-level-city']),
});
export type District = z.infer<typeof District>;

export const Park = z.strictObject({
  id,
  name: LocalizedText,
  district: id.optional().meta({ description: 'Id of the district the park lies in, where known.' }),
  summary: LocalizedText,
  location: MapPoint.optional(),
});
export type Park = z.infer<typeof Park>;

export const ClusterTier = z.strictObject({
  id,
  name: LocalizedText,
  description: LocalizedText,
});
export type ClusterTier = z.infer<typeof ClusterTier>;

export const ChainLink = z.strictObject({
  stage: z.enum(['upstream', 'midstream', 'downstream']),
  name: LocalizedText,
  enterprises: z.array(id).default([]),
});

export const Cluster = z.strictObject({
  id,
  name: LocalizedText,
  tier: id.meta({ description: 'Id of an entry in `clusterTiers`.' }),
  summary: LocalizedText,
  figures: z.array(Figure).default([]),
  chain: z
    .strictObject({
      illustrative: z.boolean().meta({
        description: 'true when the sources do not give this chain and it is a plausible outline only.',
      }),
      links: z.array(ChainLink).min(1),
    })
    .optional(),
});
export type Cluster = z.infer<typeof Cluster>;

/** [x, y] in the map's own coordinates (the units of its `viewBox`). */
const MapXY = z
  .tuple([z.number().finite(), z.number().finite()])
  .meta({ description: '[x, y] in the units of the viewBox.' });

/** An SVG path `d` attribute, already projected into the map's viewBox: the kiosk never parses GeoJSON. */
const SvgPath = z
  .string()
  .regex(/^[Mm][\d\s.,eMmLlHhVvZzCcSsQqTtAa+-]*$/, 'an SVG path (the `d` attribute), starting with M')
  .meta({ description: 'An SVG path `d` attribute in the units of the viewBox.' });

/** A figure of an enterprise, named by the enterprise and its position in that enterprise's `figures`. */
export const FigureRef = z.strictObject({
  enterprise: id.meta({ description: 'Id of an entry in `enterprises`.' }),
  figure: z.int().min(0).meta({ description: "Index (from 0) into that enterprise's `figures`." }),
});
export type FigureRef = z.infer<typeof FigureRef>;

export const MapDistrict = z.strictObject({
  district: id.meta({ description: 'Id of an entry in `districts`.' }),
  path: SvgPath,
  labelAt: MapXY,
});
export type MapDistrict = z.infer<typeof MapDistrict>;

export const ReachPoint = z.strictObject({
  id,
  label: LocalizedText,
  at: MapXY,
  figure: FigureRef.optional(),
});
export type ReachPoint = z.infer<typeof ReachPoint>;

export const WorldMap = z.strictObject({
  viewBox: MapXY,
  land: SvgPath.meta({ description: 'Land only, one silhouette: never national borders.' }),
  home: MapXY,
  title: LocalizedText.optional(),
  enterprise: id.optional().meta({ description: 'Id of the enterprise whose reach the world view shows.' }),
  figures: z.array(FigureRef).default([]),
  reach: z.array(ReachPoint).default([]),
});
export type WorldMap = z.infer<typeof WorldMap>;

export const CityMap = z
  .strictObject({
    viewBox: MapXY,
    districts: z.array(MapDistrict).min(1),
    outline: SvgPath.optional(),
    attribution: LocalizedText,
    world: WorldMap.optional(),
  })
  .meta({
    description:
      'Pre-projected map geometry. Park and enterprise `location` use the same coordinates (the units of `viewBox`).',
  });
export type CityMap = z.infer<typeof CityMap>;

export const FutureIndustry = z.strictObject({
  id,
  name: LocalizedText,
  group: z
    .enum(['core', 'x'])
    .meta({ description: 'core: one of the core directions (Xuzhou: the "5"); x: an extension (the "X").' }),
  summary: LocalizedText.optional(),
});
export type FutureIndustry = z.infer<typeof FutureIndustry>;

/** The city's own name for its future-industries plan, which the kiosk shows with them. */
export const FuturePlan = z.strictObject({
  name: LocalizedText.meta({ description: 'The plan as the city names it, e.g. "“5+X”未来产业体系".' }),
  summary: LocalizedText.optional().meta({
    description: 'One or two sentences on the plan, shown above its industries.',
  }),
});
export type FuturePlan = z.infer<typeof FuturePlan>;

export const Enterprise = z.strictObject({
  id,
  name: LocalizedText,
  shortName: LocalizedText.optional(),
  clusters: z.array(id).default([]).meta({ description: 'Ids of entries in `clusters`.' }),
  futureIndustries: z.array(id).default([]),
  sector: LocalizedText.meta({ description: 'A short line saying what the enterprise does.' }),
  district: id.optional(),
  park: id.optional(),
  location: MapPoint.optional(),
  summary: LocalizedText,
  figures: z.array(Figure).default([]),
  highlights: z.array(LocalizedText).default([]),
  media: Media.default({ images: [] }),
  logo: MediaPath.optional(),
  website: z.url().optional(),
});
export type Enterprise = z.infer<typeof Enterprise>;

export const Contact = z.strictObject({
  organisation: LocalizedText,
  note: LocalizedText.optional(),
  address: LocalizedText.optional(),
  phone: z.string().min(3).optional(),
  email: z.email().optional(),
  website: z.url().optional(),
});

export const City = z.strictObject({
  name: LocalizedText,
  province: LocalizedText,
  tagline: LocalizedText,
  intro: LocalizedText,
  headlineFigures: z.array(Figure).min(1),
  image: MediaPath.optional(),
  video: Video.optional(),
});

export const PackMeta = z.strictObject({
  id,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version like 1.0.0'),
  title: LocalizedText,
  languages: z
    .array(z.string().min(2))
    .min(2)
    .refine((langs) => REQUIRED_LANGUAGES.every((l) => langs.includes(l)), 'a list that includes zh-CN and en')
    .meta({ description: 'Languages the pack is written in; zh-CN and en are required.' }),
  defaultLanguage: z.string().min(2),
  updated: z.iso.date().meta({ description: 'Date of the last content update, YYYY-MM-DD.' }),
});

export const Pack = z
  .strictObject({
    $schema: z.string().optional(),
    pack: PackMeta,
    city: City,
    clusterTiers: z.array(ClusterTier).min(1),
    clusters: z.array(Cluster).min(1),
    futureIndustries: z.array(FutureIndustry).default([]),
    futurePlan: FuturePlan.optional(),
    districts: z.array(District).default([]),
    parks: z.array(Park).default([]),
    enterprises: z.array(Enterprise).default([]),
    contact: Contact,
    sources: z.array(Source).min(1),
    map: CityMap.optional(),
  })
  .meta({ title: 'Investment kiosk content pack' });
export type Pack = z.infer<typeof Pack>;
/** The shape an editor writes (defaults not yet applied). */
export type PackInput = z.input<typeof Pack>;
