/**
 * Where a pack's media files are looked up: a pack folder on disk (pack:check, the kiosk) or, in the
 * studio, a draft's own files laid over the folder it started from. The checks ask this, never the
 * disk directly, so the same checks and messages run on a folder and on a draft.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { guardPackPath, type GuardResult } from './guard-pack-path.ts';

export const MEDIA_FILE_EXTENSIONS = ['svg', 'png', 'jpg', 'jpeg', 'webp', 'webm', 'mp4'] as const;
const MEDIA_EXTENSIONS = new Set<string>(MEDIA_FILE_EXTENSIONS);

export interface MediaSource {
  /** Finds the media file a pack names (`media/x.jpg`), inside its root and nowhere else. */
  find(relative: string): Promise<GuardResult>;
  /** Every media file present, relative with forward slashes, sorted. */
  list(): Promise<string[]>;
}

/** The media of one pack folder. */
export function folderMediaSource(root: string): MediaSource {
  return {
    find: (relative) => guardPackPath(root, relative),
    list: () => listMediaFiles(root),
  };
}

/** Several sources, the first that has a file wins (a draft's own files, then its base pack's). */
export function layeredMediaSource(layers: MediaSource[]): MediaSource {
  return {
    async find(relative) {
      let last: GuardResult = { ok: false, status: 404, reason: 'not found' };
      for (const layer of layers) {
        last = await layer.find(relative);
        if (last.ok || last.status === 400) return last;
      }
      return last;
    },
    async list() {
      const all = new Set<string>();
      for (const layer of layers) for (const file of await layer.list()) all.add(file);
      return [...all].sort();
    },
  };
}

/** Media files in a folder, relative with forward slashes; hidden files and folders skipped. */
async function listMediaFiles(root: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(root, { recursive: true, withFileTypes: true });
  } catch {
    return []; // no folder (a draft without media of its own): nothing in it
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    if (relative.split('/').some((segment) => segment.startsWith('.'))) continue;
    if (MEDIA_EXTENSIONS.has(path.extname(relative).slice(1).toLowerCase())) files.push(relative);
  }
  return files.sort();
}
