/**
 * Enterprises from a spreadsheet (issue 21): staff drop an Excel file on the studio, see every row's
 * outcome, map the one column the studio did not recognise, and import; the enterprises appear in
 * the list and the preview, one undo takes them all back, and after publishing the kiosk lists them.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import type { Pack } from '../../main/core/pack/schema.ts';
import { expect, test } from './kiosk-test.ts';
import { STUDIO, openActivePack } from './studio-test.ts';

const pack: Pack = JSON.parse(await readFile('assets/packs/xuzhou/pack.json', 'utf8'));
const before = pack.enterprises.length;

test.use({ viewport: { width: 1680, height: 1000 }, hasTouch: true });

async function workbook(): Promise<number[]> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('名单');
  sheet.addRows([
    ['企业名称', '英文名称', '所属集群', '区县', '行业', 'Main products', '简介', '英文简介'],
    [
      '彭城精密轴承有限公司',
      'Pengcheng Precision Bearings',
      '工程机械',
      '鼓楼区',
      '精密轴承',
      'Precision bearings',
      '为挖掘机生产回转轴承。',
      'Makes slewing bearings for excavators.',
    ],
    [
      '云龙数据服务有限公司',
      'Yunlong Data Services',
      'Digital economy',
      'Yunlong District',
      '数据服务',
      'Data services',
      '为制造企业提供数据分析。',
      'Data analysis for manufacturers.',
    ],
    [],
    ['无名集群企业', 'Nowhere Cluster Co', '太空采矿', '鼓楼区', '采矿', 'Mining', '简介。', 'Summary.'],
  ]);
  return [...new Uint8Array(await book.xlsx.writeBuffer())];
}

async function drop(page: Page, bytes: number[], name: string) {
  const transfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const t = new DataTransfer();
      t.items.add(new File([new Uint8Array(bytes)], name));
      return t;
    },
    { bytes, name },
  );
  await page.getByTestId('form').dispatchEvent('drop', { dataTransfer: transfer });
}

test('a sheet dropped on the studio is previewed, one column mapped, imported as one undo step, and published to the kiosk', async ({
  page,
  watch,
}) => {
  await openActivePack(page);
  const bytes = await workbook();
  await drop(page, bytes, '企业名单.xlsx');

  // Every row's outcome, the refused one with its cell and reason; the unknown column is marked.
  const dialog = page.getByTestId('sheet-dialog');
  await expect(dialog.getByTestId('sheet-counts')).toHaveText('新增 2 家,更新 0 家,无变化 0 家,拒绝 1 行');
  await expect(dialog.getByTestId('sheet-row-2')).toHaveAttribute('data-kind', 'add');
  await expect(dialog.getByTestId('sheet-row-5')).toContainText('第 C 列“所属集群”:没有名为“太空采矿”的集群');
  await expect(dialog.getByTestId('sheet-columns')).toContainText('未能识别');
  await dialog.getByTestId('sheet-map-F').selectOption('sector.en');
  await expect(dialog.getByTestId('sheet-columns')).not.toContainText('未能识别');
  await dialog.getByTestId('sheet-accept').click();
  await expect(dialog).toBeHidden();

  // In the list, the form and the preview.
  await expect(page.getByTestId('section-enterprises')).toContainText(String(before + 2));
  await expect(page.getByTestId('item-title')).toHaveText('彭城精密轴承有限公司');
  const preview = page.frameLocator('[data-testid="preview-landscape"]');
  await expect(preview.getByTestId('screen-enterprise')).toContainText('彭城精密轴承有限公司', { timeout: 15_000 });

  // One undo takes both back; redo brings them again.
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('section-enterprises')).toContainText(String(before));
  await page.getByTestId('redo').click();
  await expect(page.getByTestId('section-enterprises')).toContainText(String(before + 2));

  // The mapping is remembered: the next drop of a sheet with that column has it mapped.
  await drop(page, bytes, '企业名单.xlsx');
  await expect(dialog.getByTestId('sheet-map-F')).toHaveValue('sector.en');
  await expect(dialog.getByTestId('sheet-counts')).toHaveText('新增 0 家,更新 0 家,无变化 2 家,拒绝 1 行');
  await dialog.getByTestId('sheet-cancel').click();

  // A file that is no spreadsheet gets its message.
  await drop(page, [0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3], '名单.xlsx');
  await expect(dialog.getByTestId('sheet-refused')).toHaveText(
    '名单.xlsx 不是表格文件。请导入 Excel 工作簿(.xlsx)或 CSV 文件。',
  );
  await dialog.getByTestId('sheet-cancel').click();
  // Chromium logs the refusal's 422 answer to the console: that one is expected.
  const refusal = watch.errors.findIndex((e) => e.includes('status of 422'));
  expect(refusal).toBeGreaterThanOrEqual(0);
  watch.errors.splice(refusal, 1);

  // Publish: the kiosk's directory lists them.
  await expect(page.getByTestId('publish')).toBeEnabled({ timeout: 15_000 });
  await page.getByTestId('publish').click();
  await page.getByTestId('publish-confirm').click();
  await expect(page.getByTestId('publish-summary')).toBeVisible();
  await page.getByTestId('publish-close').click();
  const kiosk = await page.context().newPage();
  await kiosk.goto(`${STUDIO}/`);
  await kiosk.getByTestId('attract-start').tap();
  await kiosk.getByTestId('nav-enterprises').tap();
  await expect(kiosk.getByTestId('enterprise-card-pengcheng-precision-bearings')).toBeVisible();
  await expect(kiosk.getByTestId('enterprise-card-yunlong-data-services')).toBeVisible();
  await kiosk.close();
});
