/** The world view: its projection as numbers (for the studio page) and the list of world cities. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { WORLD_CITIES } from '../../../../../main/core/studio/import/boundary/world-cities.ts';
import { projectOnWorld, WORLD_VIEWBOX } from '../../../../../main/core/studio/import/boundary/world-projection.ts';
import { projectWorld } from '../../../../../main/core/studio/import/boundary/world-view.ts';

const topo = JSON.parse(await readFile(path.resolve('node_modules/world-atlas/land-110m.json'), 'utf8')) as Topology<{
  land: GeometryCollection;
}>;
const world = projectWorld(feature(topo, topo.objects.land));

describe('the world projection the studio page uses', () => {
  it('is the one the world view is drawn with (the pack’s land and a chosen city agree)', () => {
    expect(world.viewBox).toEqual(WORLD_VIEWBOX);
    for (const c of WORLD_CITIES) expect(projectOnWorld([c.lon, c.lat]), c.id).toEqual(world.project([c.lon, c.lat]));
  });
});

describe('the world cities', () => {
  it('are 150 to 250, with unique ids the pack accepts, real coordinates and names in zh-CN, en and ja', () => {
    expect(WORLD_CITIES.length).toBeGreaterThanOrEqual(150);
    expect(WORLD_CITIES.length).toBeLessThanOrEqual(250);
    expect(new Set(WORLD_CITIES.map((c) => c.id)).size).toBe(WORLD_CITIES.length);
    for (const c of WORLD_CITIES) {
      expect(c.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(Math.abs(c.lat), c.id).toBeLessThanOrEqual(90);
      expect(Math.abs(c.lon), c.id).toBeLessThanOrEqual(180);
      for (const l of ['zh-CN', 'en', 'ja'] as const) expect(c.name[l].trim(), `${c.id} ${l}`).not.toBe('');
      expect(c.country).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('land where they are on the world view: São Paulo lower left, Tokyo upper right, Sydney lower right', () => {
    const [w, h] = WORLD_VIEWBOX;
    const at = (id: string) => {
      const c = WORLD_CITIES.find((x) => x.id === id)!;
      const [x, y] = projectOnWorld([c.lon, c.lat]);
      return [x / w, y / h];
    };
    expect(at('sao-paulo')[0]).toBeLessThan(0.4);
    expect(at('sao-paulo')[1]).toBeGreaterThan(0.6);
    expect(at('tokyo')[0]).toBeGreaterThan(0.85);
    expect(at('tokyo')[1]).toBeLessThan(0.4);
    expect(at('sydney')[0]).toBeGreaterThan(0.85);
    expect(at('sydney')[1]).toBeGreaterThan(0.7);
  });
});
