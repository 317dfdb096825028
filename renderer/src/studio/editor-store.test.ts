import { describe, expect, it } from 'vitest';
import type { PackIssue } from '../../../main/core/pack/pack-issue';
import { EditorStore, sameIssues } from './editor-store';
import { getAt } from './pack-path';

const pack = () => ({
  city: { name: { 'zh-CN': '徐州', en: 'Xuzhou' } },
  enterprises: [
    { id: 'a', name: { 'zh-CN': '甲', en: 'A' } },
    { id: 'b', name: { 'zh-CN': '乙', en: 'B' } },
  ],
});
const issue = (path: string, message: string, severity: PackIssue['severity'] = 'error'): PackIssue => ({
  file: 'pack.json',
  path,
  message,
  severity,
});

describe('EditorStore', () => {
  it('keeps every value a keystroke did not touch the same object, so only its field re-renders', () => {
    const store = new EditorStore(pack(), '2026-01-01T00:00:00.000Z');
    const before = store.present;
    let notified = 0;
    store.subscribe(() => notified++);
    store.dispatch({ type: 'edit', path: ['enterprises', 0, 'name', 'en'], value: 'Ab', at: 0 });
    expect(notified).toBe(1);
    expect(getAt(store.present, ['enterprises', 0, 'name', 'en'])).toBe('Ab');
    expect(getAt(store.present, ['enterprises', 1])).toBe(getAt(before, ['enterprises', 1]));
    expect(getAt(store.present, ['city'])).toBe(getAt(before, ['city']));
    expect(getAt(store.present, ['enterprises', 0])).not.toBe(getAt(before, ['enterprises', 0]));
  });

  it('merges the page’s and the server’s problems, the server’s errors only for the pack it checked', () => {
    const store = new EditorStore(pack(), '2026-01-01T00:00:00.000Z');
    const checked = store.present;
    store.setLocalCheck(checked, [issue('city.name.en', 'too short')], checked);
    store.setServerCheck(checked, {
      errors: [issue('enterprises[1].id', 'unknown id')],
      warnings: [issue('enterprises[0].name', 'untranslated', 'warning')],
    });
    expect(store.getState().issues.map((i) => i.message)).toEqual(['too short', 'unknown id', 'untranslated']);
    expect(store.getState().issueMap.get('enterprises[1].id')?.[0]?.message).toBe('unknown id');
    expect(store.checked()).toBe(true);

    // Typed on: once the page checks the new draft, the server's old errors go, its warnings stay.
    store.dispatch({ type: 'edit', path: ['city', 'name', 'en'], value: 'Xuzhou City', at: 0 });
    expect(store.checked()).toBe(false);
    store.setLocalCheck(store.present, [], store.present);
    expect(store.getState().issues.map((i) => i.message)).toEqual(['untranslated']);
  });

  it('keeps the last valid pack for the preview while the draft is invalid', () => {
    const store = new EditorStore(pack(), '2026-01-01T00:00:00.000Z');
    const valid = store.present;
    store.setLocalCheck(valid, [], valid);
    store.dispatch({ type: 'edit', path: ['city', 'name', 'en'], value: '', at: 0 });
    store.setLocalCheck(store.present, [issue('city.name.en', 'required')], null);
    expect(store.getState().preview).toBe(valid);
  });
});

describe('sameIssues', () => {
  it('says two lists with the same messages at the same places are the same', () => {
    expect(sameIssues([issue('a', 'x')], [issue('a', 'x')])).toBe(true);
    expect(sameIssues([issue('a', 'x')], [issue('a', 'y')])).toBe(false);
    expect(sameIssues(undefined, [])).toBe(false);
    expect(sameIssues(undefined, undefined)).toBe(true);
  });
});
