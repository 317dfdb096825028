import { AnimatePresence, MotionConfig } from 'framer-motion';
import { Suspense, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import kioskFontCoverage from 'virtual:kiosk-font-coverage';
import { packHead, type PackHead } from '../../../main/contract/pack-head';
import type { Pack } from '../../../main/core/pack/schema';
import { AdminLayer, preloadAdminPanel } from '../admin/AdminLayer';
import { onPackChanged } from '../kiosk/kiosk-events';
import { useKioskSettings } from '../kiosk/useKioskSettings';
import { Backdrop } from './Backdrop';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorScreen, LoadingScreen } from './StatusScreens';
import { TopBar } from './TopBar';
import { loadPack, servedHead } from '../kiosk/pack-loader';
import { cardCover } from '../kiosk/enterprise';
import { loadFallbackFacesFor } from '../kiosk/fonts';
import { loadTypefacesFor, ownFaceLanguages } from '../kiosk/typefaces';
import { graphicsTier, setGraphicsPreference } from '../kiosk/graphics';
import { mediaUrl, warmImages } from '../kiosk/media';
import { afterFirstPresented } from '../kiosk/yield';
import { setCurrentScreen } from '../kiosk/page-errors';
import { AttractScreen } from '../attract/AttractScreen';
import { FutureIndustriesScreen } from '../future/FutureIndustriesScreen';
import { HomeScreen } from '../home/HomeScreen';
import { preloadable } from '../kiosk/preloadable';
import { PREVIEW_MODE, onPreviewMessage, previewMessage } from '../kiosk/preview-mode';
import {
  AppStateProvider,
  availableLanguages,
  useNav,
  wholePackSource,
  type PackSource,
  type Route,
} from '../kiosk/store';
import { useVisit } from '../kiosk/visit-context';
import { InterestProvider } from '../kiosk/interest';
import { InterestLayer } from './InterestLayer';
import { PreviewFollower, PreviewVisit } from './PreviewFollower';
import { ScreenViewStats, VisitProvider } from './visit';
import { PackFollower } from './PackFollower';

// Screens a visitor reaches from home, each in its chunk, loaded while the attract loop runs.
const EnterpriseList = preloadable(() =>
  import('../enterprises/EnterpriseListScreen').then((m) => m.EnterpriseListScreen),
);
const Search = preloadable(() => import('../enterprises/SearchScreen').then((m) => m.SearchScreen));
const Enterprise = preloadable(() => import('../enterprises/EnterpriseScreen').then((m) => m.EnterpriseScreen));
const Contact = preloadable(() => import('../contact/ContactScreen').then((m) => m.ContactScreen));
const MapView = preloadable(() => import('../map/MapScreen').then((m) => m.MapScreen));
const Clusters = preloadable(() => import('../clusters/ClustersScreen').then((m) => m.ClustersScreen));
const Cluster = preloadable(() => import('../clusters/ClusterScreen').then((m) => m.ClusterScreen));
const LATER = [EnterpriseList, Search, Enterprise, Contact, MapView, Clusters, Cluster];

/** How many enterprises' covers (in the pack's order) are fetched before the visitor asks for them. */
const WARM_COVERS = 48;

/**
 * Once the attract loop is on screen and the whole pack has arrived: loads the later screens and
 * the admin panel, and fetches the enterprises' covers (kiosk/media.ts, warmImages; again for
 * another pack), so that the first visit's enterprise grid shows its pictures in its first frame,
 * as every later visit's does. A pack of more enterprises has the rest fetched when their cards show.
 */
function usePreloadLater(pack: Pack | null): void {
  const covers = useRef<HTMLImageElement[]>([]);
  useEffect(() => {
    if (!pack) return;
    const timer = window.setTimeout(() => {
      for (const later of LATER) later.preload().catch((err: unknown) => console.warn('[kiosk] preload:', err));
      preloadAdminPanel().catch((err: unknown) => console.warn('[kiosk] preload:', err));
      // The studio's preview gets a new pack after each pause in typing, on the studio's own thread:
      // it fetches no covers ahead and builds no search index for a visitor who never comes.
      if (PREVIEW_MODE) return;
      const firstCovers = pack.enterprises.slice(0, WARM_COVERS).flatMap((e) => cardCover(e) ?? []);
      covers.current = warmImages(firstCovers.map((c) => mediaUrl(c.path, c.rendition)));
      // The search index is built between frames, so that the first search finds it ready.
      import('../enterprises/search-index')
        .then((m) => m.searchIndexOf(pack))
        .catch((err: unknown) => console.warn('[kiosk] search index:', err));
    }, 400);
    return () => window.clearTimeout(timer);
  }, [pack]);
}

/**
 * Decides which way screens change (kiosk/graphics.ts) when the page is idle, well after the first
 * frame and the preloads, so that a visitor's first touch finds it known (a screen asks for it at
 * its first render and would otherwise run the ~12 ms WebGL probe then).
 */
function useGraphicsProbeLater(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const timer = window.setTimeout(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(() => graphicsTier(), { timeout: 1000 });
      else graphicsTier();
    }, 2000);
    return () => window.clearTimeout(timer);
  }, [ready]);
}

/** Seconds between automatic retries when the pack cannot be loaded. */
export const RETRY_SECONDS = 5;

type LoadState =
  { status: 'loading' } | { status: 'error'; retryIn: number | null } | { status: 'ready'; source: PackSource };

/** A source of the served head alone, and how to complete it once the whole pack is there. */
function headOnly(head: PackHead): { source: PackSource; complete: (pack: Pack) => PackSource } {
  let resolve: (pack: Pack) => void = () => {};
  const whenFull = new Promise<Pack>((r) => (resolve = r));
  return {
    source: { head, full: null, whenFull },
    complete: (pack) => {
      resolve(pack);
      return { head, full: pack, whenFull };
    },
  };
}

const samePack = (a: Pick<Pack, 'pack'>, b: Pick<Pack, 'pack'>) =>
  a.pack.id === b.pack.id && a.pack.version === b.pack.version;

function usePackLoader(): LoadState {
  // The head served inside the page draws the first screen at once, and the whole pack is fetched
  // from api/pack once that screen's first frame is presented; at once when the page came without a
  // head, on a retry, and after an import or a rollback.
  const [served] = useState(() => {
    const head = servedHead();
    return head ? headOnly(head) : null;
  });
  const [state, setState] = useState<LoadState>(() =>
    served ? { status: 'ready', source: served.source } : { status: 'loading' },
  );
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const ctrl = new AbortController();
    const load = () =>
      loadPack(ctrl.signal).then(
        (pack) =>
          setState(
            // The same pack as the head's completes it; another (changed in between) replaces it.
            attempt === 0 && served && samePack(served.source.head, pack)
              ? { status: 'ready', source: served.complete(pack) }
              : { status: 'ready', source: wholePackSource(packHead(pack), pack) },
          ),
        (err: unknown) => {
          if (ctrl.signal.aborted) return;
          console.warn('[kiosk] could not load the pack:', err);
          setState({ status: 'error', retryIn: RETRY_SECONDS });
        },
      );
    // The rest of the served pack waits until the first frame is on the glass: its fetch and parse
    // would take a core from that frame's raster (kiosk/yield.ts, afterFirstPresented).
    if (attempt === 0 && served) afterFirstPresented(() => void (ctrl.signal.aborted || load()));
    else void load();
    return () => ctrl.abort();
  }, [attempt, served]);
  // The admin panel imported or rolled back a pack: fetch it again.
  useEffect(() => onPackChanged(() => setAttempt((a) => a + 1)), []);

  // Count down, then try again (the error screen stays up while retrying: no flicker).
  const retryIn = state.status === 'error' ? state.retryIn : undefined;
  useEffect(() => {
    if (retryIn === undefined || retryIn === null) return;
    const timer = window.setTimeout(() => {
      if (retryIn <= 1) {
        setState({ status: 'error', retryIn: null });
        setAttempt((a) => a + 1);
      } else {
        setState({ status: 'error', retryIn: retryIn - 1 });
      }
    }, 1000);
    return () => window.clearTimeout(timer);
  }, [retryIn]);

  return state;
}

/** The studio's preview: the pack is the draft the studio last posted (kiosk/preview-mode.ts). */
function usePreviewPack(): LoadState {
  const message = useSyncExternalStore(onPreviewMessage, previewMessage);
  const source = useMemo(() => {
    const pack = message?.pack as Pack | undefined;
    return pack ? wholePackSource(packHead(pack), pack) : null;
  }, [message]);
  return source ? { status: 'ready', source } : { status: 'loading' };
}

// Fixed for the page's life: the preview never loads a pack of its own.
const useLoadState = PREVIEW_MODE ? usePreviewPack : usePackLoader;

function screenKey(route: Route): string {
  if (route.name === 'cluster') return `cluster:${route.id}`;
  return route.name === 'enterprise' ? `enterprise:${route.id}` : route.name;
}

function CurrentScreen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'enterprises':
      return <EnterpriseList.Component cluster={route.cluster} district={route.district} />;
    case 'enterprise':
      return <Enterprise.Component id={route.id} />;
    case 'search':
      return <Search.Component />;
    case 'future':
      return <FutureIndustriesScreen />;
    case 'contact':
      return <Contact.Component />;
    case 'map':
      return <MapView.Component />;
    case 'clusters':
      return <Clusters.Component />;
    case 'cluster':
      return <Cluster.Component id={route.id} />;
  }
}

function Shell() {
  const nav = useNav();
  const key = screenKey(nav.route);
  useEffect(() => setCurrentScreen(key), [key]);
  const screen = <CurrentScreen key={key} route={nav.route} />;
  // Without a GPU the old screen goes in the same change that brings the new one. Kept by
  // AnimatePresence until its (empty) exit ends, it stayed a frame or more (190 ms for the
  // enterprise list, 80 ms for the clusters, 15 ms for the map), drawn under the new one, and
  // that frame's raster on the CPU was the old screen's as well as the new one's: the map showed
  // ~90 ms later.
  return (
    <>
      <TopBar />
      <ScreenViewStats route={nav.route.name} />
      {PREVIEW_MODE && <PreviewFollower />}
      <Suspense fallback={null}>
        {graphicsTier() === 'light' ? (
          screen
        ) : (
          <AnimatePresence custom={nav.direction} initial>
            {screen}
          </AnimatePresence>
        )}
      </Suspense>
    </>
  );
}

/** The attract loop until a touch, then a visit; each visit starts with fresh navigation. */
function Kiosk({ source }: { source: PackSource }) {
  const visit = useVisit();
  useEffect(() => {
    if (!visit.active) setCurrentScreen('attract');
  }, [visit.active]);
  return (
    <AppStateProvider key={visit.id} source={source}>
      <InterestProvider>
        {PREVIEW_MODE && <PreviewVisit />}
        {visit.active ? <Shell /> : <AttractScreen />}
        {!visit.active && !PREVIEW_MODE && <PackFollower pack={source.head} />}
        {visit.active && !PREVIEW_MODE && <InterestLayer />}
      </InterestProvider>
    </AppStateProvider>
  );
}

export function App() {
  // servedHead() reads the page once and keeps its answer: the same at every render.
  const servedAtStart = servedHead() !== null;
  const state = useLoadState();
  const settings = useKioskSettings();
  const head = state.status === 'ready' ? state.source.head : null;
  // The whole pack: for what reads every enterprise (covers, the search index, the typefaces' check).
  const ready = state.status === 'ready' ? state.source.full : null;
  usePreloadLater(ready);
  useGraphicsProbeLater(head !== null);
  useEffect(() => {
    if (!ready) return;
    if (!PREVIEW_MODE) return loadFallbackFacesFor(ready, kioskFontCoverage, ownFaceLanguages());
    // The studio posts the draft at every pause in typing; reading all its texts for characters the
    // cut lacks waits until the draft rests (on a pack of 1,000 enterprises it takes ~50 ms).
    let cancel: (() => void) | undefined;
    const timer = window.setTimeout(
      () => (cancel = loadFallbackFacesFor(ready, kioskFontCoverage, ownFaceLanguages())),
      1500,
    );
    return () => {
      window.clearTimeout(timer);
      cancel?.();
    };
  }, [ready]);
  useEffect(() => {
    if (head) loadTypefacesFor(availableLanguages(head));
  }, [head]);
  const reduced = settings?.reducedMotion === true;
  const graphics = settings?.graphics ?? 'auto';
  useEffect(() => setGraphicsPreference(graphics), [graphics]);
  // The setting calms the CSS animations too (styles match html[data-reduced-motion] as well as
  // the system's prefers-reduced-motion).
  useEffect(() => {
    document.documentElement.toggleAttribute('data-reduced-motion', reduced);
  }, [reduced]);
  return (
    <MotionConfig reducedMotion={reduced ? 'always' : 'user'}>
      <Backdrop />
      {/* A page served with its pack draws the attract loop in its first frame, without a fade in
          (a fade starts only once React's effects have run, a frame or more later); after a
          loading or error screen, the kiosk fades in. */}
      <AnimatePresence mode="wait" initial={!servedAtStart}>
        {state.status === 'ready' ? (
          // In the studio's preview, a draft a screen cannot draw yet is retried a moment later.
          <ErrorBoundary
            key={`app:${state.source.head.pack.id}@${state.source.head.pack.version}`}
            resetAfter={PREVIEW_MODE ? 1 : undefined}
          >
            <VisitProvider pack={state.source.head}>
              <Kiosk source={state.source} />
            </VisitProvider>
          </ErrorBoundary>
        ) : state.status === 'error' ? (
          <ErrorScreen key="error" retryIn={state.retryIn} />
        ) : (
          <LoadingScreen key="loading" />
        )}
      </AnimatePresence>
      {!PREVIEW_MODE && <AdminLayer pack={ready} />}
    </MotionConfig>
  );
}
