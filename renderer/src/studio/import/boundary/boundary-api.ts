/**
 * The studio page's side of the boundary import (main/contract/studio-boundary.ts): the file goes
 * to the studio server, the preview or the refusal comes back. The file stays in the page, so that
 * choosing another property asks again without staff picking the file twice.
 */
import { STUDIO_TOKEN_HEADER, STUDIO_TOKEN_META } from '../../../../../main/contract/studio';
import { BOUNDARY_API, type BoundaryPreview, type BoundaryRefusal } from '../../../../../main/contract/studio-boundary';

export type BoundaryAnswer =
  { ok: true; preview: BoundaryPreview } | { ok: false; refusal: Partial<BoundaryRefusal> & { message: string } };

export async function previewBoundary(
  file: Blob & { name: string },
  properties: { nameProperty?: string; codeProperty?: string } = {},
): Promise<BoundaryAnswer> {
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${STUDIO_TOKEN_META}"]`)?.content ?? '';
  const query = new URLSearchParams({ name: file.name });
  if (properties.nameProperty) query.set('nameProperty', properties.nameProperty);
  if (properties.codeProperty) query.set('codeProperty', properties.codeProperty);
  // Relative to the studio page (/studio/), as every request of studio-api.ts.
  const url = `api/${BOUNDARY_API}?${query}`;
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { [STUDIO_TOKEN_HEADER]: token, 'Content-Type': 'application/octet-stream' },
      body: file,
      cache: 'no-store',
    });
  } catch (err) {
    return { ok: false, refusal: { code: 'unavailable', message: (err as Error).message } };
  }
  const data = (await res.json().catch(() => undefined)) as unknown;
  if (res.ok) return { ok: true, preview: data as BoundaryPreview };
  const refusal = (data ?? {}) as Partial<BoundaryRefusal>;
  return { ok: false, refusal: { ...refusal, message: refusal.message ?? `${res.status}` } };
}
