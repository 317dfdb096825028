/**
 * "Only untranslated" in the content studio (issue 20): staff filling in a third language see the
 * items and fields still waiting for it, and nothing else; an item leaves the list once translated.
 * The kiosk's pack may hold enterprises earlier studio specs published (in zh-CN and en only, so
 * waiting for Japanese): the counts are taken as found.
 */
import { expect, test } from './kiosk-test.ts';
import { field, openActivePack } from './studio-test.ts';

test.use({ viewport: { width: 1680, height: 1000 } });

const XCMG_HEAVY = '徐工重型机械有限公司';

test('the untranslated filter shows only the items and fields waiting for a translation', async ({ page }) => {
  await openActivePack(page);
  await page.getByTestId('section-enterprises').click();
  const labels = page.getByTestId('item-list').locator('.item-list__label');
  await expect(labels.first()).toBeVisible();
  const all = await labels.allTextContents();
  const index = all.indexOf(XCMG_HEAVY);
  expect(index).toBeGreaterThanOrEqual(0);

  // Xuzhou's own enterprises are whole in its three languages: the filter leaves them out.
  const filter = page.getByTestId('only-untranslated');
  await filter.check();
  await expect(labels.filter({ hasText: XCMG_HEAVY })).toHaveCount(0);
  const waiting = await labels.allTextContents();
  expect(waiting.length).toBeLessThan(all.length);
  await filter.uncheck();
  await expect(labels).toHaveCount(all.length);

  // One of them loses its Japanese name: it is waiting for a translation.
  await labels.nth(index).click();
  const japanese = field(page, `enterprises[${index}].name.ja`);
  await japanese.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await expect(page.locator(`[data-field="enterprises[${index}].name"] .field__language--untranslated`)).toHaveCount(1);

  await filter.check();
  await expect(labels).toHaveCount(waiting.length + 1);
  await expect(labels.filter({ hasText: XCMG_HEAVY })).toHaveCount(1);
  // Of its form, only the name stays: its other texts are translated.
  await expect(field(page, `enterprises[${index}].name.ja`)).toBeVisible();
  await expect(field(page, `enterprises[${index}].summary.ja`)).toHaveCount(0);

  // Translated again, it leaves the filtered list.
  await field(page, `enterprises[${index}].name.ja`).fill('徐工重型機械有限公司');
  await expect(labels).toHaveCount(waiting.length);
  await filter.uncheck();
  await expect(labels).toHaveCount(all.length);
});
