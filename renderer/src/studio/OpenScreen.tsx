/** Where a draft starts: the pack the kiosk shows, a new city, a pack folder or a pack zip. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenRequest, StudioDraftState } from '../../../main/contract/studio';
import { errorMessage, studioApi } from './studio-api';
import './open-screen.css';

export function OpenScreen({
  state,
  onOpened,
  onCancel,
}: {
  state: StudioDraftState | null;
  onOpened: (state: StudioDraftState) => void;
  /** Back to the draft being edited, when there is one. */
  onCancel?: () => void;
}) {
  const { t } = useTranslation('studio');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [folder, setFolder] = useState('');
  const [cityId, setCityId] = useState('');

  const run = async (open: () => Promise<StudioDraftState>) => {
    if (state?.draft && state.unpublished && !window.confirm(t('open.replaceDraft'))) return;
    setBusy(true);
    setError(null);
    try {
      onOpened(await open());
    } catch (err) {
      setError(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };
  const open = (req: OpenRequest) => run(() => studioApi.open(req));
  const submit = (e: FormEvent, req: OpenRequest) => {
    e.preventDefault();
    void open(req);
  };

  return (
    <main className="open-screen" aria-busy={busy}>
      <h1 className="open-screen__title">{t('title')}</h1>
      <p className="open-screen__lead">{t('open.lead')}</p>
      {state?.active && (
        <p className="open-screen__active">
          {t('open.activeIs', { id: state.active.id, version: state.active.version })}
        </p>
      )}
      {error && (
        <p className="studio-alert studio-alert--error" role="alert">
          {error}
        </p>
      )}
      <div className="open-screen__choices">
        <section className="open-card">
          <h2>{t('open.active')}</h2>
          <p>{t('open.activeHelp')}</p>
          <button
            type="button"
            className="studio-button studio-button--primary"
            disabled={busy || !state?.active}
            data-testid="open-active"
            onClick={() => void open({ source: 'active' })}
          >
            {t('open.activeButton')}
          </button>
        </section>
        <form className="open-card" onSubmit={(e) => submit(e, { source: 'new', ...(cityId ? { id: cityId } : {}) })}>
          <h2>{t('open.new')}</h2>
          <p>{t('open.newHelp')}</p>
          <label className="open-card__field">
            {t('open.newId')}
            <input
              className="field__input"
              value={cityId}
              pattern="[a-z0-9][a-z0-9\-]*"
              onChange={(e) => setCityId(e.target.value)}
            />
          </label>
          <button type="submit" className="studio-button" disabled={busy}>
            {t('open.newButton')}
          </button>
        </form>
        <form
          className="open-card"
          onSubmit={(e) => submit(e, { source: 'folder', ...(folder ? { path: folder } : {}) })}
        >
          <h2>{t('open.folder')}</h2>
          <p>{t('open.folderHelp')}</p>
          <label className="open-card__field">
            {t('open.folderPath')}
            <input className="field__input" value={folder} onChange={(e) => setFolder(e.target.value)} />
          </label>
          <button type="submit" className="studio-button" disabled={busy}>
            {t('open.folderButton')}
          </button>
        </form>
        <section className="open-card">
          <h2>{t('open.zip')}</h2>
          <p>{t('open.zipHelp')}</p>
          <label className="studio-button">
            {t('open.zipButton')}
            <input
              type="file"
              className="visually-hidden"
              accept=".zip,application/zip"
              disabled={busy}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void run(() => studioApi.openZip(file));
              }}
            />
          </label>
        </section>
      </div>
      {onCancel && (
        <button type="button" className="studio-button studio-button--quiet" onClick={onCancel}>
          {t('open.back')}
        </button>
      )}
    </main>
  );
}
