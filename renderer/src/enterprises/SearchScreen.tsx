import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enterprise } from '../../../main/core/pack/schema';
import { useNav, usePack, useText } from '../kiosk/store';
import { recordStat } from '../kiosk/stats';
import { OnScreenKeyboard } from '../ui/OnScreenKeyboard';
import { Screen } from '../ui/Screen';
import { TapButton } from '../ui/TapButton';
import { rememberSearch, searchLeft } from './place-left';
import { search, searchIndexOf, type SearchEntry } from './search-index';

/** Results shown: a screenful; the visitor types another letter rather than scroll thousands. */
const SHOWN = 24;

/**
 * Find an enterprise by its name: letters on the screen's keyboard, results under them as each key
 * is tapped (pinyin initials or syllables for Chinese names, word starts for Latin ones).
 */
export function SearchScreen() {
  const { t } = useTranslation();
  const pack = usePack();
  const nav = useNav();
  const tx = useText();
  const [query, setQuery] = useState(() => (nav.direction === -1 ? searchLeft() : ''));
  const [entries, setEntries] = useState<SearchEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    void searchIndexOf(pack).then((index) => live && setEntries(index));
    return () => {
      live = false;
    };
  }, [pack]);

  const byId = useMemo(() => new Map(pack.enterprises.map((e) => [e.id, e])), [pack.enterprises]);
  const hits = useMemo(() => (entries ? search(entries, query, SHOWN) : []), [entries, query]);
  const found = hits.flatMap((hit) => byId.get(hit.id) ?? []);
  const open = (enterprise: Enterprise) => {
    recordStat({ type: 'tap', kind: 'enterprise', id: enterprise.id });
    rememberSearch(query);
    nav.go({ name: 'enterprise', id: enterprise.id });
  };

  const note = !query.trim()
    ? t('search.hint')
    : !entries
      ? t('search.preparing')
      : found.length === 0
        ? t('search.none')
        : undefined;

  return (
    <Screen testId="screen-search" className="search" label={t('search.heading')}>
      <div className="search__layout">
        <header className="search__header">
          <p className="eyebrow">{tx(pack.city.name)}</p>
          <h1 className="page-title">{t('search.heading')}</h1>
        </header>
        <p className="search__query" data-testid="search-query" aria-live="polite">
          <span className="search__typed">{query}</span>
          <span className="search__caret" aria-hidden="true" />
        </p>
        <div className="search__results scroll-area" data-testid="search-results">
          {note ? (
            <p className="search__note">{note}</p>
          ) : (
            <ul className="search__list">
              {found.map((enterprise) => (
                <li key={enterprise.id}>
                  <TapButton
                    className="search-hit"
                    data-testid={`search-hit-${enterprise.id}`}
                    tapScale={0.98}
                    onClick={() => open(enterprise)}
                  >
                    <span className="search-hit__name">{tx(enterprise.name)}</span>
                    <span className="search-hit__sector">{tx(enterprise.sector)}</span>
                  </TapButton>
                </li>
              ))}
            </ul>
          )}
        </div>
        <OnScreenKeyboard layout="search" value={query} onChange={setQuery} label={t('search.keyboard')} />
      </div>
    </Screen>
  );
}
