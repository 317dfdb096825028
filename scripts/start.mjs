// `npm start`: the kiosk in Electron when its binary is available; otherwise (an offline machine
// where Electron's first-run download cannot happen) one clear line, then browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  encoding: 'utf8',
  timeout: 180_000,
});
const electronPath = probe.status === 0 ? probe.stdout.trim() : '';

if (electronPath && existsSync(electronPath)) {
  const child = spawn(electronPath, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'Electron is not available on this machine (its binary could not be downloaded), so the kiosk runs in browser mode instead: open the URL below in a browser.',
  );
  const child = spawn(process.execPath, ['dist/cli/web.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
