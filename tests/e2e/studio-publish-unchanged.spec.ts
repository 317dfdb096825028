/**
 * Publishing without edits (issue 20): the dialog says nothing but the version changed, names the
 * new version, and the kiosk then shows a pack equal to the old one field for field, version and
 * date aside. Rolled back at the end, so the specs after this one start from the same pack.
 */
import type { APIRequestContext } from '@playwright/test';
import type { Pack } from '../../main/core/pack/schema.ts';
import { expect, test } from './kiosk-test.ts';
import { STUDIO, openActivePack } from './studio-test.ts';

test.use({ viewport: { width: 1680, height: 1000 } });

/** The pack the kiosk shows (as the studio server's kiosk serves it). */
async function shownPack(request: APIRequestContext): Promise<Pack> {
  const res = await request.get(`${STUDIO}/api/pack`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as Pack;
}

/** `1.2.0` → `1.2.1`. */
const nextPatch = (version: string) => version.replace(/\d+$/, (n) => String(Number(n) + 1));

test('publishing without edits says only the version changed, and the kiosk shows the same pack under the next version', async ({
  page,
}) => {
  const before = await shownPack(page.request);
  const next = nextPatch(before.pack.version);
  await openActivePack(page);

  await expect(page.getByTestId('publish')).toBeEnabled();
  await page.getByTestId('publish').click();
  const dialog = page.getByRole('dialog', { name: '发布' });
  await expect(dialog).toContainText(`当前为 ${before.pack.version}`);
  await page.getByTestId('publish-confirm').click();
  const summary = page.getByTestId('publish-summary');
  await expect(summary).toBeVisible({ timeout: 20_000 });
  await expect(summary).toContainText(`已发布:展台现在显示 ${before.pack.id},版本 ${next}。`);
  await expect(summary).toContainText('除版本外没有变化。');
  await expect(summary.getByRole('listitem')).toHaveCount(0);
  await page.getByTestId('publish-close').click();
  await expect(dialog).toBeHidden();

  // The kiosk's pack: the next version, otherwise the same, field for field.
  const after = await shownPack(page.request);
  expect(after.pack.version).toBe(next);
  const aside = (p: Pack) => ({ ...p, pack: { ...p.pack, version: '', updated: '' } });
  expect(aside(after)).toEqual(aside(before));

  // Nothing broke: the kiosk shows the city, and the studio goes on editing the draft.
  const kiosk = await page.context().newPage();
  await kiosk.goto(`${STUDIO}/`);
  await kiosk.getByTestId('attract-start').tap();
  await expect(kiosk.getByTestId('screen-home')).toContainText(before.city.name['zh-CN']);
  await kiosk.close();
  await expect(page.getByTestId('form')).toBeVisible();
  await expect(page.getByTestId('publish')).toBeEnabled();

  await page.getByRole('button', { name: '回滚' }).click();
  await expect(page.getByRole('status').filter({ hasText: `版本 ${before.pack.version}` })).toBeVisible();
});
