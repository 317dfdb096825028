/** Search across the whole draft: every text, in any language, with where it is. */
import type { Path } from './pack-path';

export interface SearchHit {
  path: Path;
  text: string;
}

export function searchPack(pack: unknown, query: string, limit = 50): SearchHit[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [];
  const hits: SearchHit[] = [];
  const walk = (node: unknown, path: Array<string | number>): void => {
    if (hits.length >= limit) return;
    if (typeof node === 'string') {
      if (node.toLocaleLowerCase().includes(needle)) hits.push({ path, text: node });
    } else if (typeof node === 'number') {
      if (String(node).includes(needle)) hits.push({ path, text: String(node) });
    } else if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...path, i]));
    else if (node && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) {
        // The map's geometry is numbers and SVG paths, not something staff search.
        if (path.length === 0 && (key === 'map' || key === '$schema')) continue;
        walk(child, [...path, key]);
      }
  };
  walk(pack, []);
  return hits;
}
