/**
 * The bridge as a fetch handler, over stub services: what only a hand-made Request can show (a Host
 * that is not the server's own, as in DNS rebinding; body limits; error mapping).
 */
import { describe, expect, it, vi } from 'vitest';
import { createHttpBridge } from '../../../../main/core/services/http-bridge.ts';
import { unavailableOperationsService } from '../../../../main/core/services/operations-service.ts';
import { unavailablePackLibraryService } from '../../../../main/core/services/pack-library-service.ts';
import {
  AdminLockedError,
  InvalidArgumentError,
  UnavailableError,
} from '../../../../main/core/services/service-checks.ts';

const ORIGIN = 'http://127.0.0.1:5199';
const quiet = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

function bridge(overrides: Record<string, (...args: unknown[]) => unknown> = {}, adminOpen = () => true) {
  return createHttpBridge({
    operations: { ...unavailableOperationsService(), ...overrides } as never,
    packs: { ...unavailablePackLibraryService(), ...overrides } as never,
    allowedOrigins: () => [ORIGIN],
    adminOpen,
    maxZipBytes: 16,
    log: quiet,
  });
}

function post(channel: string, body: BodyInit, headers: Record<string, string> = {}, base = ORIGIN): Request {
  return new Request(`${base}/api/ops/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kiosk-ops': '1', ...headers },
    body,
  });
}

describe('the bridge handler', () => {
  it('refuses a request addressed to another host name (DNS rebinding), even without Origin', async () => {
    const handler = bridge({ 'settings:get': () => ({}) });
    const response = await handler(post('settings:get', '{"args":[]}', {}, 'http://evil.example:5199'));
    expect(response.status).toBe(403);
    expect((await handler(post('settings:get', '{"args":[]}'))).status).toBe(200);
  });

  it('passes the argument tuple to the service and wraps the result', async () => {
    const set = vi.fn((patch: unknown) => ({ patch }));
    const response = await bridge({ 'settings:set': set })(post('settings:set', '{"args":[{"a":1}]}'));
    expect(await response.json()).toEqual({ ok: true, result: { patch: { a: 1 } } });
    expect(set).toHaveBeenCalledWith({ a: 1 });
  });

  it('maps service errors: invalid 400, locked 403, unavailable 501, others 500', async () => {
    const throwing = (error: Error) => () => {
      throw error;
    };
    const cases: Array<[Error, number, boolean]> = [
      [new InvalidArgumentError('x', 'y'), 400, false],
      [new AdminLockedError(), 403, false],
      [new UnavailableError('thing'), 501, true],
      [new Error('boom'), 500, false],
    ];
    for (const [error, status, unavailable] of cases) {
      const response = await bridge({ 'stats:summary': throwing(error) })(post('stats:summary', '{"args":[]}'));
      expect(response.status).toBe(status);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body.ok).toBe(false);
      expect(body.unavailable === true).toBe(unavailable);
    }
  });

  it('hands the raw zip body to packs:import-zip as a stream, never buffered, with the size limit enforced as it streams', async () => {
    const importZip = vi.fn(async (body: unknown, declared: unknown) => ({
      status: 'refused',
      errors: [String(new Uint8Array(await new Response(body as ReadableStream).arrayBuffer()).length), declared],
    }));
    const handler = bridge({ 'packs:import-zip': importZip });
    const zip = { 'content-type': 'application/zip' };
    const ok = await handler(post('packs:import-zip', new Uint8Array([1, 2, 3]), { ...zip, 'content-length': '3' }));
    expect(ok.status).toBe(200);
    expect(importZip.mock.calls[0]?.[0]).toBeInstanceOf(ReadableStream);
    expect(((await ok.json()) as { result: { errors: unknown[] } }).result.errors).toEqual(['3', 3]);
    // Over the limit while streaming (no Content-Length, or one that lies): 413 from inside the stream.
    const big = await handler(post('packs:import-zip', new Uint8Array(17), zip));
    expect(big.status).toBe(413);
    const lying = await handler(post('packs:import-zip', new Uint8Array(17), { ...zip, 'content-length': '3' }));
    expect(lying.status).toBe(413);
    // Declared over the limit: refused before the service sees it.
    const declared = await handler(post('packs:import-zip', new Uint8Array(17), { ...zip, 'content-length': '17' }));
    expect(declared.status).toBe(413);
    expect(importZip).toHaveBeenCalledTimes(3);
  });

  it('refuses a zip before reading it when no admin session is open', async () => {
    const importZip = vi.fn();
    const handler = bridge({ 'packs:import-zip': importZip }, () => false);
    const response = await handler(post('packs:import-zip', new Uint8Array(3), { 'content-type': 'application/zip' }));
    expect(response.status).toBe(403);
    expect(importZip).not.toHaveBeenCalled();
  });

  it('caps JSON bodies', async () => {
    const response = await bridge({ 'settings:get': () => ({}) })(
      post('settings:get', JSON.stringify({ args: ['x'.repeat(2 * 1024 * 1024)] })),
    );
    expect(response.status).toBe(413);
  });
});
