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

describe('afterFirstPresented', () => {
  // Paint Timing, faked: the entries the page has, and the observers waiting for more.
  let entries: string[];
  let observers: Array<() => void>;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.resetModules(); // the first presentation is remembered per page: a fresh module per test
    entries = [];
    observers = [];
    vi.stubGlobal('window', globalThis);
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => setTimeout(cb, 16));
    vi.stubGlobal('performance', { getEntriesByName: (name: string) => entries.filter((e) => e === name) });
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        constructor(private readonly cb: () => void) {}
        observe() {
          observers.push(this.cb);
        }
        disconnect() {
          observers = observers.filter((o) => o !== this.cb);
        }
      },
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const present = () => {
    entries.push('first-paint', 'first-contentful-paint');
    for (const o of [...observers]) o();
  };

  it('waits for the first screen to be presented, not for the next frame', async () => {
    const { afterFirstPresented } = await import('./yield');
    const fn = vi.fn();
    afterFirstPresented(fn);
    await vi.advanceTimersByTimeAsync(200); // frames go by: still being rastered, not presented
    expect(fn).not.toHaveBeenCalled();
    present();
    await vi.advanceTimersByTimeAsync(0);
    expect(fn).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(2000); // the fallback does not run it again
    expect(fn).toHaveBeenCalledOnce();
  });

  it('runs at once (after a task) once the first screen was presented', async () => {
    const { afterFirstPresented } = await import('./yield');
    present();
    const fn = vi.fn();
    afterFirstPresented(fn);
    await vi.advanceTimersByTimeAsync(0);
    expect(fn).toHaveBeenCalledOnce();
  });

  it('still runs when nothing is presented (a hidden window)', async () => {
    const { afterFirstPresented } = await import('./yield');
    const fn = vi.fn();
    afterFirstPresented(fn, 1000);
    await vi.advanceTimersByTimeAsync(999);
    expect(fn).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fn).toHaveBeenCalledOnce();
  });
});
