/**
 * Save to folder (issue 20), in browser mode: staff type the folder's path, the draft is written
 * there as a pack folder that loads, with their edit in it, and the page says where; a folder that
 * holds files is refused, and the message says so, with nothing written into it.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPack } from '../../main/core/pack/load-pack.ts';
import type { Pack } from '../../main/core/pack/schema.ts';
import { expect, test } from '@playwright/test';
import { field, openActivePack } from './studio-test.ts';

const pack: Pack = JSON.parse(await readFile('assets/packs/xuzhou/pack.json', 'utf8'));

test.use({ viewport: { width: 1680, height: 1000 } });

// The refused folder is a 409 the browser logs as an error: this test expects it, so it runs
// without kiosk-test's check that the page logged none.

test('staff save the draft to a folder they type, and a folder holding files is refused', async ({ page }) => {
  const base = path.join(tmpdir(), `kiosk-e2e-save-${Date.now()}`);
  const target = path.join(base, 'xuzhou draft');
  await openActivePack(page);
  await field(page, 'city.tagline.en').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' (saved copy)');

  await page.getByTestId('save-to-folder').click();
  const dialog = page.getByRole('dialog', { name: '保存到文件夹' });
  await dialog.getByTestId('save-folder-path').fill(target);
  await dialog.getByTestId('save-folder-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '草稿已保存到' })).toContainText(target);

  const loaded = await loadPack(target);
  expect(loaded.ok).toBe(true);
  if (loaded.ok) expect(loaded.pack.city.tagline.en).toBe(`${pack.city.tagline.en} (saved copy)`);

  // A folder with a file in it: refused, the dialog stays and says why; the file is all there is.
  const full = path.join(base, 'notes');
  await mkdir(full, { recursive: true });
  await writeFile(path.join(full, 'notes.txt'), 'mine');
  await page.getByTestId('save-to-folder').click();
  await dialog.getByTestId('save-folder-path').fill(full);
  await dialog.getByTestId('save-folder-confirm').click();
  await expect(dialog.getByRole('alert')).toContainText('is not empty');
  expect(await readdir(full)).toEqual(['notes.txt']);
  await dialog.getByTestId('save-folder-cancel').click();
  await expect(dialog).toBeHidden();
});
