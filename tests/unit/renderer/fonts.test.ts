import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../main/core/pack/schema';
import { attractCharacters } from '../../../renderer/src/lib/fonts';
import '../../../renderer/src/i18n';

const pack: Pack = JSON.parse(await readFile('assets/packs/xuzhou/pack.json', 'utf8'));

describe('attractCharacters', () => {
  const chars = attractCharacters(pack);

  it('holds every character of the city and the touch prompt, in both languages', () => {
    for (const text of [pack.city.name['zh-CN'], pack.city.tagline['zh-CN'], pack.city.tagline.en, '触摸', 'Touch']) {
      for (const ch of text.replace(/\s/g, '')) expect(chars, `${ch} of "${text}"`).toContain(ch);
    }
  });

  it('lists each character once and no white space', () => {
    expect(new Set(chars).size).toBe([...chars].length);
    expect(chars).not.toMatch(/\s/);
  });
});
