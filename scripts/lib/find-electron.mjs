// Where the Electron binary is, asking the `electron` npm package the way `npm start` needs it.
//
// `require('electron')` returns the binary's path, and on a first run it downloads the binary first,
// printing "Downloading Electron binary…" on stdout. So the child prints nothing of its own on
// stdout: that line goes straight to the terminal, and the path comes back on a separate pipe
// (fd 3). A failed or impossible download (an offline machine) gives null; its stack traces go to
// `logFile` when one is given, so that the terminal shows one clear line instead of two traces.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';

const PROBE = "require('node:fs').writeSync(3, String(require('electron')))";

/**
 * @param {{ cwd?: string, timeoutMs?: number, quiet?: boolean, logFile?: string }} [options]
 * @returns {string | null} the path of an existing Electron executable, or null
 */
export function findElectron({ cwd = process.cwd(), timeoutMs = 180_000, quiet = false, logFile } = {}) {
  const errors = quiet ? 'ignore' : logFile ? openSync(logFile, 'w') : 'inherit';
  try {
    const probe = spawnSync(process.execPath, ['-e', PROBE], {
      cwd,
      encoding: 'utf8',
      timeout: timeoutMs,
      stdio: ['ignore', quiet ? 'ignore' : 'inherit', errors, 'pipe'],
    });
    const found = probe.status === 0 ? String(probe.output[3] ?? '').trim() : '';
    return found && existsSync(found) ? found : null;
  } finally {
    if (typeof errors === 'number') closeSync(errors);
  }
}
