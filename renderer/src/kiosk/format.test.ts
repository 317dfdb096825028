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
