import { describe, expect, it } from 'vitest';
import type { Enterprise } from '../../../main/core/pack/schema';
import { entryOf, nameTokens, search } from './search-index';

const firm = (id: string, zh: string, en: string, short?: [string, string]) =>
  ({
    id,
    name: { 'zh-CN': zh, en },
    ...(short ? { shortName: { 'zh-CN': short[0], en: short[1] } } : {}),
  }) as unknown as Enterprise;

const entries = [
  firm('xin-gang', '新港物流有限公司', 'Xingang Logistics Co., Ltd.'),
  firm('xcmg-heavy', '徐工重型机械有限公司', 'XCMG Heavy Machinery Co., Ltd.', ['徐工重型', 'XCMG Heavy']),
  firm('xcmg', '徐工', 'XCMG'),
  firm('gao-xin', '高新区徐工配套厂', 'Gaoxin Parts Works'),
  firm('hongyuan', '弘元', 'Hongyuan'),
  firm('heavy-metal', '重金属回收公司', 'Metal Recycling'),
].map(entryOf);

const ids = (query: string) => search(entries, query, 10).map((hit) => hit.id);

describe('enterprise search', () => {
  it('reads Chinese names as pinyin syllables and Latin ones as words', () => {
    expect(nameTokens('徐工重型机械有限公司')).toEqual([
      'xu',
      'gong',
      'zhong',
      'xing',
      'ji',
      'xie',
      'you',
      'xian',
      'gong',
      'si',
    ]);
    expect(nameTokens('XCMG Heavy Machinery Co., Ltd.')).toEqual(['xcmg', 'heavy', 'machinery', 'co', 'ltd']);
  });

  it('finds 徐工 by its pinyin initials, the whole name (or its initials) before longer names, those from their start before a later word', () => {
    // 徐工 itself (xg: its initials), then the names that start 徐工 (shorter first), then 新港 (x-g),
    // then a name with 徐工 inside it.
    expect(ids('xg')).toEqual(['xcmg', 'xcmg-heavy', 'xin-gang', 'gao-xin']);
  });

  it('finds by full pinyin and by a mix of syllables and initials', () => {
    expect(ids('xugong')).toEqual(['xcmg', 'xcmg-heavy', 'gao-xin']);
    expect(ids('xugongzx')).toEqual(['xcmg-heavy']);
    expect(ids('hongyuan')).toEqual(['hongyuan']);
  });

  it('finds English names by the starts of their words, a name that starts so first', () => {
    expect(ids('heavy')).toEqual(['xcmg-heavy']);
    expect(ids('xcmg h')).toEqual(['xcmg-heavy']);
    expect(ids('recyc')).toEqual(['heavy-metal']);
    expect(ids('metal')[0]).toBe('heavy-metal');
  });

  it('finds nothing for nothing typed or for letters no name starts with', () => {
    expect(ids('')).toEqual([]);
    expect(ids('qqq')).toEqual([]);
  });
});
