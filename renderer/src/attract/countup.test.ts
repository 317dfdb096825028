import { describe, expect, it } from 'vitest';
import { countUpText } from './countup';

describe('countUpText', () => {
  it('scales the number and keeps its surroundings and format', () => {
    expect(countUpText('7,800', 0.5, 'en')).toBe('3,900');
    expect(countUpText('130+', 0.5, 'en')).toBe('65+');
    expect(countUpText('9.02', 0.5, 'en')).toBe('4.51');
    expect(countUpText('7800', 0, 'zh-CN')).toBe('0');
    expect(countUpText('7800', 1, 'zh-CN')).toBe('7800');
    expect(countUpText('no number', 0.5, 'en')).toBe('no number');
  });
});
