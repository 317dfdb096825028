/**
 * Watches a pack folder while staff edit it, and reports a change only once the edits have settled
 * and the pack still validates, so a half-saved file never reaches the screen.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadPack, type PackLoadResult } from './load-pack.ts';

/** Editors save in bursts (temp file, rename, metadata); wait this long after the last event. */
export const WATCH_DEBOUNCE_MS = 500;
/** How often the polling fallback compares the folder's file list, sizes and times. */
export const WATCH_POLL_MS = 1000;

type Loaded = Extract<PackLoadResult, { ok: true }>;
type Failed = Extract<PackLoadResult, { ok: false }>;

export interface WatchPackOptions {
  debounceMs?: number;
  pollMs?: number;
  /** `auto`: fs.watch recursive where the platform has it, else polling. `poll`: always poll. */
  mode?: 'auto' | 'poll';
  /** Called when a settled change leaves the pack broken (for a log line; the screen keeps the old pack). */
  onInvalidChange?: (result: Failed) => void;
  load?: (dir: string) => Promise<PackLoadResult>;
}

export interface PackWatcher {
  /** How changes are noticed: file-system events, or polling. */
  readonly mode: 'watch' | 'poll';
  close(): void;
}

/** Starts watching `dir`; `onValidChange` gets each settled change that still validates. */
export function watchPackDir(
  dir: string,
  onValidChange: (result: Loaded) => void,
  options: WatchPackOptions = {},
): PackWatcher {
  const debounceMs = options.debounceMs ?? WATCH_DEBOUNCE_MS;
  const load = options.load ?? loadPack;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const settle = (): void => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      void load(dir).then((result) => {
        if (closed) return;
        if (result.ok) onValidChange(result);
        else options.onInvalidChange?.(result);
      });
    }, debounceMs);
  };

  let watcher: FSWatcher | undefined;
  let poller: NodeJS.Timeout | undefined;
  const startPolling = (): void => {
    let last: string | undefined;
    let busy = true;
    // The baseline is taken at once, so an edit made before the first tick is not missed.
    void signature(dir)
      .then((now) => (last ??= now))
      .finally(() => (busy = false));
    poller = setInterval(() => {
      if (busy) return;
      busy = true;
      void signature(dir)
        .then((now) => {
          if (last !== undefined && now !== last) settle();
          last = now;
        })
        .finally(() => (busy = false));
    }, options.pollMs ?? WATCH_POLL_MS);
  };

  if (options.mode !== 'poll') {
    try {
      watcher = watch(dir, { recursive: true }, settle);
      // The folder vanishing or the platform giving up: keep going by polling.
      watcher.on('error', () => {
        watcher?.close();
        watcher = undefined;
        if (!closed && !poller) startPolling();
      });
    } catch {
      watcher = undefined; // ERR_FEATURE_UNAVAILABLE_ON_PLATFORM: recursive watching not supported
    }
  }
  if (!watcher) startPolling();

  return {
    mode: watcher ? 'watch' : 'poll',
    close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(poller);
      watcher?.close();
    },
  };
}

/** Names, sizes and modification times of every file under `dir`: equal signatures, no change. */
async function signature(dir: string): Promise<string> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const lines = await Promise.all(
      entries
        .filter((e) => e.isFile())
        .map(async (e) => {
          const file = path.join(e.parentPath, e.name);
          const info = await stat(file).catch(() => undefined);
          return `${file}:${info?.size}:${info?.mtimeMs}`;
        }),
    );
    return lines.sort().join('\n');
  } catch {
    return 'missing';
  }
}
