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
  it('sorts by letter, names without a letter last', () => {
    const names = ['徐工', '3D', 'Apple', '弘元'];
    expect([...names].sort((a, b) => compareByIndex(a, b, 'zh-CN'))).toEqual(['Apple', '弘元', '徐工', '3D']);
  });
  it('always answers a letter A–Z or #', () => {
    fc.assert(fc.property(fc.string(), (s) => /^[A-Z#]$/.test(indexLetter(s))));
  });
});
