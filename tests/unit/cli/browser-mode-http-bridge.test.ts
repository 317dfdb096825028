/**
 * Browser mode's HTTP bridge end to end over real HTTP on 127.0.0.1: the request checks, the
 * envelope, the admin gate, the CSV export into the data folder, and a zip import that switches the
 * pack the content server shows (a 512 MiB upload too, streamed to disk with memory bounded). Real stores, a real pack library, a minimal pack as the embedded one.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { IPC_CHANNELS, PACK_IMPORT_PHASES, type PackStatus } from '../../../main/contract/ipc.ts';
import { ELECTRON_ONLY_CHANNELS } from '../../../main/contract/ops-http.ts';
import { startBrowserMode, type BrowserModeServer } from '../../../main/cli/browser-mode.ts';
import { STATS_FOLDER } from '../../../main/core/stats/event-log.ts';
import { DEFAULT_PIN } from '../../../main/core/security/pin.ts';
import { writeLargeStoredZip } from '../../fixtures/large-zip.ts';
import { MEDIA_FILES, minimalPack, WEBM_HEADER, writePackDir } from '../../fixtures/minimal-pack.ts';
import { packEntries } from '../../fixtures/pack-zip.ts';
import { buildZip } from '../../fixtures/zip-writer.ts';
import { tempFolder } from '../support/temp-folder.ts';
import { CHINESE_STATS_CSV_HEADER } from '../support/panel-csv-headers.ts';

const FAST = { N: 1024, r: 8, p: 1, keyLength: 32 };
const servers: BrowserModeServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(options: { packDir?: string } = {}) {
  const dataDir = await tempFolder('kiosk-bridge-');
  const server = await startBrowserMode({
    port: 0,
    dataDir,
    embeddedDir: await writePackDir(),
    rendererDir: path.join(dataDir, 'no-renderer'),
    watchPack: false,
    scrypt: FAST,
    log: () => {},
    ...options,
  });
  servers.push(server);
  const origin = server.url.replace(/\/$/, '');
  const post = (channel: string, args: unknown[] = [], headers: Record<string, string> = {}) =>
    fetch(`${server.url}api/ops/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kiosk-ops': '1', ...headers },
      body: JSON.stringify({ args }),
    });
  const call = async (channel: string, ...args: unknown[]) => {
    const response = await post(channel, args);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const importZip = (bytes: Uint8Array, headers: Record<string, string> = {}) =>
    fetch(`${server.url}api/ops/packs:import-zip`, {
      method: 'POST',
      headers: { 'content-type': 'application/zip', 'x-kiosk-ops': '1', ...headers },
      body: bytes as Uint8Array<ArrayBuffer>,
    });
  const unlock = async () => {
    expect((await call('admin:unlock', DEFAULT_PIN)).body).toEqual({ ok: true, result: { status: 'must-change' } });
    expect((await call('admin:change-pin', DEFAULT_PIN, '246810')).body.ok).toBe(true);
  };
  const health = async () => (await (await fetch(`${server.url}api/health`)).json()) as Record<string, unknown>;
  return { server, origin, dataDir, post, call, importZip, unlock, health };
}

function versionedZip(version: string): Uint8Array {
  const pack = minimalPack();
  pack.pack.version = version;
  return buildZip(packEntries(pack, 'city/'));
}

describe('request checks', () => {
  it('refuses a request without the x-kiosk-ops header (403)', async () => {
    const { post } = await start();
    const response = await post('settings:get', [], { 'x-kiosk-ops': '' });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false });
  });

  it('refuses a foreign Origin (403) and accepts its own', async () => {
    const { post, origin } = await start();
    expect((await post('settings:get', [], { origin: 'http://evil.example' })).status).toBe(403);
    expect((await post('settings:get', [], { origin: 'null' })).status).toBe(403);
    expect((await post('settings:get', [], { origin })).status).toBe(200);
  });

  it('refuses other methods (405) and unknown channels (404)', async () => {
    const { server, post } = await start();
    const get = await fetch(`${server.url}api/ops/settings:get`, { headers: { 'x-kiosk-ops': '1' } });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await fetch(`${server.url}api/ops/settings:get`, { method: 'OPTIONS' })).status).toBe(405);
    expect((await post('shell:nothing')).status).toBe(404);
    expect((await post('constructor')).status).toBe(404);
    expect((await post('%E0%A4%A')).status).toBe(404);
  });

  it.each(ELECTRON_ONLY_CHANNELS)('answers %s 501 unavailable', async (channel) => {
    const { call } = await start();
    expect(await call(channel)).toEqual({
      status: 501,
      body: { ok: false, error: expect.any(String), unavailable: true },
    });
  });

  it('answers every other channel of the contract (no 404 or 501)', async () => {
    const { call } = await start();
    for (const channel of IPC_CHANNELS.filter((c) => !(ELECTRON_ONLY_CHANNELS as readonly string[]).includes(c))) {
      const { status } = await call(channel);
      expect([200, 400, 403, 415], channel).toContain(status);
    }
  });

  it('refuses a body that is not { args: [...] } (400) or not JSON (415)', async () => {
    const { server } = await start();
    const send = (body: string, type = 'application/json') =>
      fetch(`${server.url}api/ops/settings:get`, {
        method: 'POST',
        headers: { 'content-type': type, 'x-kiosk-ops': '1' },
        body,
      });
    expect((await send('{"args":{}}')).status).toBe(400);
    expect((await send('nope')).status).toBe(400);
    expect((await send('{"args":[]}', 'text/plain')).status).toBe(415);
  });

  it('leaves the content server as it was', async () => {
    const { health, server } = await start();
    expect(await health()).toMatchObject({ ok: true, pack: { id: 'test-city', version: '1.0.0' } });
    expect((await fetch(`${server.url}api/pack`, { method: 'POST' })).status).toBe(405);
  });
});

describe('the admin gate', () => {
  it('refuses admin channels before unlock (403), then settings:set works', async () => {
    const { call, unlock } = await start();
    expect(await call('settings:set', { presenterMode: true })).toMatchObject({
      status: 403,
      body: { ok: false, error: 'admin session locked' },
    });
    for (const channel of ['packs:status', 'packs:rollback', 'system:preflight', 'stats:summary', 'kiosk:reload']) {
      expect((await call(channel)).status, channel).toBe(403);
    }
    await unlock();
    const set = await call('settings:set', { presenterMode: true });
    expect(set).toMatchObject({ status: 200, body: { ok: true, result: { settings: { presenterMode: true } } } });
    expect((await call('settings:get')).body).toMatchObject({ result: { settings: { presenterMode: true } } });
    expect(await call('kiosk:reload')).toEqual({ status: 200, body: { ok: true, result: null } });
  });

  it('validates arguments (400) and keeps the PIN record out of the answers', async () => {
    const { call, unlock } = await start();
    expect((await call('admin:unlock', 123456)).status).toBe(400);
    await unlock();
    expect((await call('settings:set', { idleTimeoutSeconds: 'soon' })).status).toBe(400);
    expect(JSON.stringify((await call('settings:get')).body)).not.toMatch(/pin/i);
  });

  it('refuses a zip import before unlock without reading the body', async () => {
    const { importZip, health } = await start();
    const response = await importZip(versionedZip('2.0.0'));
    expect(response.status).toBe(403);
    expect(await health()).toMatchObject({ pack: { version: '1.0.0' } });
  });
});

describe('statistics', () => {
  it('answers the items with most interest to the page, without a session, once visits showed interest', async () => {
    const { call } = await start();
    expect(await call('stats:top-interest')).toEqual({
      status: 200,
      body: { ok: true, result: { days: 7, items: [] } },
    });
    for (let visit = 0; visit < 2; visit++) {
      await call('stats:record', { type: 'visit-start' });
      await call('stats:record', { type: 'interest', kind: 'enterprise', id: 'xcmg' });
      await call('stats:record', { type: 'visit-end' });
    }
    expect((await call('stats:top-interest')).body).toEqual({
      ok: true,
      result: { days: 7, items: [{ kind: 'enterprise', id: 'xcmg', visits: 2 }] },
    });
  });

  it.runIf(process.platform === 'linux')('closes the statistics log when it closes: no file is left open', async () => {
    const { server, call } = await start();
    expect((await call('stats:record', { type: 'visit-start' })).status).toBe(200);
    const statsFolder = path.join(server.dataDir, STATS_FOLDER);
    // The process's open files (Linux: /proc/self/fd), those in the statistics folder.
    const openStatsFiles = async () => {
      const targets = await Promise.all(
        (await readdir('/proc/self/fd')).map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')),
      );
      return targets.filter((t) => t.startsWith(statsFolder));
    };
    expect(await openStatsFiles()).toHaveLength(1);
    servers.splice(servers.indexOf(server), 1);
    await server.close();
    expect(await openStatsFiles()).toEqual([]);
  });

  it('writes the CSV export into <data>/exports/<time>/ and answers that folder', async () => {
    const { call, unlock, dataDir } = await start();
    expect((await call('stats:record', { type: 'visit-start' })).status).toBe(200);
    expect((await call('stats:record', { type: 'screen-view', screen: 'home' })).status).toBe(200);
    await unlock();
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const { status, body } = await call('stats:export-csv', { from: day, to: day });
    expect(status).toBe(200);
    const result = body.result as { status: string; folder: string; files: string[] };
    expect(result.status).toBe('written');
    expect(path.dirname(result.folder)).toBe(path.join(dataDir, 'exports'));
    expect(await readdir(result.folder)).toEqual(result.files);
    const csv = await readFile(path.join(result.folder, result.files[0]!), 'utf8');
    expect(csv).toContain('home');

    // The panel's column names head the file; one that is not a short line is refused, nothing written.
    const header = CHINESE_STATS_CSV_HEADER;
    const named = await call('stats:export-csv', { from: day, to: day }, header);
    const namedFolder = (named.body.result as { folder: string; files: string[] }).folder;
    const namedCsv = await readFile(path.join(namedFolder, `kiosk-stats-${day}.csv`), 'utf8');
    expect(namedCsv.split('\r\n')[0]).toBe('\uFEFF日期,小时,指标,类型,对象,次数');
    const exports = await readdir(path.join(dataDir, 'exports'));
    const refused = await call('stats:export-csv', { from: day, to: day }, { ...header, count: 'count\nof taps' });
    expect(refused.status).toBe(400);
    expect(await readdir(path.join(dataDir, 'exports'))).toEqual(exports);
  });
});

/** POSTs the file at `file` as the zip body, piped from disk (Node's http, so the client holds none of it). */
function upload(url: string, file: string, size: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/zip', 'content-length': String(size), 'x-kiosk-ops': '1' },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve(text));
      },
    );
    request.on('error', reject);
    createReadStream(file).pipe(request);
  });
}

describe('pack import over HTTP', () => {
  it('switches the active pack; api/health shows the new version; status and rollback follow', async () => {
    const { call, unlock, importZip, health } = await start();
    await unlock();
    expect((await call('packs:status')).body.result).toMatchObject({
      source: 'embedded',
      active: { id: 'test-city', version: '1.0.0' },
      lastGood: null,
      fallbackReason: null,
    });
    const response = await importZip(versionedZip('2.0.0'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      ok: true,
      result: { status: 'imported', pack: { id: 'test-city', version: '2.0.0' } },
    });
    expect(await health()).toEqual({ ok: true, pack: { id: 'test-city', version: '2.0.0' } });
    expect((await call('packs:status')).body.result).toMatchObject({
      source: 'library',
      active: { version: '2.0.0' },
      lastGood: { id: 'test-city', version: '1.0.0' },
    });
    const back = await call('packs:rollback');
    expect(back.body.result).toMatchObject({ source: 'embedded', active: { version: '1.0.0' } });
    expect(await health()).toMatchObject({ pack: { version: '1.0.0' } });
  });

  it('streams a 512 MiB upload to disk (memory bounded), with its phase in packs:status while it runs', async () => {
    const { server, unlock, call, health, dataDir } = await start();
    await unlock();
    const pack = minimalPack();
    pack.pack.version = '5.0.0';
    const zip = path.join(await tempFolder('kiosk-upload-'), 'big.zip');
    const size = await writeLargeStoredZip(zip, [
      { name: 'pack.json', data: JSON.stringify(pack) },
      { name: 'media/acme.svg', data: MEDIA_FILES['media/acme.svg']! },
      { name: 'media/clip.webm', head: WEBM_HEADER, size: 512 * 1024 ** 2 },
    ]);
    const phases: string[] = [];
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    let polling = true;
    const poll = (async () => {
      while (polling) {
        peak = Math.max(peak, process.memoryUsage().rss);
        const phase = ((await call('packs:status')).body.result as PackStatus).import?.phase;
        if (phase && phases.at(-1) !== phase) phases.push(phase);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const response = await upload(`${server.url}api/ops/packs:import-zip`, zip, size);
    polling = false;
    await poll;
    expect((JSON.parse(response) as { result: unknown }).result).toMatchObject({ status: 'imported' });
    expect(await health()).toMatchObject({ pack: { version: '5.0.0' } });
    // The old bridge held the whole body, twice over while it joined the chunks.
    expect(peak - baseline).toBeLessThan(200 * 1024 ** 2);
    expect(phases.slice(0, 2)).toEqual(['copy', 'extract']);
    expect(PACK_IMPORT_PHASES.filter((p) => phases.includes(p))).toEqual(phases);
    expect((await call('packs:status')).body.result).toMatchObject({ import: null });
    expect((await readdir(path.join(dataDir, 'packs'))).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('refuses a hostile zip and leaves the active pack untouched', async () => {
    const { unlock, importZip, health, dataDir } = await start();
    await unlock();
    const hostile = buildZip([...packEntries(minimalPack()), { name: '../escape.svg', data: '<svg/>' }]);
    const response = await importZip(hostile);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { status: string; errors: string[] } };
    expect(body.result.status).toBe('refused');
    expect(body.result.errors.join('\n')).toMatch(/outside the pack folder/);
    expect(await health()).toMatchObject({ pack: { version: '1.0.0' } });
    expect((await readdir(path.join(dataDir, 'packs'))).filter((n) => !n.startsWith('active'))).toEqual([]);
  });

  it('refuses garbage, a JSON body and an empty body', async () => {
    const { unlock, importZip, health } = await start();
    await unlock();
    const garbage = await importZip(new TextEncoder().encode('not a zip at all'));
    expect(((await garbage.json()) as { result: { status: string } }).result.status).toBe('refused');
    const json = await importZip(new TextEncoder().encode('{"args":[[1,2,3]]}'), {
      'content-type': 'application/json',
    });
    expect(json.status).toBe(415);
    const empty = await importZip(new Uint8Array(0));
    expect(empty.status).toBe(400);
    expect(await health()).toMatchObject({ pack: { version: '1.0.0' } });
  });

  it('refuses import and rollback when --pack fixes the pack', async () => {
    const { call, unlock, importZip, health } = await start({ packDir: await writePackDir() });
    await unlock();
    expect((await call('packs:status')).body.result).toMatchObject({ source: 'override', lastGood: null });
    const response = await importZip(versionedZip('3.0.0'));
    expect(((await response.json()) as { result: { status: string } }).result.status).toBe('refused');
    expect((await call('packs:rollback')).status).toBe(409);
    expect(await health()).toMatchObject({ pack: { version: '1.0.0' } });
  });

  it('reports the pack, the disk and no displays in preflight', async () => {
    const { call, unlock } = await start();
    await unlock();
    const { body } = await call('system:preflight');
    expect(body.result).toMatchObject({
      pack: { ok: true, errors: [] },
      disk: { freeBytes: expect.any(Number), totalBytes: expect.any(Number), enough: expect.any(Boolean) },
      displays: null,
    });
  });
});

describe('logs', () => {
  it('writes its log to <data>/logs; a page report lands there without a session; the Logs tab reads it and exports a zip', async () => {
    const { call, unlock, dataDir } = await start();
    const report = { kind: 'error', message: 'TypeError: boom', stack: 'at map.js:1', screen: 'map' };
    expect((await call('logs:report', report)).body).toEqual({ ok: true, result: null });
    expect((await call('logs:report', { ...report, kind: 'other' })).status).toBe(400);
    const log = await readFile(path.join(dataDir, 'logs', 'kiosk.log'), 'utf8');
    expect(log).toMatch(/\] INFO .*browser mode starting/);
    expect(log).toMatch(/\] ERROR \[page\] error on screen "map": TypeError: boom\n {2}at map\.js:1\n/);

    expect((await call('logs:tail', { level: 'error', limit: 500 })).status).toBe(403);
    expect((await call('logs:export')).status).toBe(403);
    await unlock();
    const tail = (await call('logs:tail', { level: 'error', limit: 500 })).body.result as {
      folder: string;
      entries: Array<{ level: string; text: string }>;
    };
    expect(tail.folder).toBe(path.join(dataDir, 'logs'));
    expect(tail.entries.map((e) => e.level)).toEqual(['error']);
    expect(tail.entries[0]?.text).toContain('on screen "map"');

    const exported = (await call('logs:export')).body.result as { status: string; folder: string; files: string[] };
    expect(exported.status).toBe('written');
    expect(path.dirname(exported.folder)).toBe(path.join(dataDir, 'exports'));
    expect(exported.files).toHaveLength(1);
    expect(await readdir(exported.folder)).toEqual(exported.files);
  });
});
