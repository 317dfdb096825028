/** The fallback faces of Noto Sans SC join only for a pack that says something the kiosk's cut lacks. */
import { describe, expect, it } from 'vitest';
import { fallbackScan, needsFallbackFaces } from './fonts';

const cut = new Set([...' abcdefghijklmnopqrstuvwxyz0123456789.,徐州投资'].map((c) => c.codePointAt(0)!));

describe('needsFallbackFaces', () => {
  it('is false when every string, however deep, is within the cut', () => {
    const pack = {
      city: { name: { 'zh-CN': '徐州', en: 'xuzhou' } },
      list: [['投资', { n: 'a.b, 1' }]],
      count: 3,
      ok: true,
    };
    expect(needsFallbackFaces(pack, cut)).toBe(false);
  });

  it('is true for one character outside the cut, in a nested array or object', () => {
    expect(needsFallbackFaces({ a: [{ b: ['徐州翀'] }] }, cut)).toBe(true);
    expect(needsFallbackFaces({ title: { ru: 'Сюйчжоу' } }, cut)).toBe(true);
    expect(needsFallbackFaces(['abc', 'Z'], cut)).toBe(true); // capitals are not in this cut
  });

  it("ignores the texts of languages set in a face of their own (Japanese: the build's cut of Noto Sans JP)", () => {
    const pack = { city: { name: { 'zh-CN': '徐州', en: 'xuzhou', ja: 'じょしゅう' } } };
    expect(needsFallbackFaces(pack, cut)).toBe(true);
    expect(needsFallbackFaces(pack, cut, ['ja'])).toBe(false);
  });

  it('ignores control characters (a line break in a text needs no font), and keys', () => {
    expect(needsFallbackFaces({ 翀: 'a\nb\tc' }, cut)).toBe(false);
  });

  it('is false for values without text', () => {
    expect(needsFallbackFaces(null, cut)).toBe(false);
    expect(needsFallbackFaces(42, cut)).toBe(false);
    expect(needsFallbackFaces([], cut)).toBe(false);
  });
});

describe('fallbackScan: the same answer, read in slices between frames', () => {
  // 5,000 enterprises' worth of texts within the cut, and one character outside it near the end.
  const enterprises = Array.from({ length: 5000 }, (_, i) => ({ name: { en: `abc ${i}`, 'zh-CN': '徐州' } }));
  const slices = (scan: (hasTime: () => boolean) => boolean | undefined, textsPerSlice: number) => {
    let calls = 0;
    for (;;) {
      calls++;
      let left = textsPerSlice;
      const answer = scan(() => left-- > 0);
      if (answer !== undefined) return { answer, calls };
    }
  };

  it('stops when its time runs out and goes on from there, to the answer a whole read gives', () => {
    const clean = slices(fallbackScan({ enterprises }, cut), 500);
    expect(clean).toEqual({ answer: false, calls: 21 });
    enterprises[4900]!.name.en = 'Сюйчжоу';
    const foreign = slices(fallbackScan({ enterprises }, cut), 500);
    expect(foreign).toEqual({ answer: true, calls: 20 });
    expect(needsFallbackFaces({ enterprises }, cut)).toBe(true);
  });

  it('reads nothing in a slice with no time', () => {
    const scan = fallbackScan(['Сюйчжоу'], cut);
    expect(scan(() => false)).toBeUndefined();
    expect(scan(() => true)).toBe(true);
  });
});
