/**
 * Start-up pack loading for the Electron shell. A bad or missing pack must not stop the kiosk: the
 * window still opens and the content server answers /api/pack with 503 and the problems, so the
 * renderer can show an error screen. The loader is a parameter so tests can feed it any outcome.
 */
import type { PackLoadResult } from '../core/pack/load-pack.ts';
import { formatIssue, type PackIssue } from '../core/pack/pack-issue.ts';
import type { ActivePack } from '../core/server/content-server.ts';

/** The outcome the content server needs: the pack to show, or why there is none. */
export interface PackState {
  active: ActivePack | undefined;
  errors: PackIssue[];
}

/** Where start-up writes what it found (the console in the app). */
export interface PackLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Loads the pack in `dir` with `load`, logs every warning and error, and never rejects: a loader
 * that throws (a bug, not bad content) becomes one error issue, like any other failure.
 */
export async function loadPackState(
  dir: string,
  load: (dir: string) => Promise<PackLoadResult>,
  log: PackLog = console,
): Promise<PackState> {
  let result: PackLoadResult;
  try {
    result = await load(dir);
  } catch (error) {
    const message = `the pack could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    log.error(`[kiosk] ${message}`);
    return { active: undefined, errors: [{ severity: 'error', file: '.', path: '', message }] };
  }
  for (const warning of result.warnings) log.warn(`[kiosk] pack warning: ${formatIssue(warning)}`);
  if (result.ok) {
    log.info(`[kiosk] pack loaded from ${result.file}`);
    return { active: { pack: result.pack, dir: result.dir }, errors: [] };
  }
  for (const error of result.errors) log.error(`[kiosk] pack error: ${formatIssue(error)}`);
  return { active: undefined, errors: result.errors };
}
