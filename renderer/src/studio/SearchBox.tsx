/** Search the whole draft, in any language; choosing a result opens its item at the field. */
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPath } from '../../../main/core/pack/pack-issue';
import { useStoreSelector, type EditorStore } from './editor-store';
import type { Path } from './pack-path';
import { searchPack } from './search';
import './search.css';

export function SearchBox({
  store,
  describe,
  onJump,
}: {
  store: EditorStore;
  describe: (path: string) => string;
  onJump: (path: Path) => void;
}) {
  const { t } = useTranslation('studio');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const deferred = useDeferredValue(query);
  // The draft as last checked (once typing pauses): searching is not on the keystroke path.
  const pack = useStoreSelector(store, 'checked-pack', (s) => s.checkedPack ?? s.history.present);
  const hits = useMemo(() => searchPack(pack, deferred), [pack, deferred]);
  return (
    <div className="search" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
      <input
        type="search"
        className="field__input search__input"
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        data-testid="search"
        value={query}
        onFocus={() => setOpen(true)}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
          if (e.key === 'Enter' && hits[0]) {
            onJump(hits[0].path);
            setOpen(false);
          }
        }}
      />
      {open && query.trim() && (
        <ul className="search__results" data-testid="search-results">
          {hits.length === 0 && <li className="search__none">{t('search.none')}</li>}
          {hits.map((hit) => {
            const at = formatPath(hit.path);
            return (
              <li key={at}>
                <button
                  type="button"
                  className="search__hit"
                  onClick={() => {
                    onJump(hit.path);
                    setOpen(false);
                  }}
                >
                  <span className="search__where">{describe(at)}</span>
                  <span className="search__text">{hit.text}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
