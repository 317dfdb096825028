/**
 * The page's errors reach the kiosk's log (`<data>/logs`, through `logs:report`) with the screen the
 * visitor was on: window 'error' and 'unhandledrejection' events, console.error, and the screens the
 * ErrorBoundary caught (`reportPageError`). Fire and forget: a report that fails is dropped
 * silently (it must never log an error of its own, which would report itself again).
 */
import type { PageErrorReport } from '../../../main/contract/ipc';
import { kioskApi } from './kiosk-client';

/** Caps as main's (`main/core/services/logs-service.ts`): longer text is cut here, not refused there. */
const MAX_MESSAGE = 2000;
const MAX_STACK = 8000;
const MAX_SCREEN = 80;

let screen = 'loading';
/** Errors already reported: React logs what a boundary caught, and the boundary logs it too. */
const reported = new WeakSet<object>();

/** The screen the visitor is on now (the shell sets it on every change of screen). */
export function setCurrentScreen(name: string): void {
  screen = name;
}

/** The screen reports carry. */
export function currentScreen(): string {
  return screen;
}

function describe(value: unknown): { message: string; stack?: string } {
  if (value instanceof Error) return { message: `${value.name}: ${value.message}`, stack: value.stack };
  if (typeof value === 'string') return { message: value };
  try {
    return { message: JSON.stringify(value) ?? String(value) };
  } catch {
    return { message: String(value) };
  }
}

/** Sends one report, once per error object. */
export function reportPageError(kind: PageErrorReport['kind'], error: unknown, extraStack?: string | null): void {
  if (typeof error === 'object' && error !== null) {
    if (reported.has(error)) return;
    reported.add(error);
  }
  const { message, stack } = describe(error);
  const fullStack = [stack, extraStack].filter(Boolean).join('\n');
  const report: PageErrorReport = {
    kind,
    message: message.slice(0, MAX_MESSAGE),
    screen: screen.slice(0, MAX_SCREEN),
    ...(fullStack ? { stack: fullStack.slice(0, MAX_STACK) } : {}),
  };
  try {
    void kioskApi()
      ?.['logs:report']?.(report)
      .catch(() => undefined);
  } catch {
    // A broken bridge must not break the page further.
  }
}

/** Installs the window and console hooks, once, before the app renders. */
export function installPageErrorReports(
  target: Pick<Window, 'addEventListener'> = window,
  con: Pick<Console, 'error'> = console,
): void {
  target.addEventListener('error', (event) => {
    reportPageError('error', (event as ErrorEvent).error ?? (event as ErrorEvent).message);
  });
  target.addEventListener('unhandledrejection', (event) => {
    reportPageError('rejection', (event as PromiseRejectionEvent).reason);
  });
  const original = con.error.bind(con);
  con.error = (...args: unknown[]) => {
    original(...args);
    const error = args.find((a): a is Error => a instanceof Error);
    if (error && reported.has(error)) return;
    if (error) reported.add(error);
    const text = args.map((a) => (a instanceof Error ? a.message : describe(a).message)).join(' ');
    reportPageError('console', text, error?.stack);
  };
}
