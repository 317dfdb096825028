/**
 * Media in the content studio (issue 20): a picture chosen or dropped on a media field is copied
 * into the draft under a safe name, the field gets its path, and its thumbnail shows.
 */
import { expect, test } from './kiosk-test.ts';
import { field, openActivePack } from './studio-test.ts';

// A 2×2 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

test.use({ viewport: { width: 1680, height: 1000 } });

test('a picture chosen for a logo, and one dropped on a gallery picture, are copied in and shown', async ({ page }) => {
  await openActivePack(page);
  await page.getByTestId('section-enterprises').click();

  // Choose a file for the (empty) logo.
  const logo = page.locator('[data-field="enterprises[0].logo"]');
  await logo
    .locator('input[type="file"]')
    .setInputFiles({ name: 'Logo Final (2).png', mimeType: 'image/png', buffer: PNG });
  // An opaque PNG is made a JPEG by the picture pipeline (studio-photos.spec.ts).
  await expect(field(page, 'enterprises[0].logo')).toHaveValue(/^media\/[A-Za-z0-9._\-/]+\.jpg$/);
  const thumb = logo.locator('img');
  await expect(thumb).toBeVisible();
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);

  // Drop a file on the first gallery picture.
  const picture = page.locator('[data-field="enterprises[0].media.images[0].file"]');
  const before = await field(page, 'enterprises[0].media.images[0].file').inputValue();
  const dataTransfer = await page.evaluateHandle(
    (bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'factory floor.png', { type: 'image/png' }));
      return transfer;
    },
    [...PNG],
  );
  await picture.getByTestId('media-drop').dispatchEvent('drop', { dataTransfer });
  const file = field(page, 'enterprises[0].media.images[0].file');
  await expect(file).not.toHaveValue(before);
  await expect(file).toHaveValue(/^media\/[A-Za-z0-9._\-/]+\.jpg$/);
  await expect.poll(() => picture.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);
});
