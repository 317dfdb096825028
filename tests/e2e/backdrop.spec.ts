/**
 * The backdrop behind every screen is a picture of its design (assets/backdrop/backdrop.html, made
 * by `npm run backdrop`). These tests keep the committed pictures true to the design, and check
 * that the kiosk shows the one that fits the screen, joining once its first screen is on the glass.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BACKDROP_DIR, BACKDROP_PICTURES, drawDesign, pictureDifference } from '../../scripts/make-backdrop.ts';
import { expect, test } from './kiosk-test.ts';

for (const picture of BACKDROP_PICTURES) {
  test(`the committed ${picture.file} is the design as Chromium draws it`, async ({ browser, page }) => {
    const design = await drawDesign(browser, picture.width, picture.height);
    const committed = await readFile(path.join(BACKDROP_DIR, picture.file));
    const diff = await pictureDifference(page, design, committed);
    const hint = `assets/backdrop/${picture.file} differs from backdrop.html (${diff.sizes}): run npm run backdrop`;
    expect(diff.width, hint).toBe(picture.width);
    expect(diff.height, hint).toBe(picture.height);
    // The JPEG is within a level of the design on average, and keeps its grid lines (~0.8). A
    // changed colour or glow moves the mean and far more pixels; a grid gone or respaced, the match.
    expect(diff.mean, hint).toBeLessThan(1.5);
    expect(diff.farShare, hint).toBeLessThan(0.002);
    expect(diff.gridMatch, hint).toBeGreaterThan(0.6);
  });
}

test('a picture that is not the design is told apart', async ({ browser, page }) => {
  // The check above must be able to fail: the landscape design against the portrait picture's
  // size, and the committed picture against the design with the teal glow gone, and the grid gone.
  const design = await drawDesign(browser, 1920, 1080);
  const portrait = await readFile(path.join(BACKDROP_DIR, 'portrait.jpg'));
  expect((await pictureDifference(page, design, portrait)).mean).toBe(255);
  const html = await readFile(path.join(BACKDROP_DIR, 'backdrop.html'), 'utf8');
  const landscape = await readFile(path.join(BACKDROP_DIR, 'landscape.jpg'));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.setContent(html.replace('<div class="glow teal"></div>', ''));
  expect((await pictureDifference(page, await page.screenshot({ type: 'png' }), landscape)).farShare).toBeGreaterThan(
    0.05,
  );
  await page.setContent(html.replace('<div class="grid"></div>', ''));
  expect((await pictureDifference(page, await page.screenshot({ type: 'png' }), landscape)).gridMatch).toBeLessThan(
    0.3,
  );
});

for (const viewport of [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
]) {
  test(`the ${viewport.name} kiosk shows the ${viewport.name} picture, joining just after its first screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    // When the picture joins: the first screen is drawn without waiting for it to be decoded.
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        if (!document.querySelector('.backdrop--lit')) return;
        (window as unknown as { __litAt: number }).__litAt = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, attributes: true, childList: true });
    });
    await page.goto('/');
    await page.getByTestId('screen-attract').waitFor();
    const backdrop = page.locator('.backdrop.backdrop--lit');
    await expect(backdrop).toHaveCount(1);
    const picture = await backdrop.evaluate((e) => getComputedStyle(e, '::before').backgroundImage);
    expect(picture).toMatch(new RegExp(`/assets/${viewport.name}-[^/]+\\.jpg`));
    const timing = await page.evaluate(() => {
      const pictures = performance
        .getEntriesByType('resource')
        .filter((e) => /\/assets\/[^/]+\.jpg$/.test(e.name))
        .map((e) => e.name);
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
      return { pictures, fcp, litAt: (window as unknown as { __litAt: number }).__litAt };
    });
    // Only the picture this screen uses is fetched (the preloads are media-conditional), and it
    // joins once the first screen is on the glass, not before.
    expect(timing.pictures).toEqual([expect.stringMatching(new RegExp(`/${viewport.name}-`))]);
    expect(timing.litAt).toBeGreaterThan(timing.fcp);
    // Its fade ends: no animation stays in effect to keep a full-screen layer that every frame
    // composites (on the CPU, without a GPU).
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.getAnimations().filter((a) => a instanceof CSSAnimation && a.animationName === 'backdrop-light')
              .length,
        ),
      )
      .toBe(0);
  });
}
