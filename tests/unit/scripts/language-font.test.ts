import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fontCodePoints } from '../../../scripts/kiosk-font';
import { languageCharacters, languagesWithFaces, writeLanguageCut } from '../../../scripts/language-font';

const ROOT = process.cwd();
const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

describe("a language's own cut of its typeface", () => {
  it('is made for the languages whose locale names a face of their own: Japanese', async () => {
    expect(await languagesWithFaces(ROOT)).toEqual([{ lang: 'ja', faces: 'noto-sans-jp' }]);
  });

  it("holds every character of the language's locale files and of the bundled pack's texts in it", async () => {
    const chars = await languageCharacters(ROOT, 'ja');
    const common = await readFile('locales/ja/common.json', 'utf8');
    const text = Object.values(JSON.parse(common).home.tiles.future).join('') + JSON.parse(common).attract.touch;
    for (const ch of text.replace(/\{\{\w+\}\}/g, '')) expect(chars, ch).toContain(ch);
    expect(chars).toContain('0');
    const pack = JSON.parse(await readFile('assets/packs/xuzhou/pack.json', 'utf8'));
    for (const ch of pack.city.intro.ja + pack.enterprises[0].name.ja) expect(chars, ch).toContain(ch);
  });

  it('keeps only the characters asked for, as small files named in one stylesheet, and cuts once', async () => {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'language-font-'));
    temps.push(outDir);
    const characters = 'データで見る徐州';
    const cut = await writeLanguageCut({ root: ROOT, outDir, faces: 'noto-sans-jp', characters });
    expect(cut).toMatchObject({ written: true, family: 'Kiosk Noto Sans JP' });
    const css = await readFile(path.join(outDir, 'noto-sans-jp.css'), 'utf8');
    const files = await readdir(path.join(outDir, 'noto-sans-jp'));
    expect(files.length).toBe(cut.files * 2); // regular and bold
    let bytes = 0;
    const covered = new Set<number>();
    for (const file of files) {
      expect(css).toContain(`url('./noto-sans-jp/${file}')`);
      const font = await readFile(path.join(outDir, 'noto-sans-jp', file));
      bytes += (await stat(path.join(outDir, 'noto-sans-jp', file))).size;
      for (const c of await fontCodePoints(font)) covered.add(c);
    }
    for (const ch of characters) expect(covered.has(ch.codePointAt(0)!), ch).toBe(true);
    expect(covered.has('漢'.codePointAt(0)!)).toBe(false);
    expect(bytes).toBeLessThan(40_000); // the package's own files for these ranges: 142 kB
    expect((await writeLanguageCut({ root: ROOT, outDir, faces: 'noto-sans-jp', characters })).written).toBe(false);
  });
});
