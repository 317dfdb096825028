import { describe, expect, it } from 'vitest';
import { ownsSwipe } from './owned-swipes';

const start = { x: 100, y: 100 };

describe('ownsSwipe', () => {
  it('leaves a finger that has hardly moved undecided: it may still be a tap', () => {
    expect(ownsSwipe('x', start, { x: 104, y: 103 })).toBeNull();
    expect(ownsSwipe('xy', start, { x: 96, y: 100 })).toBeNull();
  });

  it('claims a horizontal swipe on an element that owns x, and leaves a vertical one to the page', () => {
    expect(ownsSwipe('x', start, { x: 60, y: 110 })).toBe(true);
    expect(ownsSwipe('x', start, { x: 140, y: 95 })).toBe(true);
    expect(ownsSwipe('x', start, { x: 110, y: 160 })).toBe(false);
  });

  it('claims a swipe in any direction on an element that owns both axes', () => {
    expect(ownsSwipe('xy', start, { x: 100, y: 40 })).toBe(true);
    expect(ownsSwipe('xy', start, { x: 180, y: 100 })).toBe(true);
  });
});
