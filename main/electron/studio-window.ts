/**
 * The content studio's window in Electron (the admin panel's "Content studio", or `--studio`): the
 * same studio server as `npm run studio` (main/core/studio), on 127.0.0.1 and a random port, shown
 * in a window of its own session. Its policy is the kiosk's (context isolation, sandbox, no Node,
 * no preload, every permission denied, no new windows) with one opening: it may load, and frame,
 * its own server's origin and nothing else; downloads (the exported zip) come only from there.
 */
import { BrowserWindow, dialog, screen, session, type Session, type WebContents } from 'electron';
import type { ActivePackManager } from '../core/pack/active-pack-manager.ts';
import { startStudioServer, type StudioServer } from '../core/studio/studio-server.ts';
import type { StudioBoothLink } from './booth-glue.ts';
import { secureWebPreferences, WINDOW_BACKGROUND } from './security-policy.ts';

/** The studio's own session, in memory: nothing of the kiosk's session is shared with it. */
export const STUDIO_PARTITION = 'studio';
const STUDIO_SIZE = { width: 1600, height: 1000 };

export interface StudioWindowOptions {
  packs: ActivePackManager;
  /** `app.getPath('userData')`: the draft lives in `<userData>/studio`. */
  userDataDir: string;
  /** The built renderer (studio.html, and the kiosk page for the preview). */
  rendererDir: string;
  isPackaged: boolean;
  /** The booth, for "Also publish to the booth's kiosks" (booth-glue.ts studioBoothLink). */
  booth?: StudioBoothLink;
}

export interface StudioWindow {
  /** Opens the studio window, or brings it to the front. */
  open(): Promise<void>;
  /** Whether `contents` (a studio page or its preview frame) may navigate to `url`. */
  mayNavigate(contents: WebContents, url: string): boolean;
  close(): Promise<void>;
}

/** Whether `url` is on `origin` exactly (scheme, host and port). */
export function isOnOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/**
 * Locks the studio's session to its server: permissions refused, every request off its origin
 * cancelled (in-memory data:/blob: URLs and DevTools aside), downloads only from it.
 */
export function hardenStudioSession(ses: Session, origin: string): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const protocol = details.url.slice(0, details.url.indexOf(':') + 1);
    const allowed = isOnOrigin(details.url, origin) || ['data:', 'blob:', 'devtools:'].includes(protocol);
    if (!allowed) console.warn(`[studio] blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  ses.on('will-download', (event, item) => {
    const url = item.getURL();
    if (!(url.startsWith('blob:') || isOnOrigin(url, origin))) event.preventDefault();
  });
}

export function createStudioWindow(options: StudioWindowOptions): StudioWindow {
  let server: Promise<StudioServer> | undefined;
  let win: BrowserWindow | undefined;
  let studioSession: Session | undefined;
  let origin: string | undefined;

  const chooseFolder = async (purpose: 'open' | 'save'): Promise<string | undefined> => {
    const title =
      purpose === 'open'
        ? 'Open a content pack folder · 打开内容包文件夹'
        : 'Save the pack into a folder · 将内容包保存到文件夹';
    const dialogOptions = {
      title,
      properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
    };
    const result = win ? await dialog.showOpenDialog(win, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
    return result.canceled ? undefined : result.filePaths[0];
  };

  const ensureServer = (): Promise<StudioServer> => {
    server ??= startStudioServer({
      dataDir: options.userDataDir,
      packs: options.packs,
      rendererDir: options.rendererDir,
      booth: options.booth,
      chooseFolder,
    }).then((started) => {
      studioSession = session.fromPartition(STUDIO_PARTITION);
      hardenStudioSession(studioSession, started.origin);
      origin = started.origin;
      console.info(`[studio] serving the content studio on ${started.url}`);
      return started;
    });
    return server;
  };

  return {
    async open() {
      if (win && !win.isDestroyed()) {
        if (win.isMinimized()) win.restore();
        win.show();
        win.focus();
        return;
      }
      const started = await ensureServer();
      const workArea = screen.getPrimaryDisplay().workAreaSize;
      const { preload: _none, ...webPreferences } = secureWebPreferences('', options.isPackaged);
      const created = new BrowserWindow({
        width: Math.min(STUDIO_SIZE.width, workArea.width),
        height: Math.min(STUDIO_SIZE.height, workArea.height),
        title: 'Content Studio · 内容工作室',
        backgroundColor: WINDOW_BACKGROUND,
        show: false,
        autoHideMenuBar: true,
        webPreferences: { ...webPreferences, session: studioSession },
      });
      win = created;
      created.once('ready-to-show', () => created.show());
      created.on('closed', () => {
        if (win === created) win = undefined;
      });
      await created.loadURL(started.url).catch((error: unknown) => {
        console.error(`[studio] could not load ${started.url}:`, error);
        if (!created.isDestroyed()) created.show();
      });
    },
    mayNavigate(contents, url) {
      if (origin === undefined || studioSession === undefined || contents.session !== studioSession) return false;
      return isOnOrigin(url, origin);
    },
    async close() {
      if (win && !win.isDestroyed()) win.destroy();
      if (server) await (await server).close();
    },
  };
}
