/** Matching a boundary file's districts to the pack's, and the pack an accepted import makes. */
import { describe, expect, it } from 'vitest';
import { Pack } from '../../../../../main/core/pack/schema.ts';
import {
  applyBoundary,
  matchDistricts,
  type PackDistrictLike,
} from '../../../../../main/core/studio/import/boundary/apply-boundary.ts';
import { minimalPack } from '../../../../fixtures/minimal-pack.ts';

const pack: PackDistrictLike[] = [
  { id: 'gulou', code: '320302', name: { 'zh-CN': '鼓楼区', en: 'Gulou District' } },
  { id: 'tongshan', name: { 'zh-CN': '铜山区', en: 'Tongshan District', ja: '銅山区' } },
  { id: 'old-town', name: { 'zh-CN': '老城', en: 'Old Town' } },
];

describe('matchDistricts', () => {
  it('matches by code, else by name in any language (with or without 区), else makes a new district', () => {
    const m = matchDistricts(
      [
        { name: 'Gulou', code: '320302' },
        { name: '銅山区', code: '' },
        { name: '新沂市', code: '320381' },
      ],
      pack,
    );
    expect(m.districts).toEqual([
      { index: 0, kind: 'code', district: 'gulou' },
      { index: 1, kind: 'name', district: 'tongshan' },
      { index: 2, kind: 'new', district: 'xinyi', name: '新沂市', code: '320381' },
    ]);
    expect(m.unmatched).toEqual(['old-town']);
  });

  it('does not take another city’s district of the same name (its code differs)', () => {
    const m = matchDistricts([{ name: '鼓楼区', code: '320106' }], pack);
    expect(m.districts[0]).toMatchObject({ kind: 'new', district: 'gulou-2', code: '320106' });
  });

  it('matches "Tongshan" (no 区) by its bare name', () => {
    expect(matchDistricts([{ name: 'Tongshan', code: '' }], pack).districts[0]).toMatchObject({
      kind: 'name',
      district: 'tongshan',
    });
  });
});

describe('applyBoundary', () => {
  it('sets the map’s city part, keeps its world view, appends the new districts: a pack that passes the schema', () => {
    const base = { ...minimalPack(), districts: [] } as Record<string, unknown>;
    const world = { viewBox: [1000, 452], land: 'M0 0l10 0 0 10z', home: [800, 150] };
    base.map = {
      viewBox: [10, 10],
      districts: [],
      attribution: { 'zh-CN': '旧', en: 'old' },
      world,
    };
    const preview = {
      viewBox: [1000, 800] as [number, number],
      outline: 'M0 0l100 0 0 100z',
      districts: [
        { name: '玄武区', code: '320102', path: 'M0 0l50 0 0 50z', labelAt: [20, 30] as [number, number] },
        { name: '溧水区', code: '320117', path: 'M50 0l50 0 0 50z', labelAt: [70, 30] as [number, number] },
      ],
    };
    const matching = matchDistricts(preview.districts, []);
    const next = applyBoundary(base, preview, matching, { 'zh-CN': '新', en: 'new' });
    expect(next.districts).toEqual([
      { id: 'xuanwu', code: '320102', name: { 'zh-CN': '玄武区', en: 'Xuanwu District' }, kind: 'district' },
      { id: 'lishui', code: '320117', name: { 'zh-CN': '溧水区', en: 'Lishui District' }, kind: 'district' },
    ]);
    expect(next.map).toMatchObject({
      viewBox: [1000, 800],
      outline: 'M0 0l100 0 0 100z',
      attribution: { 'zh-CN': '新', en: 'new' },
      world,
      districts: [
        { district: 'xuanwu', path: 'M0 0l50 0 0 50z', labelAt: [20, 30] },
        { district: 'lishui', path: 'M50 0l50 0 0 50z', labelAt: [70, 30] },
      ],
    });
    const parsed = Pack.safeParse(next);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
