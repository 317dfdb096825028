/**
 * The window lockdown, with Electron mocked: the pure decisions (which keys are blocked, which
 * display is used, the window options) and the glue installed on a fake window. Whether Electron
 * really honours them can only be seen on a real machine (docs/kiosk-lockdown.md).
 */
import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  applyKioskLockdown,
  applyWindowMode,
  blockedInputReason,
  chooseDisplay,
  isBlockedInput,
  kioskWindowOptions,
  lockdownWanted,
  windowMode,
  type KeyInput,
} from '../../../main/electron/kiosk-lockdown.ts';
import { fakeWindow as fakeKioskWindow } from '../support/fake-browser-window.ts';

vi.mock('electron', () => ({}));

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

/** A keyDown with the given key, code and modifiers. */
function key(keyName: string, mods: Partial<KeyInput> = {}): KeyInput {
  const code = mods.code ?? (/^[a-z]$/i.test(keyName) ? `Key${keyName.toUpperCase()}` : keyName);
  return { type: 'keyDown', key: keyName, control: false, meta: false, alt: false, shift: false, ...mods, code };
}

const packaged = { isPackaged: true };
const dev = { isPackaged: false };

describe('blockedInputReason', () => {
  it.each<[string, KeyInput, string]>([
    ['F5', key('F5'), 'reload'],
    ['Ctrl+R', key('r', { control: true }), 'reload'],
    ['Cmd+R', key('r', { meta: true }), 'reload'],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true }), 'reload'],
    ['Alt+F4', key('F4', { alt: true }), 'close'],
    ['Ctrl+W', key('w', { control: true }), 'close'],
    ['Cmd+W', key('w', { meta: true }), 'close'],
    ['Cmd+Q', key('q', { meta: true }), 'close'],
    ['Ctrl+N (new window)', key('n', { control: true }), 'close'],
    ['Cmd+M (minimise)', key('m', { meta: true }), 'close'],
    ['Ctrl+= ', key('=', { control: true, code: 'Equal' }), 'zoom'],
    ['Ctrl+Shift+= (Ctrl++)', key('+', { control: true, shift: true, code: 'Equal' }), 'zoom'],
    ['Ctrl+-', key('-', { control: true, code: 'Minus' }), 'zoom'],
    ['Cmd+0', key('0', { meta: true, code: 'Digit0' }), 'zoom'],
    ['Ctrl+numpad +', key('+', { control: true, code: 'NumpadAdd' }), 'zoom'],
    ['F12', key('F12'), 'devtools'],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true }), 'devtools'],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true }), 'devtools'],
    ['Ctrl+Shift+C', key('C', { control: true, shift: true }), 'devtools'],
    ['Cmd+Alt+I', key('ˆ', { meta: true, alt: true, code: 'KeyI' }), 'devtools'],
    ['F11', key('F11'), 'fullscreen'],
    ['Ctrl+Cmd+F', key('f', { control: true, meta: true }), 'fullscreen'],
    ['Ctrl+P', key('p', { control: true }), 'print'],
    ['Ctrl+S', key('s', { control: true }), 'save'],
    ['Ctrl+O', key('o', { control: true }), 'open'],
    ['Ctrl+F', key('f', { control: true }), 'find'],
    ['Cmd+G', key('g', { meta: true }), 'find'],
    ['F3', key('F3'), 'find'],
    ['Ctrl+U', key('u', { control: true }), 'view-source'],
    ['Alt+Left', key('ArrowLeft', { alt: true }), 'history'],
    ['the Back key', key('BrowserBack'), 'history'],
  ])('blocks %s when packaged', (_name, input, reason) => {
    expect(blockedInputReason(input, packaged)).toBe(reason);
  });

  it('matches letters by their physical key on other layouts (Ctrl+W on a Cyrillic keyboard)', () => {
    expect(blockedInputReason(key('ц', { control: true, code: 'KeyW' }), packaged)).toBe('close');
  });

  it('blocks the matching keyUp as well', () => {
    expect(isBlockedInput({ ...key('F5'), type: 'keyUp' }, packaged)).toBe(true);
  });

  it.each<[string, KeyInput]>([
    ['a letter', key('a')],
    ['a digit', key('5', { code: 'Digit5' })],
    ['Shift+letter', key('A', { shift: true })],
    ['Backspace', key('Backspace')],
    ['Enter', key('Enter')],
    ['Escape', key('Escape')],
    ['the arrows', key('ArrowLeft')],
    ['Tab', key('Tab')],
    ['Ctrl+C (copy)', key('c', { control: true })],
    ['Ctrl+V (paste)', key('v', { control: true })],
    ['Ctrl+A (select all)', key('a', { control: true })],
    ['Ctrl+Z (undo)', key('z', { control: true })],
    ['a Chinese IME key', key('Process', { code: 'KeyN' })],
  ])('lets %s through', (_name, input) => {
    expect(blockedInputReason(input, packaged)).toBeNull();
  });

  it('lets reload and devtools through in development, but still blocks leaving the kiosk', () => {
    expect(isBlockedInput(key('F5'), dev)).toBe(false);
    expect(isBlockedInput(key('r', { control: true }), dev)).toBe(false);
    expect(isBlockedInput(key('F12'), dev)).toBe(false);
    expect(isBlockedInput(key('I', { control: true, shift: true }), dev)).toBe(false);
    expect(blockedInputReason(key('F4', { alt: true }), dev)).toBe('close');
    expect(blockedInputReason(key('=', { control: true, code: 'Equal' }), dev)).toBe('zoom');
  });

  it('ignores events that are not key presses', () => {
    expect(isBlockedInput({ ...key('F5'), type: 'char' }, packaged)).toBe(false);
  });
});

describe('chooseDisplay', () => {
  const left = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
  const right = { id: 2, bounds: { x: 1920, y: 0, width: 3840, height: 2160 } };

  it('uses the display settings name', () => {
    expect(chooseDisplay([left, right], { displayId: 2 }, 1)).toBe(right);
  });

  it('falls back to the primary display when the chosen one is unplugged, or none is chosen', () => {
    expect(chooseDisplay([left, right], { displayId: 9 }, 1)).toBe(left);
    expect(chooseDisplay([left, right], { displayId: null }, 2)).toBe(right);
  });

  it('falls back to the first display without a primary, and to none without displays', () => {
    expect(chooseDisplay([right, left], { displayId: null })).toBe(right);
    expect(chooseDisplay([], { displayId: 1 })).toBeUndefined();
  });
});

describe('kioskWindowOptions', () => {
  const base = { width: 1920, height: 1080, show: false, webPreferences: { sandbox: true } };
  const display = { id: 2, bounds: { x: 1920, y: 0, width: 3840, height: 2160 } };

  it('in kiosk mode fills the display, full screen, fixed, out of the taskbar', () => {
    expect(kioskWindowOptions(base, display, { mode: 'kiosk' })).toEqual({
      ...base,
      x: 1920,
      y: 0,
      width: 3840,
      height: 2160,
      kiosk: true,
      fullscreen: true,
      resizable: false,
      movable: false,
      minimizable: false,
      maximizable: false,
      skipTaskbar: true,
    });
  });

  it("in presenter mode opens a normal window, centred on the kiosk's display", () => {
    expect(kioskWindowOptions(base, display, { mode: 'presenter' })).toEqual({
      ...base,
      x: 1920 + 384,
      y: 216,
      width: 3072,
      height: 1728,
      kiosk: false,
      fullscreen: false,
      resizable: true,
      movable: true,
      minimizable: true,
      maximizable: true,
      skipTaskbar: false,
    });
  });

  it('keeps the secure webPreferences untouched', () => {
    expect(kioskWindowOptions(base, display, { mode: 'kiosk' }).webPreferences).toBe(base.webPreferences);
    expect(kioskWindowOptions(base, display, { mode: 'presenter' }).webPreferences).toBe(base.webPreferences);
  });

  it('in development only places the normal window on the display', () => {
    expect(kioskWindowOptions(base, display, { mode: 'development' })).toEqual({ ...base, x: 1920, y: 0 });
  });
});

describe('windowMode', () => {
  it('is presenter only for a locked-down build with presenter mode on', () => {
    expect(windowMode(true, { presenterMode: false })).toBe('kiosk');
    expect(windowMode(true, { presenterMode: true })).toBe('presenter');
    expect(windowMode(false, { presenterMode: true })).toBe('development');
  });
});

describe('applyWindowMode', () => {
  const display = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };

  it('turns the kiosk into a free window and back into kiosk mode on the display', () => {
    const { win, asWindow } = fakeKioskWindow();
    applyWindowMode(asWindow(), 'presenter', display);
    expect(win.setKiosk).toHaveBeenLastCalledWith(false);
    expect(win.setFullScreen).toHaveBeenLastCalledWith(false);
    expect(win.setResizable).toHaveBeenLastCalledWith(true);
    expect(win.setMovable).toHaveBeenLastCalledWith(true);
    expect(win.setSkipTaskbar).toHaveBeenLastCalledWith(false);
    expect(win.setBounds).toHaveBeenLastCalledWith({ x: 192, y: 108, width: 1536, height: 864 });

    applyWindowMode(asWindow(), 'kiosk', display);
    expect(win.setResizable).toHaveBeenLastCalledWith(false);
    expect(win.setMovable).toHaveBeenLastCalledWith(false);
    expect(win.setSkipTaskbar).toHaveBeenLastCalledWith(true);
    expect(win.setBounds).toHaveBeenLastCalledWith(display.bounds);
    expect(win.setKiosk).toHaveBeenLastCalledWith(true);
  });

  it('leaves a development window alone', () => {
    const { win, asWindow } = fakeKioskWindow();
    applyWindowMode(asWindow(), 'development', display);
    expect(win.setKiosk).not.toHaveBeenCalled();
    expect(win.setBounds).not.toHaveBeenCalled();
  });
});

describe('lockdownWanted', () => {
  it('is always on when packaged, and in development only with --kiosk', () => {
    expect(lockdownWanted(true, [])).toBe(true);
    expect(lockdownWanted(false, ['electron', '.'])).toBe(false);
    expect(lockdownWanted(false, ['electron', '.', '--kiosk'])).toBe(true);
  });
});

/** A window whose webContents and own events can be emitted, with the calls recorded. */
function fakeWindow() {
  const webContents = Object.assign(new EventEmitter(), {
    setVisualZoomLevelLimits: vi.fn(async () => {}),
    setZoomFactor: vi.fn(),
    closeDevTools: vi.fn(),
  });
  const win = Object.assign(new EventEmitter(), { webContents, setMenuBarVisibility: vi.fn() });
  return { win, webContents, asWindow: () => win as unknown as BrowserWindow };
}

describe('applyKioskLockdown', () => {
  it('swallows blocked keys and lets the others reach the page', () => {
    const { webContents, asWindow } = fakeWindow();
    applyKioskLockdown(asWindow(), { isPackaged: true, lockdown: true });
    const blocked = { preventDefault: vi.fn() };
    webContents.emit('before-input-event', blocked, key('F5'));
    expect(blocked.preventDefault).toHaveBeenCalled();
    const typed = { preventDefault: vi.fn() };
    webContents.emit('before-input-event', typed, key('a'));
    expect(typed.preventDefault).not.toHaveBeenCalled();
  });

  it('pins zoom at 100 % (pinch, Ctrl+wheel), again after every load', () => {
    const { webContents, asWindow } = fakeWindow();
    applyKioskLockdown(asWindow(), { isPackaged: true, lockdown: true });
    expect(webContents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1);
    webContents.emit('did-finish-load');
    expect(webContents.setVisualZoomLevelLimits).toHaveBeenCalledTimes(2);
    expect(webContents.setZoomFactor).toHaveBeenLastCalledWith(1);
  });

  it('closes devtools that open anyway when packaged', () => {
    const { webContents, asWindow } = fakeWindow();
    applyKioskLockdown(asWindow(), { isPackaged: true, lockdown: true });
    webContents.emit('devtools-opened');
    expect(webContents.closeDevTools).toHaveBeenCalled();
  });

  it('refuses to close under lockdown until the admin panel allows it', () => {
    const { win, asWindow } = fakeWindow();
    const guard = applyKioskLockdown(asWindow(), { isPackaged: true, lockdown: true });
    const first = { preventDefault: vi.fn() };
    win.emit('close', first);
    expect(first.preventDefault).toHaveBeenCalled();
    guard.allowClose();
    const second = { preventDefault: vi.fn() };
    win.emit('close', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('never blocks the OS logging off or shutting down', () => {
    const { win, asWindow } = fakeWindow();
    const guard = applyKioskLockdown(asWindow(), { isPackaged: true, lockdown: true });
    win.emit('query-session-end', {});
    expect(guard.closeAllowed).toBe(true);
  });

  it('lets a development window close normally', () => {
    const { win, asWindow } = fakeWindow();
    applyKioskLockdown(asWindow(), { isPackaged: false, lockdown: false });
    const event = { preventDefault: vi.fn() };
    win.emit('close', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});
