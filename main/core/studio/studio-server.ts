/**
 * The studio on its own HTTP server on 127.0.0.1 and a port the system picks: how Electron serves
 * the studio window (the kiosk itself stays on app://kiosk). The same routes as `npm run studio`;
 * nothing else is answered.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { STUDIO_BASE_PATH } from '../../contract/studio.ts';
import { newStudioToken } from './studio-http.ts';
import { createStudioRoutes, withStudio, type StudioRoutesOptions } from './studio-routes.ts';

export interface StudioServer {
  /** `http://127.0.0.1:<port>`: the only origin the studio window may load. */
  origin: string;
  /** The studio page. */
  url: string;
  close: () => Promise<void>;
}

export function startStudioServer(
  options: Omit<StudioRoutesOptions, 'token' | 'allowedOrigins'>,
): Promise<StudioServer> {
  let origins: string[] = [];
  const routes = createStudioRoutes({ ...options, token: newStudioToken(), allowedOrigins: () => origins });
  const handler = withStudio(routes, async () => new Response('Not Found', { status: 404 }));
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: handler, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      const origin = `http://127.0.0.1:${info.port}`;
      origins = [origin];
      resolve({
        origin,
        url: `${origin}/${STUDIO_BASE_PATH}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
