/**
 * The A–Z index of the enterprise directory: the letter a name files under. Chinese names file
 * under the first letter of their pinyin (徐工 → X), Latin names under their first letter, anything
 * else under '#'.
 */
import { pinyin } from 'pinyin-pro';

export const INDEX_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
export const OTHER = '#';

export function indexLetter(name: string): string {
  const first = Array.from(name.trim())[0];
  if (!first) return OTHER;
  if (/\p{Script=Han}/u.test(first)) {
    const initial = pinyin(first, { pattern: 'first', toneType: 'none', type: 'array' })[0] ?? '';
    const letter = initial.charAt(0).toUpperCase();
    return INDEX_LETTERS.includes(letter) ? letter : OTHER;
  }
  const base = first.normalize('NFD').charAt(0).toUpperCase();
  return INDEX_LETTERS.includes(base) ? base : OTHER;
}

/** Sort key: the index letter first, then the name as the language sorts it. */
export function compareByIndex(a: string, b: string, lang: string): number {
  const la = indexLetter(a);
  const lb = indexLetter(b);
  if (la !== lb) return la === OTHER ? 1 : lb === OTHER ? -1 : la.localeCompare(lb);
  return a.localeCompare(b, lang);
}
