import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_DIR } from '../../../main/cli/browser-mode.ts';
import { Pack } from '../../../main/core/pack/schema.ts';
import { chainColumns } from './chain-columns.ts';

const xuzhou = Pack.parse(JSON.parse(await readFile(path.join(DEFAULT_PACK_DIR, 'pack.json'), 'utf8')));

describe('chain', () => {
  it('groups links by stage and marks the links without a local enterprise as gaps', () => {
    const cluster = xuzhou.clusters.find((c) => c.id === 'construction-machinery')!;
    const cols = chainColumns(xuzhou, cluster);
    expect(cols.map((c) => c.stage)).toEqual(['upstream', 'midstream', 'downstream']);
    const mid = cols[1]!.links[0]!;
    expect(mid.gap).toBe(false);
    expect(mid.enterprises.map((e) => e.id)).toEqual(['xcmg-heavy', 'xcmg-crawler-chassis']);
    expect(cols.flatMap((c) => c.links).filter((l) => l.gap)).toHaveLength(4);
    expect(cols.flatMap((c) => c.links.map((l) => l.index)).sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
