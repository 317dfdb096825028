/**
 * The draft's problems: the schema's, checked in the page at every change (instant, at the field),
 * and the server's full check (`studio/api/check`: references, media, warnings; the same messages
 * as `pack:check`), merged without repeats.
 */
import type { PackIssue } from '../../../main/core/pack/pack-issue';

const PACK_FILE = 'pack.json';

/** The schema's check, item by item (schema-check.ts). */
export { schemaCheck } from './schema-check';

const keyOf = (issue: PackIssue) => `${issue.severity}\u0000${issue.file}\u0000${issue.path}\u0000${issue.message}`;

/**
 * The page's own issues, then the server's that say something else (the server's schema message for
 * a field the page already has an error at is left out: one message per field); errors first.
 */
export function mergeIssues(local: PackIssue[], ...server: PackIssue[][]): PackIssue[] {
  const seen = new Set(local.map(keyOf));
  const localErrorAt = new Set(local.filter((i) => i.severity === 'error').map((i) => i.path));
  const merged = [...local];
  for (const issue of server.flat()) {
    const key = keyOf(issue);
    if (seen.has(key) || (issue.severity === 'error' && localErrorAt.has(issue.path))) continue;
    seen.add(key);
    merged.push(issue);
  }
  return [...merged.filter((i) => i.severity === 'error'), ...merged.filter((i) => i.severity === 'warning')];
}

/** Issues by field path (`enterprises[3].name.en`), for the message under each field. */
export function issuesByPath(issues: readonly PackIssue[]): Map<string, PackIssue[]> {
  const map = new Map<string, PackIssue[]>();
  for (const issue of issues) {
    if (issue.file !== PACK_FILE) continue;
    map.set(issue.path, [...(map.get(issue.path) ?? []), issue]);
  }
  return map;
}
