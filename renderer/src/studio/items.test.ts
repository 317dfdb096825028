import { describe, expect, it } from 'vitest';
import { formModel, itemFields } from './form-model';
import { addItem, duplicateItem, itemLabel, moveItem, uniqueId } from './items';
import { getAt, parsePath, setAt } from './pack-path';
import { previewRoute } from './preview-route';

const enterprises = formModel().sections.find((s) => s.key === 'enterprises')!;

describe('list items', () => {
  it('adds an enterprise with a fresh id, its required texts empty in the required languages, defaults applied', () => {
    const item = enterprises.type.kind === 'list' ? enterprises.type.item : enterprises.type;
    const list = addItem([{ id: 'new' }], item, ['zh-CN', 'en', 'ja']);
    // A language beyond zh-CN and en is left out (untranslated: the kiosk shows English), not an empty
    // text, which the schema refuses: a new item must become valid once its Chinese and English are in.
    expect((list[1] as { name: object }).name).toEqual({ 'zh-CN': '', en: '' });
    expect(list[1]).toMatchObject({
      id: 'new-2',
      name: { 'zh-CN': '', en: '' },
      clusters: [],
      media: { images: [] },
    });
  });

  it('duplicates under a new id, right after the original', () => {
    const list = duplicateItem([{ id: 'xcmg', n: 1 }, { id: 'b' }], 0);
    expect(list.map((i) => (i as { id: string }).id)).toEqual(['xcmg', 'xcmg-copy', 'b']);
    expect(uniqueId('xcmg-copy', new Set(['xcmg-copy']))).toBe('xcmg-copy-2');
  });

  it('moves an item', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
  });

  it('labels an item by its name in the UI language, else its id', () => {
    const fields = itemFields(enterprises);
    expect(itemLabel({ id: 'x', name: { 'zh-CN': '徐工', en: 'XCMG' } }, 'en', fields)).toBe('XCMG');
    expect(itemLabel({ id: 'x', name: { 'zh-CN': '', en: '' } }, 'en', fields)).toBe('x');
  });

  it('labels an item in the first of several languages it has, else Chinese', () => {
    const item = { id: 'x', name: { 'zh-CN': '徐工', en: 'XCMG', de: 'XCMG AG' } };
    expect(itemLabel(item, ['ja', 'en'])).toBe('XCMG');
    expect(itemLabel(item, ['ja', 'de', 'en'])).toBe('XCMG AG');
    expect(itemLabel(item, ['ja'])).toBe('徐工');
  });
});

describe('pack paths', () => {
  it('reads the notation of pack:check messages', () => {
    expect(parsePath('enterprises[3].name.en')).toEqual(['enterprises', 3, 'name', 'en']);
    expect(parsePath('city.name["zh-CN"]')).toEqual(['city', 'name', 'zh-CN']);
  });

  it('sets a value without touching the original, and removes a key set to undefined', () => {
    const pack = { a: { b: [1, 2] }, c: 1 };
    const next = setAt(pack, ['a', 'b', 1], 5) as typeof pack;
    expect(next.a.b).toEqual([1, 5]);
    expect(pack.a.b).toEqual([1, 2]);
    expect(next.c).toBe(1);
    expect(getAt(setAt(pack, ['c'], undefined), ['c'])).toBeUndefined();
    expect(Object.keys(setAt(pack, ['c'], undefined) as object)).toEqual(['a']);
  });
});

describe('what the preview shows', () => {
  const pack = { enterprises: [{ id: 'xcmg' }], clusters: [{ id: 'equipment' }] };
  it('follows the item being edited', () => {
    expect(previewRoute(pack, ['enterprises', 0, 'name', 'en'])).toEqual({ name: 'enterprise', id: 'xcmg' });
    expect(previewRoute(pack, ['clusters', 0, 'chain'])).toEqual({ name: 'cluster', id: 'equipment' });
    expect(previewRoute(pack, ['city', 'headlineFigures', 0, 'value'])).toEqual({ name: 'home' });
    expect(previewRoute(pack, ['contact', 'phone'])).toEqual({ name: 'contact' });
  });
});
