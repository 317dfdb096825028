/**
 * The draft being edited (editor-store.ts) and what happens off the keystroke path: the schema's
 * check and the preview once typing pauses, the server's full check later, and autosave to the
 * studio server (when typing pauses, at the latest every AUTOSAVE_MAX_MS while it goes on, at once
 * after a structural change, and when the page goes away). A save the server refuses because
 * another window saved first stops autosaving and says so: nothing is overwritten.
 */
import { useEffect, useState } from 'react';
import type { StudioDraft } from '../../../main/contract/studio';
import { EditorStore } from './editor-store';
import type { HistoryAction } from './history';
import { schemaCheck } from './problems';
import { StudioApiError, studioApi } from './studio-api';

export type { SaveState } from './editor-store';

/** Autosave: a changed draft is saved this long after typing pauses … */
export const AUTOSAVE_MS = 3000;
/** … and at the latest this long after its first unsaved change, however long typing goes on. */
export const AUTOSAVE_MAX_MS = 10_000;
/**
 * The schema's check (the messages at the fields) and the preview's draft run this long after the
 * last keystroke: a check of one enterprise and the pack's small parts takes a few ms, the
 * preview's frames re-render the kiosk; neither belongs between two keystrokes.
 */
export const PREVIEW_DEBOUNCE_MS = 150;
/** The server's check runs this long after the last change. */
export const CHECK_DEBOUNCE_MS = 600;

export interface DraftEditor {
  store: EditorStore;
  /** The draft as it is now. */
  readonly present: unknown;
  dispatch: (action: HistoryAction) => void;
  /** Saves what is not saved yet; false when the save failed. */
  flush: () => Promise<boolean>;
}

export function useDraft(draft: StudioDraft): DraftEditor {
  const [editor] = useState(() => makeEditor(draft));
  useEffect(() => editor.start(), [editor]);
  return editor.api;
}

function makeEditor(draft: StudioDraft) {
  const store = new EditorStore(draft.pack, draft.savedAt);
  let revision = draft.revision;
  let saved: unknown = draft.pack;
  let saving: Promise<void> | null = null;

  const flush = async (): Promise<boolean> => {
    while (saving) await saving;
    const pack = store.present;
    if (pack === saved) return true;
    let ok = false;
    store.setSave({ status: 'saving' });
    saving = studioApi.save(pack, revision).then(
      (res) => {
        revision = res.revision;
        saved = pack;
        ok = true;
        store.setSave(store.present === pack ? { status: 'saved', at: res.savedAt } : { status: 'changed' });
      },
      (error: unknown) => {
        if (error instanceof StudioApiError && error.code === 'changed-elsewhere')
          store.setSave({ status: 'conflict' });
        else store.setSave({ status: 'error', error });
      },
    );
    await saving;
    saving = null;
    return ok;
  };

  const api: DraftEditor = {
    store,
    get present() {
      return store.present;
    },
    dispatch: store.dispatch,
    flush,
  };

  const start = () => {
    const conflict = () => store.getState().save.status === 'conflict';
    let localTimer = 0;
    let serverTimer = 0;
    let saveTimer = 0;
    let saveDeadline = 0;
    let live = true;
    let seen = store.present;
    let structural = store.getState().history.structural;

    const localCheck = () => {
      const pack = store.present;
      const result = schemaCheck(pack);
      store.setLocalCheck(pack, result.issues, result.preview);
    };
    const serverCheck = () => {
      const pack = store.present;
      studioApi.check(pack).then(
        (result) => live && store.setServerCheck(pack, result),
        () => {}, // the save state says when the server is gone
      );
    };
    const save = () => {
      window.clearTimeout(saveTimer);
      saveDeadline = 0;
      void flush();
    };

    const onChange = () => {
      const { history } = store.getState();
      if (history.present === seen) return;
      seen = history.present;
      const structure = history.structural !== structural;
      structural = history.structural;
      window.clearTimeout(localTimer);
      localTimer = window.setTimeout(localCheck, structure ? 0 : PREVIEW_DEBOUNCE_MS);
      window.clearTimeout(serverTimer);
      serverTimer = window.setTimeout(serverCheck, CHECK_DEBOUNCE_MS);
      if (conflict()) return;
      // Structural changes (add, duplicate, delete, reorder, undo, redo) are saved at once.
      if (structure) return save();
      store.setSave((s) => (s.status === 'saving' || s.status === 'changed' ? s : { status: 'changed' }));
      const now = performance.now();
      if (!saveDeadline) saveDeadline = now + AUTOSAVE_MAX_MS;
      window.clearTimeout(saveTimer);
      saveTimer = window.setTimeout(save, Math.min(AUTOSAVE_MS, saveDeadline - now));
    };
    const unsubscribe = store.subscribe(onChange);

    // Closing the window: send what is not saved yet (the request outlives the page).
    const onHide = () => {
      if (store.present === saved || conflict()) return;
      void studioApi.saveOnLeave(JSON.stringify({ pack: store.present, revision }));
    };
    window.addEventListener('pagehide', onHide);

    // The first checks once the form is on screen: the page opens to an editable form first.
    const first = requestAnimationFrame(() => {
      localTimer = window.setTimeout(localCheck, 0);
      serverTimer = window.setTimeout(serverCheck, 0);
    });
    return () => {
      live = false;
      unsubscribe();
      cancelAnimationFrame(first);
      window.clearTimeout(localTimer);
      window.clearTimeout(serverTimer);
      window.clearTimeout(saveTimer);
      window.removeEventListener('pagehide', onHide);
    };
  };
  return { api, start };
}
