/**
 * The draft being edited, outside React: its undo history, its problems, the pack the preview shows
 * and the save state. Components read it through selectors (useEditor), so a keystroke re-renders
 * the field typed into and whatever shows that value, not the whole form (a thousand-enterprise pack
 * re-rendered at every keystroke took over 100 ms a key).
 */
import { useRef, useSyncExternalStore } from 'react';
import type { CheckResponse } from '../../../main/contract/studio';
import type { PackIssue } from '../../../main/core/pack/pack-issue';
import { historyReducer, initialHistory, type History, type HistoryAction } from './history';
import { issuesByPath, mergeIssues } from './problems';

export type SaveState =
  | { status: 'saved'; at: string }
  | { status: 'saving' }
  | { status: 'changed' }
  | { status: 'conflict' }
  | { status: 'error'; error: unknown };

export interface EditorState {
  history: History;
  /** The schema's problems of `checkedPack`, checked in the page. */
  local: PackIssue[];
  /** The pack the page's check ran on (it runs once typing pauses). */
  checkedPack: unknown;
  /** The server's full check, and the pack it was for. */
  server: { for: unknown; result: CheckResponse } | null;
  /** Every problem, errors first; and by field path. */
  issues: PackIssue[];
  issueMap: Map<string, PackIssue[]>;
  /** The pack as the kiosk would get it, for the preview; null while the draft is not valid. */
  preview: unknown;
  save: SaveState;
}

type Listener = () => void;

export class EditorStore {
  private state: EditorState;
  private readonly listeners = new Set<Listener>();

  constructor(pack: unknown, savedAt: string) {
    this.state = {
      history: initialHistory(pack),
      local: [],
      checkedPack: undefined,
      server: null,
      issues: [],
      issueMap: new Map(),
      preview: null,
      save: { status: 'saved', at: savedAt },
    };
  }

  getState = (): EditorState => this.state;

  get present(): unknown {
    return this.state.history.present;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispatch = (action: HistoryAction): void => {
    const history = historyReducer(this.state.history, action);
    if (history !== this.state.history) this.set({ history });
  };

  /** The page's schema check of `pack`: its problems, and the pack for the preview (null: invalid). */
  setLocalCheck(pack: unknown, local: PackIssue[], preview: unknown): void {
    this.set({ checkedPack: pack, local, ...(preview ? { preview } : {}) }, true);
  }

  setServerCheck(pack: unknown, result: CheckResponse): void {
    this.set({ server: { for: pack, result } }, true);
  }

  setSave(save: SaveState | ((s: SaveState) => SaveState)): void {
    const next = typeof save === 'function' ? save(this.state.save) : save;
    if (next !== this.state.save) this.set({ save: next });
  }

  /** Whether the server's check has answered for the draft as it is now. */
  checked(): boolean {
    return this.state.server?.for === this.present;
  }

  private set(part: Partial<EditorState>, issuesChanged = false): void {
    let next = { ...this.state, ...part };
    if (issuesChanged) {
      // The server's errors hold for the pack it checked; its warnings (media, translations) stay
      // shown until the next check answers.
      const fresh = next.server?.for === next.checkedPack;
      const issues = mergeIssues(
        next.local,
        fresh ? (next.server?.result.errors ?? []) : [],
        next.server?.result.warnings ?? [],
      );
      next = { ...next, issues, issueMap: issuesByPath(issues) };
    }
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }
}

/**
 * A part of the store's state, re-rendering the component only when `select` gives something else
 * (`equal` says when two results are the same). `key` names what `select` reads (a field's path):
 * a new key is a new selection.
 */
export function useStoreSelector<T>(
  store: EditorStore,
  key: string,
  select: (state: EditorState) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T {
  const last = useRef<{ key: string; state: EditorState; value: T } | null>(null);
  const snapshot = (): T => {
    const state = store.getState();
    const prev = last.current;
    if (prev && prev.key === key && prev.state === state) return prev.value;
    const value = select(state);
    const kept = prev && prev.key === key && equal(prev.value, value) ? prev.value : value;
    last.current = { key, state, value: kept };
    return kept;
  };
  return useSyncExternalStore(store.subscribe, snapshot);
}

/** Two lists of problems saying the same things (a field's messages after a check that changed nothing there). */
export function sameIssues(a: readonly PackIssue[] | undefined, b: readonly PackIssue[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every(
    (x, i) =>
      x.message === b[i]!.message && x.severity === b[i]!.severity && x.path === b[i]!.path && x.file === b[i]!.file,
  );
}
