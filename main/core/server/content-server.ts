/**
 * The one road data takes to the screen: a fetch-standard handler (Request → Response) that serves
 * the renderer, the validated pack and its media. Electron mounts it with protocol.handle on
 * app://kiosk/; browser mode mounts it in a Node HTTP server on 127.0.0.1. It routes by path only,
 * so the same handler works under either origin.
 */
import { readFile } from 'node:fs/promises';
import { Hono, type Context } from 'hono';
import { packHead } from '../../contract/pack-head.ts';
import { MediaPath, type Pack } from '../pack/schema.ts';
import { guardPackPath } from '../pack/guard-pack-path.ts';
import { formatIssue, type PackIssue } from '../pack/pack-issue.ts';
import { CSP_HEADER, CSP_META, CSP_META_TOKEN } from './csp.ts';
import { jsonForScriptElement, PACK_DATA_TOKEN } from './served-pack.ts';
import { serveFile } from './serve-file.ts';
import { RENDITION_KINDS, type RenditionKind, type Renditions } from './renditions.ts';

export interface ActivePack {
  pack: Pack;
  dir: string;
}

export interface ContentServerOptions {
  /** Folder of the built renderer (index.html and assets/). */
  rendererDir: string;
  /** The pack being shown; undefined while none is loaded. */
  getPack: () => ActivePack | undefined;
  /** Why there is no pack, for /api/health and /api/pack while getPack() is undefined. */
  getPackErrors?: () => PackIssue[];
  /** Renditions for `small/<picture>` and `blurred/<picture>`; without them, those serve the picture. */
  renditions?: Renditions;
}

export type FetchHandler = (request: Request) => Promise<Response>;

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function createContentServer(options: ContentServerOptions): FetchHandler {
  const app = new Hono();

  app.use(async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return c.text('Method Not Allowed', 405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS });
    }
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });

  app.get('/api/health', (c) => {
    const active = options.getPack();
    if (!active) return c.json({ ok: false, errors: describeErrors(options) }, 503, { 'Cache-Control': 'no-store' });
    return c.json({ ok: true, pack: { id: active.pack.pack.id, version: active.pack.pack.version } }, 200, {
      'Cache-Control': 'no-store',
    });
  });

  app.get('/api/pack', (c) => {
    const active = options.getPack();
    if (!active) return c.json({ ok: false, errors: describeErrors(options) }, 503, { 'Cache-Control': 'no-store' });
    return c.body(packJson(active.pack), 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
    });
  });

  app.get('/api/*', (c) => c.json({ ok: false, error: 'not found' }, 404));

  app.get('/media/*', async (c) => {
    const active = options.getPack();
    if (!active) return c.text('Not Found', 404);
    return serveFromRoot(c, active.dir, c.req.path.slice('/media/'.length), isPackMedia);
  });

  // A card's picture, a gallery's glow: a rendition of a pack picture (renditions.ts), or the picture.
  for (const kind of RENDITION_KINDS) {
    app.get(`/${kind}/*`, async (c) => {
      const active = options.getPack();
      if (!active) return c.text('Not Found', 404);
      const rendition = options.renditions && { of: options.renditions, kind };
      return serveFromRoot(c, active.dir, c.req.path.slice(`/${kind}/`.length), isPackMedia, rendition);
    });
  }

  app.get('/', (c) => serveIndex(c, options.rendererDir, options.getPack()?.pack));
  app.get('/index.html', (c) => serveIndex(c, options.rendererDir, options.getPack()?.pack));
  app.get('/*', (c) => serveFromRoot(c, options.rendererDir, c.req.path.slice(1)));

  app.onError((_error, c) => c.text('Internal Server Error', 500));
  app.notFound((c) => c.text('Not Found', 404));

  return async (request) => app.fetch(request);
}

function describeErrors(options: ContentServerOptions): string[] {
  return (options.getPackErrors?.() ?? []).map(formatIssue);
}

/**
 * `encodedRelative` is the raw, still percent-encoded path from the URL. It is decoded exactly
 * once; a `%` that survives decoding means double encoding and is refused by the guard.
 */
async function serveFromRoot(
  c: Context,
  root: string,
  encodedRelative: string,
  allowed: (relative: string) => boolean = () => true,
  rendition?: { of: Renditions; kind: RenditionKind },
): Promise<Response> {
  let relative: string;
  try {
    relative = decodeURIComponent(rawPathOf(c.req.url, encodedRelative));
  } catch {
    return c.text('Bad Request', 400);
  }
  if (!allowed(relative)) return c.text('Not Found', 404);
  const found = await guardPackPath(root, relative);
  if (!found.ok) return c.text(found.status === 400 ? 'Bad Request' : 'Not Found', found.status);
  const made = await rendition?.of.fileFor(found, rendition.kind);
  return serveFile(c.req.raw, made ?? found);
}

/**
 * Only what a pack may name as media (the schema's MediaPath: pictures and videos) is served from
 * the pack folder: not its pack file, nor a note, page or script that a copied folder may hold,
 * which would otherwise be served in the kiosk's own origin.
 */
function isPackMedia(relative: string): boolean {
  return MediaPath.safeParse(relative).success;
}

/**
 * Hono's c.req.path is already decoded by the router in some versions; take the path from the raw
 * URL so that decoding happens once, here.
 */
function rawPathOf(url: string, fallback: string): string {
  const pathname = new URL(url).pathname;
  if (pathname.startsWith('/media/')) return pathname.slice('/media/'.length);
  for (const kind of RENDITION_KINDS) if (pathname.startsWith(`/${kind}/`)) return pathname.slice(kind.length + 2);
  if (pathname.startsWith('/')) return pathname.slice(1);
  return fallback;
}

/** The pack as JSON, written once per loaded pack (api/pack sends it). */
const jsonCache = new WeakMap<Pack, string>();
function packJson(pack: Pack): string {
  let json = jsonCache.get(pack);
  if (json === undefined) {
    json = JSON.stringify(pack);
    jsonCache.set(pack, json);
  }
  return json;
}

/** The pack's head (contract/pack-head.ts) as JSON made safe for the page, once per loaded pack. */
const headCache = new WeakMap<Pack, string>();
function headBlock(pack: Pack): string {
  let block = headCache.get(pack);
  if (block === undefined) {
    block = jsonForScriptElement(JSON.stringify(packHead(pack)));
    headCache.set(pack, block);
  }
  return block;
}

/**
 * The page, with the CSP in its meta tag and the head of the pack it is to show in its JSON data
 * block: the first screens draw without waiting for a round trip, and the page's size does not
 * grow with the pack's enterprises. The renderer fetches the whole pack from api/pack after its
 * first frame (and at once when the block is empty: no pack loaded).
 */
async function serveIndex(c: Context, rendererDir: string, pack: Pack | undefined): Promise<Response> {
  const found = await guardPackPath(rendererDir, 'index.html');
  if (!found.ok) return c.text('The kiosk user interface has not been built (npm run build).', 500);
  const html = (await readFile(found.absolute, 'utf8'))
    .replaceAll(CSP_META_TOKEN, CSP_META)
    .replace(PACK_DATA_TOKEN, () => (pack ? headBlock(pack) : ''));
  return c.html(html, 200, {
    'Content-Security-Policy': CSP_HEADER,
    'Cache-Control': 'no-store',
  });
}
