/**
 * Tests and the benchmark change the pack the kiosk is served (districts for the map, 500 made-up
 * enterprises, a website for the QR codes) without touching the files on disk: the request still
 * goes to 127.0.0.1, only its answer changes. The pack reaches the page twice: inside the page's
 * JSON data block (the first screen) and from api/pack (after an import, or when the block is
 * empty). Both answers are edited the same way.
 */
import type { Page } from '@playwright/test';
import type { Pack } from '../main/core/pack/schema.ts';
import { jsonForScriptElement } from '../main/core/server/served-pack.ts';

const DATA_BLOCK = /(<script type="application\/json" id="kiosk-pack">)([\s\S]*?)(<\/script>)/;

export async function routePack(page: Page, edit: (pack: Pack) => void): Promise<void> {
  await page.route(
    (url) => url.pathname === '/' || url.pathname === '/index.html',
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const match = DATA_BLOCK.exec(html);
      if (!match?.[2]) throw new Error('the page came without its pack');
      const pack = JSON.parse(match[2]) as Pack;
      edit(pack);
      const body = html.replace(DATA_BLOCK, (_, open: string, _old: string, close: string) => {
        return `${open}${jsonForScriptElement(JSON.stringify(pack))}${close}`;
      });
      await route.fulfill({ response, body });
    },
  );
  await page.route('**/api/pack', async (route) => {
    const response = await route.fetch();
    const pack = (await response.json()) as Pack;
    edit(pack);
    await route.fulfill({ response, json: pack });
  });
}
