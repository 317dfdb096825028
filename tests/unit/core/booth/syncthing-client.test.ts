// The Syncthing REST client against a fake HTTP server: what it sends, and how it fails.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  SyncthingClient,
  SyncthingHttpError,
  SyncthingResponseError,
  SyncthingUnreachableError,
} from '../../../../main/core/booth/syncthing/syncthing-client.ts';

interface Seen {
  method: string;
  url: string;
  apiKey: string | undefined;
  body: string;
}

let server: Server | undefined;

afterEach(async () => {
  if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
  server = undefined;
});

/** A server answering each request with `handler`; returns its URL and what it received. */
async function fakeSyncthing(
  handler: (req: IncomingMessage, res: ServerResponse, index: number) => void,
): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', apiKey: req.headers['x-api-key'] as string, body });
      handler(req, res, seen.length - 1);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen };
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(typeof value === 'string' ? value : JSON.stringify(value));
}

/** A client whose backoff waits are recorded instead of slept. */
function clientFor(url: string, extra: Partial<ConstructorParameters<typeof SyncthingClient>[0]> = {}) {
  const waits: number[] = [];
  const client = new SyncthingClient({
    baseUrl: url,
    apiKey: 'secret-key',
    backoffMs: 100,
    maxBackoffMs: 350,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...extra,
  });
  return { client, waits };
}

describe('SyncthingClient', () => {
  it('sends the API key and returns the typed answer', async () => {
    const { url, seen } = await fakeSyncthing((_req, res) => json(res, 200, { myID: 'ABC', uptime: 3 }));
    const { client } = clientFor(url);
    const status = await client.systemStatus();
    expect(status.myID).toBe('ABC');
    expect(seen).toEqual([{ method: 'GET', url: '/rest/system/status', apiKey: 'secret-key', body: '' }]);
  });

  it('sends changes as JSON with the right method and query', async () => {
    const { url, seen } = await fakeSyncthing((_req, res) => json(res, 200, ''));
    const { client } = clientFor(url);
    await client.patchOptions({ relaysEnabled: false });
    await client.dismissPendingFolder('f 1', 'DEV');
    await client.putFolder({ id: 'kiosk-booth-packs', type: 'receiveonly' });
    expect(seen.map((s) => `${s.method} ${s.url} ${s.body}`)).toEqual([
      'PATCH /rest/config/options {"relaysEnabled":false}',
      'DELETE /rest/cluster/pending/folders?folder=f+1&device=DEV ',
      'PUT /rest/config/folders/kiosk-booth-packs {"id":"kiosk-booth-packs","type":"receiveonly"}',
    ]);
  });

  it('retries a 5xx with exponential backoff, then returns the answer', async () => {
    const { url, seen } = await fakeSyncthing((_req, res, index) =>
      index < 3 ? json(res, 503, 'starting') : json(res, 200, { ping: 'pong' }),
    );
    const { client, waits } = clientFor(url);
    await client.ping();
    expect(seen).toHaveLength(4);
    // Doubling from 100 ms, capped at 350 ms.
    expect(waits).toEqual([100, 200, 350]);
  });

  it('gives up after the last attempt with the HTTP error', async () => {
    const { url, seen } = await fakeSyncthing((_req, res) => json(res, 500, 'database broken'));
    const { client } = clientFor(url, { attempts: 3 });
    const error = await client.folderStatus('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncthingHttpError);
    expect((error as SyncthingHttpError).status).toBe(500);
    expect(seen).toHaveLength(3);
  });

  it('never retries a 4xx', async () => {
    const { url, seen } = await fakeSyncthing((_req, res) => json(res, 403, 'CSRF Error'));
    const { client, waits } = clientFor(url);
    const error = await client.config().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncthingHttpError);
    expect((error as SyncthingHttpError).status).toBe(403);
    expect(seen).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('reports malformed JSON as a typed error, without retrying', async () => {
    const { url, seen } = await fakeSyncthing((_req, res) => json(res, 200, '{"myID": "AB'));
    const { client } = clientFor(url);
    const error = await client.systemStatus().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncthingResponseError);
    expect(seen).toHaveLength(1);
  });

  it('times out a request that hangs, retrying each attempt', async () => {
    const { url, seen } = await fakeSyncthing(() => {
      // Never answers.
    });
    const { client, waits } = clientFor(url, { timeoutMs: 100, attempts: 2 });
    const error = await client.systemStatus().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncthingUnreachableError);
    expect((error as Error).message).toMatch(/no answer within 100 ms/);
    expect(seen).toHaveLength(2);
    expect(waits).toEqual([100]);
    server!.closeAllConnections();
  });

  it('retries when nothing listens, and says so', async () => {
    // A port that was free a moment ago: connection refused.
    const { url } = await fakeSyncthing(() => {});
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const { client, waits } = clientFor(url, { attempts: 3 });
    const error = await client.ping().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncthingUnreachableError);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    expect(waits).toEqual([100, 200]);
  });

  it('long-polls events beyond the normal timeout, with since and the types asked for', async () => {
    const { url, seen } = await fakeSyncthing((_req, res) =>
      setTimeout(() => json(res, 200, [{ id: 8, globalID: 8, type: 'StateChanged', time: '', data: {} }]), 300),
    );
    const { client } = clientFor(url, { timeoutMs: 100 });
    const events = await client.events({ since: 7, timeoutS: 1, types: ['StateChanged', 'FolderCompletion'] });
    expect(events.map((e) => e.id)).toEqual([8]);
    expect(seen[0]!.url).toBe('/rest/events?since=7&timeout=1&events=StateChanged%2CFolderCompletion');
  });

  it('stops waiting for events when the caller cancels', async () => {
    const { url, seen } = await fakeSyncthing(() => {});
    const { client } = clientFor(url);
    const controller = new AbortController();
    const pending = client.events({ timeoutS: 30, signal: controller.signal }).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 50);
    const error = await pending;
    expect(error).toBeInstanceOf(SyncthingUnreachableError);
    expect((error as Error).message).toMatch(/cancelled/);
    expect(seen).toHaveLength(1);
    server!.closeAllConnections();
  });
});
