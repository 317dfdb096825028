/**
 * The studio page's client of the photo routes (main/contract/studio-photos.ts). A refused file
 * becomes a PhotoRefusedError whose reason the page translates (photos.refused.*).
 */
import { STUDIO_TOKEN_HEADER } from '../../../../../main/contract/studio';
import {
  PHOTOS_ADD_PATH,
  PHOTOS_REMOVE_PATH,
  type PhotoRefusal,
  type PhotoRefusalReason,
  type PreparedMedia,
} from '../../../../../main/contract/studio-photos';
import { StudioApiError, studioToken } from '../../studio-api';

export class PhotoRefusedError extends Error {
  constructor(
    readonly reason: PhotoRefusalReason,
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'PhotoRefusedError';
  }
}

/** Sends a dropped file (or a poster made in the page) to be made ready and added to the draft. */
export async function addPrepared(
  file: Blob,
  name: string,
  options: { small?: boolean; batch?: string; signal?: AbortSignal } = {},
): Promise<PreparedMedia> {
  const query = new URLSearchParams({ name });
  if (options.small) query.set('small', '1');
  if (options.batch) query.set('batch', options.batch);
  let res: Response;
  try {
    res = await fetch(`api/${PHOTOS_ADD_PATH}?${query}`, {
      method: 'POST',
      headers: { [STUDIO_TOKEN_HEADER]: studioToken(), 'Content-Type': 'application/octet-stream' },
      body: file,
      signal: options.signal,
      cache: 'no-store',
    });
  } catch (err) {
    if (options.signal?.aborted) throw err;
    throw new StudioApiError('offline', (err as Error).message);
  }
  const data = (await res.json().catch(() => undefined)) as (PreparedMedia & Partial<PhotoRefusal>) | undefined;
  if (res.ok && data) return data;
  if (data?.reason) throw new PhotoRefusedError(data.reason, data.file ?? name, data.message ?? '');
  throw new StudioApiError(res.status === 404 ? 'no-draft' : 'failed', data?.message ?? `${res.status}`, res.status);
}

/** Takes back what a cancelled batch added (also uploads that finish later). */
export async function removeBatch(batch: string, paths: string[]): Promise<void> {
  await fetch(`api/${PHOTOS_REMOVE_PATH}`, {
    method: 'POST',
    headers: { [STUDIO_TOKEN_HEADER]: studioToken(), 'Content-Type': 'application/json' },
    body: JSON.stringify({ batch, paths }),
    cache: 'no-store',
  });
}
