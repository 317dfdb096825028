/**
 * The studio's routes for pictures and video (main/contract/studio-photos.ts), mounted by
 * studio-routes.ts under its token check. A batch the page cancels leaves nothing behind: every file
 * added under its batch id is removed, also one whose upload finishes after the cancel.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Hono } from 'hono';
import { z } from 'zod';
import { PHOTOS_ADD_PATH, PHOTOS_REMOVE_PATH, type PhotoRefusal } from '../../../../contract/studio-photos.ts';
import { MediaPath } from '../../../pack/schema-fields.ts';
import { mediaPaths } from '../../change-summary.ts';
import { draftMediaSource, UPLOAD_FOLDER } from '../../draft-media.ts';
import type { DraftStore } from '../../draft-store.ts';
import { NoDraft } from '../../draft-store.ts';
import { json, readJson, StudioHttpError } from '../../studio-http.ts';
import { addPreparedMedia, PhotoRefused } from './add-prepared-media.ts';

const RemoveBody = z.object({
  batch: z.string().min(1).max(100).optional(),
  paths: z.array(MediaPath).max(10_000).default([]),
});

/** A batch's files, and whether the page cancelled it. Forgotten after an hour. */
interface Batch {
  cancelled: boolean;
  paths: string[];
  touched: number;
}
const BATCH_MEMORY_MS = 60 * 60 * 1000;

export function mountPhotoRoutes(
  app: Hono,
  options: { store: DraftStore; maxMediaBytes?: number; log: Pick<Console, 'info' | 'warn'> },
): void {
  const { store, log } = options;
  const batches = new Map<string, Batch>();
  const batchOf = (id: string | undefined): Batch | undefined => {
    if (!id) return undefined;
    const now = Date.now();
    for (const [key, old] of batches) if (now - old.touched > BATCH_MEMORY_MS) batches.delete(key);
    let batch = batches.get(id);
    if (!batch) batches.set(id, (batch = { cancelled: false, paths: [], touched: now }));
    batch.touched = now;
    return batch;
  };

  /** Removes draft-owned media files the draft does not name; answers those removed. */
  const removeUnused = async (paths: string[]): Promise<string[]> => {
    // Read before the exclusive section: reading takes its turn in the same queue.
    const draft = await store.read();
    return store.exclusive(async () => {
      const named = draft ? mediaPaths(draft.pack) : new Set<string>();
      const removed: string[] = [];
      for (const packPath of new Set(paths)) {
        if (named.has(packPath) || !packPath.startsWith(`${UPLOAD_FOLDER}/`)) continue;
        await rm(path.join(store.dir, ...packPath.split('/')), { force: true });
        removed.push(packPath);
      }
      return removed;
    });
  };

  app.post(`/studio/api/${PHOTOS_ADD_PATH}`, async (c) => {
    const name = c.req.query('name');
    if (!name) throw new StudioHttpError(400, 'invalid-request', 'say the file name: ?name=<file>');
    const body = c.req.raw.body;
    if (!body) throw new StudioHttpError(400, 'invalid-request', 'the body is empty: send the file');
    const draft = await store.read();
    if (!draft) throw new NoDraft();
    const batch = batchOf(c.req.query('batch'));
    if (batch?.cancelled) throw new StudioHttpError(409, 'invalid-request', 'this batch was cancelled');
    const media = draftMediaSource(store.dir, draft);
    try {
      const added = await addPreparedMedia({
        draftDir: store.dir,
        name,
        body,
        small: c.req.query('small') === '1',
        maxBytes: options.maxMediaBytes,
        taken: async (p) => (await media.find(p)).ok,
        exclusive: (task) => store.exclusive(task),
      });
      const files = [added.path, ...(added.small ? [added.small] : [])];
      if (batch?.cancelled) {
        // Cancelled while this one was being prepared: it goes too.
        await removeUnused(files);
        throw new StudioHttpError(409, 'invalid-request', 'this batch was cancelled');
      }
      batch?.paths.push(...files);
      log.info(`[studio] added ${files.join(' and ')} to the draft`);
      return json(added);
    } catch (error) {
      if (!(error instanceof PhotoRefused)) throw error;
      log.info(`[studio] refused ${name}: ${error.message}`);
      const code = error.reason === 'too-large' ? 'too-large' : 'not-media';
      const refusal: PhotoRefusal = { code, reason: error.reason, file: name, message: error.message };
      return json(refusal, error.reason === 'too-large' ? 413 : 422);
    }
  });

  app.post(`/studio/api/${PHOTOS_REMOVE_PATH}`, async (c) => {
    const body = RemoveBody.safeParse(await readJson(c.req.raw, 1024 * 1024));
    if (!body.success) throw new StudioHttpError(400, 'invalid-request', 'send { batch?, paths: [media paths] }');
    const batch = batchOf(body.data.batch);
    if (batch) batch.cancelled = true;
    const removed = await removeUnused([...(batch?.paths ?? []), ...body.data.paths]);
    if (removed.length) log.info(`[studio] removed ${removed.length} file(s) of a cancelled batch`);
    return json({ removed });
  });
}
