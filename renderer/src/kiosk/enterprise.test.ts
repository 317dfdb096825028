import { describe, expect, it } from 'vitest';
import type { Enterprise, Pack } from '../../../main/core/pack/schema';
import { relatedEnterprises } from './enterprise';

describe('related enterprises', () => {
  const e = (id: string, clusters: string[]) => ({ id, clusters }) as unknown as Enterprise;
  const pack = {
    enterprises: [
      e('a', ['machinery', 'steel']),
      e('b', ['machinery']),
      e('c', ['machinery', 'steel']),
      e('d', ['food']),
      e('e', ['steel']),
      e('f', ['machinery']),
      e('g', []),
    ],
  } as unknown as Pack;
  const ids = (list: Enterprise[]) => list.map((x) => x.id);

  it('are the others of the same clusters, those sharing most first, at most four', () => {
    expect(ids(relatedEnterprises(pack, pack.enterprises[0]!))).toEqual(['c', 'b', 'e', 'f']);
    expect(ids(relatedEnterprises(pack, pack.enterprises[0]!, 2))).toEqual(['c', 'b']);
  });

  it('never include the enterprise itself, nor any without a shared cluster', () => {
    expect(ids(relatedEnterprises(pack, pack.enterprises[3]!))).toEqual([]);
    expect(ids(relatedEnterprises(pack, pack.enterprises[6]!))).toEqual([]);
    expect(ids(relatedEnterprises(pack, pack.enterprises[1]!))).toEqual(['a', 'c', 'f']);
  });
});
