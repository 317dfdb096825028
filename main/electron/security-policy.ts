/**
 * The kiosk's security policy for windows, web contents and the session, following Electron's
 * security checklist: context isolation + sandbox, no Node in any renderer, no navigation, no new
 * windows, no webviews, no permissions, no network. Plain functions over the objects they are given,
 * so that tests can drive them with fakes.
 */
import type { App, BrowserWindowConstructorOptions, Session, WebContents, WebPreferences } from 'electron';
import { isAppUrl } from './app-scheme.ts';

export { isAppUrl };

/**
 * The webPreferences of every kiosk window. Each flag is set explicitly, even where it equals
 * Electron's default, so that a future default change (or a copy-paste elsewhere) cannot weaken it.
 * DevTools exist only in development: a packaged kiosk must give a passer-by no way into the page.
 */
export function secureWebPreferences(preloadPath: string, isPackaged: boolean): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: !isPackaged,
    preload: preloadPath,
  };
}

/** The size the kiosk is designed for; the window never opens larger. */
export const DESIGN_SIZE = { width: 1920, height: 1080 } as const;

/** The kiosk's brand background, painted before the first frame so start-up shows no white flash. */
export const WINDOW_BACKGROUND = '#0b1e3f';

/**
 * Options of the main window: the design size, shrunk to the screen's work area when that is
 * smaller (a developer's laptop), hidden until `ready-to-show` so no half-drawn page appears, and
 * without a menu bar. Full-screen/kiosk mode is a later decision.
 */
export function mainWindowOptions(options: {
  preloadPath: string;
  isPackaged: boolean;
  workArea: { width: number; height: number };
}): BrowserWindowConstructorOptions {
  return {
    width: Math.min(DESIGN_SIZE.width, options.workArea.width),
    height: Math.min(DESIGN_SIZE.height, options.workArea.height),
    backgroundColor: WINDOW_BACKGROUND,
    show: false,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(options.preloadPath, options.isPackaged),
  };
}

/**
 * Locks a webContents to the page it was loaded with. Every navigation the page (or a link, a form,
 * a redirect, a subframe) starts is refused, wherever it goes, even to another `app://kiosk` URL:
 * the renderer is a single-page app that routes in-document, and only the main process loads pages
 * (`loadURL` does not emit these events). Same-document navigations (hash, history API) pass.
 * `window.open` and `<webview>` are refused too, so no second browsing surface can appear.
 */
export function hardenWebContents(contents: WebContents, mayNavigate: (url: string) => boolean = () => false): void {
  const refuse = (kind: string) => (event: { url: string; isSameDocument: boolean; preventDefault(): void }) => {
    if (event.isSameDocument || mayNavigate(event.url)) return;
    event.preventDefault();
    console.warn(`[kiosk] blocked ${kind} to ${event.url}`);
  };
  contents.on('will-navigate', refuse('navigation'));
  contents.on('will-frame-navigate', refuse('frame navigation'));
  contents.on('will-redirect', refuse('redirect'));
  contents.setWindowOpenHandler((details) => {
    console.warn(`[kiosk] blocked window.open of ${details.url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/**
 * Installs `hardenWebContents` on every webContents the app ever creates, including ones no code of
 * ours asked for (devtools, a webview that slipped through), so that the policy cannot be forgotten
 * on one of them. `mayNavigate` is the one exception, asked at each navigation: the studio window
 * loads its preview frames from its own origin (studio-window.ts); the kiosk window never navigates.
 */
export function hardenAllWebContents(
  app: App,
  mayNavigate: (contents: WebContents, url: string) => boolean = () => false,
): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => mayNavigate(contents, url));
  });
}

/**
 * Schemes the kiosk may load: its own origin, DevTools' internal pages (development only), and the
 * in-memory `data:`/`blob:` URLs a bundled page uses (inlined small assets, object URLs), which never
 * reach the network.
 */
export const ALLOWED_REQUEST_SCHEMES = ['app:', 'devtools:', 'data:', 'blob:'] as const;

/**
 * Whether a request may proceed: only URLs of the allowed schemes, and for `app:` only our host.
 * Everything else (http, https, ws, wss, file, ftp, chrome, …) is refused: the kiosk is offline by
 * design and must never touch the network or the file system through the page.
 */
export function isAllowedRequestUrl(url: string): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  if (protocol === 'app:') return isAppUrl(url);
  return (ALLOWED_REQUEST_SCHEMES as readonly string[]).includes(protocol);
}

/** What Electron says of a permission request or check, as far as the camera decision reads it. */
export interface CameraAsk {
  /** The page asking (request) or its origin (check). */
  url: string | undefined;
  isMainFrame: boolean | undefined;
  /** Request: the media asked for; check: the one media type checked. */
  mediaTypes: readonly string[] | undefined;
}

/**
 * The one permission the kiosk ever grants: the webcam (video only, no microphone) to our own page
 * (`app://kiosk`, its top frame, never a subframe or another origin), and only while the admin panel
 * is unlocked behind the PIN, where the Booth tab scans another machine's device ID. A visitor's
 * screen can never open the camera, and no prompt ever appears.
 */
export function mayUseCamera(permission: string, ask: CameraAsk, adminOpen: () => boolean): boolean {
  if (permission !== 'media') return false;
  const types = ask.mediaTypes ?? [];
  if (types.length === 0 || types.some((type) => type !== 'video')) return false;
  if (ask.isMainFrame !== true || ask.url === undefined || !isAppUrl(ask.url)) return false;
  return adminOpen();
}

/** Options of `hardenSession`. */
export interface SessionPolicyOptions {
  /** Whether the admin panel is unlocked now (the camera's one condition besides the origin). */
  adminOpen?: () => boolean;
}

/**
 * Locks down a session: every permission request and check is refused (microphone, geolocation,
 * notifications, HID/USB/serial devices, …: a kiosk page needs none, and a prompt on a public screen
 * must never appear), the webcam aside, under `mayUseCamera`'s conditions; every request outside
 * `isAllowedRequestUrl` is cancelled; and downloads are refused, since a `<a download>` would
 * otherwise open a save dialog onto the file system.
 */
export function hardenSession(session: Session, options: SessionPolicyOptions = {}): void {
  const adminOpen = options.adminOpen ?? (() => false);
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    const media = details as { requestingUrl?: string; isMainFrame?: boolean; mediaTypes?: string[] } | undefined;
    const ask = { url: media?.requestingUrl, isMainFrame: media?.isMainFrame, mediaTypes: media?.mediaTypes };
    const granted = mayUseCamera(permission, ask, adminOpen);
    if (!granted) console.warn(`[kiosk] refused the ${permission} permission to ${media?.requestingUrl ?? 'a page'}`);
    callback(granted);
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) => {
    const media = details as { isMainFrame?: boolean; mediaType?: string } | undefined;
    const ask = {
      url: requestingOrigin,
      isMainFrame: media?.isMainFrame,
      mediaTypes: media?.mediaType ? [media.mediaType] : undefined,
    };
    return mayUseCamera(permission, ask, adminOpen);
  });
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) console.warn(`[kiosk] blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.on('will-download', (event) => {
    event.preventDefault();
  });
}
