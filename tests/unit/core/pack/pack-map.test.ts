import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../../main/core/pack/load-pack.ts';
import { formatIssue } from '../../../../main/core/pack/pack-issue.ts';
import type { PackInput } from '../../../../main/core/pack/schema.ts';
import { minimalPack, writePackDir } from '../../../fixtures/minimal-pack.ts';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** The minimal pack with a small map: one square district and a world view with one reach point. */
function packWithMap(): PackInput {
  const pack = minimalPack();
  pack.map = {
    viewBox: [100, 100],
    districts: [{ district: 'centre', path: 'M10 10l80 0 0 80 -80 0z', labelAt: [50, 50] }],
    outline: 'M10 10l80 0 0 80 -80 0z',
    attribution: t('测试数据', 'Test data'),
    world: {
      viewBox: [200, 100],
      land: 'M0 0l10 0 0 10z',
      home: [150, 40],
      enterprise: 'acme',
      figures: [{ enterprise: 'acme', figure: 0 }],
      reach: [{ id: 'far', label: t('远方', 'Far away'), at: [20, 80], figure: { enterprise: 'acme', figure: 0 } }],
    },
  };
  return pack;
}

async function report(edit: (pack: PackInput) => void): Promise<string[]> {
  const pack = packWithMap();
  edit(pack);
  const result = await loadPack(await writePackDir(pack));
  return result.ok ? [] : result.errors.map(formatIssue);
}

describe('the map section of a pack', () => {
  it('is optional, and accepted when it is right', async () => {
    expect(await report((p) => delete p.map)).toEqual([]);
    expect(await report(() => {})).toEqual([]);
  });

  it.each<[string, (p: PackInput) => void, string]>([
    [
      'an unknown district',
      (p) => (p.map!.districts[0]!.district = 'nowhere'),
      'pack.json: map.districts[0].district: unknown district "nowhere"',
    ],
    [
      'a district drawn twice',
      (p) => p.map!.districts.push({ ...p.map!.districts[0]! }),
      'pack.json: map.districts[1].district: district "centre" drawn twice',
    ],
    [
      'a world view of an unknown enterprise',
      (p) => (p.map!.world!.enterprise = 'ghost'),
      'pack.json: map.world.enterprise: unknown enterprise "ghost"',
    ],
    [
      'a figure reference to an unknown enterprise',
      (p) => (p.map!.world!.figures![0]!.enterprise = 'ghost'),
      'pack.json: map.world.figures[0].enterprise: unknown enterprise "ghost"',
    ],
    [
      'a figure reference past the end of the figures',
      (p) => (p.map!.world!.reach![0]!.figure!.figure = 7),
      'pack.json: map.world.reach[0].figure.figure: enterprise "acme" has no figure 7',
    ],
    [
      'a duplicate reach id',
      (p) => p.map!.world!.reach!.push({ ...p.map!.world!.reach![0]! }),
      'pack.json: map.world.reach[1].id: duplicate id "far"',
    ],
    [
      'a path that is not an SVG path',
      (p) => (p.map!.districts[0]!.path = '<path d="M0 0"/>'),
      'pack.json: map.districts[0].path: expected an SVG path (the `d` attribute), starting with M',
    ],
  ])('reports %s', async (_, edit, expected) => {
    expect(await report(edit)).toContain(expected);
  });
});
