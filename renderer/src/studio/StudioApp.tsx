/**
 * The studio page: restores the draft the data folder holds (after a crash or a closed window it
 * is there as last saved), else offers where to start.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudioDraftState } from '../../../main/contract/studio';
import { Editor } from './Editor';
import { OpenScreen } from './OpenScreen';
import { errorMessage } from './studio-api';
import './dialogs.css';

type View = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'open' } | { kind: 'edit' };

export function StudioApp({ first }: { first: Promise<StudioDraftState> }) {
  const { t } = useTranslation('studio');
  const [state, setState] = useState<StudioDraftState | null>(null);
  const [view, setView] = useState<View>({ kind: 'loading' });
  // A new draft is a new editor (fresh history): keyed by where and when it started.
  const [session, setSession] = useState(0);
  // The draft the data folder held when the page opened (after a crash or a closed window): said so.
  const [restored, setRestored] = useState<string | null>(null);

  useEffect(() => {
    first.then(
      (s) => {
        setState(s);
        setRestored(s.draft?.savedAt ?? null);
        setView({ kind: s.draft ? 'edit' : 'open' });
      },
      (err: unknown) => setView({ kind: 'error', message: errorMessage(err, t) }),
    );
  }, [first, t]);

  if (view.kind === 'loading') return <p className="studio__loading">{t('loading')}</p>;
  if (view.kind === 'error')
    return (
      <p className="studio-alert studio-alert--error studio__fatal" role="alert">
        {view.message}
      </p>
    );
  const open = (
    <OpenScreen
      state={state}
      onOpened={(s) => {
        setState(s);
        setRestored(null);
        setSession((n) => n + 1);
        setView({ kind: s.draft ? 'edit' : 'open' });
      }}
      onCancel={state?.draft ? () => setView({ kind: 'edit' }) : undefined}
    />
  );
  if (!state?.draft) return open;
  // The editor stays mounted under the open screen: its history and unsaved edits survive a look.
  return (
    <>
      <Editor
        key={session}
        draft={state.draft}
        restoredAt={restored}
        folderDialog={state.folderDialog}
        onOpenOther={() => setView({ kind: 'open' })}
      />
      {view.kind === 'open' && <div className="studio-overlay">{open}</div>}
    </>
  );
}
