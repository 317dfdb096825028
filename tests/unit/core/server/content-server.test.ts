import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEAD_ENTERPRISES, packHead } from '../../../../main/contract/pack-head.ts';
import { loadPack } from '../../../../main/core/pack/load-pack.ts';
import type { Pack } from '../../../../main/core/pack/schema.ts';
import { createContentServer, type FetchHandler } from '../../../../main/core/server/content-server.ts';
import { CSP_HEADER, CSP_META } from '../../../../main/core/server/csp.ts';
import { CLIP_BYTES, writePackDir } from '../../../fixtures/minimal-pack.ts';

const ORIGINS = ['app://kiosk', 'http://127.0.0.1:5174'];
const SECRET = 'TOP-SECRET-OUTSIDE-THE-PACK';
let handler: FetchHandler;
let brokenHandler: FetchHandler;
let packDir: string;
let servedPack: Pack;

const get = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  handler(new Request(url.startsWith('/') ? `app://kiosk${url}` : url, { method, headers }));
/** What the files beside the media hold: never to be served. */
const NOT_MEDIA = 'not a picture or a video';
const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());
/** The clip fixture's bytes from `start` to `end`, inclusive. */
const expectedBytes = (start: number, end: number) => CLIP_BYTES.slice(start, end + 1);

beforeAll(async () => {
  packDir = await writePackDir();
  const result = await loadPack(packDir);
  if (!result.ok) throw new Error('fixture pack does not load');
  // A secret file beside the pack and the renderer, and a symlink inside the pack pointing to it.
  await writeFile(path.join(path.dirname(packDir), 'secret.txt'), SECRET);
  await writeFile(path.join(packDir, '..', 'secret.svg'), SECRET);
  await symlink(path.join(path.dirname(packDir), 'secret.txt'), path.join(packDir, 'media', 'link.svg'));
  // Files a copied pack folder may hold beside its media.
  for (const name of ['README.md', 'media/page.html', 'media/run.js', 'media/notes.txt', 'media/PHOTO.PNG'])
    await writeFile(path.join(packDir, name), NOT_MEDIA);

  const rendererDir = await mkdtemp(path.join(tmpdir(), 'kiosk-renderer-'));
  await mkdir(path.join(rendererDir, 'assets'));
  await writeFile(
    path.join(rendererDir, 'index.html'),
    '<html><head><meta http-equiv="Content-Security-Policy" content="%KIOSK_CSP%"></head><body>' +
      '<script type="application/json" id="kiosk-pack">%KIOSK_PACK%</script></body></html>',
  );
  await writeFile(path.join(rendererDir, 'assets', 'app-x1.js'), 'console.log(1)');
  await writeFile(path.join(rendererDir, 'assets', 'app-x1.css'), 'body{}');

  servedPack = result.pack;
  handler = createContentServer({ rendererDir, getPack: () => ({ pack: servedPack, dir: result.dir }) });
  brokenHandler = createContentServer({
    rendererDir,
    getPack: () => undefined,
    getPackErrors: () => [
      { severity: 'error', file: 'pack.json', path: 'enterprises[3].name.en', message: 'required' },
    ],
  });
});

describe('the API', () => {
  it.each(ORIGINS)('answers health with the pack id and version under %s', async (origin) => {
    const res = await handler(new Request(`${origin}/api/health`));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, pack: { id: 'test-city', version: '1.0.0' } });
  });

  it('serves the validated pack as JSON with defaults applied', async () => {
    const res = await get('/api/pack');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const pack = await res.json();
    expect(pack.enterprises[0].name.en).toBe('Acme');
    expect(pack.futureIndustries).toEqual([]);
  });

  it('answers 503 with the editor-facing report when the pack is broken', async () => {
    for (const url of ['app://kiosk/api/pack', 'app://kiosk/api/health']) {
      const res = await brokenHandler(new Request(url));
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ ok: false, errors: ['pack.json: enterprises[3].name.en: required'] });
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await get('/api/pack', {}, 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers an unknown API path with 404', async () => {
    expect((await get('/api/nothing')).status).toBe(404);
  });
});

describe('the renderer page', () => {
  it('carries the strict CSP as a header and as the meta tag', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(CSP_HEADER);
    const html = await res.text();
    expect(html).toContain(`content="${CSP_META}"`);
    expect(html).not.toContain('%KIOSK_CSP%');
  });

  /** The text of the page's JSON data block. */
  const dataBlock = (html: string) =>
    /<script type="application\/json" id="kiosk-pack">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? null;

  it('carries the head of the pack api/pack serves in its JSON data block', async () => {
    const html = await (await get('/')).text();
    const block = dataBlock(html);
    expect(block).not.toBeNull();
    expect(JSON.parse(block!)).toEqual(packHead((await (await get('/api/pack')).json()) as Pack));
    expect(html).not.toContain('%KIOSK_PACK%');
  });

  it("does not grow with the pack's enterprises: the same page for 5,000 as for 50", async () => {
    const original = servedPack;
    const model = original.enterprises[0]!;
    const withEnterprises = async (count: number) => {
      servedPack = structuredClone(original);
      servedPack.enterprises = Array.from({ length: count }, (_, i) => ({ ...model, id: `made-${i}` }));
      return (await get('/')).text();
    };
    try {
      const [fifty, many] = [await withEnterprises(50), await withEnterprises(5000)];
      // Only the count differs ("enterpriseCount":50 against 5000), and each cluster's count.
      expect(Math.abs(many.length - fifty.length)).toBeLessThan(20 * (1 + model.clusters.length));
      const head = JSON.parse(dataBlock(many)!) as ReturnType<typeof packHead>;
      expect(head.enterpriseCount).toBe(5000);
      expect(head.firstEnterprises).toHaveLength(HEAD_ENTERPRISES);
      expect(head).not.toHaveProperty('enterprises');
      // api/pack still serves every enterprise.
      expect(((await (await get('/api/pack')).json()) as Pack).enterprises).toHaveLength(5000);
    } finally {
      servedPack = original;
    }
  });

  it('keeps a pack text that looks like markup inside the data block', async () => {
    const original = servedPack;
    const hostile = '</script><script>alert(1)</script><!-- \u2028';
    servedPack = structuredClone(original);
    servedPack.enterprises[0]!.name.en = hostile;
    try {
      const html = await (await get('/')).text();
      // One data block, closed where the page closes it, and the only scripts are the page's own.
      expect(html.match(/<script/g)).toHaveLength(1);
      expect(html).not.toContain('<!--');
      expect(JSON.parse(dataBlock(html)!).firstEnterprises[0].name.en).toBe(hostile);
    } finally {
      servedPack = original;
    }
  });

  it('leaves the data block empty while no pack is loaded', async () => {
    const res = await brokenHandler(new Request('app://kiosk/'));
    expect(res.status).toBe(200);
    expect(dataBlock(await res.text())).toBe('');
  });

  it('allows nothing from other origins and no inline script', () => {
    expect(CSP_HEADER).toContain("default-src 'self'");
    expect(CSP_HEADER).toContain("script-src 'self'");
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    expect(CSP_HEADER).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
  });

  it.each([
    ['assets/app-x1.js', 'text/javascript; charset=utf-8'],
    ['assets/app-x1.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s with nosniff', async (file, type) => {
    const res = await get(`/${file}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('media', () => {
  it.each([
    ['media/acme.svg', 'image/svg+xml; charset=utf-8'],
    ['media/clip.webm', 'video/webm'],
  ])('serves %s as %s with validators', async (file, type) => {
    const res = await get(`/media/${file}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(res.headers.get('last-modified')).toBeTruthy();
    expect(res.headers.get('accept-ranges')).toBe('bytes');
  });

  it.each(['pack.json', 'README.md', 'media/page.html', 'media/run.js', 'media/notes.txt', 'media/PHOTO.PNG'])(
    'serves nothing but what a pack may name as media: /media/%s is 404',
    async (file) => {
      const res = await get(`/media/${file}`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain(NOT_MEDIA);
    },
  );

  it('answers 304 when the ETag still matches', async () => {
    const etag = (await get('/media/media/clip.webm')).headers.get('etag')!;
    const res = await get('/media/media/clip.webm', { 'if-none-match': etag });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe('');
  });

  it('answers HEAD with the length and no body', async () => {
    const res = await get('/media/media/clip.webm', {}, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('1000');
    expect((await bytesOf(res)).length).toBe(0);
  });
});

describe('byte ranges, so that video seeks work', () => {
  const clip = '/media/media/clip.webm';
  it.each([
    ['bytes=0-99', 0, 99],
    ['bytes=100-199', 100, 199],
    ['bytes=990-', 990, 999],
    ['bytes=-10', 990, 999],
    ['bytes=500-5000', 500, 999],
    ['bytes=999-999', 999, 999],
    ['bytes=0-', 0, 999],
    ['bytes=-5000', 0, 999],
  ])('%s → 206 with bytes %i-%i', async (range, start, end) => {
    const res = await get(clip, { range });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/1000`);
    expect(res.headers.get('content-length')).toBe(String(end - start + 1));
    expect(await bytesOf(res)).toEqual(expectedBytes(start, end));
  });

  it.each(['bytes=1000-', 'bytes=1000-2000', 'bytes=5000-6000'])('%s → 416 with the full length', async (range) => {
    const res = await get(clip, { range });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe('bytes */1000');
  });

  it.each(['bytes=abc', 'items=0-10', 'bytes=20-10', 'bytes=0-10,20-30'])(
    '%s is ignored: the whole file, 200',
    async (range) => {
      const res = await get(clip, { range });
      expect(res.status).toBe(200);
      expect((await bytesOf(res)).length).toBe(1000);
    },
  );

  it('combines overlapping ranges into one', async () => {
    const res = await get(clip, { range: 'bytes=0-10,5-20' });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 0-20/1000');
  });

  it('honours If-Range only while the file is unchanged', async () => {
    const lastModified = (await get(clip)).headers.get('last-modified')!;
    expect((await get(clip, { range: 'bytes=0-9', 'if-range': lastModified })).status).toBe(206);
    expect((await get(clip, { range: 'bytes=0-9', 'if-range': 'Thu, 01 Jan 1970 00:00:00 GMT' })).status).toBe(200);
    const etag = (await get(clip)).headers.get('etag')!;
    expect((await get(clip, { range: 'bytes=0-9', 'if-range': etag })).status).toBe(206);
    expect((await get(clip, { range: 'bytes=0-9', 'if-range': '"0-0"' })).status).toBe(200);
    expect((await get(clip, { range: 'bytes=0-9', 'if-range': `W/${etag}` })).status).toBe(200);
  });

  it('answers a range HEAD with 206 headers and no body', async () => {
    const res = await get(clip, { range: 'bytes=10-19' }, 'HEAD');
    expect(res.status).toBe(206);
    expect(res.headers.get('content-length')).toBe('10');
    expect((await bytesOf(res)).length).toBe(0);
  });
});

describe('a path that tries to leave the pack never gets a byte from outside', () => {
  const attempts = [
    '/media/../secret.txt',
    '/media/..%2fsecret.txt',
    '/media/%2e%2e/secret.txt',
    '/media/%2e%2e%2fsecret.txt',
    '/media/%252e%252e%252fsecret.txt',
    '/media/..%252fsecret.txt',
    '/media/media/..%2f..%2fsecret.txt',
    '/media/..%5csecret.txt',
    '/media/media%5c..%5c..%5csecret.txt',
    '/media/%5c..%5csecret.txt',
    '/media/media/acme.svg%00.txt',
    '/media/media/acme.svg%2500',
    '/media/%2fetc%2fpasswd',
    '/media//etc/passwd',
    '/media/C:%5cWindows%5cwin.ini',
    '/media/c:/windows/win.ini',
    '/media/media/link.svg',
    '/media/.%2e/secret.svg',
    '/media/%c0%ae%c0%ae/secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/assets/..%2f..%2fsecret.txt',
    '/media/%',
    '/media/%zz',
  ];

  it.each(attempts)('%s → 400 or 404', async (attempt) => {
    const res = await get(attempt);
    expect([400, 404]).toContain(res.status);
    expect(await res.text()).not.toContain(SECRET);
  });

  it('still serves the legitimate file next to the attempts', async () => {
    expect((await get('/media/media/acme.svg')).status).toBe(200);
  });
});
