/**
 * The packs installed on this kiosk and which one it shows. A packs root (in the app's user data)
 * holds imported pack folders and `active.json`, naming the active pack and the last good one.
 * Switching validates first and then rewrites `active.json` atomically, so a crash or a power cut
 * never leaves the kiosk pointing at half a decision. Start-up never ends without content: when the
 * active pack no longer loads it falls back to the last good one, then to the embedded default,
 * and says which one it used and why.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { loadPack, type PackLoadResult } from './load-pack.ts';
import { formatIssue, type PackIssue } from './pack-issue.ts';
import { writeFileAtomic } from '../storage/write-file-atomic.ts';

export const ACTIVE_FILE = 'active.json';

const ActiveState = z.object({
  /** Pack folder shown: relative to the packs root when inside it, else absolute. */
  active: z.string().min(1).nullable(),
  /** The pack that was active before and still loaded when it was replaced. */
  lastGood: z.string().min(1).nullable(),
  updated: z.string(),
});
/** The content of `active.json`. */
export type ActiveState = z.infer<typeof ActiveState>;

const EMPTY_STATE: ActiveState = { active: null, lastGood: null, updated: '' };

type Loaded = Extract<PackLoadResult, { ok: true }>;

/** Which pack `loadActive` ended up with. */
export type ActiveSource = 'active' | 'last-good' | 'default';

export type ActiveLoad =
  | { ok: true; used: ActiveSource; result: Loaded; notes: string[] }
  | { ok: false; used: 'none'; errors: PackIssue[]; notes: string[] };

export type ActivateResult = { ok: true; result: Loaded; state: ActiveState } | { ok: false; errors: PackIssue[] };

export interface PackLibraryOptions {
  /** The packs root, e.g. `<userData>/packs`. */
  root: string;
  /** The pack shipped with the app, used when nothing else loads. */
  defaultDir: string;
  /** The loader; a parameter so tests can feed any outcome. */
  load?: (dir: string) => Promise<PackLoadResult>;
}

/** Installed packs, the active one, and the way back to the last good one. */
export class PackLibrary {
  readonly root: string;
  readonly defaultDir: string;
  private readonly load: (dir: string) => Promise<PackLoadResult>;

  constructor(options: PackLibraryOptions) {
    this.root = path.resolve(options.root);
    this.defaultDir = path.resolve(options.defaultDir);
    this.load = options.load ?? loadPack;
  }

  /** `active.json`, or the empty state when there is none yet (or it is unreadable: see `loadActive`). */
  async readState(): Promise<ActiveState> {
    return (await this.readStateWithNote()).state;
  }

  /** Validates the pack in `dir` and, only if it loads, makes it the active one. */
  async activate(dir: string): Promise<ActivateResult> {
    const absolute = path.resolve(this.root, dir);
    const result = await this.load(absolute);
    if (!result.ok) return { ok: false, errors: result.errors };

    const previous = await this.readState();
    const name = this.storedName(absolute);
    let lastGood = previous.lastGood;
    // The outgoing pack becomes the way back only if it still loads; otherwise keep the older one.
    if (previous.active !== null && previous.active !== name && (await this.load(this.resolve(previous.active))).ok) {
      lastGood = previous.active;
    }
    const state: ActiveState = { active: name, lastGood, updated: new Date().toISOString() };
    await mkdir(this.root, { recursive: true });
    await writeFileAtomic(path.join(this.root, ACTIVE_FILE), JSON.stringify(state, null, 2) + '\n');
    return { ok: true, result, state };
  }

  /** Makes the last good pack active again (the current one becomes the last good, if it loads). */
  async rollback(): Promise<ActivateResult> {
    const { lastGood } = await this.readState();
    if (lastGood === null) {
      return {
        ok: false,
        errors: [{ severity: 'error', file: ACTIVE_FILE, path: 'lastGood', message: 'no earlier pack to return to' }],
      };
    }
    return this.activate(this.resolve(lastGood));
  }

  /** The pack to show: the active one, else the last good one, else the embedded default. */
  async loadActive(): Promise<ActiveLoad> {
    const { state, note } = await this.readStateWithNote();
    const notes = note ? [note] : [];
    const candidates: Array<[ActiveSource, string | null]> = [
      ['active', state.active],
      ['last-good', state.lastGood],
    ];
    for (const [used, name] of candidates) {
      if (name === null) continue;
      const result = await this.load(this.resolve(name));
      if (result.ok) return { ok: true, used, result, notes };
      notes.push(`the ${used} pack "${name}" does not load (${summarise(result.errors)})`);
    }
    if (state.active === null) notes.push('no pack has been activated');
    const fallback = await this.load(this.defaultDir);
    if (fallback.ok) {
      notes.push('showing the embedded default pack');
      return { ok: true, used: 'default', result: fallback, notes };
    }
    notes.push(`the embedded default pack does not load (${summarise(fallback.errors)})`);
    return { ok: false, used: 'none', errors: fallback.errors, notes };
  }

  private resolve(name: string): string {
    return path.resolve(this.root, name);
  }

  /** Relative inside the root, so the packs folder can move with the user data. */
  private storedName(absolute: string): string {
    const relative = path.relative(this.root, absolute);
    const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    return inside ? relative.split(path.sep).join('/') : absolute;
  }

  private async readStateWithNote(): Promise<{ state: ActiveState; note?: string }> {
    let text: string;
    try {
      text = await readFile(path.join(this.root, ACTIVE_FILE), 'utf8');
    } catch {
      return { state: EMPTY_STATE };
    }
    try {
      return { state: ActiveState.parse(JSON.parse(text)) };
    } catch {
      return { state: EMPTY_STATE, note: `${ACTIVE_FILE} is unreadable and was ignored` };
    }
  }
}

function summarise(errors: PackIssue[]): string {
  const first = errors[0];
  if (!first) return 'unknown error';
  return errors.length === 1 ? formatIssue(first) : `${formatIssue(first)}, and ${errors.length - 1} more`;
}
