/**
 * Translation completeness: every UI key of every locale file is in every other locale (plural
 * forms aside: each language has its own), and every text of the default pack has zh-CN and en.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = 'locales';
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(obj: unknown, prefix = ''): string[] {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return [prefix];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const langs = readdirSync(LOCALES);
const namespaces = [...new Set(langs.flatMap((l) => readdirSync(join(LOCALES, l)).filter((f) => f.endsWith('.json'))))];

describe('UI strings', () => {
  it('has zh-CN and en', () => {
    expect(langs).toEqual(expect.arrayContaining(['zh-CN', 'en']));
  });

  for (const ns of namespaces) {
    it(`${ns}: every key in every locale`, () => {
      const byLang = Object.fromEntries(
        langs.map((l) => {
          let data: unknown = {};
          try {
            data = JSON.parse(readFileSync(join(LOCALES, l, ns), 'utf8'));
          } catch {
            data = {};
          }
          return [l, new Set(keys(data).map((k) => k.replace(PLURAL, '')))];
        }),
      );
      const all = new Set(Object.values(byLang).flatMap((s) => [...s]));
      for (const l of langs) {
        const missing = [...all].filter((k) => !byLang[l]!.has(k));
        expect(missing, `${l}/${ns} is missing`).toEqual([]);
      }
    });
  }
});

describe('the default pack', () => {
  const pack = JSON.parse(readFileSync('assets/packs/xuzhou/pack.json', 'utf8')) as unknown;

  /** Every object that looks like a LocalizedText (has a zh-CN or en string). */
  function texts(node: unknown, path: string, out: { path: string; text: Record<string, unknown> }[]) {
    if (Array.isArray(node)) node.forEach((n, i) => texts(n, `${path}[${i}]`, out));
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o['zh-CN'] === 'string' || typeof o['en'] === 'string') out.push({ path, text: o });
      else for (const [k, v] of Object.entries(o)) texts(v, path ? `${path}.${k}` : k, out);
    }
    return out;
  }

  it('has every visitor-facing text in Chinese and English', () => {
    const found = texts(pack, '', []);
    expect(found.length).toBeGreaterThan(50);
    const incomplete = found
      .filter(({ text }) => !['zh-CN', 'en'].every((l) => typeof text[l] === 'string' && (text[l] as string).trim()))
      .map((f) => f.path);
    expect(incomplete).toEqual([]);
  });
});

describe('UI strings are city-neutral', () => {
  // Another city is another pack: the kiosk's own strings must not name the default city, its
  // province or its plans (those live in the pack).
  const pack = JSON.parse(readFileSync('assets/packs/xuzhou/pack.json', 'utf8')) as {
    city: { name: Record<string, string>; province: Record<string, string> };
  };
  const cityWords = [...Object.values(pack.city.name), ...Object.values(pack.city.province), '5+X'].filter(
    (w) => w.length > 1,
  );

  for (const lang of langs) {
    for (const ns of readdirSync(join(LOCALES, lang)).filter((f) => f.endsWith('.json'))) {
      it(`${lang}/${ns} names no city`, () => {
        const text = readFileSync(join(LOCALES, lang, ns), 'utf8');
        expect(cityWords.filter((w) => text.includes(w))).toEqual([]);
      });
    }
  }
});
