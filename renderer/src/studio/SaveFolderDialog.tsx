/**
 * Save to folder: the draft written as a pack folder (pack.json and its media) into an empty or new
 * folder. In Electron the server shows the system's folder dialog; in browser mode staff type the
 * folder's path here. A folder that holds files is refused, and the dialog stays with the reason.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, studioApi } from './studio-api';

export function SaveFolderDialog({
  flush,
  onSaved,
  onClose,
}: {
  /** Saves what is not saved yet; false when that failed (the folder would miss it). */
  flush: () => Promise<boolean>;
  onSaved: (path: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('studio');
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (!(await flush())) {
        setError(t('saveFolder.notSaved'));
        return;
      }
      const result = await studioApi.saveToFolder(folder.trim());
      if ('path' in result) onSaved(result.path);
    } catch (err) {
      setError(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="studio-dialog-backdrop">
      <form
        className="studio-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="save-folder-title"
        onSubmit={(e) => void save(e)}
      >
        <h2 id="save-folder-title" className="studio-heading">
          {t('saveFolder.title')}
        </h2>
        <p>{t('saveFolder.explain')}</p>
        <label className="open-card__field">
          {t('saveFolder.path')}
          <input
            className="field__input"
            value={folder}
            required
            autoFocus
            spellCheck={false}
            data-testid="save-folder-path"
            onChange={(e) => setFolder(e.target.value)}
          />
        </label>
        {error && (
          <p className="studio-alert studio-alert--error" role="alert">
            {error}
          </p>
        )}
        <div className="studio-dialog__actions">
          <button
            type="submit"
            className="studio-button studio-button--primary"
            disabled={busy || !folder.trim()}
            data-testid="save-folder-confirm"
          >
            {busy ? t('saveFolder.busy') : t('saveFolder.confirm')}
          </button>
          <button type="button" className="studio-button" onClick={onClose} data-testid="save-folder-cancel">
            {t('saveFolder.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
