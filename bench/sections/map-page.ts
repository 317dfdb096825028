/**
 * The map screen as the `map` section opens it, for its frames and for the ECharts comparison alike:
 * the served pack with MAP_ENTERPRISES made-up enterprises more, and the map's first paint.
 */
import type { Browser, Page } from '@playwright/test';
import type { Enterprise } from '../../main/core/pack/schema.ts';
import { routePack } from '../../harness/served-pack.ts';
import { newPage, tapTestId } from '../page.ts';

export const MAP_ENTERPRISES = 500;

/** The served pack with MAP_ENTERPRISES made-up enterprises spread over the drawn districts. */
async function withManyEnterprises(page: Page): Promise<void> {
  await routePack(page, (pack) => {
    const districts = pack.map!.districts.map((d) => d.district);
    const template = pack.enterprises;
    const extra: Enterprise[] = Array.from({ length: MAP_ENTERPRISES }, (_, i) => {
      const base = structuredClone(template[i % template.length]!);
      return {
        ...base,
        id: `bench-${i}`,
        name: { ...base.name, 'zh-CN': `${base.name['zh-CN']} ${i}`, en: `${base.name.en} ${i}` },
        shortName: undefined,
        district: districts[i % districts.length]!,
        clusters: [pack.clusters[i % pack.clusters.length]!.id],
        location: undefined,
      } as Enterprise;
    });
    pack.enterprises = [...pack.enterprises, ...extra];
  });
}

/** The district the map's zoom figures zoom into, the kiosk's and ECharts' alike. */
export const ZOOM_DISTRICT = 'tongshan';

/** A fresh page on the served pack with many enterprises, at home and settled; false without a map. */
export async function homeWithManyEnterprises(page: Page, url: string): Promise<boolean> {
  await withManyEnterprises(page);
  await page.goto(url);
  await tapTestId(page, 'attract-start');
  await page.getByTestId('screen-home').waitFor();
  if ((await page.getByTestId('nav-map').count()) === 0) return false;
  await page.waitForTimeout(1500);
  await page.evaluate(() =>
    (window as unknown as { __watch: (k: string, s: string) => void }).__watch('map', '[data-testid^="map-district-"]'),
  );
  return true;
}

/** From the touch on the map's menu entry to the first frame with a district on screen. */
export async function mapShownSinceTouch(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __seen: Record<string, number> }).__seen.map !== undefined);
  return page.evaluate(() => {
    const w = window as unknown as { __seen: Record<string, number>; __touchAt: number };
    return w.__seen.map! - w.__touchAt;
  });
}

/** The map's first paint in a fresh page (the further runs of the peer comparison). */
export async function mapFirstPaint(browser: Browser, url: string): Promise<number> {
  const { context, page } = await newPage(browser);
  try {
    await homeWithManyEnterprises(page, url);
    await tapTestId(page, 'nav-map');
    return await mapShownSinceTouch(page);
  } finally {
    await context.close();
  }
}
