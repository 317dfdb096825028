import { describe, expect, it } from 'vitest';
import { pickOptional, pickText } from './text';

describe('pickText', () => {
  const text = { 'zh-CN': '徐州', en: 'Xuzhou' };
  it('gives the language asked for', () => {
    expect(pickText(text, 'zh-CN')).toBe('徐州');
    expect(pickText(text, 'en')).toBe('Xuzhou');
  });
  it('falls back to English, not to the default language (Chinese) nor to a blank', () => {
    expect(pickText(text, 'ja', 'zh-CN')).toBe('Xuzhou');
    expect(pickText(text, 'ja')).toBe('Xuzhou');
    expect(pickText({ ...text, ja: '徐州市' }, 'ja', 'en')).toBe('徐州市');
  });
  it('passes undefined through for optional texts', () => {
    expect(pickOptional(undefined, 'en')).toBeUndefined();
    expect(pickOptional(text, 'en')).toBe('Xuzhou');
  });
});
