/**
 * Figures → readable text in the visitor's language. Number formatting is Intl; the words around
 * the number (亿元 / billion yuan, 超过 / +, 约 / about, 目标 / target) come from the locale files,
 * so a new language brings its own scales and wording.
 */
import type { Figure, Pack, Source } from '../../../main/core/pack/schema';
import i18n from './i18n';
import { numberFormat } from './intl-cache';
import { pickText } from './text';

export interface FigureParts {
  /** Words before the number (超过, 约, about …); may be empty. */
  prefix: string;
  /** The number as the visitor reads it, with a qualifier mark like "+" where the language uses one. */
  value: string;
  /** What the number counts or measures (亿元, billion yuan, 公里, countries …); may be empty. */
  unit: string;
  /** true when the figure is a goal, not an achievement. */
  isTarget: boolean;
  /** The whole figure as one string. */
  text: string;
}

interface YuanScale {
  divisor: number;
  unit: string;
}

const INTL_UNITS = {
  km: { unit: 'kilometer', display: 'short' },
  m: { unit: 'meter', display: 'short' },
  minute: { unit: 'minute', display: 'long' },
  year: { unit: 'year', display: 'long' },
} as const;

/** Fewer decimals for bigger numbers: 7800, 191, 19.1, 1.25. */
export function fractionDigitsFor(n: number): number {
  const a = Math.abs(n);
  if (a >= 100) return 0;
  if (a >= 10) return 1;
  return 2;
}

function grouping(lang: string): Intl.NumberFormatOptions['useGrouping'] {
  const g = i18n.getFixedT(lang)('figure.grouping');
  return g === 'min2' || g === 'always' ? g : 'auto';
}

function formatNumber(n: number, lang: string): string {
  return numberFormat(lang, {
    maximumFractionDigits: fractionDigitsFor(n),
    useGrouping: grouping(lang),
  }).format(n);
}

/** Split an Intl result into the number and its unit word(s). */
function splitParts(parts: Intl.NumberFormatPart[]): { value: string; unit: string } {
  let value = '';
  let unit = '';
  for (const p of parts) {
    if (p.type === 'unit') unit += p.value;
    else if (p.type !== 'literal') value += p.value;
    else if (!unit && value && /\S/.test(p.value)) value += p.value;
  }
  return { value: value.trim(), unit: unit.trim() };
}

function yuanScales(lang: string): YuanScale[] {
  const raw = i18n.getFixedT(lang)('figure.yuanScales', { returnObjects: true }) as unknown;
  if (!Array.isArray(raw)) return [{ divisor: 1, unit: '' }];
  return (raw as YuanScale[])
    .filter((s) => typeof s.divisor === 'number' && s.divisor > 0 && typeof s.unit === 'string')
    .sort((a, b) => b.divisor - a.divisor);
}

/** Number and unit of a figure, before any qualifier. */
function numberAndUnit(
  figure: Figure,
  lang: string,
  defaultLanguage: string | undefined,
): { value: string; unit: string } {
  switch (figure.unit) {
    case 'yuan': {
      const scales = yuanScales(lang);
      const abs = Math.abs(figure.value);
      const scale = scales.find((s) => abs >= s.divisor) ?? scales[scales.length - 1] ?? { divisor: 1, unit: '' };
      return { value: formatNumber(figure.value / scale.divisor, lang), unit: scale.unit };
    }
    case 'count': {
      const noun = figure.noun ? pickText(figure.noun, lang, defaultLanguage) : '';
      const scaled = scaledParts(figure.value, lang, {});
      if (scaled) return { value: scaled.value, unit: withScale(scaled.scale, noun, lang) };
      return { value: formatNumber(figure.value, lang), unit: noun };
    }
    case 'percent': {
      const nf = numberFormat(lang, {
        style: 'percent',
        maximumFractionDigits: fractionDigitsFor(figure.value),
        useGrouping: grouping(lang),
      });
      return { value: nf.format(figure.value / 100), unit: '' };
    }
    default: {
      const spec = INTL_UNITS[figure.unit];
      const unitOptions: Intl.NumberFormatOptions = { style: 'unit', unit: spec.unit, unitDisplay: spec.display };
      const scaled = scaledParts(figure.value, lang, unitOptions);
      if (scaled) return { value: scaled.value, unit: withScale(scaled.scale, scaled.unit, lang) };
      const nf = numberFormat(lang, {
        ...unitOptions,
        maximumFractionDigits: fractionDigitsFor(figure.value),
        useGrouping: grouping(lang),
      });
      return splitParts(nf.formatToParts(figure.value));
    }
  }
}

/**
 * A large number in the language's own scale words, when the language's `figure.compactFrom` says
 * it is large: 18000 → 1.8 + 万 in Chinese and Japanese (they count in 万 and 亿/億), 9020000 →
 * 9.02 + million in English. `options` adds a unit (its word comes back apart); null below the
 * threshold.
 */
function scaledParts(
  n: number,
  lang: string,
  options: Intl.NumberFormatOptions,
): { value: string; scale: string; unit: string } | null {
  const compactFrom = Number(i18n.getFixedT(lang)('figure.compactFrom'));
  if (!Number.isFinite(compactFrom) || compactFrom <= 0 || Math.abs(n) < compactFrom) return null;
  const nf = numberFormat(lang, {
    ...options,
    notation: 'compact',
    compactDisplay: 'long',
    maximumSignificantDigits: 3,
    useGrouping: grouping(lang),
  });
  let value = '';
  let scale = '';
  let unit = '';
  for (const p of nf.formatToParts(n)) {
    if (p.type === 'compact') scale += p.value;
    else if (p.type === 'unit') unit += p.value;
    else if (p.type !== 'literal') value += p.value;
  }
  return { value, scale: scale.trim(), unit: unit.trim() };
}

/** The scale word joined to what is counted, the language's way: 万家企业, million people. */
function withScale(scale: string, noun: string, lang: string): string {
  if (!noun) return scale;
  return scale ? i18n.getFixedT(lang)('figure.scaledNoun', { scale, noun }) : noun;
}

/** A figure in parts, for big tiles: prefix · value · unit. */
export function formatFigureParts(figure: Figure, lang: string, defaultLanguage?: string): FigureParts {
  const t = i18n.getFixedT(lang);
  const { value, unit } = numberAndUnit(figure, lang, defaultLanguage);
  const qualifier = figure.qualifier ?? 'exact';
  const prefix = qualifier === 'exact' ? '' : t(`figure.qualifier.${qualifier}.prefix`, { defaultValue: '' });
  const suffix = qualifier === 'exact' ? '' : t(`figure.qualifier.${qualifier}.suffix`, { defaultValue: '' });
  // Words after the whole figure (Japanese 7万社以上): they follow the unit, or the number when there is none.
  const after = qualifier === 'exact' ? '' : t(`figure.qualifier.${qualifier}.after`, { defaultValue: '' });
  const shown = value + suffix + (unit ? '' : after);
  const fullUnit = unit && unit + after;
  const body = fullUnit ? t('figure.valueWithUnit', { value: shown, unit: fullUnit }) : shown;
  return {
    prefix: prefix.trim(),
    value: shown,
    unit: fullUnit,
    isTarget: qualifier === 'target',
    text: (prefix + body).trim(),
  };
}

/** A figure as one readable string: "7800亿元", "780 billion yuan", "130+ countries and regions". */
export function formatFigure(figure: Figure, lang: string, defaultLanguage?: string): string {
  return formatFigureParts(figure, lang, defaultLanguage).text;
}

export function findSource(pack: Pick<Pack, 'sources'>, id: string): Source | undefined {
  return pack.sources.find((s) => s.id === id);
}

/** "来源：徐州市统计局，2025" / "Source: Xuzhou Statistics Bureau, 2025". */
export function sourceLine(figure: Figure, pack: Pick<Pack, 'pack' | 'sources'>, lang: string): string | undefined {
  const source = findSource(pack, figure.source);
  if (!source) return undefined;
  return i18n.getFixedT(lang)('figure.source', {
    publisher: pickText(source.publisher, lang, pack.pack.defaultLanguage),
    year: source.year,
  });
}

/** "2024年" / "2024", or "2030年目标" / "Target for 2030". */
export function figureYearLabel(figure: Figure, lang: string): string {
  const t = i18n.getFixedT(lang);
  return figure.qualifier === 'target'
    ? t('figure.targetYear', { year: figure.year })
    : t('figure.year', { year: figure.year });
}
