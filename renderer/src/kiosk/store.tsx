/**
 * App state: the loaded pack and in-app navigation (a stack of routes kept in memory — the kiosk
 * never touches the URL or the browser history).
 */
import { createContext, use, useCallback, useContext, useMemo, useReducer, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackHead } from '../../../main/contract/pack-head';
import type { LocalizedText, Pack } from '../../../main/core/pack/schema';
import { UI_LANGUAGES } from './i18n';
import { pickText } from './text';
import { afterPaint, asTransition } from './yield';

// ── Routes ────────────────────────────────────────────────────────────────────────────────────
export type Route =
  | { name: 'home' }
  | { name: 'enterprises'; cluster?: string; district?: string }
  | { name: 'enterprise'; id: string }
  | { name: 'search' }
  | { name: 'future' }
  | { name: 'contact' }
  | { name: 'map' }
  | { name: 'clusters' }
  | { name: 'cluster'; id: string };

export type NavDirection = 1 | -1;

interface NavState {
  stack: Route[];
  direction: NavDirection;
}

type NavAction =
  { type: 'push'; route: Route } | { type: 'replace'; route: Route } | { type: 'back' } | { type: 'home' };

const HOME: Route = { name: 'home' };

function navReducer(state: NavState, action: NavAction): NavState {
  switch (action.type) {
    case 'push':
      return { stack: [...state.stack, action.route], direction: 1 };
    case 'replace':
      return { stack: [...state.stack.slice(0, -1), action.route], direction: state.direction };
    case 'back':
      return state.stack.length > 1 ? { stack: state.stack.slice(0, -1), direction: -1 } : state;
    case 'home':
      return { stack: [HOME], direction: -1 };
  }
}

export interface Nav {
  route: Route;
  /** 1 when the visitor went deeper, -1 when going back (drives the slide direction). */
  direction: NavDirection;
  depth: number;
  go: (route: Route) => void;
  /** Swap the current route without adding a step (e.g. a list filter). */
  replace: (route: Route) => void;
  back: () => void;
  home: () => void;
}

/**
 * The pack as the page has it: its head (contract/pack-head.ts) from the start, the whole pack once
 * api/pack has answered (a page served with the head fetches it after its first frame).
 */
export interface PackSource {
  head: PackHead;
  /** The whole pack; null until it has arrived. */
  full: Pack | null;
  /** Settles with the whole pack (at once when `full` is there). */
  whenFull: Promise<Pack>;
}

/** The source of a pack the page has whole (fetched from api/pack, or the studio's draft). */
export function wholePackSource(head: PackHead, pack: Pack): PackSource {
  return { head, full: pack, whenFull: Promise.resolve(pack) };
}

const NavContext = createContext<Nav | null>(null);
const PackContext = createContext<PackSource | null>(null);

export function AppStateProvider({ source, children }: { source: PackSource; children: ReactNode }) {
  const [state, dispatch] = useReducer(navReducer, { stack: [HOME], direction: 1 });
  const go = useCallback((route: Route) => asTransition(() => dispatch({ type: 'push', route })), []);
  const replace = useCallback((route: Route) => asTransition(() => dispatch({ type: 'replace', route })), []);
  const back = useCallback(() => asTransition(() => dispatch({ type: 'back' })), []);
  const home = useCallback(() => asTransition(() => dispatch({ type: 'home' })), []);
  const nav = useMemo<Nav>(
    () => ({
      route: state.stack[state.stack.length - 1] ?? HOME,
      direction: state.direction,
      depth: state.stack.length,
      go,
      replace,
      back,
      home,
    }),
    [state, go, replace, back, home],
  );
  return (
    <PackContext.Provider value={source}>
      <NavContext.Provider value={nav}>{children}</NavContext.Provider>
    </PackContext.Provider>
  );
}

export function useNav(): Nav {
  const nav = useContext(NavContext);
  if (!nav) throw new Error('useNav outside AppStateProvider');
  return nav;
}

/**
 * The whole pack. Before it has arrived, the component suspends until it does: a screen asked for
 * in a transition (every navigation) waits on the screen before it, and never draws from part of
 * the enterprises.
 */
export function usePack(): Pack {
  const source = useContext(PackContext);
  if (!source) throw new Error('usePack outside AppStateProvider');
  return source.full ?? use(source.whenFull);
}

/** The pack's head: all the attract loop, home and the chrome need, there from the first frame. */
export function usePackHead(): PackHead {
  const source = useContext(PackContext);
  if (!source) throw new Error('usePackHead outside AppStateProvider');
  return source.head;
}

/** The whole pack if it has arrived, else null: for what can do with less meanwhile, never waiting. */
export function useArrivedPack(): Pack | null {
  return useContext(PackContext)?.full ?? null;
}

/** The pack's head, or null before it has loaded (for chrome shown on the loading/error screens). */
export function useOptionalPackHead(): PackHead | null {
  return useContext(PackContext)?.head ?? null;
}

// ── Language ──────────────────────────────────────────────────────────────────────────────────

/** Languages the visitor can pick: those with UI strings, limited to the pack's languages once loaded. */
export function availableLanguages(pack: Pick<Pack, 'pack'> | null): string[] {
  if (!pack) return [...UI_LANGUAGES];
  const inPack = UI_LANGUAGES.filter((l) => pack.pack.languages.includes(l));
  return inPack.length >= 2 ? inPack : [...UI_LANGUAGES];
}

export function useLanguage() {
  const { i18n } = useTranslation();
  const pack = useOptionalPackHead();
  const languages = useMemo(() => availableLanguages(pack), [pack]);
  const setLanguage = useCallback((lang: string) => afterPaint(() => void i18n.changeLanguage(lang)), [i18n]);
  return { lang: i18n.resolvedLanguage ?? i18n.language, languages, setLanguage };
}

/** Content text in the visitor's language: `const tx = useText(); tx(enterprise.name)`. */
export function useText(): (text: LocalizedText) => string {
  const { lang } = useLanguage();
  const pack = useOptionalPackHead();
  const defaultLanguage = pack?.pack.defaultLanguage;
  return useCallback((text: LocalizedText) => pickText(text, lang, defaultLanguage), [lang, defaultLanguage]);
}
