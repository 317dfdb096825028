/**
 * Kiosk lockdown of the window: full screen on the chosen display (and back onto it when displays
 * change), no way out through the keyboard (reload, close, zoom, devtools, full-screen toggle,
 * print, save, find, view-source), no closing unless the admin panel's exit allows it, no display
 * sleep, optional start at login. The decisions are pure functions; `applyKioskLockdown` is the thin
 * glue that installs them on a window.
 *
 * What Electron cannot block (OS gestures, Ctrl+Alt+Del, the Windows key, …) is in
 * docs/kiosk-lockdown.md, with how to lock the OS down around the app.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, Input, Rectangle } from 'electron';

/** The part of `Input` (before-input-event) the blocker looks at. */
export type KeyInput = Pick<Input, 'type' | 'key' | 'code' | 'control' | 'meta' | 'alt' | 'shift'>;

/**
 * Why the kiosk swallows `input`, or null to let it through to the page. Ctrl (Windows, Linux) and
 * Cmd (macOS) are treated alike, so a keyboard of either kind is covered. Letters are matched on
 * `code` too, since `key` depends on the keyboard layout (and on Shift). In development
 * (`isPackaged: false`) reload and devtools pass, since the developer needs them; everything that
 * would leave or break the kiosk screen is blocked always.
 */
export function blockedInputReason(input: KeyInput, options: { isPackaged: boolean }): string | null {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown' && input.type !== 'keyUp') return null;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  const letter = /^Key[A-Z]$/.test(input.code) ? input.code.slice(3).toLowerCase() : key;
  const mod = input.control || input.meta;
  const is = (name: string) => key === name || letter === name;

  // Devtools and reload: blocked when packaged only.
  if (options.isPackaged) {
    if (key === 'F12') return 'devtools';
    if (mod && input.shift && (is('i') || is('j') || is('c'))) return 'devtools';
    if (input.meta && input.alt && (is('i') || is('j') || is('c'))) return 'devtools';
    if (key === 'F5' || key === 'BrowserRefresh') return 'reload';
    if (mod && is('r')) return 'reload';
  }
  // Leaving the kiosk: close, quit, new window/tab, hide, minimise.
  if (input.alt && key === 'F4') return 'close';
  if (mod && (is('w') || is('q') || is('n') || is('t') || is('m') || is('h'))) return 'close';
  // Zoom: keyboard shortcuts here; pinch and Ctrl+wheel via setVisualZoomLevelLimits(1, 1).
  if (mod && ['=', '+', '-', '_', '0'].includes(key)) return 'zoom';
  if (mod && ['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0'].includes(input.code)) {
    return 'zoom';
  }
  if (key === 'F11') return 'fullscreen';
  if (input.meta && input.control && is('f')) return 'fullscreen';
  // Browser features a visitor must not reach.
  if (mod && is('p')) return 'print';
  if (mod && is('s')) return 'save';
  if (mod && is('o')) return 'open';
  if (mod && (is('f') || is('g'))) return 'find';
  if (key === 'F3') return 'find';
  if (mod && is('u')) return 'view-source';
  // History navigation would leave the single page (the navigation policy refuses it anyway).
  if (input.alt && (key === 'ArrowLeft' || key === 'ArrowRight')) return 'history';
  if (key === 'BrowserBack' || key === 'BrowserForward' || key === 'BrowserHome') return 'history';
  return null;
}

/** Whether the kiosk swallows `input` (see `blockedInputReason`). */
export function isBlockedInput(input: KeyInput, options: { isPackaged: boolean }): boolean {
  return blockedInputReason(input, options) !== null;
}

/** The part of an Electron `Display` needed to choose one. */
export interface DisplayInfo {
  id: number;
  bounds: Rectangle;
}

/**
 * The display the kiosk fills: the one settings name if it is connected, else the primary one,
 * else the first (a fair's HDMI cable does come loose).
 */
export function chooseDisplay<D extends DisplayInfo>(
  displays: readonly D[],
  settings: { displayId: number | null },
  primaryId?: number,
): D | undefined {
  return displays.find((d) => d.id === settings.displayId) ?? displays.find((d) => d.id === primaryId) ?? displays[0];
}

/**
 * How the kiosk window shows. `kiosk`: locked down, filling the chosen display. `presenter`: a
 * locked-down build in the admin panel's presenter mode, a normal window (framed, movable,
 * resizable, in the taskbar) for staff showing the city to an investor on a laptop; the key
 * blocker and the close guard stay. `development`: an unpackaged run without `--kiosk`.
 */
export type WindowMode = 'kiosk' | 'presenter' | 'development';

export function windowMode(lockdown: boolean, settings: { presenterMode: boolean }): WindowMode {
  if (!lockdown) return 'development';
  return settings.presenterMode ? 'presenter' : 'kiosk';
}

/** A presenter's window: four fifths of the display, centred on it. */
function presenterBounds(display: DisplayInfo): Rectangle {
  const { x, y, width, height } = display.bounds;
  const w = Math.round(width * 0.8);
  const h = Math.round(height * 0.8);
  return { x: x + Math.round((width - w) / 2), y: y + Math.round((height - h) / 2), width: w, height: h };
}

/** The window's fixed-or-free properties in each mode (kiosk mode hides the frame itself). */
const FIXED = { resizable: false, movable: false, minimizable: false, maximizable: false, skipTaskbar: true };
const FREE = { resizable: true, movable: true, minimizable: true, maximizable: true, skipTaskbar: false };

/**
 * The kiosk's window options: `base` (the secure window options of security-policy.ts) and, by mode,
 * kiosk mode filling `display` with no resizing, moving, minimising or taskbar entry; a presenter's
 * normal window on it; or (development) `base` only placed on the display. The frame is kept in
 * kiosk mode (full screen does not show it), so the window can turn into a presenter's window and
 * back without being made anew.
 */
export function kioskWindowOptions(
  base: BrowserWindowConstructorOptions,
  display: DisplayInfo | undefined,
  options: { mode: WindowMode },
): BrowserWindowConstructorOptions {
  const place = display ? { x: display.bounds.x, y: display.bounds.y } : {};
  if (options.mode === 'development') return { ...base, ...place };
  if (options.mode === 'presenter') {
    return { ...base, ...(display ? presenterBounds(display) : {}), kiosk: false, fullscreen: false, ...FREE };
  }
  return {
    ...base,
    ...place,
    ...(display ? { width: display.bounds.width, height: display.bounds.height } : {}),
    kiosk: true,
    fullscreen: true,
    ...FIXED,
  };
}

/** Turns a running window into `mode` (the admin panel saved presenter mode on or off). */
export function applyWindowMode(win: BrowserWindow, mode: WindowMode, display: DisplayInfo | undefined): void {
  if (mode === 'development') return;
  const free = mode === 'presenter';
  const props = free ? FREE : FIXED;
  if (free) {
    win.setKiosk(false);
    win.setFullScreen(false);
  }
  win.setResizable(props.resizable);
  win.setMovable(props.movable);
  win.setMinimizable(props.minimizable);
  win.setMaximizable(props.maximizable);
  win.setSkipTaskbar(props.skipTaskbar);
  if (display) win.setBounds(free ? presenterBounds(display) : display.bounds);
  if (!free) win.setKiosk(true);
}

/** Whether to lock down: always when packaged; in development only with `--kiosk`. */
export function lockdownWanted(isPackaged: boolean, argv: readonly string[]): boolean {
  return isPackaged || argv.includes('--kiosk');
}

/** Lets the window close: only the admin panel's exit (and OS shutdown) may. */
export interface CloseGuard {
  allowClose(): void;
  readonly closeAllowed: boolean;
}

/** What `applyKioskLockdown` needs besides the window. */
export interface KioskLockdownOptions {
  isPackaged: boolean;
  lockdown: boolean;
  log?: Pick<Console, 'info' | 'warn'>;
}

/**
 * Installs the lockdown on `win`: the key blocker, no zoom, devtools closed when packaged, and
 * (under lockdown) the close guard. Returns the guard, for the admin panel's exit.
 */
export function applyKioskLockdown(win: BrowserWindow, options: KioskLockdownOptions): CloseGuard {
  const log = options.log ?? console;
  const contents = win.webContents;
  let closeAllowed = !options.lockdown;

  contents.on('before-input-event', (event, input) => {
    const reason = blockedInputReason(input, { isPackaged: options.isPackaged });
    if (reason === null) return;
    event.preventDefault();
    if (input.type !== 'keyUp') log.info(`[kiosk] blocked ${reason} key ${describeKey(input)}`);
  });
  // Pinch and Ctrl+wheel zoom; set again after each load, since a navigation resets it.
  const noZoom = () => {
    contents.setVisualZoomLevelLimits(1, 1).catch(() => {});
    contents.setZoomFactor(1);
  };
  noZoom();
  contents.on('did-finish-load', noZoom);
  if (options.isPackaged) {
    // webPreferences.devTools is false when packaged; this is the belt to those braces.
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
  win.setMenuBarVisibility(false);

  win.on('close', (event) => {
    if (closeAllowed) return;
    event.preventDefault();
    log.warn('[kiosk] refused to close the window (only the admin panel can)');
  });
  // Never stand in the way of the OS logging off or shutting down (Windows asks the window).
  win.on('query-session-end', () => {
    closeAllowed = true;
  });
  win.on('session-end', () => {
    closeAllowed = true;
  });

  return {
    allowClose() {
      closeAllowed = true;
    },
    get closeAllowed() {
      return closeAllowed;
    },
  };
}

function describeKey(input: KeyInput): string {
  const mods = [input.control && 'Ctrl', input.meta && 'Meta', input.alt && 'Alt', input.shift && 'Shift'];
  return [...mods.filter(Boolean), input.key].join('+');
}
