/**
 * A studio server in a test: a data folder, a pack library whose embedded pack is the minimal
 * pack, a stand-in renderer build (index.html and studio.html with their tokens), and `call` to
 * send it requests as the studio page does (its origin and token), or otherwise.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { vi } from 'vitest';
import { STUDIO_TOKEN_HEADER } from '../../../../../main/contract/studio.ts';
import { ActivePackManager } from '../../../../../main/core/pack/active-pack-manager.ts';
import { createStudioRoutes, type StudioRoutesOptions } from '../../../../../main/core/studio/studio-routes.ts';
import { minimalPack, writePackDir } from '../../../../fixtures/minimal-pack.ts';
import { tempFolder } from '../../../support/temp-folder.ts';

export const ORIGIN = 'http://127.0.0.1:5999';
export const TOKEN = 'a'.repeat(64);

export const INDEX_HTML =
  '<html><head><meta http-equiv="Content-Security-Policy" content="%KIOSK_CSP%" /></head>' +
  '<body><script type="application/json" id="kiosk-pack">%KIOSK_PACK%</script></body></html>';
export const STUDIO_HTML =
  '<html><head><meta http-equiv="Content-Security-Policy" content="%KIOSK_CSP%" />' +
  '<meta name="studio-token" content="%STUDIO_TOKEN%" /></head><body></body></html>';

export interface CallOptions {
  body?: unknown;
  raw?: string | Uint8Array;
  contentType?: string;
  token?: string | null;
  origin?: string | null;
}

export async function studioHarness(options: { pack?: unknown; withStudioPage?: boolean } = {}) {
  const dataDir = await tempFolder('kiosk-studio-');
  const embeddedDir = await writePackDir(options.pack ?? minimalPack());
  const rendererDir = path.join(dataDir, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), INDEX_HTML);
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  if (options.withStudioPage !== false) await writeFile(path.join(rendererDir, 'studio.html'), STUDIO_HTML);
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const packs = await ActivePackManager.open({ root: path.join(dataDir, 'packs'), embeddedDir, log });
  const make = (extra: Partial<StudioRoutesOptions> = {}) =>
    createStudioRoutes({ dataDir, packs, rendererDir, token: TOKEN, allowedOrigins: () => [ORIGIN], log, ...extra });
  let handler = make();

  const callAt = async (base: string, method: string, route: string, call: CallOptions = {}): Promise<Response> => {
    const headers = new Headers();
    if (call.token !== null) headers.set(STUDIO_TOKEN_HEADER, call.token ?? TOKEN);
    if (call.origin !== null) headers.set('origin', call.origin ?? ORIGIN);
    let body: BodyInit | undefined =
      typeof call.raw === 'string' || call.raw === undefined ? call.raw : new Uint8Array(call.raw);
    if (call.body !== undefined) {
      body = JSON.stringify(call.body);
      headers.set('content-type', 'application/json');
    } else if (call.contentType) headers.set('content-type', call.contentType);
    return handler(new Request(`${base}/${route}`, { method, headers, body }));
  };
  const call = (method: string, route: string, options: CallOptions = {}) => callAt(ORIGIN, method, route, options);
  // The answers are JSON that each test reads into as it needs.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const callJson = async <T = any>(method: string, route: string, call2: CallOptions = {}) => {
    const response = await callRaw(method, route, call2);
    return { status: response.status, body: (await response.json()) as T };
  };
  const callRaw = (method: string, route: string, c: CallOptions = {}) => call(method, route, c);

  return {
    dataDir,
    embeddedDir,
    rendererDir,
    packs,
    log,
    call,
    /** A request under another host name (the page's origin and token still sent). */
    callAt,
    json: callJson,
    /** Replaces the handler (e.g. with a publish hook); same data folder and library. */
    rebuild: (extra: Partial<StudioRoutesOptions>) => {
      handler = make(extra);
    },
  };
}
