import { numberFormat } from '../kiosk/intl-cache';

/**
 * The text of a formatted number part-way through counting up: the first number in the text is
 * scaled by `progress` (0…1) and formatted like the original (same decimals, same grouping); the
 * rest of the text stays. "7,800" at 0.5 → "3,900"; "130+" at 0.5 → "65+"; "9.02" at 0.5 → "4.51".
 */
export function countUpText(text: string, progress: number, lang: string): string {
  if (progress >= 1) return text;
  const match = /\d[\d,.\u00a0\u202f ]*\d|\d/.exec(text);
  if (!match) return text;
  const raw = match[0];
  const group =
    numberFormat(lang)
      .formatToParts(11111)
      .find((p) => p.type === 'group')?.value ?? ',';
  const decimal =
    numberFormat(lang)
      .formatToParts(1.1)
      .find((p) => p.type === 'decimal')?.value ?? '.';
  const plain = raw
    .split(group)
    .join('')
    .replace(/[\u00a0\u202f ]/g, '')
    .replace(decimal, '.');
  const value = Number(plain);
  if (!Number.isFinite(value)) return text;
  const decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
  const grouped = raw.includes(group) && group !== decimal;
  const shown = numberFormat(lang, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouped,
  }).format(value * Math.max(0, progress));
  return text.slice(0, match.index) + shown + text.slice(match.index + raw.length);
}
