/** What every field of the form needs from the page, shared through one context. */
import { createContext, useContext } from 'react';
import type { PackIssue } from '../../../main/core/pack/pack-issue';
import type { Path } from './pack-path';

export interface FormContextValue {
  pack: unknown;
  /** The pack's languages (zh-CN and en at least), in the pack's order. */
  languages: readonly string[];
  uiLanguage: string;
  issues: Map<string, PackIssue[]>;
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
