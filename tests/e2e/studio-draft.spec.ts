/**
 * The content studio's draft (issue 20): autosaved and restored after the window is closed; a
 * second window's save is never silently overwritten; search, the preview's language and what it
 * follows; reordering with the keyboard.
 */
import { readFile } from 'node:fs/promises';
import type { Pack } from '../../main/core/pack/schema.ts';
import { test as plainTest } from '@playwright/test';
import { expect, test } from './kiosk-test.ts';
import { STUDIO, field, openActivePack } from './studio-test.ts';

const pack: Pack = JSON.parse(await readFile('assets/packs/xuzhou/pack.json', 'utf8'));

test.use({ viewport: { width: 1680, height: 1000 } });

// The refused save is a 409 the browser logs as an error: this test expects it, so it runs without
// kiosk-test's check that the page logged none.
plainTest(
  'edits are autosaved and there after a reload; a second window that saved first is not overwritten',
  async ({ page }) => {
    // Three autosaves (3 s each after typing stops) and a reload: over a minute on a loaded machine.
    plainTest.setTimeout(120_000);
    await openActivePack(page);
    const tagline = field(page, 'city.tagline.en');
    await tagline.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (draft one)');
    await expect(page.getByTestId('save-status')).toContainText('草稿已保存', { timeout: 10_000 });

    // The window closed and opened again: the draft is there, not the open screen.
    await page.reload();
    await expect(tagline).toHaveValue(`${pack.city.tagline.en} (draft one)`);

    // A second window edits and saves first.
    const other = await page.context().newPage();
    await other.goto(`${STUDIO}/studio/`);
    const otherTagline = field(other, 'city.tagline.en');
    await otherTagline.click();
    await other.keyboard.press('End');
    await other.keyboard.type(' and two');
    await expect(other.getByTestId('save-status')).toContainText('草稿已保存', { timeout: 10_000 });

    // The first window's next save is refused and staff are told; nothing is overwritten.
    await field(page, 'city.intro.en').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Stale.');
    await expect(page.getByTestId('conflict')).toContainText('另一个工作室窗口', { timeout: 10_000 });
    await page.getByTestId('conflict').getByRole('button').click();
    await expect(tagline).toHaveValue(`${pack.city.tagline.en} (draft one) and two`);
    await expect(field(page, 'city.intro.en')).toHaveValue(pack.city.intro.en);
    await other.close();
  },
);

test('typing without a pause is still saved, at the latest about every 10 seconds', async ({ page }) => {
  test.setTimeout(90_000);
  await openActivePack(page);
  const tagline = field(page, 'city.tagline.en');
  await tagline.click();
  await page.keyboard.press('End');
  // Each save the status shows from now on, counted in the page (between two keys it can be short).
  await page.evaluate(() => {
    const status = document.querySelector('[data-testid="save-status"]')!;
    const counts = window as unknown as { savesWhileTyping: number };
    counts.savesWhileTyping = 0;
    let saved = status.className.includes('--saved');
    new MutationObserver(() => {
      const now = status.className.includes('--saved');
      if (now && !saved) counts.savesWhileTyping++;
      saved = now;
    }).observe(status, { attributes: true });
  });
  // A key every second for 14 s: never the 3 s pause the usual autosave waits for.
  for (let i = 0; i < 14; i++) {
    await page.keyboard.type(String(i % 10));
    await page.waitForTimeout(1000);
  }
  const saves = await page.evaluate(() => (window as unknown as { savesWhileTyping: number }).savesWhileTyping);
  expect(saves).toBeGreaterThanOrEqual(1);
});

test('search finds a text in any language and opens its field; the preview follows, in the language picked', async ({
  page,
}) => {
  await openActivePack(page);
  const second = pack.enterprises[1]!;
  await page.getByTestId('search').fill(second.name.en.toUpperCase());
  await page.getByTestId('search-results').getByRole('button').first().click();
  await expect(field(page, 'enterprises[1].name.en')).toBeFocused();
  await expect(page.getByTestId('item-title')).toHaveText(second.name['zh-CN']);

  const preview = page.frameLocator('[data-testid="preview-landscape"]');
  await expect(preview.getByTestId('screen-enterprise')).toContainText(second.name['zh-CN']);
  await page.getByTestId('preview-language').selectOption('en');
  // Languages by name in the studio's language (Chinese here), never by code: the picker and the field.
  await expect(page.getByTestId('preview-language').locator('option:checked')).toHaveText('英语');
  await expect(field(page, 'enterprises[1].name.en')).toHaveAccessibleName(/英语$/);
  await expect(preview.getByTestId('screen-enterprise')).toContainText(second.name.en);
  const portrait = page.frameLocator('[data-testid="preview-portrait"]');
  await expect(portrait.getByTestId('screen-enterprise')).toContainText(second.name.en);

  // Typing shows in the preview.
  await page.keyboard.press('End');
  await page.keyboard.type(' Group');
  await expect(preview.getByTestId('screen-enterprise')).toContainText(`${second.name.en} Group`);

  // A cluster: its chain.
  await page.getByTestId('section-clusters').click();
  await expect(preview.getByTestId('screen-cluster')).toContainText(pack.clusters[0]!.name.en);
});

test('items reorder with the keyboard, and undo puts them back', async ({ page }) => {
  await openActivePack(page);
  await page.getByTestId('section-enterprises').click();
  const labels = page.getByTestId('item-list').locator('.item-list__label');
  const [first, second] = [pack.enterprises[0]!.name['zh-CN'], pack.enterprises[1]!.name['zh-CN']];
  await expect(labels.nth(0)).toHaveText(first);
  // One row under the other, as staff see them (not drawn over each other).
  const [top0, top1] = [await labels.nth(0).boundingBox(), await labels.nth(1).boundingBox()];
  expect(top1!.y).toBeGreaterThanOrEqual(top0!.y + top0!.height);

  await page
    .getByTestId('item-list')
    .getByRole('button', { name: `移动 ${first}` })
    .focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(labels.nth(0)).toHaveText(second);
  await expect(labels.nth(1)).toHaveText(first);

  await page.keyboard.press('Control+Z');
  await expect(labels.nth(0)).toHaveText(first);
});
