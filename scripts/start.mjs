// `npm start`: the kiosk in Electron when its binary is available (the first run downloads it, with
// its progress on the terminal); otherwise (an offline machine where that download cannot happen)
// one clear line, then browser mode. The failed download's details go to a log file the line names.
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findElectron } from './lib/find-electron.mjs';

const logFile = path.join(tmpdir(), 'invest-kiosk-electron-download.log');
console.log('Looking for Electron (its first run downloads the binary)…');
const electronPath = findElectron({ logFile });

/** Runs a child with the terminal, passes Ctrl+C on, and exits with its code. */
function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (electronPath) {
  run(electronPath, ['.', ...process.argv.slice(2)]);
} else {
  console.log(
    `Electron is not available on this machine (its binary could not be downloaded; details in ${logFile}), so the kiosk runs in browser mode instead: open the URL below in a browser.`,
  );
  run(process.execPath, ['dist/cli/web.mjs', ...process.argv.slice(2)]);
}
