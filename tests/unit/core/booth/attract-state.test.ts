/** Main knows whether the page is on its attract loop from the visit events the page reports. */
import { describe, expect, it, vi } from 'vitest';
import { createAttractState, VISIT_SILENCE_MS } from '../../../../main/core/booth/attract-state.ts';

describe('attract state', () => {
  it('leaves the attract loop at visit-start and returns at visit-end, telling listeners', () => {
    let now = 1_000;
    const state = createAttractState(() => now);
    const entered = vi.fn();
    state.onEnterAttract(entered);
    expect(state.onAttract()).toBe(true);
    state.note({ type: 'visit-start' });
    expect(state.onAttract()).toBe(false);
    expect(state.lastVisitAt()).toBe(1_000);
    now += 5_000;
    state.note({ type: 'tap', kind: 'cluster', id: 'a' });
    expect(state.onAttract()).toBe(false);
    state.note({ type: 'visit-end' });
    expect(state.onAttract()).toBe(true);
    expect(entered).toHaveBeenCalledTimes(1);
  });

  it('takes a visit with no event for a long while as over (a page that reloaded never sends visit-end)', () => {
    let now = 0;
    const state = createAttractState(() => now);
    state.note({ type: 'visit-start' });
    now += VISIT_SILENCE_MS - 1;
    expect(state.onAttract()).toBe(false);
    now += 2;
    expect(state.onAttract()).toBe(true);
  });
});
