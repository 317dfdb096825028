/**
 * Makes the pictures of the kiosk's backdrop from its design, assets/backdrop/backdrop.html:
 *
 *   assets/backdrop/landscape.jpg   1920×1080
 *   assets/backdrop/portrait.jpg    1080×1920
 *
 * The design is eight layers of gradients. Drawn by the browser, they cost a laptop without a usable
 * GPU about 130 ms of software raster before the first screen could show; one picture costs a few.
 * Chromium draws the design (so the picture is exactly what the CSS would show) and encodes it as
 * JPEG. The outputs are committed; run this again after changing the design (a test compares them):
 *
 *   npm run backdrop
 */
import path from 'node:path';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';

export const BACKDROP_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'backdrop');

export const BACKDROP_PICTURES = [
  { file: 'landscape.jpg', width: 1920, height: 1080 },
  { file: 'portrait.jpg', width: 1080, height: 1920 },
] as const;

/**
 * JPEG at 0.95: within a level of the design on average, and its faint grid lines kept (WebP kept
 * them only at 0.98, and took half as long again to decode: ~19 ms against ~13 for 1920×1080).
 */
const QUALITY = 0.95;

/** The design drawn by Chromium at width×height CSS pixels (device scale 1), as PNG. */
export async function drawDesign(browser: Browser, width: number, height: number): Promise<Buffer> {
  const html = await readFile(path.join(BACKDROP_DIR, 'backdrop.html'), 'utf8');
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.setContent(html);
    return await page.screenshot({ type: 'png' });
  } finally {
    await context.close();
  }
}

/** A PNG re-encoded as JPEG by the page's canvas. */
async function toJpeg(page: Page, png: Buffer): Promise<Buffer> {
  const dataUrl = await page.evaluate(
    async ({ b64, quality }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    },
    { b64: png.toString('base64'), quality: QUALITY },
  );
  return Buffer.from(dataUrl, 'base64');
}

/**
 * How far two pictures of the same size differ, decoded by the page: the mean absolute difference
 * per colour channel, the share of pixels where some channel differs by more than 8 levels, and how
 * well the faint grid lines agree. The grid is a few levels over its background, so it hardly moves
 * the first two; its lines show as peaks in the brightness of each row and each column, and
 * `gridMatch` is the lower of the two correlations of those peaks (1: the same lines; ~0: none).
 */
export async function pictureDifference(
  page: Page,
  a: Buffer,
  b: Buffer,
): Promise<{ width: number; height: number; mean: number; farShare: number; gridMatch: number; sizes: string }> {
  return page.evaluate(
    async ({ a64, b64 }) => {
      const [x, y] = await Promise.all(
        [a64, b64].map(async (s) => {
          const bitmap = await createImageBitmap(
            await (await fetch(`data:application/octet-stream;base64,${s}`)).blob(),
          );
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(bitmap, 0, 0);
          return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
        }),
      );
      if (!x || !y) throw new Error('two pictures expected');
      const sizes = `${x.width}×${x.height} and ${y.width}×${y.height}`;
      if (x.width !== y.width || x.height !== y.height)
        return { width: 0, height: 0, mean: 255, farShare: 1, gridMatch: 0, sizes };
      let sum = 0;
      let far = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        let worst = 0;
        for (let c = 0; c < 3; c++) {
          const d = Math.abs(x.data[i + c]! - y.data[i + c]!);
          sum += d;
          if (d > worst) worst = d;
        }
        if (worst > 8) far++;
      }
      const pixels = x.width * x.height;
      // Brightness summed along each row and each column, less the mean of its neighbours 3 px away:
      // what is left is the lines. Then the correlation of the two pictures' lines.
      const peaks = (img: ImageData, rows: boolean) => {
        const n = rows ? img.height : img.width;
        const sums = new Float64Array(n);
        for (let py = 0; py < img.height; py++)
          for (let px = 0; px < img.width; px++) {
            const i = (py * img.width + px) * 4;
            sums[rows ? py : px]! += img.data[i]! + img.data[i + 1]! + img.data[i + 2]!;
          }
        const out: number[] = [];
        for (let i = 3; i < n - 3; i++) out.push(sums[i]! - (sums[i - 3]! + sums[i + 3]!) / 2);
        return out;
      };
      const correlation = (p: number[], q: number[]) => {
        const mp = p.reduce((s, v) => s + v, 0) / p.length;
        const mq = q.reduce((s, v) => s + v, 0) / q.length;
        let num = 0;
        let dp = 0;
        let dq = 0;
        for (let i = 0; i < p.length; i++) {
          num += (p[i]! - mp) * (q[i]! - mq);
          dp += (p[i]! - mp) ** 2;
          dq += (q[i]! - mq) ** 2;
        }
        return dp && dq ? num / Math.sqrt(dp * dq) : 0;
      };
      const gridMatch = Math.min(
        correlation(peaks(x, true), peaks(y, true)),
        correlation(peaks(x, false), peaks(y, false)),
      );
      return { width: x.width, height: x.height, mean: sum / (pixels * 3), farShare: far / pixels, gridMatch, sizes };
    },
    { a64: a.toString('base64'), b64: b.toString('base64') },
  );
}

/** Draws and encodes every picture; returns them by file name (nothing written). */
export async function makeBackdrop(browser: Browser): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    for (const p of BACKDROP_PICTURES)
      out.set(p.file, await toJpeg(page, await drawDesign(browser, p.width, p.height)));
  } finally {
    await context.close();
  }
  return out;
}

async function main(): Promise<void> {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    for (const [file, bytes] of await makeBackdrop(browser)) {
      const target = path.join(BACKDROP_DIR, file);
      // Written whole or not at all: a temporary file, then a rename.
      await writeFile(`${target}.tmp`, bytes);
      await rename(`${target}.tmp`, target);
      console.log(`${path.relative(process.cwd(), target)}: ${bytes.length} bytes`);
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
