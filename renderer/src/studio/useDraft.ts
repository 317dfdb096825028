/**
 * The draft being edited: its undo history, autosave to the studio server (every few seconds when
 * changed, at once after a structural change, and when the page goes away) and the server's full
 * check, debounced. A save the server refuses because another window saved first stops autosaving
 * and says so: nothing is overwritten.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { CheckResponse, StudioDraft } from '../../../main/contract/studio';
import type { PackIssue } from '../../../main/core/pack/pack-issue';
import { historyReducer, initialHistory, type HistoryAction } from './history';
import { mergeIssues, schemaCheck } from './problems';
import { StudioApiError, studioApi } from './studio-api';

/** Autosave: how often a changed draft is saved. */
export const AUTOSAVE_MS = 3000;
/** The preview gets the draft this long after the last keystroke (its frames re-render the kiosk). */
export const PREVIEW_DEBOUNCE_MS = 150;
/** The server's check runs this long after the last change. */
export const CHECK_DEBOUNCE_MS = 600;

export type SaveState =
  | { status: 'saved'; at: string }
  | { status: 'saving' }
  | { status: 'changed' }
  | { status: 'conflict' }
  | { status: 'error'; error: unknown };

export function useDraft(draft: StudioDraft) {
  const [history, dispatch] = useReducer(historyReducer, draft.pack, initialHistory);
  const present = history.present;
  const revision = useRef(draft.revision);
  const saved = useRef<unknown>(draft.pack);
  const saving = useRef<Promise<void> | null>(null);
  const [save, setSave] = useState<SaveState>({ status: 'saved', at: draft.savedAt });
  const conflict = save.status === 'conflict';
  const presentRef = useRef(present);
  // Before the effects below run (they save what is present).
  useLayoutEffect(() => {
    presentRef.current = present;
  }, [present]);

  const flush = useCallback(async (): Promise<boolean> => {
    while (saving.current) await saving.current;
    const pack = presentRef.current;
    if (pack === saved.current) return true;
    let ok = false;
    setSave({ status: 'saving' });
    saving.current = studioApi.save(pack, revision.current).then(
      (res) => {
        revision.current = res.revision;
        saved.current = pack;
        ok = true;
        setSave(presentRef.current === pack ? { status: 'saved', at: res.savedAt } : { status: 'changed' });
      },
      (error: unknown) => {
        if (error instanceof StudioApiError && error.code === 'changed-elsewhere') setSave({ status: 'conflict' });
        else setSave({ status: 'error', error });
      },
    );
    await saving.current;
    saving.current = null;
    return ok;
  }, []);

  // Changed since the last save: say so, and save within a few seconds.
  useEffect(() => {
    if (conflict || present === saved.current) return;
    setSave((s) => (s.status === 'saving' || s.status === 'conflict' ? s : { status: 'changed' }));
    const timer = window.setTimeout(() => void flush(), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [present, conflict, flush]);

  // Structural changes (add, duplicate, delete, reorder, undo, redo) are saved at once.
  const structural = history.structural;
  useEffect(() => {
    if (structural > 0 && !conflict) void flush();
  }, [structural, conflict, flush]);

  // Closing the window: send what is not saved yet (the request outlives the page).
  useEffect(() => {
    const onHide = () => {
      if (presentRef.current === saved.current || conflict) return;
      const body = JSON.stringify({ pack: presentRef.current, revision: revision.current });
      void studioApi.saveOnLeave(body);
    };
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [conflict]);

  // Instant: the schema's messages at every change (item by item: under a millisecond for one
  // enterprise of a thousand). Once typing pauses: the preview. Debounced: the server's full check.
  const local = useMemo(() => schemaCheck(present), [present]);
  const localIssues = local.issues;
  const [preview, setPreview] = useState(local.preview);
  useEffect(() => {
    const timer = window.setTimeout(() => setPreview(local.preview), PREVIEW_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [local.preview]);
  const [check, setCheck] = useState<{ for: unknown; result: CheckResponse } | null>(null);
  const [checkError, setCheckError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      studioApi.check(present).then(
        (result) => {
          if (!live) return;
          setCheck({ for: present, result });
          setCheckError(null);
        },
        (error: unknown) => live && setCheckError(error),
      );
    }, CHECK_DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [present]);

  const issues: PackIssue[] = useMemo(() => {
    // The server's errors hold for the pack it checked; its warnings (media, translations) stay
    // shown until the next check answers.
    const fresh = check?.for === present;
    return mergeIssues(localIssues, fresh ? (check?.result.errors ?? []) : [], check?.result.warnings ?? []);
  }, [localIssues, check, present]);
  const checked = check?.for === present;

  const act = useCallback((action: HistoryAction) => dispatch(action), []);

  return { history, present, preview, dispatch: act, save, flush, issues, checked, checkError };
}

export type DraftEditor = ReturnType<typeof useDraft>;
