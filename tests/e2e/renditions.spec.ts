/**
 * The directory's cards draw the small rendition of an enterprise's first picture when the pack has
 * one (issue 21/24): the request log shows the small files, and not the full pictures, for the grid.
 * Without one, the content server makes it; and it makes the blurred glow behind a gallery's picture.
 */
import sharp from 'sharp';
import { routePack } from '../../harness/served-pack.ts';
import { expect, startVisit, test } from './kiosk-test.ts';

test('the enterprise grid loads the small renditions, not the full pictures, when the pack has them', async ({
  page,
  watch,
}) => {
  const smallJpeg = await sharp({ create: { width: 640, height: 427, channels: 3, background: '#2a6f97' } })
    .jpeg()
    .toBuffer();
  const full = new Set<string>();
  await routePack(page, (pack) => {
    for (const enterprise of pack.enterprises) {
      const image = enterprise.media.images[0];
      if (!image) continue;
      full.add(image.file);
      image.small = image.file.replace(/\.[a-z]+$/, '-small.jpg');
    }
  });
  // The small files exist only in this test: the content server would answer 404.
  await page.route('**/media/**/*-small.jpg', (route) => route.fulfill({ contentType: 'image/jpeg', body: smallJpeg }));

  await startVisit(page);
  expect(full.size).toBeGreaterThan(5);
  const before = watch.requests.length;
  await page.getByTestId('nav-enterprises').tap();
  const screen = page.getByTestId('screen-enterprises');
  const images = screen.locator('.enterprise-card__media img');
  await expect(images.first()).toBeVisible();
  await expect
    .poll(() => images.evaluateAll((list) => list.every((img) => (img as HTMLImageElement).naturalWidth === 640)))
    .toBe(true);
  const sources = await images.evaluateAll((list) => list.map((img) => (img as HTMLImageElement).src));
  expect(sources.length).toBeGreaterThan(5);
  for (const src of sources) expect(src).toMatch(/-small\.jpg$/);

  const paths = watch.requests.map((url) => decodeURI(new URL(url).pathname));
  // Fetched while the attract loop ran (the covers warmed for the grid), or by the grid itself.
  expect(paths.filter((p) => p.endsWith('-small.jpg')).length).toBeGreaterThan(5);
  const asked = paths.slice(before);
  for (const file of full) expect(asked, `the full picture ${file} on the grid`).not.toContain(`/media/${file}`);
});

test('a pack without small renditions (Xuzhou: SVG drawings) gets them from the content server', async ({
  page,
  watch,
}) => {
  await startVisit(page);
  const before = watch.requests.length;
  await page.getByTestId('nav-enterprises').tap();
  const images = page.getByTestId('screen-enterprises').locator('.enterprise-card__media img');
  await expect(images.first()).toBeVisible();
  // Every card's picture is a bitmap of at most 640 px from small/, decoded and shown.
  await expect
    .poll(() =>
      images.evaluateAll((list) =>
        list.map((img) => {
          const i = img as HTMLImageElement;
          return (
            i.complete && i.naturalWidth > 0 && i.naturalWidth <= 640 && new URL(i.src).pathname.startsWith('/small/')
          );
        }),
      ),
    )
    .not.toContain(false);
  const sources = await images.evaluateAll((list) => list.map((img) => (img as HTMLImageElement).src));
  expect(sources.length).toBeGreaterThan(5);
  const answer = await page.request.get(sources[0]!);
  expect(answer.headers()['content-type']).toBe('image/webp');
  // The grid asks for no full drawing (the attract loop before it shows some full size).
  const asked = watch.requests.slice(before).map((url) => new URL(url).pathname);
  expect(asked.filter((p) => p.startsWith('/media/') && p.includes('/enterprises/'))).toEqual([]);
});

test("a gallery's glow is the content server's blurred rendition, not the picture blurred by the page", async ({
  page,
}) => {
  await startVisit(page);
  await page.getByTestId('nav-enterprises').tap();
  await page.getByTestId('enterprise-card-xcmg-hanyun').tap();
  const glow = page.getByTestId('screen-enterprise').locator('.gallery__backdrop');
  await expect(glow).toBeAttached();
  await expect
    .poll(() => glow.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
  const { src, width, filter } = await glow.evaluate((img) => ({
    src: new URL((img as HTMLImageElement).src).pathname,
    width: (img as HTMLImageElement).naturalWidth,
    filter: getComputedStyle(img).filter,
  }));
  expect(src).toMatch(/^\/blurred\/media\/enterprises\/xcmg-hanyun\//);
  expect(width).toBeLessThanOrEqual(48); // a tiny picture the page scales up
  expect(filter).toBe('none'); // no CSS blur drawn on the CPU at every change of picture
  // The next picture's glow is its own.
  await page.getByRole('button', { name: '下一张图片' }).tap();
  await expect
    .poll(() => glow.evaluate((img) => new URL((img as HTMLImageElement).src).pathname))
    .toMatch(/^\/blurred\/.*reach\.svg$/);
});
