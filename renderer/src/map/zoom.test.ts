import { describe, expect, it } from 'vitest';
import { clampPan, pinchTransform, zoomToBox } from './zoom.ts';

describe('zoom', () => {
  it('centres a district box and scales it to fit, within the limit', () => {
    const t = zoomToBox({ x: 100, y: 100, width: 100, height: 50 }, [1000, 500], { padding: 0 });
    expect(t.scale).toBe(6); // 10 would fit; 6 is the limit
    expect(150 * t.scale + t.x).toBeCloseTo(500); // the box centre lands in the middle
    expect(125 * t.scale + t.y).toBeCloseTo(250);
    expect(zoomToBox({ x: 0, y: 0, width: 1000, height: 500 }, [1000, 500]).scale).toBe(1);
  });

  it('pinch keeps the point under the fingers and scales by their spread', () => {
    const start = { x: 0, y: 0, scale: 1 };
    const t = pinchTransform(start, { a: [100, 100], b: [200, 100] }, { a: [50, 100], b: [250, 100] });
    expect(t.scale).toBe(2);
    expect(150 * t.scale + t.x).toBeCloseTo(150);
    const capped = pinchTransform(start, { a: [0, 0], b: [1, 0] }, { a: [0, 0], b: [100, 0] });
    expect(capped.scale).toBe(8);
  });

  it('a pan cannot push the map out of view', () => {
    expect(clampPan({ x: 5000, y: -5000, scale: 2 }, [1000, 500])).toEqual({ x: 750, y: -875, scale: 2 });
  });
});
