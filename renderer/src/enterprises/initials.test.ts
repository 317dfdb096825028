import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareByIndex, indexLetter } from './initials';

describe('A–Z index', () => {
  it('files Chinese names by pinyin initial and Latin names by letter', () => {
    expect(indexLetter('徐工重型机械有限公司')).toBe('X');
    expect(indexLetter('弘元')).toBe('H');
    expect(indexLetter('恩华药业')).toBe('E');
    expect(indexLetter('XCMG Heavy Machinery')).toBe('X');
    expect(indexLetter('ëco')).toBe('E');
    expect(indexLetter('3D Print')).toBe('#');
    expect(indexLetter('')).toBe('#');
  });
  it('files a name whose first character has several readings by the reading its word gives', () => {
    // The first character alone reads otherwise: 重 zhòng, 厦 shà, 行 xíng, 会 huì.
    expect(indexLetter('重庆啤酒')).toBe('C');
    expect(indexLetter('厦门航空')).toBe('X');
    expect(indexLetter('行业协会')).toBe('H');
    expect(indexLetter('会计师事务所')).toBe('K');
    // …and where the word gives the common reading, that one.
    expect(indexLetter('重型机械')).toBe('Z');
    expect(indexLetter('长城汽车')).toBe('C');
  });
  it('sorts by letter, names without a letter last', () => {
    const names = ['徐工', '3D', 'Apple', '弘元'];
    expect([...names].sort((a, b) => compareByIndex(a, b, 'zh-CN'))).toEqual(['Apple', '弘元', '徐工', '3D']);
  });
  it('always answers a letter A–Z or #', () => {
    fc.assert(fc.property(fc.string(), (s) => /^[A-Z#]$/.test(indexLetter(s))));
  });
});
