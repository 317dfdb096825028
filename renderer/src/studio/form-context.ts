/**
 * What every field of the form needs from the page, shared through one context that does not
 * change while staff type: the draft itself is read from the editor's store, each field selecting
 * its own value and its own problems (usePackValue, useFieldIssues).
 */
import { createContext, useContext } from 'react';
import type { PackIssue } from '../../../main/core/pack/pack-issue';
import { sameIssues, useStoreSelector, type EditorStore } from './editor-store';
import { getAt, type Path } from './pack-path';
import { formatPath } from '../../../main/core/pack/pack-issue';

export interface FormContextValue {
  store: EditorStore;
  /** The draft as it is now (read when needed; a component that shows a value selects it instead). */
  readonly pack: unknown;
  /** The pack's languages (zh-CN and en at least), in the pack's order. */
  languages: readonly string[];
  uiLanguage: string;
  onlyUntranslated: boolean;
  edit: (path: Path, value: unknown) => void;
  /** A change of a list's shape (add, delete, reorder): one undo step, saved at once. */
  structure: (path: Path, value: unknown) => void;
  /** The field staff are in, for the preview to follow. */
  focus: (path: Path) => void;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useForm(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('useForm outside FormContext');
  return value;
}

/** The draft's value at `path`: the component re-renders when that value changes, not otherwise. */
export function usePackValue(path: Path): unknown {
  const { store } = useForm();
  return useStoreSelector(store, formatPath(path), (s) => getAt(s.history.present, path));
}

/** The problems at one field (`enterprises[3].name.en`), the same array while they say the same. */
export function useFieldIssues(key: string): PackIssue[] | undefined {
  const { store } = useForm();
  return useStoreSelector(store, key, (s) => s.issueMap.get(key), sameIssues);
}
