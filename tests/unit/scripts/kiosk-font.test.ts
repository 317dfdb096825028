import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../../main/core/pack/schema';
import { fontCodePoints, fontNotice, kioskCharacters, writeKioskFonts } from '../../../scripts/kiosk-font';

const ROOT = process.cwd();
const pack: Pack = JSON.parse(await readFile('assets/packs/xuzhou/pack.json', 'utf8'));
const adminZh = JSON.parse(await readFile('locales/zh-CN/admin.json', 'utf8'));
const temps: string[] = [];
const temp = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-font-'));
  temps.push(dir);
  return dir;
};
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});
const has = (points: Set<number>, text: string) => [...text].every((ch) => points.has(ch.codePointAt(0)!));

describe('kioskCharacters', () => {
  it('holds every character of the bundled pack and the locale files, spaces included', async () => {
    const chars = await kioskCharacters(ROOT);
    const samples = [
      pack.city.name['zh-CN'],
      pack.city.tagline['zh-CN'],
      pack.city.tagline.en,
      ...pack.enterprises.map((e) => e.name['zh-CN']),
      JSON.stringify(adminZh).replace(/[{}":,\\]/g, ''),
    ];
    for (const text of samples) for (const ch of text) expect(chars, `${ch} of "${text.slice(0, 40)}"`).toContain(ch);
    expect(chars).toContain(' ');
  });

  it('leaves out the texts of languages set in a face of their own (Japanese has its own cut)', async () => {
    const ja = JSON.parse(await readFile('locales/ja/common.json', 'utf8')) as { home: { figuresHeading: string } };
    const kana = [...ja.home.figuresHeading].filter((ch) => /\p{Script=Katakana}/u.test(ch));
    expect(kana.length).toBeGreaterThan(0);
    const all = await kioskCharacters(ROOT);
    const without = await kioskCharacters(ROOT, { ownFaces: ['ja'] });
    for (const ch of kana) {
      expect(all).toContain(ch);
      expect(without).not.toContain(ch);
    }
    expect(without).toContain('徐');
  });

  it('lists each character once, in code point order, and no control character', async () => {
    const points = [...(await kioskCharacters(ROOT))].map((ch) => ch.codePointAt(0)!);
    expect(points).toEqual([...new Set(points)].sort((a, b) => a - b));
    expect(points.some((c) => c < 0x20 || (c >= 0x7f && c <= 0x9f))).toBe(false);
  });

  it('names the file when a pack is not valid JSON', async () => {
    const root = await temp();
    await mkdir(path.join(root, 'assets', 'packs', 'broken'), { recursive: true });
    await writeFile(path.join(root, 'assets', 'packs', 'broken', 'pack.json'), '{"city": ');
    await expect(kioskCharacters(root)).rejects.toThrow(/assets[\\/]packs[\\/]broken[\\/]pack\.json is not valid JSON/);
  });
});

describe('writeKioskFonts', () => {
  it('cuts one WOFF2 per weight holding the characters asked for and no others', async () => {
    const outDir = await temp();
    const font = await writeKioskFonts({ root: ROOT, outDir, characters: '徐州 Ab1' });
    expect(font.written).toBe(true);
    expect(font.missing).toBe('');
    for (const file of Object.values(font.files)) {
      const bytes = await readFile(file);
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
      const points = await fontCodePoints(bytes);
      expect(has(points, '徐州 Ab1')).toBe(true);
      // In Noto Sans SC, but not asked for.
      expect(has(points, '鑫')).toBe(false);
      expect(has(points, 'Z')).toBe(false);
      // The copyright and the licence travel with the cut (SIL Open Font Licence 1.1).
      const notice = await fontNotice(bytes);
      expect(notice.copyright).toMatch(/Adobe/);
      expect(notice.licence).toMatch(/SIL Open Font License/);
    }
  });

  it('leaves the files alone when the characters have not changed, and cuts again when they have', async () => {
    const outDir = await temp();
    const first = await writeKioskFonts({ root: ROOT, outDir, characters: '徐州' });
    const before = (await stat(first.files[400])).mtimeMs;
    const again = await writeKioskFonts({ root: ROOT, outDir, characters: '徐州' });
    expect(again.written).toBe(false);
    expect((await stat(first.files[400])).mtimeMs).toBe(before);
    const changed = await writeKioskFonts({ root: ROOT, outDir, characters: '徐州鑫' });
    expect(changed.written).toBe(true);
    expect(has(await fontCodePoints(await readFile(changed.files[700])), '鑫')).toBe(true);
  });

  it('cuts again when the stamp of the last cut is damaged', async () => {
    const outDir = await temp();
    await writeKioskFonts({ root: ROOT, outDir, characters: '徐州' });
    await writeFile(path.join(outDir, 'kiosk-sans.stamp'), '{"stamp": ');
    const again = await writeKioskFonts({ root: ROOT, outDir, characters: '徐州' });
    expect(again.written).toBe(true);
    expect(JSON.parse(await readFile(path.join(outDir, 'kiosk-sans.stamp'), 'utf8')).characters).toBe(2);
  });

  it('cuts again when a file has gone, and says which characters Noto Sans SC cannot draw', async () => {
    const outDir = await temp();
    const first = await writeKioskFonts({ root: ROOT, outDir, characters: '徐🙂' });
    expect(first.missing).toBe('🙂');
    await rm(first.files[700]);
    const again = await writeKioskFonts({ root: ROOT, outDir, characters: '徐🙂' });
    expect(again.written).toBe(true);
    expect(again.missing).toBe('🙂');
    expect(has(await fontCodePoints(await readFile(again.files[700])), '徐')).toBe(true);
  });
});
