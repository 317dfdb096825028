import { tmpdir } from 'node:os';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createContentServer } from '../../../main/core/server/content-server.ts';
import {
  APP_ENTRY_URL,
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  mountContentServer,
  registerAppSchemePrivileges,
} from '../../../main/electron/app-scheme.ts';
import { FakeSession } from '../support/fake-electron-objects.ts';

const electron = vi.hoisted(() => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }));
vi.mock('electron', () => electron);

beforeEach(() => {
  electron.protocol.registerSchemesAsPrivileged.mockClear();
});

/** Mounts `handler` on a fake session and returns what Electron would call for each request. */
function mounted(handler: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  const session = new FakeSession();
  mountContentServer(session.asSession(), handler);
  expect(session.protocol.handle).toHaveBeenCalledExactlyOnceWith('app', expect.any(Function));
  return session.protocol.handle.mock.calls[0]?.[1];
}

describe('the app scheme', () => {
  it('serves the kiosk from app://kiosk/', () => {
    expect([APP_SCHEME, APP_HOST, APP_ORIGIN, APP_ENTRY_URL]).toEqual(['app', 'kiosk', 'app://kiosk', 'app://kiosk/']);
  });

  it('registers app: as standard, secure, fetchable, streamable and code-cached, and no more', () => {
    registerAppSchemePrivileges();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
      },
    ]);
  });
});

describe('mountContentServer', () => {
  it('hands app://kiosk requests to the content server', async () => {
    const server = vi.fn(async (request: Request) => new Response(`served ${new URL(request.url).pathname}`));
    const handle = mounted(server);
    const response = await handle(new Request('app://kiosk/api/health'));
    expect(await response.text()).toBe('served /api/health');
    expect(server).toHaveBeenCalledOnce();
  });

  it.each(['app://evil/api/pack', 'app://kiosk.evil.com/', 'app://kiosk:81/', 'app://localhost/media/a.jpg'])(
    'answers 404 for another host (%s) without reaching the content server',
    async (url) => {
      const server = vi.fn(async () => new Response('should not be served'));
      const response = await mounted(server)(new Request(url));
      expect(response.status).toBe(404);
      expect(server).not.toHaveBeenCalled();
    },
  );

  it('turns a content server failure into a 500 instead of a crash', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await mounted(async () => {
      throw new Error('disk on fire');
    })(new Request('app://kiosk/'));
    expect(response.status).toBe(500);
  });
});

describe('the real content server behind app://kiosk', () => {
  it('answers /api/pack with 503 and the reasons while no pack is loaded', async () => {
    const handle = mounted(
      createContentServer({
        rendererDir: tmpdir(),
        getPack: () => undefined,
        getPackErrors: () => [{ severity: 'error', file: '.', path: '', message: 'pack folder not found' }],
      }),
    );
    const response = await handle(new Request('app://kiosk/api/pack'));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ok: false, errors: ['.: pack folder not found'] });
  });
});
