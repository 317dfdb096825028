import { describe, expect, it } from 'vitest';
import { chooseTier, graphicsFromQuery, tierOfRenderer } from './graphics';

describe('tierOfRenderer', () => {
  it('moves screens on a GPU that Chromium draws with', () => {
    for (const gpu of [
      'ANGLE (Intel, Intel(R) UHD Graphics 620 (0x00005917) Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3050 Laptop GPU (0x000025A2) Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)',
      'ANGLE (AMD, AMD Radeon(TM) Graphics (radeonsi, renoir, LLVM 15.0.7, DRM 3.49, 6.1.0), OpenGL 4.6)',
    ])
      expect(tierOfRenderer(gpu), gpu).toBe('full');
  });

  it('keeps screens still when the CPU draws: software rasterisers, or no WebGL at all', () => {
    for (const cpu of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.7, 256 bits)',
      'ANGLE (Mesa, llvmpipe (LLVM 15.0.6, 256 bits), OpenGL 4.5)',
      'ANGLE (Microsoft, Microsoft Basic Render Driver (0x0000008C) Direct3D11 vs_5_0 ps_5_0, D3D11)',
    ])
      expect(tierOfRenderer(cpu), cpu).toBe('light');
    expect(tierOfRenderer(null)).toBe('light');
  });
});

describe('graphicsFromQuery', () => {
  it('reads ?graphics=light and ?graphics=full, and nothing else', () => {
    expect(graphicsFromQuery('?graphics=light')).toBe('light');
    expect(graphicsFromQuery('?idle=5&graphics=full')).toBe('full');
    for (const search of ['', '?graphics=', '?graphics=fast', '?graphics=LIGHT', '?idle=5'])
      expect(graphicsFromQuery(search), search).toBeUndefined();
  });
});

describe('chooseTier', () => {
  const probe = (tier: 'full' | 'light') => {
    const detect = () => {
      detect.calls++;
      return tier;
    };
    detect.calls = 0;
    return detect;
  };

  it('follows the probe when staff left it automatic', () => {
    expect(chooseTier(undefined, 'auto', probe('light'))).toBe('light');
    expect(chooseTier(undefined, 'auto', probe('full'))).toBe('full');
  });

  it('follows the staff setting over the probe, without probing', () => {
    const detect = probe('light');
    expect(chooseTier(undefined, 'full', detect)).toBe('full');
    expect(chooseTier(undefined, 'light', probe('full'))).toBe('light');
    expect(detect.calls).toBe(0);
  });

  it('follows the query string over both', () => {
    expect(chooseTier('light', 'full', probe('full'))).toBe('light');
    expect(chooseTier('full', 'auto', probe('light'))).toBe('full');
  });
});
