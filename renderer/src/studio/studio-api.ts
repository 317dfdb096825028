/**
 * The studio page's client of the studio server (main/contract/studio.ts): relative requests from
 * `/studio/`, each with this run's token. A failure becomes a StudioApiError whose `code` the page
 * translates into a message staff can act on; nothing here throws anything else.
 */
import {
  STUDIO_TOKEN_HEADER,
  STUDIO_TOKEN_META,
  type AddMediaResponse,
  type CheckResponse,
  type OpenRequest,
  type PublishRequest,
  type PublishResponse,
  type SaveDraftResponse,
  type SaveToFolderResponse,
  type StudioDraftState,
  type StudioError,
} from '../../../main/contract/studio';

/** What went wrong: the server's own codes, and `offline` when the server did not answer at all. */
export type StudioErrorCode = StudioError['code'] | 'offline';

export class StudioApiError extends Error {
  constructor(
    readonly code: StudioErrorCode,
    message: string,
    readonly status?: number,
    /** The body of a refused publish (422 with errors). */
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'StudioApiError';
  }
}

const KNOWN_CODES: ReadonlySet<string> = new Set<StudioErrorCode>([
  'changed-elsewhere',
  'invalid-request',
  'not-media',
  'too-large',
  'no-draft',
  'unavailable',
  'failed',
]);

export function studioToken(): string {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${STUDIO_TOKEN_META}"]`);
  return meta?.content ?? '';
}

/** The API's paths are relative to the studio page (`/studio/`): `api/draft` is `/studio/api/draft`. */
const api = (path: string) => `api/${path}`;

export async function request<T>(method: string, path: string, body?: BodyInit, contentType?: string): Promise<T> {
  const headers: Record<string, string> = { [STUDIO_TOKEN_HEADER]: studioToken(), Accept: 'application/json' };
  if (contentType) headers['Content-Type'] = contentType;
  let res: Response;
  try {
    res = await fetch(api(path), { method, headers, body, cache: 'no-store' });
  } catch (err) {
    throw new StudioApiError('offline', (err as Error).message);
  }
  const data: unknown = await res.json().catch(() => undefined);
  if (res.ok) return data as T;
  const error = data as Partial<StudioError> | undefined;
  const code = error?.code && KNOWN_CODES.has(error.code) ? error.code : 'failed';
  throw new StudioApiError(code, error?.message ?? `${method} ${path}: ${res.status}`, res.status, data);
}

const json = (value: unknown) => JSON.stringify(value);
const JSON_TYPE = 'application/json';

export const studioApi = {
  draft: () => request<StudioDraftState>('GET', 'draft'),
  open: (req: OpenRequest) => request<StudioDraftState>('POST', 'open', json(req), JSON_TYPE),
  openZip: (zip: Blob) => request<StudioDraftState>('POST', 'open-zip', zip, 'application/zip'),
  save: (pack: unknown, revision: number) =>
    request<SaveDraftResponse>('PUT', 'draft', json({ pack, revision }), JSON_TYPE),
  check: (pack: unknown) => request<CheckResponse>('POST', 'check', json({ pack }), JSON_TYPE),
  addMedia: (file: File) =>
    request<AddMediaResponse>(
      'POST',
      `media?name=${encodeURIComponent(file.name)}`,
      file,
      file.type || 'application/octet-stream',
    ),
  /** A refused publish (422) comes back as `{ ok: false, errors }`, not as an exception. */
  publish: async (req: PublishRequest = {}): Promise<PublishResponse> => {
    try {
      return await request<PublishResponse>('POST', 'publish', json(req), JSON_TYPE);
    } catch (err) {
      const body = err instanceof StudioApiError ? (err.body as Partial<PublishResponse> | undefined) : undefined;
      if (body && body.ok === false && Array.isArray(body.errors)) return { ok: false, errors: body.errors };
      throw err;
    }
  },
  rollback: () => request<{ id: string; version: string }>('POST', 'rollback'),
  saveToFolder: (path?: string) =>
    request<SaveToFolderResponse>('POST', 'save-to-folder', json(path ? { path } : {}), JSON_TYPE),
  discard: () => request<StudioDraftState>('POST', 'discard'),
  /** The last save as the page goes away: `keepalive` lets the request finish after it. */
  saveOnLeave: (body: string) =>
    fetch(api('draft'), {
      method: 'PUT',
      keepalive: true,
      headers: { [STUDIO_TOKEN_HEADER]: studioToken(), 'Content-Type': JSON_TYPE },
      body,
    }).catch(() => undefined),
};

/** The draft as a pack zip (fetched with the token, then handed to the browser to save). */
export async function exportZip(): Promise<Blob> {
  let res: Response;
  try {
    res = await fetch(api('export.zip'), { headers: { [STUDIO_TOKEN_HEADER]: studioToken() }, cache: 'no-store' });
  } catch (err) {
    throw new StudioApiError('offline', (err as Error).message);
  }
  if (!res.ok) {
    const error = (await res.json().catch(() => undefined)) as Partial<StudioError> | undefined;
    const code = error?.code && KNOWN_CODES.has(error.code) ? error.code : 'failed';
    throw new StudioApiError(code, error?.message ?? `export.zip: ${res.status}`, res.status);
  }
  return res.blob();
}

/** A media path of the pack (`media/x.jpg`) as the studio serves it (studio/media/<path>). */
export const mediaUrl = (path: string) => `media/${path}`;

/** The message for staff, in the UI language, for an error the API raised. */
export function errorMessage(err: unknown, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (err instanceof StudioApiError) return t(`studio:error.${err.code}`, { detail: err.message });
  return t('studio:error.failed', { detail: err instanceof Error ? err.message : String(err) });
}
