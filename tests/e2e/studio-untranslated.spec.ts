/**
 * "Only untranslated" in the content studio (issue 20): staff filling in a third language see the
 * items and fields still waiting for it, and nothing else; an item leaves the list once translated.
 */
import { expect, test } from './kiosk-test.ts';
import { field, openActivePack } from './studio-test.ts';

test.use({ viewport: { width: 1680, height: 1000 } });

test('the untranslated filter shows only the items and fields waiting for a translation', async ({ page }) => {
  await openActivePack(page);
  await page.getByTestId('section-enterprises').click();
  const labels = page.getByTestId('item-list').locator('.item-list__label');
  await expect(labels).toHaveCount(14);

  // Xuzhou's pack is whole in its three languages: the filter leaves no item.
  const filter = page.getByTestId('only-untranslated');
  await filter.check();
  await expect(labels).toHaveCount(0);
  await filter.uncheck();

  // The second enterprise loses its Japanese name: it is waiting for a translation.
  await labels.nth(1).click();
  const japanese = field(page, 'enterprises[1].name.ja');
  await japanese.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await expect(page.locator('[data-field="enterprises[1].name"] .field__language--untranslated')).toHaveCount(1);

  await filter.check();
  await expect(labels).toHaveCount(1);
  await expect(labels.first()).toHaveText('徐工重型机械有限公司');
  // Of its form, only the name stays: its other texts are translated.
  await expect(field(page, 'enterprises[1].name.ja')).toBeVisible();
  await expect(field(page, 'enterprises[1].summary.ja')).toHaveCount(0);

  // Translated again, it leaves the filtered list.
  await field(page, 'enterprises[1].name.ja').fill('徐工重型機械有限公司');
  await expect(labels).toHaveCount(0);
  await filter.uncheck();
  await expect(labels).toHaveCount(14);
});
