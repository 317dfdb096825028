/**
 * An invalid entry in the content studio (issue 20): its message shows at the field as it is typed,
 * the problems list takes staff to it, and publishing is blocked until it is fixed.
 */
import { expect, test } from './kiosk-test.ts';
import { field, openActivePack } from './studio-test.ts';

test.use({ viewport: { width: 1680, height: 1000 } });

test('an invalid entry shows its message at the field and blocks publishing until it is fixed', async ({ page }) => {
  await openActivePack(page);
  await expect(page.getByTestId('publish')).toBeEnabled();

  // A year typed with a letter in it.
  await page.getByTestId('section-city').click();
  const year = field(page, 'city.headlineFigures[1].year');
  await year.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('20x4');

  const at = page.locator('[data-field="city.headlineFigures[1].year"]');
  await expect(at.getByTestId('field-message')).toHaveText('expected a number, got the text "20x4"');
  await expect(year).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('publish')).toBeDisabled();
  await expect(page.getByTestId('publish-why')).toHaveText('发布前需解决 1 个错误');

  // The problems list names it and takes staff to the field, from another part of the pack.
  await page.getByTestId('section-sources').click();
  await expect(year).toBeHidden();
  const problem = page.getByTestId('problem').filter({ hasText: '20x4' });
  await expect(problem).toHaveCount(1);
  await problem.click();
  await expect(year).toBeFocused();

  // Fixed by typing, the message goes and publishing is possible again.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2023');
  await expect(at.getByTestId('field-message')).toHaveCount(0);
  await expect(page.getByTestId('publish')).toBeEnabled();

  // Undo brings the invalid value back, with its message; redo fixes it again.
  await page.getByTestId('undo').click();
  await expect(year).toHaveValue('20x4');
  await expect(page.getByTestId('publish')).toBeDisabled();
  await page.keyboard.press('Control+Shift+Z');
  await expect(year).toHaveValue('2023');
  await expect(page.getByTestId('publish')).toBeEnabled();
});
