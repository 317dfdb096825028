/**
 * A problem found in a content pack, addressed the way an editor thinks about it: which file,
 * which field, what was expected. Never a stack trace.
 */
import type { z } from 'zod';

export interface PackIssue {
  severity: 'error' | 'warning';
  /** File inside the pack the problem is in, relative to the pack folder (e.g. `pack.json`). */
  file: string;
  /** Field path in editor notation, e.g. `enterprises[3].name.en`; empty for the file itself. */
  path: string;
  /** What was expected, or what is wrong. */
  message: string;
}

/** `pack.json: enterprises[3].name.en: required` */
export function formatIssue(issue: PackIssue): string {
  return issue.path ? `${issue.file}: ${issue.path}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}

/** `['enterprises', 3, 'name', 'en']` → `enterprises[3].name.en` */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      const plain = /^[A-Za-z_$][\w$-]*$/.test(name);
      out += plain ? (out ? `.${name}` : name) : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

const DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized)/;

function describeInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  if (typeof input === 'string')
    return `the text ${JSON.stringify(input.length > 40 ? input.slice(0, 40) + '…' : input)}`;
  return `${typeof input} ${String(input)}`;
}

const ARTICLE: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

/** Turns one zod issue into editor-facing issues (one per unknown key). */
export function fromZodIssue(file: string, issue: z.core.$ZodIssue): PackIssue[] {
  const at = (extra: PropertyKey[] = []): string => formatPath([...issue.path, ...extra]);
  const error = (path: string, message: string): PackIssue => ({ severity: 'error', file, path, message });
  const custom = DEFAULT_MESSAGE.test(issue.message) ? undefined : issue.message;

  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return [error(at(), 'required')];
      return [error(at(), `expected ${ARTICLE[issue.expected] ?? issue.expected}, got ${describeInput(issue.input)}`)];
    case 'unrecognized_keys':
      return issue.keys.map((key) => error(at([key]), 'unknown field (check the spelling; see the JSON Schema)'));
    case 'invalid_value':
      return [error(at(), `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`)];
    case 'too_small':
      if (custom) return [error(at(), `expected ${custom}`)];
      if (issue.origin === 'array') return [error(at(), `expected at least ${String(issue.minimum)} item(s)`)];
      if (issue.origin === 'string') return [error(at(), `expected at least ${String(issue.minimum)} character(s)`)];
      return [error(at(), `expected ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`)];
    case 'too_big':
      if (custom) return [error(at(), `expected ${custom}`)];
      return [error(at(), `expected ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`)];
    case 'invalid_format':
      return [error(at(), `expected ${custom ?? `a valid ${issue.format}`}`)];
    default:
      return [error(at(), custom ? `expected ${custom}` : issue.message)];
  }
}
