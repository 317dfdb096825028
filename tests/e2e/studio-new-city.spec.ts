/**
 * A new city from nothing in the content studio (issue 20): the starter pack through "New city",
 * the city, a district, a cluster, a source and an enterprise with a sourced figure, typed as staff
 * would; published, the kiosk shows the new city and its enterprise in both languages. Rolled back
 * at the end, so the specs after this one edit Xuzhou again.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './kiosk-test.ts';
import { STUDIO, field, openActivePack, publishDraft, rollBack, startNewCity } from './studio-test.ts';

test.use({ viewport: { width: 1680, height: 1000 } });

/** Replaces what a field holds with `text`, typed key by key. */
async function retype(page: Page, path: string, text: string) {
  await field(page, path).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Both languages of a text field. */
async function both(page: Page, path: string, zh: string, en: string) {
  await retype(page, `${path}.zh-CN`, zh);
  await retype(page, `${path}.en`, en);
}

test('staff build a new city from the starter pack, publish it, and the kiosk shows it in both languages', async ({
  page,
}) => {
  // Some forty fields typed key by key, a publish and a kiosk visit: a minute on a loaded machine.
  test.setTimeout(120_000);
  // The studio's open screen, as a member of staff starts: "New city" with a short name.
  await openActivePack(page);
  await startNewCity(page, 'lakeside');

  // The city.
  await page.getByTestId('section-city').click();
  await both(page, 'city.name', '湖滨市', 'Lakeside City');
  await both(page, 'city.tagline', '山水之间的制造之城', 'A making city between lake and hills');
  await retype(page, 'city.headlineFigures[0].value', '812000000000');
  await expect(page.getByTestId('figure-rendering').first()).toContainText('8120亿元');

  // A district and a cluster: the starter's, renamed.
  await page.getByTestId('section-districts').click();
  await both(page, 'districts[0].name', '湖东区', 'Hudong District');
  await expect(page.getByTestId('item-title')).toHaveText('湖东区');
  await page.getByTestId('section-clusters').click();
  await both(page, 'clusters[0].name', '智能传感', 'Smart sensors');

  // A source of its own for the new enterprise's figure.
  await page.getByTestId('section-sources').click();
  await page.getByTestId('add-item').click();
  await expect(field(page, 'sources[1].id')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('lakeside-yearbook');
  await both(page, 'sources[1].title', '湖滨统计年鉴2025', 'Lakeside Statistical Yearbook 2025');
  await both(page, 'sources[1].publisher', '湖滨市统计局', 'Lakeside Municipal Bureau of Statistics');
  await retype(page, 'sources[1].year', '2025');

  // A new enterprise, in the cluster and district above, with one figure from that source.
  await page.getByTestId('section-enterprises').click();
  await page.getByTestId('add-item').click();
  await expect(field(page, 'enterprises[1].id')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('lakeside-sensors');
  await both(page, 'enterprises[1].name', '湖滨传感科技有限公司', 'Lakeside Sensor Technology Co.');
  await both(page, 'enterprises[1].sector', '压力传感器', 'Pressure sensors');
  await both(
    page,
    'enterprises[1].summary',
    '为工程机械生产压力传感器。',
    'Makes pressure sensors for construction machinery.',
  );
  await field(page, 'enterprises[1].district').selectOption('central');
  const clusters = page.locator('[data-field="enterprises[1].clusters"]');
  await clusters.getByRole('button', { name: /^添加/ }).click();
  await field(page, 'enterprises[1].clusters[0]').selectOption('equipment');
  const figures = page.locator('[data-field="enterprises[1].figures"]');
  await figures.getByRole('button', { name: /^添加/ }).last().click();
  await both(page, 'enterprises[1].figures[0].label', '年产值', 'Annual output');
  await retype(page, 'enterprises[1].figures[0].value', '120000000');
  await field(page, 'enterprises[1].figures[0].unit').selectOption('yuan');
  await retype(page, 'enterprises[1].figures[0].year', '2024');
  await field(page, 'enterprises[1].figures[0].source').selectOption('lakeside-yearbook');
  await expect(figures.getByTestId('figure-rendering')).toContainText('1.2亿元');

  // No problems: publish, and the dialog names the new pack and what was added.
  await publishDraft(page, async (summary) => {
    await expect(summary).toContainText('已发布:展台现在显示 lakeside,版本 0.1.1。');
    // Everything is new: the first eight items by name, the ninth (the city's figure) counted.
    const added = summary.getByRole('listitem').filter({ hasText: /^新增 \d+ 项/ });
    await expect(added).toContainText('新增 9 项:');
    await expect(added).toContainText('企业 湖滨传感科技有限公司');
    await expect(added).toContainText('来源 湖滨统计年鉴2025');
    await expect(added).toContainText(/和其他 1 项$/);
    await expect(added).not.toContainText('lakeside-sensors');
  });

  // The kiosk: the new city on the attract loop and home, its enterprise in the directory.
  const kiosk = await page.context().newPage();
  await kiosk.goto(`${STUDIO}/`);
  await expect(kiosk.getByTestId('screen-attract')).toContainText('湖滨市');
  await kiosk.getByTestId('attract-start').tap();
  await expect(kiosk.getByTestId('screen-home')).toContainText('8120');
  await kiosk.getByTestId('nav-enterprises').tap();
  await kiosk.getByTestId('enterprise-card-lakeside-sensors').tap();
  const profile = kiosk.getByTestId('screen-enterprise');
  await expect(profile).toContainText('湖滨传感科技有限公司');
  await expect(profile).toContainText('1.2亿元');
  await kiosk.getByTestId('lang-en').tap();
  await expect(profile).toContainText('Lakeside Sensor Technology Co.');
  await expect(profile).toContainText(/120\s*million yuan/);
  await expect(profile).toContainText('Makes pressure sensors for construction machinery.');

  // Back to the pack shown before (Xuzhou), from the studio.
  await rollBack(page);
  await kiosk.goto(`${STUDIO}/`);
  await expect(kiosk.getByTestId('screen-attract')).not.toContainText('湖滨市');
  await kiosk.close();
});
