/**
 * The pack's map: district shapes already projected into the map's own viewBox (the kiosk never
 * parses GeoJSON), and the "city and the world" view.
 */
import { z } from 'zod';
import { LocalizedText, about, enterpriseId, id, lt, ownId } from './schema-fields.ts';

/** [x, y] in the map's own coordinates (the units of its `viewBox`). */
const MapXY = z.tuple([z.number().finite(), z.number().finite()]);

/** An SVG path `d` attribute, already projected into the map's viewBox: the kiosk never parses GeoJSON. */
const SvgPath = z
  .string()
  .regex(/^[Mm][\d\s.,eMmLlHhVvZzCcSsQqTtAa+-]*$/, 'an SVG path (the `d` attribute), starting with M');

const viewBox = MapXY.meta(about('Width and height of the map, [w, h].', '地图的宽和高,[w, h]。', [1000, 678]));

/** A figure of an enterprise, named by the enterprise and its position in that enterprise's `figures`. */
export const FigureRef = z.strictObject({
  enterprise: enterpriseId,
  figure: z
    .int()
    .min(0)
    .meta(about("Position (from 0) in that enterprise's `figures`.", '该企业 `figures` 中的序号(从 0 开始)。', 0)),
});
export type FigureRef = z.infer<typeof FigureRef>;

export const MapDistrict = z.strictObject({
  district: id.meta(about('Id of an entry in `districts`.', '`districts` 中某条目的 id。', 'gulou')),
  path: SvgPath.meta(
    about('SVG path (`d`) of the shape, in map units.', '形状的 SVG 路径(`d`),地图坐标。', 'M10 10l20 0 0 20z'),
  ),
  labelAt: MapXY.meta(
    about("Where the district's name is written, [x, y].", '区县名称的位置,[x, y]。', [362.6, 367.4]),
  ),
});
export type MapDistrict = z.infer<typeof MapDistrict>;

export const ReachPoint = z.strictObject({
  id: ownId,
  label: LocalizedText.meta(about('Name of the place.', '地点名称。', lt('巴西', 'Brazil'))),
  at: MapXY.meta(
    about('Where the place is on the world map, [x, y].', '地点在世界地图上的位置,[x, y]。', [353.7, 293.8]),
  ),
  figure: FigureRef.optional().meta(about('A figure about this place.', '关于该地点的一项数据。')),
});
export type ReachPoint = z.infer<typeof ReachPoint>;

export const WorldMap = z.strictObject({
  viewBox,
  land: SvgPath.meta(about("The world's land as one silhouette: never national borders.", '世界陆地轮廓(不含国界)。')),
  home: MapXY.meta(
    about('Where the city is on the world map, [x, y].', '城市在世界地图上的位置,[x, y]。', [806.8, 149.3]),
  ),
  title: LocalizedText.optional().meta(about('Heading of the world view.', '世界视图的标题。')),
  enterprise: enterpriseId
    .optional()
    .meta(about('Id of the enterprise whose reach the world view shows.', '世界视图所展示的企业的 id。')),
  figures: z.array(FigureRef).default([]).meta(about('Figures shown beside the world map.', '世界地图旁显示的数据。')),
  reach: z
    .array(ReachPoint)
    .default([])
    .meta(about('Places the city reaches, drawn as arcs from home.', '城市所连接的地点,以从本地出发的弧线表示。')),
});
export type WorldMap = z.infer<typeof WorldMap>;

export const CityMap = z.strictObject({
  viewBox,
  districts: z
    .array(MapDistrict)
    .min(1)
    .meta(
      about(
        'One shape per district (each names an entry in `districts`).',
        '每个区县一个形状(各自对应 `districts` 中的条目)。',
      ),
    ),
  outline: SvgPath.optional().meta(about("The city's outer boundary (SVG path).", '城市外轮廓(SVG 路径)。')),
  attribution: LocalizedText.meta(
    about(
      'Where the geometry comes from and its licence; shown on the map.',
      '几何数据的来源和许可;显示在地图上。',
      lt('边界:某开放数据(MIT)', 'Boundaries: some open data (MIT)'),
    ),
  ),
  world: WorldMap.optional().meta(about('The "city and the world" view.', '"城市与世界"视图。')),
});
export type CityMap = z.infer<typeof CityMap>;
