/**
 * Tests and the benchmark change the pack the kiosk is served (districts for the map, 500 made-up
 * enterprises, a website for the QR codes) without touching the files on disk: the request still
 * goes to 127.0.0.1, only its answer changes. The pack reaches the page twice: its head inside the
 * page's JSON data block (the first screen; main/contract/pack-head.ts) and the whole pack from
 * api/pack (after the first frame). Both are made from the pack edited the same way.
 */
import type { Page } from '@playwright/test';
import { packHead } from '../main/contract/pack-head.ts';
import type { Pack } from '../main/core/pack/schema.ts';
import { jsonForScriptElement } from '../main/core/server/served-pack.ts';

const DATA_BLOCK = /(<script type="application\/json" id="kiosk-pack">)([\s\S]*?)(<\/script>)/;

export async function routePack(page: Page, edit: (pack: Pack) => void): Promise<void> {
  await page.route(
    (url) => url.pathname === '/' || url.pathname === '/index.html',
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      if (!DATA_BLOCK.exec(html)?.[2]) throw new Error('the page came without its pack');
      // The block holds only the head: edit the whole pack, and write the head of the result.
      const whole = await route.fetch({ url: new URL('api/pack', route.request().url()).href });
      const pack = (await whole.json()) as Pack;
      edit(pack);
      const body = html.replace(DATA_BLOCK, (_, open: string, _old: string, close: string) => {
        return `${open}${jsonForScriptElement(JSON.stringify(packHead(pack)))}${close}`;
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
