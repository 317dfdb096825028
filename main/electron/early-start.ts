/**
 * The entry's first import, so that it runs before any other module of the app: the main process's
 * crash guard (no Electron error dialog on a kiosk screen, ever) and the local-only crash reporter
 * (which Electron wants started before `ready`). See crash-guard.ts.
 */
import { app, crashReporter } from 'electron';
import { installCrashGuard, startLocalCrashReporter } from './crash-guard.ts';

const userDataDir = app.getPath('userData');

/** The guard; the entry tells it how to reload the kiosk page once the window exists. */
export const crashGuard = installCrashGuard({ app, userDataDir });

try {
  startLocalCrashReporter(app, crashReporter, userDataDir);
} catch (error) {
  console.warn('[kiosk] the crash reporter did not start:', error);
}
