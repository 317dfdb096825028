/**
 * Studio mode over real HTTP: `npm run studio`'s server mounts the studio routes beside the kiosk,
 * and the plain kiosk (`npm run web`) has none of them. A publish made through the studio is what
 * the kiosk at `/` serves next.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STUDIO_TOKEN_HEADER } from '../../../main/contract/studio.ts';
import { startBrowserMode, type BrowserModeServer } from '../../../main/cli/browser-mode.ts';
import { writePackDir } from '../../fixtures/minimal-pack.ts';
import { tempFolder } from '../support/temp-folder.ts';

const servers: BrowserModeServer[] = [];
const TOKEN = 'c'.repeat(64);

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(studio: boolean) {
  const dataDir = await tempFolder('kiosk-studio-mode-');
  const server = await startBrowserMode({
    port: 0,
    dataDir,
    embeddedDir: await writePackDir(),
    rendererDir: path.join(dataDir, 'no-renderer'),
    watchPack: false,
    log: () => {},
    ...(studio ? { studio: { token: TOKEN } } : {}),
  });
  servers.push(server);
  return server;
}

describe('studio mode', () => {
  it('the plain kiosk has no studio routes at all', async () => {
    const server = await start(false);
    expect(server.studioUrl).toBeUndefined();
    const response = await fetch(`${server.url}studio/api/draft`, { headers: { [STUDIO_TOKEN_HEADER]: TOKEN } });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('draft');
  });

  it('serves the studio API to its own origin with the token, refuses it without, and publishes to the kiosk', async () => {
    const server = await start(true);
    expect(server.studioUrl).toBe(`${server.url}studio/`);
    const api = (route: string, init: RequestInit = {}, token = TOKEN) =>
      fetch(`${server.url}studio/api/${route}`, {
        ...init,
        headers: { 'content-type': 'application/json', [STUDIO_TOKEN_HEADER]: token, ...init.headers },
      });
    expect((await api('draft', {}, 'wrong')).status).toBe(403);
    expect((await api('draft', { headers: { origin: 'http://localhost.evil:80' } })).status).toBe(403);

    const opened = await api('open', { method: 'POST', body: JSON.stringify({ source: 'active' }) });
    expect(opened.status).toBe(200);
    const { draft } = (await opened.json()) as {
      draft: { pack: { city: { tagline: { en: string } } }; revision: number };
    };
    draft.pack.city.tagline.en = 'Published from the studio';
    await api('draft', { method: 'PUT', body: JSON.stringify({ pack: draft.pack, revision: draft.revision }) });
    const published = await api('publish', { method: 'POST', body: '{}' });
    expect(((await published.json()) as { version: string }).version).toBe('1.0.1');

    const shown = (await (await fetch(`${server.url}api/pack`)).json()) as { city: { tagline: { en: string } } };
    expect(shown.city.tagline.en).toBe('Published from the studio');
  });
});
