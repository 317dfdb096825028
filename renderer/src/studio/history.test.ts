import { describe, expect, it } from 'vitest';
import { COALESCE_MS, historyReducer, initialHistory, type History, type HistoryAction } from './history';

const run = (state: History, ...actions: HistoryAction[]) => actions.reduce(historyReducer, state);
const pack = { city: { name: { en: 'A' } }, enterprises: [{ id: 'a' }, { id: 'b' }] };

describe('undo and redo', () => {
  it('takes back typing in one field as one step, and redoes it', () => {
    const path = ['city', 'name', 'en'];
    const typed = run(
      initialHistory(pack),
      { type: 'edit', path, value: 'AB', at: 1000 },
      { type: 'edit', path, value: 'ABC', at: 1000 + COALESCE_MS / 2 },
    );
    expect(typed.present).toEqual({ ...pack, city: { name: { en: 'ABC' } } });
    const undone = run(typed, { type: 'undo' });
    expect(undone.present).toBe(pack);
    expect(run(undone, { type: 'redo' }).present).toEqual(typed.present);
  });

  it('keeps edits of different fields, or far apart in time, as separate steps', () => {
    const s = run(
      initialHistory(pack),
      { type: 'edit', path: ['city', 'name', 'en'], value: 'X', at: 0 },
      { type: 'edit', path: ['city', 'name', 'en'], value: 'XY', at: COALESCE_MS * 3 },
      { type: 'edit', path: ['enterprises', 0, 'id'], value: 'z', at: COALESCE_MS * 3 + 10 },
    );
    expect(s.past).toHaveLength(3);
    expect(run(s, { type: 'undo' }, { type: 'undo' }).present).toEqual({ ...pack, city: { name: { en: 'X' } } });
  });

  it('starts a new step when staff come back to the same field', () => {
    const path = ['city', 'name', 'en'];
    const s = run(
      initialHistory(pack),
      { type: 'edit', path, value: 'X', at: 0 },
      { type: 'checkpoint' },
      { type: 'edit', path, value: 'XY', at: 10 },
    );
    expect(run(s, { type: 'undo' }).present).toEqual({ ...pack, city: { name: { en: 'X' } } });
  });

  it('undoes structural changes (delete, reorder) and a new edit drops what was undone', () => {
    const removed = run(initialHistory(pack), { type: 'structure', path: ['enterprises'], value: [{ id: 'b' }] });
    expect(removed.structural).toBe(1);
    const undone = run(removed, { type: 'undo' });
    expect(undone.present).toBe(pack);
    const edited = run(undone, { type: 'edit', path: ['city', 'name', 'en'], value: 'Q', at: 0 });
    expect(edited.future).toEqual([]);
    expect(run(edited, { type: 'redo' })).toBe(edited);
  });

  it('does nothing to undo at the start', () => {
    const s = initialHistory(pack);
    expect(run(s, { type: 'undo' })).toBe(s);
  });
});
