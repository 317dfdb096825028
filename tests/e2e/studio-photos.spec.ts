/**
 * Photos in the content studio (issue 21): a batch dropped on a gallery shows its progress and lands
 * as pictures with their small renditions, which the preview's thumbnails show; a cancelled batch
 * leaves no file in the draft; a HEIC from a phone is refused with how to export it.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { test as plainTest, type Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from './kiosk-test.ts';
import { field, openActivePack } from './studio-test.ts';

test.use({ viewport: { width: 1680, height: 1000 } });
test.describe.configure({ timeout: 120_000 });

const IMAGES = 'enterprises[0].media.images';

/** A camera-sized photo (4000×3000 JPEG, a little grain), as base64 for the page. */
async function photo(hue: number): Promise<string> {
  const grain = await sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: '#888',
      noise: { type: 'gaussian', mean: 128, sigma: 6 },
    },
  })
    .png({ compressionLevel: 1 })
    .toBuffer();
  const tint = `hsl(${hue}, 70%, 50%)`;
  const jpeg = await sharp(grain)
    .composite([{ input: { create: { width: 4000, height: 3000, channels: 4, background: tint } }, blend: 'multiply' }])
    .jpeg({ quality: 85 })
    .toBuffer();
  return jpeg.toString('base64');
}

/** The draft's own media files, as the studio server holds them. */
async function draftFiles(): Promise<string[]> {
  const dir = path.join(process.env.KIOSK_E2E_STUDIO_DATA!, 'studio', 'draft', 'media');
  return (await readdir(dir).catch(() => [] as string[])).filter((f) => !f.startsWith('.')).sort();
}

/** Drops files on the gallery's batch zone; each distinct content crosses to the page once. */
async function dropOnBatch(page: Page, files: Array<{ name: string; base64: string }>): Promise<void> {
  const contents = [...new Set(files.map((f) => f.base64))];
  const list = files.map((f) => ({ name: f.name, content: contents.indexOf(f.base64) }));
  const transfer = await page.evaluateHandle(
    ({ contents, list }) => {
      const bytes = contents.map((b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
      const data = new DataTransfer();
      for (const { name, content } of list) data.items.add(new File([bytes[content]!], name, { type: 'image/jpeg' }));
      return data;
    },
    { contents, list },
  );
  await page
    .locator(`[data-field="${IMAGES}"]`)
    .getByTestId('photo-batch')
    .dispatchEvent('drop', { dataTransfer: transfer });
}

const countOf = (page: Page) => page.locator(`[data-field="${IMAGES}"] > legend .field__count`);

test('a batch of photos shows its progress, lands with small renditions, and the preview shows them', async ({
  page,
}) => {
  const files = await Promise.all(
    [10, 130, 250].map(async (hue, i) => ({ name: `Site Visit ${i + 1}.JPG`, base64: await photo(hue) })),
  );
  await openActivePack(page);
  await page.getByTestId('section-enterprises').click();
  await expect(countOf(page)).toHaveText('3');

  await dropOnBatch(page, files);
  const progress = page.getByTestId('photo-batch-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('max', '3');
  await expect(page.getByTestId('photo-batch-result')).toContainText('3', { timeout: 60_000 });
  await expect(countOf(page)).toHaveText('6');

  for (const [i, n] of [3, 4, 5].entries()) {
    await expect(field(page, `${IMAGES}[${n}].file`)).toHaveValue(`media/site-visit-${i + 1}.jpg`);
    await expect(field(page, `${IMAGES}[${n}].small`)).toHaveValue(`media/site-visit-${i + 1}-small.jpg`);
  }
  // The field's own thumbnail is the prepared picture (3840 px long side).
  const thumb = page.locator(`[data-field="${IMAGES}[3].file"] img`);
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(3840);

  // The batch is one undo step.
  await page.getByTestId('undo').click();
  await expect(countOf(page)).toHaveText('3');
  await page.getByTestId('redo').click();
  await expect(countOf(page)).toHaveText('6');

  // Staff describe each picture (the draft is not a pack until they do); the preview follows the
  // field: the enterprise's gallery, its thumbnails from the small renditions.
  for (const n of [3, 4, 5]) {
    await field(page, `${IMAGES}[${n}].alt.zh-CN`).fill(`现场照片 ${n}`);
    await field(page, `${IMAGES}[${n}].alt.en`).fill(`Site photo ${n}`);
  }
  await field(page, `${IMAGES}[3].file`).focus();
  const preview = page.frameLocator('[data-testid="preview-landscape"]');
  const small = preview.locator('.gallery__thumb img[src$="media/site-visit-1-small.jpg"]');
  await expect(small).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => small.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640);
  expect(await draftFiles()).toEqual(
    ['site-visit-1', 'site-visit-2', 'site-visit-3'].flatMap((n) => [`${n}-small.jpg`, `${n}.jpg`]).sort(),
  );
});

test('a cancelled batch leaves nothing behind', async ({ page }) => {
  const one = await photo(40);
  const files = Array.from({ length: 20 }, (_, i) => ({ name: `batch-${i}.jpg`, base64: one }));
  await openActivePack(page);
  await page.getByTestId('section-enterprises').click();
  const before = await draftFiles();

  await dropOnBatch(page, files);
  const progress = page.getByTestId('photo-batch-progress');
  // Cancel once at least one photo of the batch was added.
  await expect
    .poll(async () => Number(await progress.getAttribute('value')), { timeout: 60_000 })
    .toBeGreaterThanOrEqual(1);
  await page.getByTestId('photo-batch-cancel').click();
  await expect(page.getByTestId('photo-batch-result')).toBeVisible();
  await expect(countOf(page)).toHaveText('3');
  await expect.poll(draftFiles, { timeout: 15_000 }).toEqual(before);
  // The draft names none of them.
  await expect(page.locator(`[data-field^="${IMAGES}"] input[value*="batch-"]`)).toHaveCount(0);
});

// The refusal is a 422 answer, which Chromium logs on the console: the plain test, without the
// kiosk's "no console errors" watch.
plainTest('a HEIC photo from a phone is refused with how to export it as JPEG', async ({ page }) => {
  const heic = (
    await sharp({ create: { width: 64, height: 48, channels: 3, background: '#246' } })
      .heif({ compression: 'av1' })
      .toBuffer()
  ).toString('base64');
  await openActivePack(page);
  await page.getByTestId('section-enterprises').click();
  await dropOnBatch(page, [{ name: 'IMG_2041.HEIC', base64: heic }]);
  const result = page.getByTestId('photo-batch-result');
  await expect(result).toContainText('IMG_2041.HEIC');
  await expect(result).toContainText('JPEG');
  await expect(countOf(page)).toHaveText('3');
});

test('a video dropped on the city’s video is checked, added, and gets a poster frame drawn from it in the page', async ({
  page,
}) => {
  await openActivePack(page);
  await page.getByTestId('section-city').click();
  const zone = page.locator('[data-field="city.video.file"]').getByTestId('media-drop');
  // A VP8 WebM recorded in the page from a canvas (MediaRecorder): no ffmpeg, and Chromium plays it.
  const transfer = await page.evaluateHandle(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 240;
    const context = canvas.getContext('2d')!;
    const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm;codecs=vp8' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start(100);
    for (let i = 0; i < 30; i++) {
      context.fillStyle = `hsl(${i * 12}, 80%, 50%)`;
      context.fillRect(0, 0, 320, 240);
      await new Promise((r) => setTimeout(r, 40));
    }
    recorder.stop();
    await stopped;
    const data = new DataTransfer();
    data.items.add(new File(chunks, 'City Film.webm', { type: 'video/webm' }));
    return data;
  });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(field(page, 'city.video.file')).toHaveValue('media/city-film.webm', { timeout: 30_000 });
  await expect(field(page, 'city.video.poster')).toHaveValue('media/city-film-poster.jpg');
  const poster = page.locator('[data-field="city.video.poster"] img');
  await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  expect(await draftFiles()).toEqual(expect.arrayContaining(['city-film.webm', 'city-film-poster.jpg']));
});
