/**
 * The content studio's server: every route under `/studio/`, mounted in front of the kiosk's
 * content server only in studio mode (`npm run studio`, Electron's `--studio` window), never in the
 * plain or locked-down kiosk. Paths and shapes: main/contract/studio.ts.
 *
 *   studio/             the studio page (dist/renderer/studio.html) with this run's token and the CSP
 *   studio/api/*        the write API: draft, open, check, media upload, publish, rollback, export,
 *                       save to folder, discard. Answered only for the server's own origin (Host and
 *                       Origin) and with the per-run token header, so no other page or site can use it
 *   studio/media/*      the draft's media (its own files, then its base pack's); read-only
 *   studio/preview/*    the kiosk's own page with an empty pack block (the studio posts it the draft),
 *                       its assets, and `media/…` from the draft; framable by the studio page only
 * A pack never reaches the screen but through publish, which checks it and switches like an import.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Hono, type Context } from 'hono';
import { ZipFile } from 'yazl';
import { z } from 'zod';
import type { CheckResponse, OpenRequest, StudioDraftState } from '../../contract/studio.ts';
import { PackSwitchRefused, type ActivePackManager } from '../pack/active-pack-manager.ts';
import { guardPackPath } from '../pack/guard-pack-path.ts';
import { MAX_PACK_FILE_BYTES, validatePackData } from '../pack/load-pack.ts';
import { formatIssue } from '../pack/pack-issue.ts';
import { MediaPath } from '../pack/schema-fields.ts';
import { copyLimited, MAX_ZIP_BYTES, ZipTooLarge } from '../pack/zip-source.ts';
import { CSP_HEADER, CSP_META, CSP_META_TOKEN } from '../server/csp.ts';
import type { FetchHandler } from '../server/content-server.ts';
import { PACK_DATA_TOKEN } from '../server/served-pack.ts';
import { serveFile } from '../server/serve-file.ts';
import { localTimeStamp } from '../storage/time-stamp.ts';
import { sameJson } from './change-summary.ts';
import { mountBoundaryRoutes } from './import/boundary/boundary-routes.ts';
import { addDraftMedia, draftMediaSource, MediaRefused } from './draft-media.ts';
import { ChangedElsewhere, DraftStore, NoDraft, type StoredDraft } from './draft-store.ts';
import { openFolder, openNew, openZip, packIdentity, type OpenedDraft } from './open-draft.ts';
import { mountSheetRoutes } from './import/sheet/sheet-routes.ts';
import { publishDraft, type PublishStep } from './publish-draft.ts';
import { mountPhotoRoutes } from './import/photos/photo-routes.ts';
import { errorResponse, json, readJson, refuseForeign, StudioHttpError } from './studio-http.ts';
import { PACK_JSON, packFiles, writePackFolder } from './write-pack-folder.ts';

/** Token in renderer/studio.html that the server replaces with this run's token. */
export const STUDIO_TOKEN_TOKEN = '%STUDIO_TOKEN%';
export const STUDIO_PAGE = 'studio.html';
/** The preview may be framed by the studio page (same origin), by nothing else. */
export const PREVIEW_CSP_HEADER = CSP_HEADER.replace("frame-ancestors 'none'", "frame-ancestors 'self'");

export interface StudioRoutesOptions {
  /** The data folder: the draft lives in `<data>/studio/`. */
  dataDir: string;
  packs: ActivePackManager;
  /** The built renderer (index.html, studio.html, assets/). */
  rendererDir: string;
  /** This run's token (newStudioToken()). */
  token: string;
  /** The origins the studio is served from; read per request. */
  allowedOrigins: () => readonly string[];
  /** Electron's folder dialog, for open and save-to-folder without a path; absent in browser mode. */
  chooseFolder?: (purpose: 'open' | 'save') => Promise<string | undefined>;
  /** The largest media file one upload may bring (default MAX_MEDIA_UPLOAD_BYTES). */
  maxMediaBytes?: number;
  /** The booth, when this machine is (or may become) its laptop: publish can send the new version to the kiosks. */
  booth?: { isLaptop: () => boolean; publish: (dir: string, id: string, version: string) => Promise<unknown> };
  /** Test hook: called at each step of a publish. */
  onPublishStep?: (step: PublishStep) => Promise<void> | void;
  log?: Pick<Console, 'info' | 'warn' | 'error'>;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const OpenBody = z.discriminatedUnion('source', [
  z.object({ source: z.literal('active') }),
  z.object({ source: z.literal('new'), id: z.string().max(100).optional() }),
  z.object({ source: z.literal('folder'), path: z.string().min(1).max(4096).optional() }),
]);
const SaveBody = z.object({ pack: z.unknown(), revision: z.number().int().nonnegative() });
const CheckBody = z.object({ pack: z.unknown() });
const PublishBody = z.object({ bump: z.enum(['patch', 'minor', 'major']).optional(), booth: z.boolean().optional() });
const SaveToFolderBody = z.object({ path: z.string().min(1).max(4096).optional() });

/** Whether a request is the studio's (everything under `/studio`). */
export function isStudioPath(pathname: string): boolean {
  return pathname === '/studio' || pathname.startsWith('/studio/');
}

/** The studio routes in front of `rest` (the kiosk's content server and its bridge). */
export function withStudio(studio: FetchHandler, rest: FetchHandler): FetchHandler {
  return (request) => (isStudioPath(new URL(request.url).pathname) ? studio(request) : rest(request));
}

export function createStudioRoutes(options: StudioRoutesOptions): FetchHandler {
  const log = options.log ?? console;
  const store = new DraftStore(options.dataDir);
  const rendererDir = path.resolve(options.rendererDir);
  const app = new Hono();

  app.use('/studio/*', async (c, next) => {
    // Every studio path, pages included (the studio page holds the token): only under the server's
    // own name, so that a DNS-rebinding site (its name pointed at 127.0.0.1) cannot read any of it.
    if (!options.allowedOrigins().includes(new URL(c.req.url).origin)) {
      log.warn(`[studio] refused ${c.req.method} ${c.req.path} for host ${new URL(c.req.url).host}`);
      return c.text('Forbidden', 403);
    }
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });

  // The write API: the studio page's own origin and this run's token, or nothing.
  app.use('/studio/api/*', async (c, next) => {
    const refusal = refuseForeign(c.req.raw, options.token, options.allowedOrigins());
    if (refusal) {
      log.warn(`[studio] refused ${c.req.method} ${c.req.path}: ${refusal}`);
      return errorResponse(403, 'invalid-request', 'this request does not come from the studio page');
    }
    await next();
  });

  const state = async (draft?: StoredDraft | null): Promise<StudioDraftState> => {
    const current = draft === undefined ? await store.read() : draft;
    const active = options.packs.status().active;
    let unpublished = false;
    if (current) {
      const base = await store.readBase();
      unpublished = base === undefined || !sameJson(withoutRelease(current.pack), withoutRelease(base));
    }
    return {
      draft: current ? publicDraft(current) : null,
      active: active ? { id: active.id, version: active.version } : null,
      unpublished,
      folderDialog: options.chooseFolder !== undefined,
      boothLaptop: options.booth?.isLaptop() ?? false,
    };
  };

  const replaceWith = async (opened: OpenedDraft): Promise<Response> => {
    if (!opened.ok)
      return json(
        { code: 'invalid-request', message: opened.errors.map(formatIssue).join('; '), errors: opened.errors },
        422,
      );
    const draft = await store.replace(opened.draft, opened.fill);
    log.info(`[studio] opened a draft (${draft.origin}${draft.base ? ` ${draft.base.id} ${draft.base.version}` : ''})`);
    return json(await state(draft));
  };

  const requireDraft = async (): Promise<StoredDraft> => {
    const draft = await store.read();
    if (!draft) throw new NoDraft();
    return draft;
  };

  app.get('/studio/api/draft', async () => json(await state()));

  app.put('/studio/api/draft', async (c) => {
    const body = parse(SaveBody, await readJson(c.req.raw, MAX_PACK_FILE_BYTES));
    return json(await store.save(body.pack, body.revision));
  });

  app.post('/studio/api/open', async (c) => {
    const body = parse(OpenBody, await readJson(c.req.raw, 64 * 1024)) as OpenRequest;
    if (body.source === 'new') return replaceWith(openNew(body.id));
    if (body.source === 'active') {
      const active = options.packs.getPack();
      if (!active) throw new StudioHttpError(409, 'unavailable', 'no pack is on screen to open');
      return replaceWith(await openFolder(active.dir, 'active'));
    }
    const folder = body.path ?? (await options.chooseFolder?.('open'));
    if (folder === undefined) {
      throw new StudioHttpError(400, 'invalid-request', 'name the pack folder to open (its full path)');
    }
    return replaceWith(await openFolder(folder, 'folder'));
  });

  app.post('/studio/api/open-zip', async (c) => {
    const body = c.req.raw.body;
    if (!body) throw new StudioHttpError(400, 'invalid-request', 'the body is empty: send the zip');
    await store.ready(); // its clean-up removes .incoming- files: before this one exists
    await mkdir(store.studioDir, { recursive: true });
    const zipPath = path.join(store.studioDir, `.incoming-${randomUUID()}.zip`);
    try {
      try {
        await copyLimited(body, zipPath, MAX_ZIP_BYTES);
      } catch (error) {
        if (error instanceof ZipTooLarge) throw new StudioHttpError(413, 'too-large', error.message);
        throw error;
      }
      return await replaceWith(await openZip(zipPath, store.studioDir));
    } finally {
      await rm(zipPath, { force: true });
    }
  });

  app.post('/studio/api/check', async (c) => {
    const body = parse(CheckBody, await readJson(c.req.raw, MAX_PACK_FILE_BYTES));
    const draft = await store.read();
    const checked = await validatePackData(body.pack, draftMediaSource(store.dir, draft), PACK_JSON);
    const answer: CheckResponse = { errors: checked.ok ? [] : checked.errors, warnings: checked.warnings };
    return json(answer);
  });

  app.post('/studio/api/media', async (c) => {
    const name = c.req.query('name');
    if (!name) throw new StudioHttpError(400, 'invalid-request', 'say the file name: ?name=<file>');
    const body = c.req.raw.body;
    if (!body) throw new StudioHttpError(400, 'invalid-request', 'the body is empty: send the file');
    const draft = await requireDraft();
    const media = draftMediaSource(store.dir, draft);
    const added = await store.exclusive(() =>
      addDraftMedia({
        draftDir: store.dir,
        name,
        body,
        maxBytes: options.maxMediaBytes,
        taken: async (p) => (await media.find(p)).ok,
      }),
    );
    log.info(`[studio] added ${added} to the draft`);
    return json({ path: added });
  });

  app.post('/studio/api/publish', async (c) => {
    const body = parse(PublishBody, await readJson(c.req.raw, 64 * 1024));
    const result = await publishDraft({ store, packs: options.packs, bump: body.bump, onStep: options.onPublishStep });
    if (result.ok) log.info(`[studio] published ${result.id} ${result.version}`);
    if (result.ok && body.booth) result.booth = await toBooth(result.id, result.version);
    return json(result, result.ok ? 200 : 422);
  });

  /** The version just published, to the booth; a failure is reported beside the publish, which stands. */
  const toBooth = async (id: string, version: string): Promise<{ ok: true } | { ok: false; error: string }> => {
    const dir = options.packs.getPack()?.dir;
    if (!options.booth?.isLaptop() || !dir) return { ok: false, error: 'this machine is not the booth’s laptop' };
    try {
      await options.booth.publish(dir, id, version);
      return { ok: true };
    } catch (error) {
      log.warn(`[studio] publishing ${id} ${version} to the booth failed:`, error);
      return { ok: false, error: (error as Error).message };
    }
  };

  app.post('/studio/api/rollback', async () => {
    const status = await options.packs.rollback();
    return json(status.active ? { id: status.active.id, version: status.active.version } : null);
  });

  app.get('/studio/api/export.zip', async () => {
    const draft = await requireDraft();
    const media = draftMediaSource(store.dir, draft);
    const checked = await validatePackData(draft.pack, media, PACK_JSON);
    if (!checked.ok) return json({ ok: false, errors: checked.errors }, 422);
    const files = await packFiles(draft.pack, media);
    const zip = new ZipFile();
    zip.addBuffer(Buffer.from(files.packJson), PACK_JSON);
    if (files.schema !== undefined) zip.addBuffer(Buffer.from(files.schema), 'pack.schema.json');
    for (const file of files.media) zip.addFile(file.absolute, file.name);
    zip.end();
    const { id, version } = checked.pack.pack;
    return new Response(Readable.toWeb(zip.outputStream as Readable) as ReadableStream, {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${id}-${version}.zip"`,
        'Cache-Control': 'no-store',
      },
    });
  });

  app.post('/studio/api/save-to-folder', async (c) => {
    const body = parse(SaveToFolderBody, await readJson(c.req.raw, 64 * 1024));
    const draft = await requireDraft();
    const chosen = body.path ?? (await options.chooseFolder?.('save'));
    // Staff closed the folder dialog: nothing is saved anywhere.
    if (chosen === undefined && options.chooseFolder) return json({ cancelled: true });
    const target = path.resolve(
      chosen ??
        path.join(store.studioDir, 'saved', `${packIdentity(draft.pack)?.id ?? 'pack'}-${localTimeStamp(new Date())}`),
    );
    const present = await readdir(target).catch(() => undefined);
    if (present && present.length > 0) {
      throw new StudioHttpError(
        409,
        'invalid-request',
        `the folder ${target} is not empty: choose an empty or new folder`,
      );
    }
    await writePackFolder(target, await packFiles(draft.pack, draftMediaSource(store.dir, draft)));
    log.info(`[studio] saved the draft to ${target}`);
    return json({ path: target });
  });

  app.post('/studio/api/discard', async () => {
    await store.discard();
    return json(await state(null));
  });

  mountSheetRoutes(app, { studioDir: store.studioDir, log });
  mountBoundaryRoutes(app, log);
  mountPhotoRoutes(app, { store, maxMediaBytes: options.maxMediaBytes, log });

  app.all('/studio/api/*', () => errorResponse(404, 'invalid-request', 'no such studio request'));

  app.get('/studio/media/*', async (c) => serveDraftMedia(c, store, '/studio/media/'));

  app.get('/studio/preview', (c) => c.redirect('/studio/preview/'));
  app.get('/studio/preview/', (c) => servePreviewPage(c, rendererDir));
  app.get('/studio/preview/index.html', (c) => servePreviewPage(c, rendererDir));
  // The kiosk asks media/<pack path> (kiosk/media.ts): the pack path starts after media/.
  app.get('/studio/preview/media/*', async (c) => serveDraftMedia(c, store, '/studio/preview/media/'));
  // The kiosk page asks api/pack only when its data block is empty and it is not in preview mode.
  app.get('/studio/preview/api/*', () => json({ ok: false, error: 'the preview takes its pack from the studio' }, 404));
  app.get('/studio/preview/*', (c) => serveRendererFile(c, rendererDir, '/studio/preview/'));

  app.get('/studio/', (c) => serveStudioPage(c, rendererDir, options.token));
  app.get('/studio', (c) => c.redirect('/studio/'));
  app.get('/studio/*', (c) => serveRendererFile(c, rendererDir, '/studio/'));

  app.onError((error, c) => {
    if (error instanceof StudioHttpError) return errorResponse(error.status, error.code, error.message);
    if (error instanceof ChangedElsewhere) return errorResponse(409, 'changed-elsewhere', error.message);
    if (error instanceof NoDraft) return errorResponse(404, 'no-draft', error.message);
    if (error instanceof MediaRefused)
      return errorResponse(error.code === 'too-large' ? 413 : 422, error.code, error.message);
    if (error instanceof PackSwitchRefused) return errorResponse(409, 'unavailable', error.message);
    log.error(`[studio] ${c.req.method} ${c.req.path} failed:`, error);
    return errorResponse(500, 'failed', error instanceof Error ? error.message : 'internal error');
  });
  app.notFound((c) => c.text('Not Found', 404));

  return async (request) => app.fetch(request);
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new StudioHttpError(
      400,
      'invalid-request',
      result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  }
  return result.data;
}

/** The draft as the page sees it (the base folder stays on the server). */
function publicDraft(draft: StoredDraft): StoredDraft {
  const { baseDir: _baseDir, ...rest } = draft;
  return rest;
}

/** A pack object without what publish sets itself (version, date): "unpublished" ignores them. */
function withoutRelease(pack: unknown): unknown {
  const meta = (pack as { pack?: unknown } | null)?.pack;
  if (meta === null || typeof meta !== 'object') return pack;
  const { version: _v, updated: _u, ...rest } = meta as Record<string, unknown>;
  return { ...(pack as object), pack: rest };
}

/** The raw path after `prefix`, decoded exactly once (a `%` left after decoding is refused by the guard). */
function rawAfter(c: Context, prefix: string): string | undefined {
  const pathname = new URL(c.req.url).pathname;
  if (!pathname.startsWith(prefix)) return undefined;
  try {
    return decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return undefined;
  }
}

async function serveDraftMedia(c: Context, store: DraftStore, prefix: string): Promise<Response> {
  const name = rawAfter(c, prefix);
  if (name === undefined) return c.text('Bad Request', 400);
  if (!MediaPath.safeParse(name).success) return c.text('Not Found', 404);
  const draft = await store.read();
  const found = await draftMediaSource(store.dir, draft).find(name);
  if (!found.ok) return c.text(found.status === 400 ? 'Bad Request' : 'Not Found', found.status);
  return serveFile(c.req.raw, found);
}

async function serveRendererFile(c: Context, rendererDir: string, prefix: string): Promise<Response> {
  const name = rawAfter(c, prefix);
  if (name === undefined) return c.text('Bad Request', 400);
  // Pages are served only through their routes, with their tokens filled in.
  if (name.endsWith('.html')) return c.text('Not Found', 404);
  const found = await guardPackPath(rendererDir, name);
  if (!found.ok) return c.text(found.status === 400 ? 'Bad Request' : 'Not Found', found.status);
  return serveFile(c.req.raw, found);
}

async function serveStudioPage(c: Context, rendererDir: string, token: string): Promise<Response> {
  const found = await guardPackPath(rendererDir, STUDIO_PAGE);
  if (!found.ok) return c.text('The studio page has not been built (npm run build).', 404);
  const html = (await readFile(found.absolute, 'utf8'))
    .replaceAll(CSP_META_TOKEN, CSP_META)
    .replaceAll(STUDIO_TOKEN_TOKEN, token);
  return c.html(html, 200, { 'Content-Security-Policy': CSP_HEADER, 'Cache-Control': 'no-store' });
}

async function servePreviewPage(c: Context, rendererDir: string): Promise<Response> {
  const found = await guardPackPath(rendererDir, 'index.html');
  if (!found.ok) return c.text('The kiosk user interface has not been built (npm run build).', 404);
  const html = (await readFile(found.absolute, 'utf8'))
    .replaceAll(CSP_META_TOKEN, CSP_META)
    .replace(PACK_DATA_TOKEN, '');
  return c.html(html, 200, { 'Content-Security-Policy': PREVIEW_CSP_HEADER, 'Cache-Control': 'no-store' });
}
