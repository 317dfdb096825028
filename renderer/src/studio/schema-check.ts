/**
 * The schema's check of the draft, item by item: the pack's lists (enterprises, clusters, sources …)
 * are checked one item at a time and each item's result is kept for as long as the item is the same
 * object (the draft's history replaces only what changed). Typing into one enterprise of a thousand
 * re-checks that enterprise and the pack's small parts, not the thousand: a whole-pack parse takes
 * ~50 ms there, and ran in the pauses between keystrokes. Same messages and result as `Pack.safeParse`.
 */
import { z } from 'zod';
import { fromZodIssue, type PackIssue } from '../../../main/core/pack/pack-issue';
import { Pack } from '../../../main/core/pack/schema';

const PACK_FILE = 'pack.json';

/** The pack's lists of items, each with the schema of one item. */
const ITEM_LISTS: ReadonlyArray<readonly [string, z.ZodType]> = Object.entries(Pack.shape).flatMap(([key, schema]) => {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s instanceof z.ZodArray ? [[key, s.element as z.ZodType] as const] : [];
});
const KEY_ORDER = new Map(Object.keys(Pack.shape).map((key, i) => [key, i]));

interface ItemResult {
  issues: z.core.$ZodIssue[];
  data: unknown;
}
/** Per list: an item object's last result. */
const cache = new Map(ITEM_LISTS.map(([key]) => [key, new WeakMap<object, ItemResult>()]));

function checkItem(key: string, schema: z.ZodType, item: unknown): ItemResult {
  const known = item && typeof item === 'object' ? cache.get(key)!.get(item) : undefined;
  if (known) return known;
  // As pack:check parses (load-pack.ts): the input in the message ("got the text …").
  const result = schema.safeParse(item, { reportInput: true });
  const checked = result.success ? { issues: [], data: result.data } : { issues: result.error.issues, data: undefined };
  if (item && typeof item === 'object') cache.get(key)!.set(item, checked);
  return checked;
}

/**
 * The schema's problems with the draft, in pack:check's words, and the pack for the preview: with
 * the schema's defaults applied, as the kiosk gets it; null while the draft is not valid (the
 * preview keeps showing the last valid one rather than a screen the kiosk would never show).
 */
export function schemaCheck(pack: unknown): { issues: PackIssue[]; preview: Pack | null } {
  if (!pack || typeof pack !== 'object' || Array.isArray(pack)) return wholeCheck(pack);
  const draft = pack as Record<string, unknown>;
  // The pack with each non-empty list cut to its first item: the lists' own rules (at least one)
  // still hold, and the items are checked on their own below.
  const shell: Record<string, unknown> = { ...draft };
  const lists = ITEM_LISTS.filter(([key]) => Array.isArray(draft[key]) && (draft[key] as unknown[]).length > 0);
  for (const [key] of lists) shell[key] = [(draft[key] as unknown[])[0]];
  const outer = Pack.safeParse(shell, { reportInput: true });
  const cut = new Set(lists.map(([key]) => key));
  const issues = (outer.success ? [] : outer.error.issues).filter(
    (issue) => !(cut.has(String(issue.path[0])) && typeof issue.path[1] === 'number'),
  );
  const data: Record<string, unknown> | null = outer.success ? { ...outer.data } : null;
  for (const [key, schema] of lists) {
    const items = draft[key] as unknown[];
    const parsed: unknown[] = [];
    items.forEach((item, i) => {
      const result = checkItem(key, schema, item);
      for (const issue of result.issues) issues.push({ ...issue, path: [key, i, ...issue.path] });
      parsed.push(result.data);
    });
    if (data) data[key] = parsed;
  }
  // In the schema's order of the pack's parts, as a whole-pack parse reports them.
  const rank = (issue: z.core.$ZodIssue) => KEY_ORDER.get(String(issue.path[0])) ?? -1;
  issues.sort((a, b) => rank(a) - rank(b));
  const packIssues = issues.flatMap((issue) => fromZodIssue(PACK_FILE, issue));
  return { issues: packIssues, preview: packIssues.length === 0 && data ? (data as Pack) : null };
}

function wholeCheck(pack: unknown): { issues: PackIssue[]; preview: Pack | null } {
  const result = Pack.safeParse(pack, { reportInput: true });
  if (result.success) return { issues: [], preview: result.data };
  return { issues: result.error.issues.flatMap((issue) => fromZodIssue(PACK_FILE, issue)), preview: null };
}
