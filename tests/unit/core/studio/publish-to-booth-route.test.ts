/**
 * The studio's Publish on a booth's laptop: "also publish to the booth" sends the version just
 * published to the packs folder; elsewhere the option is not offered, and asking for it says why.
 */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readManifest } from '../../../../main/core/booth/booth-manifest.ts';
import { publishToBooth } from '../../../../main/core/booth/publish-to-booth.ts';
import { ActivePackManager } from '../../../../main/core/pack/active-pack-manager.ts';
import { createStudioRoutes } from '../../../../main/core/studio/studio-routes.ts';
import { STUDIO_TOKEN_HEADER } from '../../../../main/contract/studio.ts';
import { writePackDir } from '../../../fixtures/minimal-pack.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const quiet = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const ORIGIN = 'http://127.0.0.1:9';

async function studio(laptop: boolean) {
  const dir = await tempFolder('studio-booth-');
  const packs = await ActivePackManager.open({
    root: path.join(dir, 'packs'),
    embeddedDir: await writePackDir(),
    log: quiet,
  });
  const packsDir = path.join(dir, 'booth', 'packs');
  const routes = createStudioRoutes({
    dataDir: dir,
    packs,
    rendererDir: dir,
    token: 't0ken',
    allowedOrigins: () => [ORIGIN],
    booth: {
      isLaptop: () => laptop,
      publish: (d, id, version) => publishToBooth({ packsDir, packDir: d, id, version }),
    },
    log: quiet,
  });
  const call = async (method: string, route: string, body?: unknown) => {
    const res = await routes(
      new Request(`${ORIGIN}/studio/api/${route}`, {
        method,
        headers: { [STUDIO_TOKEN_HEADER]: 't0ken', origin: ORIGIN, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    return (await res!.json()) as Record<string, unknown>;
  };
  await call('POST', 'open', { source: 'active' });
  return { call, packsDir };
}

describe('studio publish to the booth', () => {
  it('on the laptop, publishes the new version to the booth too', async () => {
    const s = await studio(true);
    expect((await s.call('GET', 'draft')).boothLaptop).toBe(true);
    const result = await s.call('POST', 'publish', { booth: true });
    expect(result).toMatchObject({ ok: true, version: '1.0.1', booth: { ok: true } });
    const manifest = await readManifest(s.packsDir);
    expect(manifest.ok && manifest.manifest?.version).toBe('1.0.1');
  });

  it('elsewhere, is not offered, and asking for it says why while the publish stands', async () => {
    const s = await studio(false);
    expect((await s.call('GET', 'draft')).boothLaptop).toBe(false);
    const result = await s.call('POST', 'publish', { booth: true });
    expect(result).toMatchObject({
      ok: true,
      version: '1.0.1',
      booth: { ok: false, error: 'this machine is not the booth’s laptop' },
    });
    expect(await readManifest(s.packsDir)).toEqual({ ok: true, manifest: null });
  });
});
