import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_DIR } from '../../../main/cli/browser-mode.ts';
import { Pack } from '../../../main/core/pack/schema.ts';
import { chainColumns } from './chain-columns.ts';

const xuzhou = Pack.parse(JSON.parse(await readFile(path.join(DEFAULT_PACK_DIR, 'pack.json'), 'utf8')));
const states = (id: string) =>
  chainColumns(
    xuzhou,
    xuzhou.clusters.find((c) => c.id === id)!,
  ).flatMap((c) => c.links.map((l) => l.state));

describe('chain', () => {
  it('groups links by stage, with their local enterprises', () => {
    const cluster = xuzhou.clusters.find((c) => c.id === 'construction-machinery')!;
    const cols = chainColumns(xuzhou, cluster);
    expect(cols.map((c) => c.stage)).toEqual(['upstream', 'midstream', 'downstream']);
    const mid = cols[1]!.links[0]!;
    expect(mid.state).toBe('local');
    expect(mid.enterprises.map((e) => e.id)).toEqual(['xcmg-heavy', 'xcmg-crawler-chassis']);
    expect(cols.flatMap((c) => c.links.map((l) => l.index)).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('calls an empty link open, not a target, unless the pack declares it one', () => {
    expect(states('construction-machinery')).toEqual(['open', 'open', 'local', 'open', 'open']);
    expect(states('high-grade-steel')).not.toContain('target');
    expect(states('green-low-carbon-energy')).toEqual(['open', 'local', 'local', 'target', 'target']);
  });

  it('keeps a declared target with its source and wording', () => {
    const cluster = xuzhou.clusters.find((c) => c.id === 'green-low-carbon-energy')!;
    const target = chainColumns(xuzhou, cluster)
      .flatMap((c) => c.links)
      .find((l) => l.state === 'target')!;
    expect(target.target?.source).toBe('modern-express-2025');
    expect(target.target?.note?.en).toMatch(/hydrogen/);
  });
});
