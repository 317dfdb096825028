/** The display picker speaks the panel's language: no English word in a Chinese or Japanese panel. */
import { describe, expect, it } from 'vitest';
import i18n from '../kiosk/i18n';
import { displayLabel } from './display-label';

const touch = { id: 2528732444, width: 1920, height: 1080, scaleFactor: 1, touch: true };
const plain = { id: 2528732443, width: 3840, height: 2160, scaleFactor: 2, touch: false };

describe('displayLabel', () => {
  it('says a touch screen is one in the panel language, numbered by its place in the list, not by the system id', () => {
    expect(displayLabel(touch, 1, i18n.getFixedT('zh-CN', 'admin'))).toBe('1920×1080 @1x · 触摸屏(显示器 2)');
    expect(displayLabel(touch, 1, i18n.getFixedT('ja', 'admin'))).toBe(
      '1920×1080 @1x · タッチスクリーン(ディスプレイ 2)',
    );
    expect(displayLabel(touch, 1, i18n.getFixedT('en', 'admin'))).toBe('1920×1080 @1x · touch screen (display 2)');
  });

  it('gives size and scale of a screen without touch', () => {
    expect(displayLabel(plain, 0, i18n.getFixedT('zh-CN', 'admin'))).toBe('3840×2160 @2x(显示器 1)');
    expect(displayLabel(plain, 0, i18n.getFixedT('en', 'admin'))).not.toMatch(/touch/);
  });
});
