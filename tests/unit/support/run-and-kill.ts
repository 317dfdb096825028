/**
 * Kill-at-any-moment tests run real code in a child Node process and SIGKILL it mid-work: these are
 * the two halves they share, bundling the child once and running it until the test kills it.
 */
import { spawn } from 'node:child_process';
import { build } from 'esbuild';

/**
 * Bundles a child script with esbuild (as the app's main is), so each run starts a plain, fast
 * `node`. CommonJS dependencies (yauzl and friends) require Node's modules: the bundle gets a require.
 */
export async function bundleChild(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
}

export interface ChildEnd {
  /** Everything the child wrote on stdout, and on stderr. */
  out: string;
  err: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Runs `node <bundle> <args>`. After each chunk on stdout `watch` sees all of it so far and may
 * `kill(afterMs)`, now by default (the first call counts). Answers once the child is gone and its output read.
 */
export function runAndKill(
  bundle: string,
  args: string[],
  {
    watch,
    cwd,
    guardMs,
  }: {
    watch: (out: string, kill: (afterMs?: number) => void) => void;
    cwd?: string;
    /** Killed anyway after this long: a stuck child fails its test instead of hanging it. */
    guardMs?: number;
  },
): Promise<ChildEnd> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'], cwd });
    let out = '';
    let err = '';
    let killing = false;
    let timer: NodeJS.Timeout | undefined;
    const kill = (afterMs = 0) => {
      if (killing) return;
      killing = true;
      if (afterMs === 0) child.kill('SIGKILL');
      else timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      watch(out, kill);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    const guard = guardMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), guardMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      clearTimeout(timer);
      resolve({ out, err, code, signal });
    });
  });
}
