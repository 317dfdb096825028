/** The studio's top bar: open, undo and redo, search, save state, export, roll back and publish. */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getAt } from './pack-path';
import { SaveFolderDialog } from './SaveFolderDialog';
import { errorMessage, exportZip, studioApi } from './studio-api';
import { setUiLanguage, UI_LANGUAGES } from './studio-i18n';
import { useStoreSelector } from './editor-store';
import type { DraftEditor } from './useDraft';
import './toolbar.css';

interface Notice {
  kind: 'ok' | 'error';
  text: string;
  testId?: string;
}

export function Toolbar({
  editor,
  restoredAt,
  folderDialog,
  onOpenOther,
  onPublish,
  search,
  imports,
}: {
  editor: DraftEditor;
  restoredAt: string | null;
  folderDialog: boolean;
  onOpenOther: () => void;
  onPublish: () => void;
  search: ReactNode;
  /** The importers' entries (import/). */
  imports?: ReactNode;
}) {
  const { t, i18n } = useTranslation('studio');
  const [notice, setNotice] = useState<Notice | null>(() =>
    restoredAt
      ? {
          kind: 'ok',
          text: t('save.restored', { time: new Date(restoredAt).toLocaleString() }),
          testId: 'draft-restored',
        }
      : null,
  );
  const [askFolder, setAskFolder] = useState(false);
  const { store } = editor;
  const conflict = useStoreSelector(store, 'conflict', (s) => s.save.status === 'conflict');
  const errors = useStoreSelector(store, 'errors', (s) => s.issues.filter((i) => i.severity === 'error').length);
  const blocked = errors > 0 || conflict;
  const why = conflict ? t('publish.blockedConflict') : t('publish.blocked', { count: errors });

  const exportPack = async () => {
    try {
      await editor.flush();
      const blob = await exportZip();
      const id = getAt(editor.present, ['pack', 'id']);
      const version = getAt(editor.present, ['pack', 'version']);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `${typeof id === 'string' ? id : 'pack'}-${typeof version === 'string' ? version : ''}.zip`;
      a.click();
      window.setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } catch (err) {
      setNotice({ kind: 'error', text: errorMessage(err, t) });
    }
  };
  const saved = (path: string) => {
    setAskFolder(false);
    setNotice({ kind: 'ok', text: t('saveFolder.done', { path }) });
  };
  // Electron: the server shows the system's folder dialog. Browser mode: staff type the path.
  const saveToFolder = async () => {
    if (!folderDialog) return setAskFolder(true);
    try {
      if (!(await editor.flush())) return setNotice({ kind: 'error', text: t('saveFolder.notSaved') });
      const result = await studioApi.saveToFolder();
      if ('path' in result) saved(result.path);
    } catch (err) {
      setNotice({ kind: 'error', text: errorMessage(err, t) });
    }
  };
  const rollback = async () => {
    if (!window.confirm(t('rollback.confirm'))) return;
    try {
      const shown = await studioApi.rollback();
      setNotice({ kind: 'ok', text: t('rollback.done', shown) });
    } catch (err) {
      setNotice({ kind: 'error', text: errorMessage(err, t) });
    }
  };

  return (
    <header className="studio__toolbar">
      <h1 className="studio__title">{t('title')}</h1>
      <button
        type="button"
        className="studio-button studio-button--quiet"
        data-testid="open-other"
        onClick={onOpenOther}
      >
        {t('toolbar.open')}
      </button>
      <span className="studio__group">
        <HistoryButton editor={editor} action="undo" />
        <HistoryButton editor={editor} action="redo" />
      </span>
      {search}
      {imports}
      <SaveStatus editor={editor} />
      <span className="studio__spacer" />
      <select
        className="field__input studio__ui-language"
        aria-label={t('toolbar.uiLanguage')}
        value={i18n.resolvedLanguage}
        onChange={(e) => setUiLanguage(e.target.value)}
      >
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`languageName.${l}`, { defaultValue: l })}
          </option>
        ))}
      </select>
      <button type="button" className="studio-button" onClick={() => void exportPack()}>
        {t('toolbar.export')}
      </button>
      <button type="button" className="studio-button" data-testid="save-to-folder" onClick={() => void saveToFolder()}>
        {t('toolbar.saveToFolder')}
      </button>
      <button type="button" className="studio-button" data-testid="rollback" onClick={() => void rollback()}>
        {t('toolbar.rollback')}
      </button>
      <span className="studio__publish">
        <button
          type="button"
          className="studio-button studio-button--primary"
          disabled={blocked}
          aria-describedby={blocked ? 'publish-why' : undefined}
          data-testid="publish"
          onClick={onPublish}
        >
          {t('toolbar.publish')}
        </button>
        {blocked && (
          <span id="publish-why" className="studio__publish-why" data-testid="publish-why">
            {why}
          </span>
        )}
      </span>
      {conflict && (
        <p className="studio-alert studio-alert--error studio__banner" role="alert" data-testid="conflict">
          {t('save.conflict')}
          <button type="button" className="studio-button" onClick={() => location.reload()}>
            {t('save.reload')}
          </button>
        </p>
      )}
      {notice && (
        <p
          className={`studio-alert studio-alert--${notice.kind} studio__banner`}
          role="status"
          data-testid={notice.testId}
        >
          {notice.text}
          <button type="button" className="studio-link" onClick={() => setNotice(null)}>
            {t('toolbar.dismiss')}
          </button>
        </p>
      )}
      {askFolder && <SaveFolderDialog flush={editor.flush} onSaved={saved} onClose={() => setAskFolder(false)} />}
    </header>
  );
}

/** Undo or redo, off while there is nothing to take back (or to put back). */
function HistoryButton({ editor, action }: { editor: DraftEditor; action: 'undo' | 'redo' }) {
  const { t } = useTranslation('studio');
  const steps = useStoreSelector(editor.store, `steps:${action}`, (s) =>
    action === 'undo' ? s.history.past.length : s.history.future.length,
  );
  return (
    <button
      type="button"
      className="studio-button"
      disabled={steps === 0}
      title={t(`toolbar.${action}Key`)}
      data-testid={action}
      onClick={() => editor.dispatch({ type: action })}
    >
      {t(`toolbar.${action}`)}
    </button>
  );
}

function SaveStatus({ editor }: { editor: DraftEditor }) {
  const { t } = useTranslation('studio');
  const save = useStoreSelector(editor.store, 'save', (s) => s.save);
  let text: string;
  switch (save.status) {
    case 'saved':
      text = t('save.saved', { time: new Date(save.at).toLocaleTimeString() });
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'changed':
      text = t('save.changed');
      break;
    case 'conflict':
      text = t('save.conflictShort');
      break;
    case 'error':
      text = t('save.failed', { reason: errorMessage(save.error, t) });
      break;
  }
  return (
    <span className={`studio__save studio__save--${save.status}`} data-testid="save-status" role="status">
      {text}
    </span>
  );
}
