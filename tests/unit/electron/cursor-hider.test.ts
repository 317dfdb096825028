import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCursorIdleTracker, HIDE_CURSOR_CSS, hideIdleCursor } from '../../../main/electron/cursor-hider.ts';

vi.mock('electron', () => ({}));

describe('createCursorIdleTracker', () => {
  it('hides after the idle time at one point, and shows again on the first move', () => {
    const tracker = createCursorIdleTracker(3000);
    expect(tracker.sample({ x: 5, y: 5 }, 0)).toBeNull();
    expect(tracker.sample({ x: 5, y: 5 }, 2999)).toBeNull();
    expect(tracker.sample({ x: 5, y: 5 }, 3000)).toBe('hide');
    expect(tracker.sample({ x: 5, y: 5 }, 9000)).toBeNull();
    expect(tracker.sample({ x: 6, y: 5 }, 9500)).toBe('show');
    expect(tracker.sample({ x: 6, y: 5 }, 12_400)).toBeNull();
    expect(tracker.sample({ x: 6, y: 5 }, 12_500)).toBe('hide');
  });
});

describe('hideIdleCursor', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('inserts a user-origin stylesheet hiding the cursor, and removes it when the mouse moves', async () => {
    const contents = Object.assign(new EventEmitter(), {
      insertCSS: vi.fn(async () => 'key-1'),
      removeInsertedCSS: vi.fn(async () => {}),
      isDestroyed: () => false,
    });
    let point = { x: 1, y: 1 };
    const stop = hideIdleCursor(contents as unknown as WebContents, () => point, {
      idleMs: 1000,
      intervalMs: 100,
      now: () => Date.now(),
    });
    await vi.advanceTimersByTimeAsync(1200);
    expect(contents.insertCSS).toHaveBeenCalledExactlyOnceWith(HIDE_CURSOR_CSS, { cssOrigin: 'user' });
    point = { x: 2, y: 1 };
    await vi.advanceTimersByTimeAsync(100);
    expect(contents.removeInsertedCSS).toHaveBeenCalledExactlyOnceWith('key-1');
    stop();
  });
});
