import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { City, LocalizedText, Pack } from '../../../main/core/pack/schema';
import { formModel, itemFields, type FieldSpec, type FieldType } from './form-model';

const model = formModel();
const section = (key: string, m = model) => m.sections.find((s) => s.key === key)!;
const fieldOf = (fields: FieldSpec[], key: string) => fields.find((f) => f.key === key)!;

describe('the studio form model', () => {
  it('has every part of a pack as a section, in the schema order, without $schema', () => {
    expect(model.sections.map((s) => s.key)).toEqual([
      'pack',
      'city',
      'clusterTiers',
      'clusters',
      'futureIndustries',
      'futurePlan',
      'districts',
      'parks',
      'enterprises',
      'contact',
      'sources',
      'map',
    ]);
    expect(section('enterprises').type.kind).toBe('list');
    expect(section('city').type.kind).toBe('object');
  });

  it('gives each field its kind and its meaning in both languages', () => {
    const enterprise = itemFields(section('enterprises'));
    expect(fieldOf(enterprise, 'id').type).toEqual({ kind: 'id' });
    expect(fieldOf(enterprise, 'name').type).toEqual({ kind: 'localized' });
    expect(fieldOf(enterprise, 'name').help).toEqual({ en: 'Name shown to visitors.', zh: '向观众显示的名称。' });
    expect(fieldOf(enterprise, 'logo').type).toEqual({ kind: 'media' });
    expect(fieldOf(enterprise, 'website').type).toEqual({ kind: 'text', format: 'url' });
    expect(fieldOf(enterprise, 'park').type).toEqual({ kind: 'reference', list: 'parks' });
    expect(fieldOf(enterprise, 'district').type).toEqual({ kind: 'reference', list: 'districts' });
    expect(fieldOf(enterprise, 'clusters').type).toEqual({
      kind: 'list',
      minItems: 0,
      item: { kind: 'reference', list: 'clusters' },
    });
    expect(fieldOf(enterprise, 'name').required).toBe(true);
    expect(fieldOf(enterprise, 'shortName').required).toBe(false);
  });

  it('knows a figure, its enum fields and its source as a reference to the sources', () => {
    const city = itemFields(section('city'));
    const figures = fieldOf(city, 'headlineFigures').type as Extract<FieldType, { kind: 'list' }>;
    expect(figures.minItems).toBe(1);
    const figure = figures.item as Extract<FieldType, { kind: 'object' }>;
    expect(figure.figure).toBe(true);
    expect(fieldOf(figure.fields, 'source').type).toEqual({ kind: 'reference', list: 'sources' });
    expect(fieldOf(figure.fields, 'unit').type).toMatchObject({
      kind: 'enum',
      options: expect.arrayContaining(['yuan']),
    });
    expect(fieldOf(figure.fields, 'qualifier').default).toBe('exact');
    expect(fieldOf(figure.fields, 'year').type).toEqual({ kind: 'number', integer: true, min: 1900, max: 2100 });
    expect(fieldOf(itemFields(section('clusters')), 'tier').type).toEqual({ kind: 'reference', list: 'clusterTiers' });
  });

  it('shows a field added to a copy of the schema, with its kind and meaning', () => {
    const Extended = Pack.extend({
      city: City.extend({
        motto: LocalizedText.meta({ description: 'The city motto.', 'x-description-zh': '城市格言。' }),
        founded: z.int().min(0).optional().meta({ description: 'Year founded.' }),
      }),
    });
    const city = itemFields(section('city', formModel(Extended)));
    expect(fieldOf(city, 'motto')).toMatchObject({
      type: { kind: 'localized' },
      required: true,
      help: { en: 'The city motto.', zh: '城市格言。' },
    });
    expect(fieldOf(city, 'founded')).toMatchObject({ type: { kind: 'number', integer: true }, required: false });
    // …and the kiosk's own schema does not have them.
    expect(itemFields(section('city')).map((f) => f.key)).not.toContain('motto');
  });
});

describe("the studio's field names", () => {
  it('exist for every field of the schema in every UI language', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const keys = new Set<string>();
    const walk = (type: FieldType): void => {
      if (type.kind === 'object')
        type.fields.forEach((f) => {
          keys.add(f.key);
          walk(f.type);
        });
      else if (type.kind === 'list') walk(type.item);
    };
    model.sections.forEach((s) => {
      keys.add(s.key);
      walk(s.type);
    });
    for (const lang of readdirSync('locales')) {
      const names = (JSON.parse(readFileSync(`locales/${lang}/studio.json`, 'utf8')) as { field: object }).field;
      expect(
        [...keys].filter((k) => !(k in names)),
        lang,
      ).toEqual([]);
    }
  });
});
