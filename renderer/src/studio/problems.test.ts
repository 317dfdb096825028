import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PackIssue } from '../../../main/core/pack/pack-issue';
import { formModel, type FieldType } from './form-model';
import { mergeIssues, schemaCheck } from './problems';
import { searchPack } from './search';
import { hasUntranslated, missingLanguages } from './untranslated';

const xuzhou = JSON.parse(readFileSync('assets/packs/xuzhou/pack.json', 'utf8')) as {
  city: { headlineFigures: Array<Record<string, unknown>> };
};
const error = (path: string, message: string): PackIssue => ({ severity: 'error', file: 'pack.json', path, message });

describe("the page's own check", () => {
  it('passes the bundled pack and gives the preview the pack with defaults applied', () => {
    const { issues, preview } = schemaCheck(xuzhou);
    expect(issues).toEqual([]);
    expect(preview).not.toBeNull();
  });

  it('says at the field what pack:check says, and gives the preview nothing to show', () => {
    const broken = structuredClone(xuzhou);
    broken.city.headlineFigures[0]!.value = 'abc';
    const { issues, preview } = schemaCheck(broken);
    expect(issues).toEqual([error('city.headlineFigures[0].value', 'expected a number, got the text "abc"')]);
    expect(preview).toBeNull();
  });

  it("merges the server's check: one message per field, warnings last, no repeats", () => {
    const local = [error('a', 'expected a number')];
    const warning: PackIssue = { severity: 'warning', file: 'pack.json', path: 'b', message: 'untranslated' };
    const merged = mergeIssues(local, [error('a', 'required'), error('c', 'unknown source "x"')], [warning, warning]);
    expect(merged).toEqual([error('a', 'expected a number'), error('c', 'unknown source "x"'), warning]);
  });
});

describe('search', () => {
  it('finds a text in any language, with its path', () => {
    const hits = searchPack(xuzhou, 'jiangsu');
    expect(hits[0]).toMatchObject({ path: ['city', 'province', 'en'] });
    expect(searchPack(xuzhou, '江苏')[0]).toMatchObject({ path: ['city', 'province', 'zh-CN'] });
    expect(searchPack(xuzhou, '   ')).toEqual([]);
  });
});

describe('untranslated texts', () => {
  const enterprise = formModel().sections.find((s) => s.key === 'enterprises')!.type as Extract<
    FieldType,
    { kind: 'list' }
  >;
  it('are texts with some of the languages but not all', () => {
    expect(missingLanguages({ 'zh-CN': '徐州', en: '' }, ['zh-CN', 'en'])).toEqual(['en']);
    expect(missingLanguages({ 'zh-CN': '', en: '' }, ['zh-CN', 'en'])).toEqual([]);
    expect(missingLanguages({ 'zh-CN': '徐州', en: 'Xuzhou' }, ['zh-CN', 'en', 'ja'])).toEqual(['ja']);
  });
  it('are found deep inside an item', () => {
    const item = { id: 'a', name: { 'zh-CN': 'A', en: 'A' }, highlights: [{ 'zh-CN': '要点', en: '' }] };
    expect(hasUntranslated(item, enterprise.item, ['zh-CN', 'en'])).toBe(true);
    expect(hasUntranslated({ ...item, highlights: [] }, enterprise.item, ['zh-CN', 'en'])).toBe(false);
  });
});
