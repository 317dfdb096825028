import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_DIR } from '../../../main/cli/browser-mode.ts';
import { packHead } from '../../../main/contract/pack-head.ts';
import { Pack } from '../../../main/core/pack/schema.ts';
import { popularByTile } from './popular.ts';

const xuzhou = Pack.parse(JSON.parse(await readFile(path.join(DEFAULT_PACK_DIR, 'pack.json'), 'utf8')));
const head = packHead(xuzhou);
const zh = (text: Record<string, string> | undefined) => text?.['zh-CN'];

describe('popularByTile', () => {
  it('puts each item under the tile that leads to it, in the order given', () => {
    const cluster = xuzhou.clusters.find((c) => c.id === 'construction-machinery')!;
    const linked = xuzhou.clusters.find((c) => (c.chain?.links.length ?? 0) > 1)!;
    const park = xuzhou.parks[0]!;
    const enterprise = xuzhou.enterprises[0]!;
    const industry = xuzhou.futureIndustries[0]!;
    const tiles = popularByTile(head, xuzhou.enterprises, [
      { kind: 'enterprise', id: enterprise.id, visits: 9 },
      { kind: 'chain-link', id: `${linked.id}/2`, visits: 8 },
      { kind: 'cluster', id: cluster.id, visits: 7 },
      { kind: 'park', id: park.id, visits: 6 },
      { kind: 'future-industry', id: industry.id, visits: 5 },
    ]);
    expect(tiles.clusters?.map(zh)).toEqual([zh(linked.chain!.links[1]!.name), zh(cluster.name)]);
    expect(tiles.enterprises?.map(zh)).toEqual([zh(enterprise.name)]);
    expect(tiles.map?.map(zh)).toEqual([zh(park.name)]);
    expect(tiles.future?.map(zh)).toEqual([zh(industry.name)]);
  });

  it('leaves out items the pack on screen does not have (another pack, a removed link), and shows nothing for none', () => {
    expect(popularByTile(head, xuzhou.enterprises, [])).toEqual({});
    const tiles = popularByTile(head, xuzhou.enterprises, [
      { kind: 'cluster', id: 'gone', visits: 9 },
      { kind: 'chain-link', id: 'construction-machinery/99', visits: 9 },
      { kind: 'chain-link', id: 'gone/1', visits: 9 },
      { kind: 'park', id: 'gone', visits: 9 },
    ]);
    expect(tiles).toEqual({});
    const { map: _map, ...noMap } = head;
    expect(
      popularByTile({ ...noMap } as typeof head, xuzhou.enterprises, [
        { kind: 'park', id: xuzhou.parks[0]!.id, visits: 3 },
      ]),
    ).toEqual({});
  });

  it('names an enterprise from the whole list once it has arrived, and leaves it out before if the head lacks it', () => {
    const last = xuzhou.enterprises.at(-1)!;
    const items = [{ kind: 'enterprise' as const, id: last.id, visits: 4 }];
    expect(popularByTile(head, xuzhou.enterprises, items).enterprises?.map(zh)).toEqual([zh(last.name)]);
    expect(popularByTile(head, [], items)).toEqual({});
  });
});
