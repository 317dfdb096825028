/**
 * Reading and changing one value deep inside the draft without mutating it: every edit makes a new
 * object along the path and shares the rest, so undo can keep the old one.
 */
export type Path = ReadonlyArray<string | number>;

export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with `value` at `path` (`undefined` removes an object's key). */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...Array<string | number>];
  const next = setAt(getAt(root, [key]), rest, value);
  if (typeof key === 'number') {
    const list = Array.isArray(root) ? [...(root as unknown[])] : [];
    list[key] = next;
    return list;
  }
  const obj = root && typeof root === 'object' && !Array.isArray(root) ? { ...(root as Record<string, unknown>) } : {};
  if (next === undefined) delete obj[key];
  else obj[key] = next;
  return obj;
}

/** Same path, same keys: for matching a field with its problems. */
export const samePath = (a: Path, b: Path) => a.length === b.length && a.every((k, i) => k === b[i]);

/** `b` lies at or under `a`. */
export const isWithin = (a: Path, b: Path) => a.length <= b.length && a.every((k, i) => k === b[i]);

/** `enterprises[3].name.en` → ['enterprises', 3, 'name', 'en'] (the notation of pack-issue's formatPath). */
export function parsePath(text: string): Array<string | number> {
  const out: Array<string | number> = [];
  const re = /\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|\.?([A-Za-z_$][\w$-]*)/g;
  for (const m of text.matchAll(re)) {
    if (m[1] !== undefined) out.push(Number(m[1]));
    else if (m[2] !== undefined) out.push(JSON.parse(`"${m[2]}"`) as string);
    else if (m[3] !== undefined) out.push(m[3]);
  }
  return out;
}
