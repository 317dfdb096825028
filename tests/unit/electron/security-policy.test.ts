import { EventEmitter } from 'node:events';
import type { App } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  hardenAllWebContents,
  hardenSession,
  hardenWebContents,
  isAllowedRequestUrl,
  isAppUrl,
  mainWindowOptions,
  secureWebPreferences,
} from '../../../main/electron/security-policy.ts';
import { FakeSession, FakeWebContents, fakeEvent } from '../support/fake-electron-objects.ts';

// security-policy.ts reaches Electron only through app-scheme's `protocol`; nothing here may need more.
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }));

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('secureWebPreferences', () => {
  it('isolates the page, sandboxes it and gives it no Node', () => {
    const prefs = secureWebPreferences('/app/preload.cjs', true);
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and every risky feature off', () => {
    const prefs = secureWebPreferences('/app/preload.cjs', true);
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });

  it('sets exactly the reviewed flags and the preload, nothing else', () => {
    expect(Object.keys(secureWebPreferences('/p.cjs', true)).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'devTools',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
    expect(secureWebPreferences('/p.cjs', true).preload).toBe('/p.cjs');
  });

  it('offers DevTools in development only, never in the packaged app', () => {
    expect(secureWebPreferences('/p.cjs', true).devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', false).devTools).toBe(true);
  });
});

describe('mainWindowOptions', () => {
  it('opens at 1920×1080, hidden until ready, on the brand background, without a menu bar', () => {
    const options = mainWindowOptions({
      preloadPath: '/p.cjs',
      isPackaged: true,
      workArea: { width: 3840, height: 2160 },
    });
    expect(options).toMatchObject({
      width: 1920,
      height: 1080,
      show: false,
      backgroundColor: '#0b1e3f',
      autoHideMenuBar: true,
    });
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs', true));
  });

  it('shrinks to a smaller screen instead of overflowing it', () => {
    const options = mainWindowOptions({
      preloadPath: '/p.cjs',
      isPackaged: false,
      workArea: { width: 1280, height: 720 },
    });
    expect([options.width, options.height]).toEqual([1280, 720]);
  });
});

describe('isAppUrl', () => {
  it.each(['app://kiosk/', 'app://kiosk/x', 'app://kiosk/media/a%20b.jpg?v=1#top', 'app://kiosk'])(
    'accepts %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );

  it.each([
    'app://evil/',
    'app://kiosk.evil.com/',
    'app://kiosk:8080/',
    'app://user@kiosk/',
    'app:kiosk/x',
    'http://127.0.0.1/',
    'http://kiosk/',
    'https://kiosk/',
    'file:///',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'about:blank',
    '',
    'not a url',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  function hardened(): FakeWebContents {
    const contents = new FakeWebContents();
    hardenWebContents(contents.asWebContents());
    return contents;
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('denies %s to a web page', (eventName) => {
    const contents = hardened();
    const event = fakeEvent({ url: 'https://example.com/', isSameDocument: false, isMainFrame: true });
    contents.emit(eventName, event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it.each(['file:///etc/passwd', 'http://127.0.0.1:8080/', 'javascript:alert(1)', 'app://evil/'])(
    'denies navigation to %s',
    (url) => {
      const contents = hardened();
      const event = fakeEvent({ url, isSameDocument: false, isMainFrame: true });
      contents.emit('will-navigate', event);
      expect(event.preventDefault).toHaveBeenCalled();
    },
  );

  it('denies even a new document on our own origin: only the main process loads pages', () => {
    const contents = hardened();
    const event = fakeEvent({ url: 'app://kiosk/other.html', isSameDocument: false, isMainFrame: true });
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies a subframe navigating anywhere', () => {
    const contents = hardened();
    const event = fakeEvent({ url: 'app://kiosk/', isSameDocument: false, isMainFrame: false });
    contents.emit('will-frame-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('lets same-document navigation (hash and history routing) through', () => {
    const contents = hardened();
    const event = fakeEvent({ url: 'app://kiosk/#/industries', isSameDocument: true, isMainFrame: true });
    contents.emit('will-frame-navigate', event);
    contents.emit('will-redirect', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('denies window.open, whatever the URL', () => {
    const contents = hardened();
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://kiosk/' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a webview', () => {
    const contents = hardened();
    const event = fakeEvent({});
    contents.emit('will-attach-webview', event, { preload: '/evil.js' }, { src: 'https://example.com/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenAllWebContents', () => {
  it('hardens every webContents the app creates', () => {
    const app = new EventEmitter();
    hardenAllWebContents(app as unknown as App);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent({}), contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    const event = fakeEvent({ url: 'https://example.com/', isSameDocument: false, isMainFrame: true });
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('lets a webContents navigate only where its exception allows (the studio window, its own origin)', () => {
    const app = new EventEmitter();
    const studio = new FakeWebContents();
    const kiosk = new FakeWebContents();
    hardenAllWebContents(
      app as unknown as App,
      (contents, url) => contents === studio.asWebContents() && url.startsWith('http://127.0.0.1:5/'),
    );
    app.emit('web-contents-created', fakeEvent({}), studio);
    app.emit('web-contents-created', fakeEvent({}), kiosk);
    const frame = () =>
      fakeEvent({ url: 'http://127.0.0.1:5/studio/preview/', isSameDocument: false, isMainFrame: false });
    const own = frame();
    studio.emit('will-frame-navigate', own);
    expect(own.preventDefault).not.toHaveBeenCalled();
    const elsewhere = fakeEvent({ url: 'https://example.com/', isSameDocument: false, isMainFrame: false });
    studio.emit('will-frame-navigate', elsewhere);
    expect(elsewhere.preventDefault).toHaveBeenCalled();
    const fromKiosk = frame();
    kiosk.emit('will-frame-navigate', fromKiosk);
    expect(fromKiosk.preventDefault).toHaveBeenCalled();
    expect(studio.windowOpenHandler?.({ url: 'http://127.0.0.1:5/studio/' })).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  function hardened(): FakeSession {
    const session = new FakeSession();
    hardenSession(session.asSession());
    return session;
  }

  it.each(['media', 'geolocation', 'notifications', 'fullscreen', 'openExternal', 'unknown'])(
    'denies a %s permission request',
    (permission) => {
      const session = hardened();
      const handler = session.setPermissionRequestHandler.mock.calls[0]?.[0];
      const callback = vi.fn();
      handler(new FakeWebContents(), permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  describe('the webcam, for pairing by QR in the unlocked admin panel only', () => {
    const video = { requestingUrl: 'app://kiosk/', isMainFrame: true, mediaTypes: ['video'] };
    function withAdmin(open: { value: boolean }) {
      const session = new FakeSession();
      hardenSession(session.asSession(), { adminOpen: () => open.value });
      const request = (permission: string, details: object) => {
        const callback = vi.fn();
        session.setPermissionRequestHandler.mock.calls[0]?.[0](new FakeWebContents(), permission, callback, details);
        return callback.mock.calls[0]?.[0] as boolean;
      };
      const check = session.setPermissionCheckHandler.mock.calls[0]?.[0];
      return { request, check };
    }

    it('grants the camera to the kiosk page while the admin panel is unlocked, and not once it is locked', () => {
      const admin = { value: true };
      const { request, check } = withAdmin(admin);
      expect(request('media', video)).toBe(true);
      expect(check(new FakeWebContents(), 'media', 'app://kiosk', { isMainFrame: true, mediaType: 'video' })).toBe(
        true,
      );
      admin.value = false;
      expect(request('media', video)).toBe(false);
      expect(check(new FakeWebContents(), 'media', 'app://kiosk', { isMainFrame: true, mediaType: 'video' })).toBe(
        false,
      );
    });

    it.each([
      ['another origin', { ...video, requestingUrl: 'https://example.com/' }],
      ['a look-alike host', { ...video, requestingUrl: 'app://kiosk.example.com/' }],
      ['a local web page', { ...video, requestingUrl: 'http://127.0.0.1:5173/' }],
      ['a subframe', { ...video, isMainFrame: false }],
      ['the microphone too', { ...video, mediaTypes: ['video', 'audio'] }],
      ['the microphone alone', { ...video, mediaTypes: ['audio'] }],
      ['no media named', { ...video, mediaTypes: [] }],
    ])('refuses %s, even with the admin panel unlocked', (_what, details) => {
      expect(withAdmin({ value: true }).request('media', details)).toBe(false);
    });

    it.each(['geolocation', 'notifications', 'display-capture', 'hid'])(
      'refuses %s with the admin panel unlocked',
      (p) => {
        const { request, check } = withAdmin({ value: true });
        expect(request(p, video)).toBe(false);
        expect(check(new FakeWebContents(), p, 'app://kiosk', { isMainFrame: true, mediaType: 'video' })).toBe(false);
      },
    );

    it('refuses the microphone in a check', () => {
      const { check } = withAdmin({ value: true });
      expect(check(new FakeWebContents(), 'media', 'app://kiosk', { isMainFrame: true, mediaType: 'audio' })).toBe(
        false,
      );
      expect(
        check(new FakeWebContents(), 'media', 'https://example.com', { isMainFrame: true, mediaType: 'video' }),
      ).toBe(false);
    });
  });

  it('answers every permission check with no', () => {
    const session = hardened();
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0];
    expect(check(null, 'media', 'app://kiosk', {})).toBe(false);
    expect(check(new FakeWebContents(), 'hid', 'app://kiosk', {})).toBe(false);
  });

  it('grants no device (HID, USB, serial)', () => {
    const session = hardened();
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0];
    expect(device({ deviceType: 'usb', origin: 'app://kiosk', device: {} })).toBe(false);
  });

  it('filters every request URL', () => {
    const session = hardened();
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledWith({ urls: ['<all_urls>'] }, expect.any(Function));
  });

  it.each([
    'http://example.com/',
    'https://example.com/a.js',
    'http://127.0.0.1:5173/',
    'ws://127.0.0.1/socket',
    'wss://example.com/',
    'file:///etc/passwd',
    'ftp://example.com/',
    'app://evil/',
  ])('cancels a request to %s', (url) => {
    const session = hardened();
    const listener = session.webRequest.onBeforeRequest.mock.calls[0]?.[1];
    const callback = vi.fn();
    listener({ url, resourceType: 'xhr' }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({ cancel: true });
  });

  it.each([
    'app://kiosk/',
    'app://kiosk/media/intro.mp4',
    'devtools://devtools/bundled/inspector.html',
    'data:image/png;base64,AA==',
    'blob:app://kiosk/3f2a',
  ])('lets a request to %s through', (url) => {
    const session = hardened();
    const listener = session.webRequest.onBeforeRequest.mock.calls[0]?.[1];
    const callback = vi.fn();
    listener({ url, resourceType: 'image' }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({ cancel: false });
  });

  it('refuses downloads, which would open a save dialog on the kiosk', () => {
    const session = hardened();
    const event = fakeEvent({});
    session.emit('will-download', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('isAllowedRequestUrl', () => {
  it('refuses what cannot be parsed', () => {
    expect(isAllowedRequestUrl('::')).toBe(false);
  });
});
