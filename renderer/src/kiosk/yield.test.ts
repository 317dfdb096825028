/** A touch's consequence waits for the next paint (the press shows first), and happens exactly once. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './yield';

describe('afterPaint', () => {
  let frames: Array<() => void>;
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('window', globalThis);
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs after the next frame is painted, not before, and once', () => {
    const fn = vi.fn();
    afterPaint(fn);
    vi.advanceTimersByTime(50);
    expect(fn).not.toHaveBeenCalled(); // no frame yet: the press has not been painted
    frames.shift()!(); // the frame: rAF runs before its paint
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0); // the task after the paint
    expect(fn).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(1000); // the fallback does not run it again
    expect(fn).toHaveBeenCalledOnce();
  });

  it('still runs when no frame comes (a hidden window)', () => {
    const fn = vi.fn();
    afterPaint(fn, 100);
    vi.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledOnce();
    frames.shift()!(); // a late frame does not run it twice
    vi.advanceTimersByTime(10);
    expect(fn).toHaveBeenCalledOnce();
  });
});
