/**
 * Publish: saves the draft, asks the server to check it, write a new pack and switch the kiosk to
 * it; then shows what changed against the pack it started from. A refused publish lists why.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeSummary, PublishResponse, SummaryItem, VersionBump } from '../../../main/contract/studio';
import { formatIssue } from '../../../main/core/pack/pack-issue';
import { itemLabel } from './items';
import { errorMessage, studioApi } from './studio-api';
import './dialogs.css';

export function PublishDialog({
  version,
  defaultLanguage,
  flush,
  onClose,
}: {
  version: string;
  /** The pack's default language: the summary names items in it when the studio's language is missing. */
  defaultLanguage: string;
  /** Saves what is not saved yet; false when that failed (the publish would miss it). */
  flush: () => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation('studio');
  const [bump, setBump] = useState<VersionBump>('patch');
  // A booth's laptop is offered to publish to the booth too (ticked: that is why it is the laptop).
  const [boothLaptop, setBoothLaptop] = useState(false);
  const [toBooth, setToBooth] = useState(true);
  useEffect(() => {
    let live = true;
    studioApi.draft().then(
      (state) => live && setBoothLaptop(state.boothLaptop === true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PublishResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  const publish = async () => {
    setBusy(true);
    setError(null);
    try {
      if (!(await flush())) {
        setError(t('publish.notSaved'));
        return;
      }
      setResult(await studioApi.publish(boothLaptop && toBooth ? { bump, booth: true } : { bump }));
    } catch (err) {
      setError(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="studio-dialog-backdrop">
      <div className="studio-dialog" role="dialog" aria-modal="true" aria-labelledby="publish-title">
        <h2 id="publish-title" className="studio-heading">
          {t('publish.title')}
        </h2>
        {!result?.ok && (
          <>
            <p>{t('publish.explain', { version })}</p>
            <fieldset className="publish__bump">
              <legend>{t('publish.bump')}</legend>
              {(['patch', 'minor', 'major'] as const).map((b) => (
                <label key={b}>
                  <input type="radio" name="bump" value={b} checked={bump === b} onChange={() => setBump(b)} />
                  {t(`publish.bump_${b}`)}
                </label>
              ))}
            </fieldset>
            {boothLaptop && (
              <label className="publish__booth">
                <input
                  type="checkbox"
                  data-testid="publish-booth"
                  checked={toBooth}
                  onChange={(e) => setToBooth(e.currentTarget.checked)}
                />
                {t('publish.booth')}
              </label>
            )}
          </>
        )}
        {error && (
          <p className="studio-alert studio-alert--error" role="alert">
            {error}
          </p>
        )}
        {result && !result.ok && (
          <div className="studio-alert studio-alert--error" role="alert">
            <p>{t('publish.refused', { count: result.errors.length })}</p>
            <ul>
              {result.errors.map((issue, i) => (
                <li key={i}>{formatIssue(issue)}</li>
              ))}
            </ul>
          </div>
        )}
        {result?.ok && (
          <Summary id={result.id} version={result.version} summary={result.summary} defaultLanguage={defaultLanguage} />
        )}
        {result?.ok && result.booth && (
          <p
            className={`studio-alert studio-alert--${result.booth.ok ? 'ok' : 'error'}`}
            role="status"
            data-testid="publish-booth-result"
          >
            {result.booth.ok ? t('publish.boothDone') : t('publish.boothFailed', { message: result.booth.error })}
          </p>
        )}
        <div className="studio-dialog__actions">
          {!result?.ok && (
            <button
              type="button"
              className="studio-button studio-button--primary"
              disabled={busy}
              data-testid="publish-confirm"
              onClick={() => void publish()}
            >
              {busy ? t('publish.busy') : t('publish.confirm')}
            </button>
          )}
          <button type="button" className="studio-button" onClick={onClose} data-testid="publish-close">
            {result?.ok ? t('publish.done') : t('publish.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}

/** Items named on one line of the summary; the rest are counted ("and 12 more"). */
const ITEMS_SHOWN = 8;

function Summary({
  id,
  version,
  summary,
  defaultLanguage,
}: {
  id: string;
  version: string;
  summary: ChangeSummary;
  defaultLanguage: string;
}) {
  const { t, i18n } = useTranslation('studio');
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  // Staff know items by their names: in the studio's language, else the pack's own (the id last).
  const named = (item: SummaryItem) => `${t(`kind.${item.kind}`)} ${itemLabel(item, [uiLanguage, defaultLanguage])}`;
  const list = new Intl.ListFormat(uiLanguage, { type: 'conjunction' });
  const line = (key: 'added' | 'removed' | 'changed') => {
    const items = summary[key];
    if (items.length === 0) return null;
    const more = items.length - ITEMS_SHOWN;
    const shown =
      more > 0 ? [...items.slice(0, ITEMS_SHOWN).map(named), t('publish.more', { count: more })] : items.map(named);
    return (
      <li>
        {t(`publish.${key}`, { count: items.length })} {list.format(shown)}
      </li>
    );
  };
  const nothing =
    !summary.added.length &&
    !summary.removed.length &&
    !summary.changed.length &&
    !summary.textsChanged &&
    !summary.mediaAdded &&
    !summary.mediaRemoved;
  return (
    <div className="publish__summary" data-testid="publish-summary" role="status">
      <p className="studio-alert studio-alert--ok">{t('publish.published', { id, version })}</p>
      {nothing ? (
        <p>{t('publish.noChanges')}</p>
      ) : (
        <ul>
          {line('added')}
          {line('removed')}
          {line('changed')}
          {summary.textsChanged > 0 && <li>{t('publish.texts', { count: summary.textsChanged })}</li>}
          {summary.mediaAdded > 0 && <li>{t('publish.mediaAdded', { count: summary.mediaAdded })}</li>}
          {summary.mediaRemoved > 0 && <li>{t('publish.mediaRemoved', { count: summary.mediaRemoved })}</li>}
        </ul>
      )}
    </div>
  );
}
