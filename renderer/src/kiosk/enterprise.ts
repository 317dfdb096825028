import type { Enterprise, Pack } from '../../../main/core/pack/schema';
import type { Rendition } from './media';

/** The picture that stands for an enterprise, full size: first image, else video poster, else logo. */
export function coverPath(e: Enterprise): string | undefined {
  return e.media.images[0]?.file ?? e.media.video?.poster ?? e.logo;
}

/**
 * The cover as a card or thumbnail draws it: small, because a 640 px bitmap rasters in a fraction
 * of a 4K photograph's or an SVG drawing's time. The first image's small rendition when the pack
 * has one, else the cover as the content server makes it small.
 */
export function cardCover(e: Enterprise): { path: string; rendition: Rendition } | undefined {
  const small = e.media.images[0]?.small;
  if (small) return { path: small, rendition: 'as-is' };
  const cover = coverPath(e);
  return cover ? { path: cover, rendition: 'small' } : undefined;
}

/** Clusters that have at least one enterprise, in pack order. */
export function clustersWithEnterprises(pack: Pack) {
  const used = new Set(pack.enterprises.flatMap((e) => e.clusters));
  return pack.clusters.filter((c) => used.has(c.id));
}

/** Two characters that stand for a name when there is no picture: 徐工 → 徐工, Green Food → GF. */
export function monogram(name: string): string {
  const trimmed = name.trim();
  if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(trimmed)) {
    return Array.from(trimmed).slice(0, 2).join('');
  }
  const words = trimmed.split(/[\s\-_/&.,()]+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length >= 2) return (Array.from(words[0]!)[0]! + Array.from(words[1]!)[0]!).toUpperCase();
  return Array.from(trimmed).slice(0, 2).join('').toUpperCase();
}

/** Districts that have at least one enterprise, in pack order. */
export function districtsWithEnterprises(pack: Pack) {
  const used = new Set(pack.enterprises.map((e) => e.district).filter((d) => d !== undefined));
  return pack.districts.filter((d) => used.has(d.id));
}

/** Other enterprises of the same clusters, those sharing most clusters first; at most `limit`. */
export function relatedEnterprises(pack: Pack, enterprise: Enterprise, limit = 4): Enterprise[] {
  const mine = new Set(enterprise.clusters);
  if (mine.size === 0) return [];
  return pack.enterprises
    .filter((e) => e.id !== enterprise.id)
    .map((e) => ({ e, shared: e.clusters.filter((c) => mine.has(c)).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map((x) => x.e);
}
