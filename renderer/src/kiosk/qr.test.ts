import { describe, expect, it } from 'vitest';
import { displayUrl, qrShape, qrTarget } from './qr';

describe('QR codes', () => {
  it('makes a square matrix with finder patterns for any address', () => {
    const { size, path } = qrShape('https://www.example.com/');
    expect(size).toBeGreaterThanOrEqual(21);
    expect(path.startsWith('M0 0h7')).toBe(true);
  });
  it('opens e-mail as mailto: and shows addresses without a scheme', () => {
    expect(qrTarget('email', 'a@b.cn')).toBe('mailto:a@b.cn');
    expect(qrTarget('website', 'https://x.cn')).toBe('https://x.cn');
    expect(displayUrl('https://www.xcmg.com/')).toBe('www.xcmg.com');
  });
});
