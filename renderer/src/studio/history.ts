/**
 * Undo and redo for the draft: every change, typing and structural (add, duplicate, delete,
 * reorder) alike, is a new state of the whole pack (pack-path shares what did not change). Typing
 * into one field within a moment counts as one step, so that undo takes back a word, not a letter.
 */
import { samePath, setAt, type Path } from './pack-path';

/** Keystrokes in the same field closer together than this are one undo step. */
export const COALESCE_MS = 1000;
/** Steps kept for undo. */
export const HISTORY_LIMIT = 200;

export interface History {
  past: unknown[];
  present: unknown;
  future: unknown[];
  /** The field and time of the last edit, for coalescing typing. */
  last?: { path: Path; at: number };
  /** Bumped on every structural change (the page saves the draft at once). */
  structural: number;
}

export type HistoryAction =
  /** A new draft was opened: history starts again. */
  | { type: 'load'; pack: unknown }
  /** One field's value; `at` is the time (ms) of the edit. */
  | { type: 'edit'; path: Path; value: unknown; at: number }
  /** A list changed shape (add, duplicate, delete, reorder): its new content. */
  | { type: 'structure'; path: Path; value: unknown }
  | { type: 'undo' }
  | { type: 'redo' }
  /** Staff entered a field: the next keystroke starts a new undo step, even in the same field. */
  | { type: 'checkpoint' };

export const initialHistory = (pack: unknown): History => ({ past: [], present: pack, future: [], structural: 0 });

const push = (past: unknown[], present: unknown) => [...past, present].slice(-HISTORY_LIMIT);

export function historyReducer(state: History, action: HistoryAction): History {
  switch (action.type) {
    case 'load':
      return initialHistory(action.pack);
    case 'edit': {
      const present = setAt(state.present, action.path, action.value);
      const last = state.last;
      const coalesce = last && samePath(last.path, action.path) && action.at - last.at < COALESCE_MS;
      return {
        ...state,
        past: coalesce ? state.past : push(state.past, state.present),
        present,
        future: [],
        last: { path: action.path, at: action.at },
      };
    }
    case 'structure':
      return {
        past: push(state.past, state.present),
        present: setAt(state.present, action.path, action.value),
        future: [],
        structural: state.structural + 1,
      };
    case 'checkpoint':
      return state.last ? { ...state, last: undefined } : state;
    case 'undo': {
      if (state.past.length === 0) return state;
      return {
        past: state.past.slice(0, -1),
        present: state.past[state.past.length - 1],
        future: [state.present, ...state.future],
        structural: state.structural + 1,
      };
    }
    case 'redo': {
      if (state.future.length === 0) return state;
      return {
        past: push(state.past, state.present),
        present: state.future[0],
        future: state.future.slice(1),
        structural: state.structural + 1,
      };
    }
  }
}
