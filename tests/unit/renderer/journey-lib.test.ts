import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Enterprise, Pack } from '../../../main/core/pack/schema';
import { countUpText } from '../../../renderer/src/lib/countup';
import { relatedEnterprises } from '../../../renderer/src/lib/enterprise';
import { compareByIndex, indexLetter } from '../../../renderer/src/lib/initials';
import { displayUrl, qrShape, qrTarget } from '../../../renderer/src/lib/qr';
import { idleFromQuery } from '../../../renderer/src/lib/settings';

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

describe('countUpText', () => {
  it('scales the number and keeps its surroundings and format', () => {
    expect(countUpText('7,800', 0.5, 'en')).toBe('3,900');
    expect(countUpText('130+', 0.5, 'en')).toBe('65+');
    expect(countUpText('9.02', 0.5, 'en')).toBe('4.51');
    expect(countUpText('7800', 0, 'zh-CN')).toBe('0');
    expect(countUpText('7800', 1, 'zh-CN')).toBe('7800');
    expect(countUpText('no number', 0.5, 'en')).toBe('no number');
  });
});

describe('QR codes', () => {
  it('makes a square matrix with finder patterns for any address', () => {
    const { size, path } = qrShape('https://www.example.com/');
    expect(size).toBeGreaterThanOrEqual(21);
    expect(path.startsWith('M0 0h7')).toBe(true);
  });
  it('opens e-mail as mailto: and shows addresses without a scheme', () => {
    expect(qrTarget('email', 'a@b.cn')).toBe('mailto:a@b.cn');
    expect(qrTarget('website', 'https://x.cn')).toBe('https://x.cn');
    expect(displayUrl('https://www.xcmg.com/')).toBe('www.xcmg.com');
  });
});

describe('idle setting from the query string', () => {
  it('reads ?idle=N and ignores nonsense', () => {
    expect(idleFromQuery('?idle=5')).toBe(5);
    expect(idleFromQuery('?idle=0')).toBeUndefined();
    expect(idleFromQuery('?idle=abc')).toBeUndefined();
    expect(idleFromQuery('')).toBeUndefined();
  });
});

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
