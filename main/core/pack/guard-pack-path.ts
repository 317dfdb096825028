/**
 * Keeps every file access inside a root folder (a content pack, the renderer build).
 *
 * The rules are deliberately stricter than "resolves inside the root": a pack only ever names
 * files with plain characters, so anything else (backslashes, NUL, colons, a percent sign left
 * after decoding, empty or dot segments) is refused before the file system is asked anything.
 * A symlink that resolves outside the root is refused after `realpath`.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** Characters a relative path may use once decoded. Matches the schema's MediaPath rule. */
const SAFE_PATH = /^[A-Za-z0-9._\-/]+$/;

export type GuardResult =
  { ok: true; absolute: string; size: number; mtimeMs: number } | { ok: false; status: 400 | 404; reason: string };

/**
 * Checks the shape of a relative path, without touching the disk.
 * Returns the reason it is refused, or undefined when it is acceptable.
 */
export function checkRelativePath(relative: string): string | undefined {
  if (relative.length === 0) return 'empty path';
  if (relative.length > 512) return 'path too long';
  if (!SAFE_PATH.test(relative)) return 'path has characters outside letters, digits, . _ - /';
  if (relative.startsWith('/')) return 'absolute path';
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') return 'empty or dot path segment';
  }
  return undefined;
}

/**
 * Resolves `relative` (already percent-decoded exactly once) inside `root` and checks that it is a
 * regular file whose real location is still inside the real root.
 */
export async function guardPackPath(root: string, relative: string): Promise<GuardResult> {
  const refused = checkRelativePath(relative);
  if (refused) return { ok: false, status: 400, reason: refused };

  const rootResolved = path.resolve(root);
  const candidate = path.resolve(rootResolved, ...relative.split('/'));
  if (!isInside(rootResolved, candidate)) return { ok: false, status: 400, reason: 'outside the root' };

  try {
    const [realRoot, realCandidate] = await Promise.all([realpath(rootResolved), realpath(candidate)]);
    if (!isInside(realRoot, realCandidate)) return { ok: false, status: 404, reason: 'link leaves the root' };
    const info = await stat(realCandidate);
    if (!info.isFile()) return { ok: false, status: 404, reason: 'not a file' };
    return { ok: true, absolute: realCandidate, size: info.size, mtimeMs: info.mtimeMs };
  } catch {
    return { ok: false, status: 404, reason: 'not found' };
  }
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
