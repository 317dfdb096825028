/**
 * The boundary import's route, mounted by studio-routes.ts: the file's bytes in, the preview out
 * (main/contract/studio-boundary.ts). Nothing is stored: the page keeps the file and asks again
 * when staff pick other properties; the accepted map reaches the draft as one edit of the page.
 */
import type { Hono } from 'hono';
import {
  BOUNDARY_API,
  MAX_BOUNDARY_BYTES,
  type BoundaryPreview,
  type BoundaryRefusal,
} from '../../../../contract/studio-boundary.ts';
import { json, readBodyLimited, StudioHttpError } from '../../studio-http.ts';
import { importBoundary } from './import-boundary.ts';
import { BoundaryRefused } from './parse-boundary.ts';

export function mountBoundaryRoutes(app: Hono, log: Pick<Console, 'info' | 'warn'> = console): void {
  app.post(`/studio/api/${BOUNDARY_API}`, async (c) => {
    const name = (c.req.query('name') ?? '').split(/[\\/]/).pop()!.slice(0, 200);
    if (!name) throw new StudioHttpError(400, 'invalid-request', 'say the file name: ?name=<file>');
    const option = (key: string) => c.req.query(key) || undefined;
    try {
      const bytes = await readLimited(c.req.raw, name, MAX_BOUNDARY_BYTES);
      const { centre: _centre, ...preview } = importBoundary(name, bytes, {
        nameProperty: option('nameProperty'),
        codeProperty: option('codeProperty'),
      });
      log.info(`[studio] boundary file ${name}: ${preview.districts.length} districts`);
      return json(preview satisfies BoundaryPreview);
    } catch (error) {
      if (!(error instanceof BoundaryRefused)) throw error;
      log.warn(`[studio] refused the boundary file ${name}: ${error.message}`);
      const body: BoundaryRefusal = {
        code: error.reason === 'too-large' ? 'too-large' : 'invalid-request',
        message: error.message,
        reason: error.reason,
        ...(error.feature !== undefined ? { feature: error.feature } : {}),
        ...(error.limit !== undefined ? { limit: error.limit } : {}),
      };
      return json(body, error.reason === 'too-large' ? 413 : 422);
    }
  });
}

/** The body's bytes, refused past `limit` (declared or streamed) without reading the rest. */
function readLimited(request: Request, file: string, limit: number): Promise<Uint8Array> {
  return readBodyLimited(
    request,
    limit,
    () => new BoundaryRefused('too-large', `${file} is over ${limit} bytes`, undefined, limit),
  );
}
