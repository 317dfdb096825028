import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../main/core/pack/schema';
import { formatFigure, formatFigureParts } from './format';

const fig = (f: Partial<Figure> & Pick<Figure, 'value' | 'unit'>): Figure => ({
  label: { 'zh-CN': '指标', en: 'Figure' },
  qualifier: 'exact',
  year: 2024,
  source: 's',
  ...f,
});

describe('formatFigure', () => {
  it('writes yuan as 亿元 in Chinese and billion yuan in English', () => {
    const gdp = fig({ value: 780_000_000_000, unit: 'yuan' });
    expect(formatFigure(gdp, 'zh-CN')).toBe('7800亿元');
    expect(formatFigure(gdp, 'en')).toBe('780 billion yuan');
  });

  it('names what a count counts, in each language', () => {
    const clusters = fig({ value: 4, unit: 'count', noun: { 'zh-CN': '个产业集群', en: 'industry clusters' } });
    expect(formatFigure(clusters, 'zh-CN')).toBe('4个产业集群');
    expect(formatFigure(clusters, 'en')).toBe('4 industry clusters');
  });

  it('scales large counts: 902万人 / 9.02 million people', () => {
    const people = fig({ value: 9_020_000, unit: 'count', noun: { 'zh-CN': '人', en: 'people' } });
    expect(formatFigure(people, 'zh-CN')).toBe('902万人');
    expect(formatFigure(people, 'en')).toBe('9.02 million people');
  });

  it('shows qualifiers: over, about, target', () => {
    const over = fig({
      value: 130,
      unit: 'count',
      noun: { 'zh-CN': '个国家和地区', en: 'countries' },
      qualifier: 'over',
    });
    expect(formatFigure(over, 'en')).toBe('130+ countries');
    expect(formatFigure(over, 'zh-CN')).toMatch(/130/);
    expect(formatFigure(over, 'zh-CN')).not.toBe('130个国家和地区');
    const about = fig({ value: 50, unit: 'percent', qualifier: 'about' });
    expect(formatFigure(about, 'en')).toBe('about 50%');
    const target = formatFigureParts(fig({ value: 100, unit: 'count', qualifier: 'target' }), 'en');
    expect(target.isTarget).toBe(true);
    expect(target.value).toBe('100');
  });

  it('formats units through Intl', () => {
    expect(formatFigure(fig({ value: 12.5, unit: 'km' }), 'en')).toBe('12.5 km');
    expect(formatFigure(fig({ value: 12.5, unit: 'percent' }), 'zh-CN')).toBe('12.5%');
  });
});

/** What a visitor reads for a figure at each scale, in each language: the rule comes from the locale files. */
describe('numbers in each language, at every scale', () => {
  const count = (value: number, qualifier: Figure['qualifier'] = 'exact') =>
    fig({ value, unit: 'count', qualifier, noun: { 'zh-CN': '家企业', en: 'companies', ja: '社' } });
  const km = (value: number) => fig({ value, unit: 'km' });
  const yuan = (value: number) => fig({ value, unit: 'yuan' });

  it('Chinese counts ten thousand and more in 万 and 亿', () => {
    expect(formatFigure(count(7), 'zh-CN')).toBe('7家企业');
    expect(formatFigure(count(9999), 'zh-CN')).toBe('9999家企业');
    expect(formatFigure(count(10_000), 'zh-CN')).toBe('1万家企业');
    expect(formatFigure(count(70_000, 'over'), 'zh-CN')).toBe('超过7万家企业');
    expect(formatFigure(count(1_500_000, 'about'), 'zh-CN')).toBe('约150万家企业');
    expect(formatFigure(count(120_000_000), 'zh-CN')).toBe('1.2亿家企业');
  });

  it('Chinese distances of ten thousand and more read 1.8万公里, not 18,000公里', () => {
    expect(formatFigure(km(12.5), 'zh-CN')).toBe('12.5公里');
    expect(formatFigure(km(9999), 'zh-CN')).toBe('9999公里');
    expect(formatFigure(km(18_000), 'zh-CN')).toBe('1.8万公里');
    const parts = formatFigureParts(km(18_000), 'zh-CN');
    expect([parts.value, parts.unit]).toEqual(['1.8', '万公里']);
  });

  it('Chinese yuan in 元, 万元, 亿元 and 万亿元', () => {
    expect(formatFigure(yuan(800), 'zh-CN')).toBe('800元');
    expect(formatFigure(yuan(50_000), 'zh-CN')).toBe('5万元');
    expect(formatFigure(yuan(19_100_000_000), 'zh-CN')).toBe('191亿元');
    expect(formatFigure(yuan(1_200_000_000_000), 'zh-CN')).toBe('1.2万亿元');
  });

  it('English groups thousands and scales from a million: million, billion, trillion', () => {
    expect(formatFigure(count(70_000, 'over'), 'en')).toBe('70,000+ companies');
    expect(formatFigure(count(1_500_000, 'about'), 'en')).toBe('about 1.5 million companies');
    expect(formatFigure(count(120_000_000), 'en')).toBe('120 million companies');
    expect(formatFigure(km(18_000), 'en')).toBe('18,000 km');
    expect(formatFigure(km(2_500_000), 'en')).toBe('2.5 million km');
    expect(formatFigure(yuan(50_000), 'en')).toBe('50,000 yuan');
    expect(formatFigure(yuan(19_100_000_000), 'en')).toBe('19.1 billion yuan');
    expect(formatFigure(yuan(1_200_000_000_000), 'en')).toBe('1.2 trillion yuan');
  });
});

describe('Japanese numbers: 万 and 億, and four digits without a comma as Japanese print writes them', () => {
  const count = (value: number, qualifier: Figure['qualifier'] = 'exact') =>
    fig({ value, unit: 'count', qualifier, noun: { 'zh-CN': '家企业', en: 'companies', ja: '社' } });

  it('counts in 万 and 億, with 以上 after the whole figure and 約 before it', () => {
    expect(formatFigure(count(90, 'over'), 'ja')).toBe('90社以上');
    expect(formatFigure(count(9999), 'ja')).toBe('9999社');
    expect(formatFigure(count(70_000, 'over'), 'ja')).toBe('7万社以上');
    expect(formatFigure(count(1_500_000, 'about'), 'ja')).toBe('約150万社');
    expect(formatFigure(count(120_000_000), 'ja')).toBe('1.2億社');
  });

  it('writes distances and yuan the Japanese way', () => {
    expect(formatFigure(fig({ value: 18_000, unit: 'km' }), 'ja')).toBe('1.8万km');
    expect(formatFigure(fig({ value: 1000, unit: 'm', qualifier: 'over' }), 'ja')).toBe('1000m以上');
    expect(formatFigure(fig({ value: 10, unit: 'percent', qualifier: 'over' }), 'ja')).toBe('10%以上');
    expect(formatFigure(fig({ value: 50_000, unit: 'yuan' }), 'ja')).toBe('5万元');
    expect(formatFigure(fig({ value: 780_000_000_000, unit: 'yuan' }), 'ja')).toBe('7800億元');
    expect(formatFigure(fig({ value: 1_200_000_000_000, unit: 'yuan' }), 'ja')).toBe('1.2兆元');
  });

  it('keeps the number apart from its scale and unit, for the count-up', () => {
    const parts = formatFigureParts(count(70_000, 'over'), 'ja');
    expect([parts.prefix, parts.value, parts.unit]).toEqual(['', '7', '万社以上']);
  });
});
