/**
 * The studio's one draft per data folder, in `<data>/studio/draft/`: `draft.json` (the pack being
 * edited as an object, its revision, where it came from), `base.json` (the pack it started from, as
 * read, for the change summary) and `media/…` (files added in the studio, at the paths the pack
 * names). Every write is atomic, so a kill -9 leaves the last saved draft; a draft is replaced as a
 * whole folder (built beside it, then renamed in), so an open that dies half-way leaves the old one.
 * A save names the revision it was based on: a stale one is refused, never merged.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { DraftOrigin, SaveDraftResponse, StudioDraft } from '../../contract/studio.ts';
import { writeFileAtomic } from '../storage/write-file-atomic.ts';

export const STUDIO_FOLDER = 'studio';
export const DRAFT_FOLDER = 'draft';
export const DRAFT_FILE = 'draft.json';
export const BASE_FILE = 'base.json';

/** The draft as stored: what the page sees, plus the folder its base pack's media are read from. */
export interface StoredDraft extends StudioDraft {
  baseDir?: string;
}

export interface NewDraft {
  pack: unknown;
  origin: DraftOrigin;
  base?: { id: string; version: string };
  /** The base pack's folder: media the draft does not hold itself are read from there. */
  baseDir?: string;
  /** The base pack as read (absent for a new city). */
  basePack?: unknown;
}

/** A save based on a revision that is no longer the current one (another window saved since). */
export class ChangedElsewhere extends Error {
  constructor(readonly current: number) {
    super('the draft was changed in another studio window: reload to see it');
    this.name = 'ChangedElsewhere';
  }
}

/** A save or publish with no draft open. */
export class NoDraft extends Error {
  constructor() {
    super('there is no draft: open a pack or start a new city first');
    this.name = 'NoDraft';
  }
}

export class DraftStore {
  /** `<data>/studio` */
  readonly studioDir: string;
  /** `<data>/studio/draft`: also the root the draft's own media paths (`media/…`) resolve in. */
  readonly dir: string;
  private queue: Promise<unknown> = Promise.resolve();
  private recovered = false;

  constructor(dataDir: string) {
    this.studioDir = path.join(path.resolve(dataDir), STUDIO_FOLDER);
    this.dir = path.join(this.studioDir, DRAFT_FOLDER);
  }

  /**
   * Cleans up after a killed process (see `recover`); every other method does it first too. Call
   * it before writing temporary files into `studioDir` outside this store's queue.
   */
  ready(): Promise<void> {
    return this.serial(() => this.recover());
  }

  /** The current draft, or null when there is none. */
  read(): Promise<StoredDraft | null> {
    return this.serial(() => this.readNow());
  }

  /** The pack the draft started from, as read when it was opened (undefined for a new city). */
  readBase(): Promise<unknown> {
    return this.serial(async () => {
      const text = await readFile(path.join(this.dir, BASE_FILE), 'utf8').catch(() => undefined);
      return text === undefined ? undefined : (JSON.parse(text) as { pack: unknown }).pack;
    });
  }

  /** Saves the page's pack if `revision` is the current one; else ChangedElsewhere. */
  save(pack: unknown, revision: number): Promise<SaveDraftResponse> {
    return this.serial(async () => {
      const draft = await this.readNow();
      if (!draft) throw new NoDraft();
      if (draft.revision !== revision) throw new ChangedElsewhere(draft.revision);
      const next: StoredDraft = { ...draft, pack, revision: draft.revision + 1, savedAt: new Date().toISOString() };
      await writeFileAtomic(path.join(this.dir, DRAFT_FILE), JSON.stringify(next));
      return { revision: next.revision, savedAt: next.savedAt };
    });
  }

  /**
   * Replaces the draft with a new one, built in a folder beside it (`fill` writes its media into
   * that folder's `media/`), then renamed in. Its revision continues from the old draft's, so a
   * window still editing the old one is told rather than overwriting the new one.
   */
  replace(next: NewDraft, fill?: (dir: string) => Promise<void>): Promise<StoredDraft> {
    return this.serial(async () => {
      const previous = await this.readNow();
      await mkdir(this.studioDir, { recursive: true });
      const building = path.join(this.studioDir, `.next-${randomUUID()}`);
      try {
        await mkdir(path.join(building, 'media'), { recursive: true });
        if (fill) await fill(building);
        const draft: StoredDraft = {
          pack: next.pack,
          revision: (previous?.revision ?? 0) + 1,
          origin: next.origin,
          ...(next.base ? { base: next.base } : {}),
          ...(next.baseDir ? { baseDir: next.baseDir } : {}),
          savedAt: new Date().toISOString(),
        };
        if (next.basePack !== undefined) {
          await writeFileAtomic(path.join(building, BASE_FILE), JSON.stringify({ pack: next.basePack }));
        }
        await writeFileAtomic(path.join(building, DRAFT_FILE), JSON.stringify(draft));
        await this.swapIn(building);
        return draft;
      } finally {
        await rm(building, { recursive: true, force: true });
      }
    });
  }

  /** After a publish: the draft's base becomes the pack just published (its content is left as it is). */
  rebase(base: { id: string; version: string }, baseDir: string, basePack: unknown): Promise<StoredDraft> {
    return this.serial(async () => {
      const draft = await this.readNow();
      if (!draft) throw new NoDraft();
      // base.json first: a kill between the two leaves the old base named with the new content, which
      // only makes the next summary smaller, never loses an edit.
      await writeFileAtomic(path.join(this.dir, BASE_FILE), JSON.stringify({ pack: basePack }));
      const next: StoredDraft = { ...draft, base, baseDir };
      await writeFileAtomic(path.join(this.dir, DRAFT_FILE), JSON.stringify(next));
      return next;
    });
  }

  /** Removes the draft and its media. */
  discard(): Promise<void> {
    return this.serial(async () => {
      await this.recover();
      try {
        const old = path.join(this.studioDir, `.old-${randomUUID()}`);
        await rename(this.dir, old);
        await rm(old, { recursive: true, force: true });
      } catch {
        // no draft: nothing to discard
      }
    });
  }

  /** Runs `task` with the draft folder to itself (an upload that must not race a replace). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.serial(task);
  }

  private async readNow(): Promise<StoredDraft | null> {
    await this.recover();
    let text: string;
    try {
      text = await readFile(path.join(this.dir, DRAFT_FILE), 'utf8');
    } catch {
      return null;
    }
    return JSON.parse(text) as StoredDraft;
  }

  /** Moves the old draft aside, the new one in, then removes the old one. */
  private async swapIn(building: string): Promise<void> {
    const old = path.join(this.studioDir, `.old-${randomUUID()}`);
    let moved = false;
    try {
      await rename(this.dir, old);
      moved = true;
    } catch {
      // no draft before this one
    }
    await rename(building, this.dir);
    if (moved) await rm(old, { recursive: true, force: true });
  }

  /**
   * Once per process: a replace killed between its two renames left no draft folder but the old
   * one set aside: put it back. What other killed operations left half-done is removed.
   */
  private async recover(): Promise<void> {
    if (this.recovered) return;
    this.recovered = true;
    const names = await readdir(this.studioDir).catch(() => [] as string[]);
    const hasDraft = names.includes(DRAFT_FOLDER);
    const aside = names.filter((n) => n.startsWith('.old-'));
    if (!hasDraft && aside.length > 0) {
      await rename(path.join(this.studioDir, aside[0]!), this.dir);
      aside.shift();
    }
    // Half-built drafts, zips being opened, uploads being received: a kill left them, nothing reads them.
    const halfDone = names.filter((n) => ['.next-', '.incoming-', '.zip-'].some((prefix) => n.startsWith(prefix)));
    for (const name of [...aside, ...halfDone]) {
      await rm(path.join(this.studioDir, name), { recursive: true, force: true });
    }
    const media = path.join(this.dir, 'media');
    for (const name of await readdir(media).catch(() => [] as string[])) {
      if (name.startsWith('.upload-')) await rm(path.join(media, name), { force: true });
    }
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
