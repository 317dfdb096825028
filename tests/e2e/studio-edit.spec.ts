/**
 * Staff edit the Xuzhou pack in the content studio with mouse and keyboard (issue 20): change a
 * figure, add an enterprise, publish; the kiosk shows both; roll back and it shows the old figure.
 */
import { readFile } from 'node:fs/promises';
import type { Pack } from '../../main/core/pack/schema.ts';
import { expect, test } from './kiosk-test.ts';
import { STUDIO, field, openActivePack, publishDraft, rollBack } from './studio-test.ts';

const pack: Pack = JSON.parse(await readFile('assets/packs/xuzhou/pack.json', 'utf8'));
const figure = pack.city.headlineFigures[0]!;
const newIndex = pack.enterprises.length;

test.use({ viewport: { width: 1680, height: 1000 }, hasTouch: true });

test('staff change a figure and add an enterprise, publish, and the kiosk shows both; rollback brings the old figure back', async ({
  page,
}) => {
  expect(figure.value).toBe(780_000_000_000); // 7800亿元: the figure this test changes
  await openActivePack(page);

  // The city's first headline figure, typed as staff would: select the number, type the new one.
  await page.getByTestId('section-city').click();
  const value = field(page, 'city.headlineFigures[0].value');
  await value.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('791000000000');
  // The kiosk's own rendering of it, beside the input, in both languages.
  const rendering = page.getByTestId('figure-rendering').first();
  await expect(rendering).toContainText('7910亿元');
  await expect(rendering).toContainText('791 billion yuan');

  // A new enterprise: Add, then the fields in tab order, both languages side by side.
  await page.getByTestId('section-enterprises').click();
  await page.getByTestId('add-item').click();
  const id = field(page, `enterprises[${newIndex}].id`);
  await expect(id).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('e2e-robotics');
  const texts: Array<[string, string, string]> = [
    ['name', '徐州智能机器人有限公司', 'Xuzhou Intelligent Robotics Co.'],
    ['sector', '工业机器人', 'Industrial robots'],
    ['summary', '为工程机械生产线制造焊接机器人。', 'Builds welding robots for construction-machinery lines.'],
  ];
  for (const [key, zh, en] of texts) {
    await field(page, `enterprises[${newIndex}].${key}.zh-CN`).fill(zh);
    await field(page, `enterprises[${newIndex}].${key}.en`).click();
    await page.keyboard.type(en);
  }
  await expect(page.getByTestId('item-title')).toHaveText('徐州智能机器人有限公司');

  // The preview follows the item edited: the new enterprise's profile, from the draft.
  const preview = page.frameLocator('[data-testid="preview-landscape"]');
  // (It follows once the draft is valid again, after the page's delayed check: slow on a loaded machine.)
  await expect(preview.getByTestId('screen-enterprise')).toContainText('徐州智能机器人有限公司', { timeout: 15_000 });

  // No problems left: publish, and see what changed, named as staff know it (not by the pack's ids).
  await publishDraft(page, async (summary) => {
    const lines = summary.getByRole('listitem');
    await expect(lines.filter({ hasText: /^新增 \d+ 项/ })).toHaveText('新增 1 项: 企业 徐州智能机器人有限公司');
    await expect(lines.filter({ hasText: /^修改 \d+ 项/ })).toHaveText(`修改 1 项: 数据 ${figure.label['zh-CN']}`);
    await expect(summary).not.toContainText('e2e-robotics');
  });

  // The kiosk (the studio server's `/`) shows the new figure and the new enterprise.
  const kiosk = await page.context().newPage();
  await kiosk.goto(`${STUDIO}/`);
  await kiosk.getByTestId('attract-start').tap();
  await expect(kiosk.getByTestId('screen-home')).toContainText('7910');
  await kiosk.getByTestId('nav-enterprises').tap();
  await expect(kiosk.getByTestId('enterprise-card-e2e-robotics')).toBeVisible();
  await kiosk.getByTestId('enterprise-card-e2e-robotics').tap();
  await expect(kiosk.getByTestId('screen-enterprise')).toContainText('为工程机械生产线制造焊接机器人。');

  // Roll back from the studio: the kiosk shows the old figure again.
  await rollBack(page);
  await kiosk.goto(`${STUDIO}/`);
  await kiosk.getByTestId('attract-start').tap();
  await expect(kiosk.getByTestId('screen-home')).toContainText('7800');
  await expect(kiosk.getByTestId('screen-home')).not.toContainText('7910');
  await kiosk.close();
});
