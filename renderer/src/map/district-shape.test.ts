/** A district's path read as the browser fills it: every command, and SVG's nonzero fill rule. */
import { describe, expect, it } from 'vitest';
import { districtShape, innerPoint, insideShape, nearEdge, pathRings } from './district-shape.ts';

describe('pathRings', () => {
  it('reads absolute and relative steps, H and V, implicit linetos after a moveto, and several subpaths', () => {
    expect(pathRings('M10 10h20v10H10zm30 0l5 0 0 5')).toEqual([
      [
        [10, 10],
        [30, 10],
        [30, 20],
        [10, 20],
      ],
      [
        [40, 10],
        [45, 10],
        [45, 15],
      ],
    ]);
  });

  it('flattens curves and arcs (flags written without separators), ending where they end', () => {
    const [ring] = pathRings('M0 0c10 0 10 10 0 10s-10 10 0 20q10 0 10 10t10 10');
    expect(ring!.length).toBeGreaterThan(20);
    expect(ring!.at(-1)).toEqual([20, 50]);
    // A half circle from (20, 50) to (30, 50), clockwise on screen: over the top, through y = 45.
    const [arc] = pathRings('M20 50a5 5 0 1110 0z');
    expect(arc!.at(-1)).toEqual([30, 50]);
    expect(Math.min(...arc!.map((p) => p[1]))).toBeCloseTo(45);
    expect(Math.max(...arc!.map((p) => p[1]))).toBeCloseTo(50);
  });
});

describe('insideShape', () => {
  const square = 'M0 0h100v100h-100z';
  it('fills a hole wound the other way as a hole, and one wound the same way as filled (nonzero)', () => {
    const hole = districtShape(`${square}M40 40v20h20v-20z`);
    expect(insideShape([50, 50], hole)).toBe(false);
    expect(insideShape([20, 20], hole)).toBe(true);
    const same = districtShape(`${square}M40 40h20v20h-20z`);
    expect(insideShape([50, 50], same)).toBe(true);
    expect(insideShape([150, 50], same)).toBe(false);
  });

  it('finds the edges near a point, and the point farthest from them', () => {
    const shape = districtShape('M0 0h200v40h-200z');
    expect(nearEdge([100, 5], shape, 10)).toBe(true);
    expect(nearEdge([100, 20], shape, 10)).toBe(false);
    const [x, y] = innerPoint(shape)!;
    expect(y).toBeCloseTo(20, 0);
    expect(x).toBeGreaterThan(20);
    expect(x).toBeLessThan(180);
  });

  it('reads a path no further than a flaw in it, as a browser draws it', () => {
    expect(districtShape('M0 0h10v10h-10zM5').rings).toHaveLength(1);
  });
});
