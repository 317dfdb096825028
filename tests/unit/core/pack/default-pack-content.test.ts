/**
 * The default pack's content against its own rules: every figure has a source and a year, every
 * source entry is used, positions and declared chain targets name their source, and the English
 * texts follow the style guide (curly quotes, no Chinese except names written in both scripts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_DIR } from '../../../../main/cli/browser-mode.ts';
import { Pack, type Figure } from '../../../../main/core/pack/schema.ts';

const raw = JSON.parse(await readFile(path.join(DEFAULT_PACK_DIR, 'pack.json'), 'utf8'));
const pack = Pack.parse(raw);

/** Every figure of the pack, with where it sits. */
function allFigures(p: Pack): Array<{ at: string; figure: Figure }> {
  return [
    ...p.city.headlineFigures.map((figure, i) => ({ at: `city.headlineFigures[${i}]`, figure })),
    ...p.clusters.flatMap((c) => c.figures.map((figure, i) => ({ at: `cluster ${c.id} figures[${i}]`, figure }))),
    ...p.enterprises.flatMap((e) => e.figures.map((figure, i) => ({ at: `enterprise ${e.id} figures[${i}]`, figure }))),
  ];
}

/** Every `source` the pack names: figures, map positions, declared chain targets. */
function citedSources(p: Pack): Set<string> {
  return new Set([
    ...allFigures(p).map((f) => f.figure.source),
    ...p.parks.flatMap((x) => (x.location?.source ? [x.location.source] : [])),
    ...p.enterprises.flatMap((x) => (x.location?.source ? [x.location.source] : [])),
    ...p.clusters.flatMap((c) => (c.chain?.links ?? []).flatMap((l) => (l.target ? [l.target.source] : []))),
  ]);
}

/** Every English text of the pack (values under an "en" key), with its path. */
function englishTexts(value: unknown, at = ''): Array<{ at: string; text: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => englishTexts(v, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'en' && typeof v === 'string' ? [{ at: `${at}.en`, text: v }] : englishTexts(v, `${at}.${k}`),
    );
  }
  return [];
}

describe('the default pack', () => {
  const sources = new Map(pack.sources.map((s) => [s.id, s]));

  it('gives every figure a known source and a year no later than the source reports, unless a target', () => {
    const figures = allFigures(pack);
    expect(figures.length).toBeGreaterThan(20);
    for (const { at, figure } of figures) {
      const source = sources.get(figure.source);
      expect(source, `${at}: source "${figure.source}"`).toBeDefined();
      expect(Number.isInteger(figure.year), `${at}: year`).toBe(true);
      if (figure.qualifier !== 'target') expect(figure.year, `${at}: year`).toBeLessThanOrEqual(source!.year);
    }
  });

  it('uses every source entry, and says where a figure year is inferred', () => {
    const cited = citedSources(pack);
    for (const s of pack.sources) expect(cited.has(s.id), `source "${s.id}" is not used`).toBe(true);
    const article = sources.get('modern-express-2025')!;
    expect(article.note).toMatch(/inferred/);
  });

  it('names a source for every map position and declared chain target, and marks positions approximate', () => {
    const points = [...pack.parks, ...pack.enterprises].flatMap((x) =>
      x.location ? [[x.id, x.location] as const] : [],
    );
    expect(points.length).toBeGreaterThan(0);
    for (const [id, point] of points) {
      expect(point.source, `${id}: position source`).toBeDefined();
      expect(point.approximate, `${id}: approximate`).toBe(true);
    }
    const targets = pack.clusters.flatMap((c) => (c.chain?.links ?? []).filter((l) => l.target));
    expect(targets.length).toBeGreaterThan(0);
    for (const link of targets) expect(sources.has(link.target!.source)).toBe(true);
  });

  it('writes English with curly quotes and no Chinese, except a name given in both scripts', () => {
    for (const { at, text } of englishTexts(raw)) {
      expect(text, at).not.toMatch(/["']/);
      const bare = text.replace(/[A-Za-z][\w .&’-]* \([\u3400-\u9fff]+\)/g, '');
      expect(bare, at).not.toMatch(/[\u3400-\u9fff]/);
    }
  });
});
