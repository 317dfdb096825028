/**
 * The spreadsheet importer's routes (main/contract/studio-sheet.ts), mounted by studio-routes.ts
 * behind its origin and token checks. The file is read into memory up to MAX_SHEET_BYTES only.
 */
import { mkdir } from 'node:fs/promises';
import type { Hono } from 'hono';
import { MAX_SHEET_BYTES } from '../../../../contract/studio-sheet.ts';
import { json, readBodyLimited, readJson, StudioHttpError } from '../../studio-http.ts';
import { readMapping, rememberMapping, SheetMappingBody } from './mapping-store.ts';
import { parseSheet } from './parse-sheet.ts';
import { SheetRefused } from './sheet-refused.ts';

export function mountSheetRoutes(app: Hono, options: { studioDir: string; log: Pick<Console, 'info' | 'warn'> }): void {
  app.post('/studio/api/sheet', async (c) => {
    const name = c.req.query('name');
    if (!name) throw new StudioHttpError(400, 'invalid-request', 'say the file name: ?name=<file>');
    try {
      const bytes = await readBody(c.req.raw, name);
      const sheet = await parseSheet(bytes, name, c.req.query('sheet') || undefined);
      options.log.info(`[studio] read ${sheet.rows.length} rows from ${name} (${sheet.sheet})`);
      return json(sheet);
    } catch (error) {
      if (!(error instanceof SheetRefused)) throw error;
      options.log.warn(`[studio] refused the spreadsheet ${error.message}`);
      return json(error.body(), error.status);
    }
  });

  app.get('/studio/api/sheet-mapping', async () => json(await readMapping(options.studioDir)));

  app.put('/studio/api/sheet-mapping', async (c) => {
    const parsed = SheetMappingBody.safeParse(await readJson(c.req.raw, 256 * 1024));
    if (!parsed.success) throw new StudioHttpError(400, 'invalid-request', 'not a column mapping');
    await mkdir(options.studioDir, { recursive: true });
    return json(await rememberMapping(options.studioDir, parsed.data));
  });
}

/** The body, refused past MAX_SHEET_BYTES as it arrives (a declared length is checked first). */
function readBody(request: Request, file: string): Promise<Uint8Array> {
  return readBodyLimited(
    request,
    MAX_SHEET_BYTES,
    () => new SheetRefused('too-large', file, `the file is over ${MAX_SHEET_BYTES / 1024 / 1024} MB`),
  );
}
