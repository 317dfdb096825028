/**
 * `<userData>/settings.json`: read once at start, written atomically on every change. Starting must
 * never fail because of this file: a corrupt, unreadable or invalid one is set aside (kept as
 * `settings.json.corrupt-<timestamp>`, so nothing is lost), the bad parts are replaced by defaults,
 * and a `problem` sentence tells the admin panel what happened.
 */
import { copyFile, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { defaultSettings, StoredSettings } from './settings-schema.ts';
import { TEMP_SUFFIX, writeFileAtomic } from './write-file-atomic.ts';

/** The file's name inside userData. */
export const SETTINGS_FILE = 'settings.json';

/** The live settings of the kiosk. */
export interface SettingsStore {
  /** Where the file lives. */
  readonly file: string;
  /** What was wrong with the file at start (shown in the admin panel), or null. */
  readonly problem: string | null;
  /** The settings in force. */
  get(): StoredSettings;
  /**
   * Applies `change` to the settings in force, validates the result and writes it atomically; the
   * settings in memory change only once the file is written. Changes are applied one at a time, in
   * call order, so two quick ones cannot overwrite each other.
   */
  update(change: (current: StoredSettings) => StoredSettings): Promise<StoredSettings>;
}

/** Options of `openSettingsStore`. */
export interface SettingsStoreOptions {
  /** The clock, for the corrupt copy's timestamp. */
  now?: () => Date;
}

/** Reads (and, if needed, repairs) the settings file in `folder`, then serves it. Never rejects on bad content. */
export async function openSettingsStore(folder: string, options: SettingsStoreOptions = {}): Promise<SettingsStore> {
  const now = options.now ?? (() => new Date());
  const file = path.join(folder, SETTINGS_FILE);
  await mkdir(folder, { recursive: true });
  await removeStaleTemps(file);
  const loaded = await loadSettings(file, now);
  let current = loaded.settings;
  let queue: Promise<unknown> = Promise.resolve();

  if (loaded.repair) {
    // Write the repaired settings now, so that the next start does not report the same problem.
    await writeSettings(file, current).catch(() => {});
  }

  return {
    file,
    problem: loaded.problem,
    get: () => current,
    update(change) {
      const run = queue.then(async () => {
        const next = StoredSettings.parse(change(current));
        await writeSettings(file, next);
        current = next;
        return next;
      });
      queue = run.catch(() => {});
      return run;
    },
  };
}

/** Serialises settings as the file holds them: indented, so staff can read it. */
export function serializeSettings(settings: StoredSettings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

function writeSettings(file: string, settings: StoredSettings): Promise<void> {
  return writeFileAtomic(file, serializeSettings(settings));
}

interface Loaded {
  settings: StoredSettings;
  problem: string | null;
  /** True when the file must be rewritten (it was set aside or had fields replaced). */
  repair: boolean;
}

/**
 * The settings in `file`. A missing file is a first start (defaults, no problem). An unreadable or
 * non-JSON file is set aside whole and replaced by defaults. A JSON object with some invalid fields
 * keeps its valid fields (so one typo does not reset the PIN), the others get their defaults, and a
 * copy of the original is kept.
 */
async function loadSettings(file: string, now: () => Date): Promise<Loaded> {
  const name = path.basename(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return { settings: defaultSettings(), problem: null, repair: false };
    const kept = await setAside(file, now, 'move');
    return {
      settings: defaultSettings(),
      problem: `${name} could not be read (${messageOf(error)}); default settings are in use.${keptNote(kept)}`,
      repair: true,
    };
  }

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const kept = await setAside(file, now, 'move');
    return {
      settings: defaultSettings(),
      problem: `${name} is not valid JSON (${messageOf(error)}); default settings are in use.${keptNote(kept)}`,
      repair: true,
    };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const kept = await setAside(file, now, 'move');
    return {
      settings: defaultSettings(),
      problem: `${name} does not hold a settings object; default settings are in use.${keptNote(kept)}`,
      repair: true,
    };
  }

  const { settings, invalid } = salvage(raw as Record<string, unknown>);
  if (invalid.length === 0) return { settings, problem: null, repair: false };
  const kept = await setAside(file, now, 'copy');
  return {
    settings,
    problem: `${name} had invalid settings, replaced by their defaults: ${invalid.join('; ')}.${keptNote(kept)}`,
    repair: true,
  };
}

/** Each known field of `raw` that validates is kept; the others get their default. */
function salvage(raw: Record<string, unknown>): { settings: StoredSettings; invalid: string[] } {
  const invalid: string[] = [];
  const result: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(StoredSettings.shape)) {
    const parsed = schema.safeParse(raw[key]);
    if (parsed.success) {
      result[key] = parsed.data;
    } else {
      const issue = parsed.error.issues[0];
      const where = [key, ...(issue?.path ?? [])].join('.');
      invalid.push(`${where}: ${issue?.message ?? 'invalid'}`);
      result[key] = schema.parse(undefined);
    }
  }
  for (const key of Object.keys(raw)) {
    if (!(key in StoredSettings.shape)) invalid.push(`${key}: unknown setting, ignored`);
  }
  return { settings: StoredSettings.parse(result), invalid };
}

/**
 * Keeps the bad file as `<file>.corrupt-<timestamp>`: moved when it is replaced whole, copied when
 * it is only repaired. Returns the kept name, or undefined if even that failed.
 */
async function setAside(file: string, now: () => Date, how: 'move' | 'copy'): Promise<string | undefined> {
  const kept = `${file}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
  try {
    if (how === 'move') await rename(file, kept);
    else await copyFile(file, kept);
    return path.basename(kept);
  } catch {
    return undefined;
  }
}

function keptNote(kept: string | undefined): string {
  return kept ? ` The original was kept as ${kept}.` : ' The original could not be kept.';
}

/** Temp files of writes that a crash interrupted: never the real settings, safe to remove. */
async function removeStaleTemps(file: string): Promise<void> {
  const prefix = `${path.basename(file)}.`;
  let names: string[];
  try {
    names = await readdir(path.dirname(file));
  } catch {
    return;
  }
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX))
      .map((name) => rm(path.join(path.dirname(file), name), { force: true }).catch(() => {})),
  );
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
