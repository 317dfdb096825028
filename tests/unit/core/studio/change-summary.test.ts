/** The change summary a publish shows: items added, removed and changed, by id and name; texts; media. */
import { describe, expect, it } from 'vitest';
import { sameJson, summariseChanges } from '../../../../main/core/studio/change-summary.ts';
import { minimalPack } from '../../../fixtures/minimal-pack.ts';

const none = { added: [], removed: [], changed: [], textsChanged: 0, mediaAdded: 0, mediaRemoved: 0 };

describe('summariseChanges', () => {
  it('finds nothing between a pack and its copy', () => {
    expect(summariseChanges(minimalPack(), structuredClone(minimalPack()))).toEqual(none);
  });

  it('does not count a reordered list as changes', () => {
    const before = minimalPack();
    before.enterprises!.push({ ...structuredClone(before.enterprises![0]!), id: 'beta' });
    const after = structuredClone(before);
    after.enterprises!.reverse();
    expect(summariseChanges(before, after)).toEqual(none);
  });

  it('counts enterprises added and removed, items changed, each language of each text, and media', () => {
    const before = minimalPack();
    const after = structuredClone(before);
    after.enterprises = [
      {
        ...structuredClone(before.enterprises![0]!),
        id: 'beta',
        media: { images: [{ file: 'media/beta.png', alt: { 'zh-CN': '乙', en: 'Beta' } }] },
      },
    ];
    after.city.headlineFigures[0]!.value = 5;
    after.city.tagline = { 'zh-CN': '新标语', en: 'New tagline' };
    after.sources.push({
      id: 'bulletin',
      title: { 'zh-CN': '公报', en: 'Bulletin' },
      publisher: { 'zh-CN': '局', en: 'Bureau' },
      year: 2025,
    });
    const summary = summariseChanges(before, after);
    expect(summary.added).toMatchObject([
      { kind: 'enterprise', id: 'beta' },
      { kind: 'source', id: 'bulletin' },
    ]);
    expect(summary.removed).toMatchObject([{ kind: 'enterprise', id: 'acme' }]);
    expect(summary.changed).toMatchObject([{ kind: 'figure', id: 'Output' }]);
    // 2 for the tagline, 4 for the new source, and acme's texts leave while beta's arrive: the same
    // texts in other places (acme: 7 texts; beta: 6, with a different alt and no video) count each.
    expect(summary.textsChanged).toBe(2 + 4 + 7 * 2 + 6 * 2);
    expect(summary.mediaAdded).toBe(1);
    expect(summary.mediaRemoved).toBe(2);
  });

  it('names each item as the pack does: added and changed from the pack published, removed from the one before', () => {
    const before = minimalPack();
    const after = structuredClone(before);
    after.clusters![0]!.name = { 'zh-CN': '装备', en: 'Equipment' };
    after.enterprises = [
      { ...structuredClone(before.enterprises![0]!), id: 'beta', name: { 'zh-CN': '乙公司', en: 'Beta', ja: '乙社' } },
    ];
    after.sources.push({
      id: 'bulletin',
      title: { 'zh-CN': '公报', en: 'Bulletin' },
      publisher: { 'zh-CN': '局', en: 'Bureau' },
      year: 2025,
    });
    after.city.headlineFigures[0]!.value = 5;
    // A park still being written: no text in its name yet, so no name (the studio shows its id).
    after.parks!.push({ ...structuredClone(before.parks![0]!), id: 'new-park', name: { 'zh-CN': '', en: ' ' } });
    const summary = summariseChanges(before, after);
    expect(summary.added).toEqual([
      { kind: 'enterprise', id: 'beta', name: { 'zh-CN': '乙公司', en: 'Beta', ja: '乙社' } },
      { kind: 'park', id: 'new-park' },
      { kind: 'source', id: 'bulletin', name: { 'zh-CN': '公报', en: 'Bulletin' } },
    ]);
    expect(summary.changed).toEqual([
      { kind: 'cluster', id: 'machines', name: { 'zh-CN': '装备', en: 'Equipment' } },
      { kind: 'figure', id: 'Output', name: { 'zh-CN': '产值', en: 'Output' } },
    ]);
    expect(summary.removed).toEqual([{ kind: 'enterprise', id: 'acme', name: { 'zh-CN': '甲公司', en: 'Acme' } }]);
  });

  it('calls everything added for a new city (no base pack)', () => {
    const summary = summariseChanges(undefined, minimalPack());
    expect(summary.removed).toEqual([]);
    expect(summary.added).toContainEqual({ kind: 'enterprise', id: 'acme', name: { 'zh-CN': '甲公司', en: 'Acme' } });
    expect(summary.added).toContainEqual({ kind: 'tier', id: 'big', name: { 'zh-CN': '大', en: 'Big' } });
    expect(summary.mediaAdded).toBe(2);
  });
});

describe('sameJson', () => {
  it('is content as JSON says it: key order aside, an undefined value no key', () => {
    expect(sameJson({ a: 1, b: { c: [1, 'x'] } }, { b: { c: [1, 'x'] }, a: 1 })).toBe(true);
    expect(sameJson({ a: 1, gone: undefined }, { a: 1 })).toBe(true);
    expect(sameJson(minimalPack(), structuredClone(minimalPack()))).toBe(true);
  });

  it('tells a changed value, a missing key, a reordered list and a list for an object apart', () => {
    const changed = minimalPack();
    changed.enterprises![0]!.name.en = 'Other';
    expect(sameJson(minimalPack(), changed)).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ 0: 'a' }, ['a'])).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
  });
});
