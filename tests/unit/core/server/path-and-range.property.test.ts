/**
 * Property-based hardening of the content server: thousands of generated hostile paths, none of
 * which may read a byte from outside the pack; and the Range parser against RFC 9110's rules.
 */
import { mkdir, realpath, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { guardPackPath } from '../../../../main/core/pack/guard-pack-path.ts';
import { loadPack } from '../../../../main/core/pack/load-pack.ts';
import { parseRangeHeader, type ByteRange } from '../../../../main/core/server/byte-range.ts';
import { createContentServer, type FetchHandler } from '../../../../main/core/server/content-server.ts';
import { writePackDir } from '../../../fixtures/minimal-pack.ts';

const SECRET = 'SECRET-BYTES-FROM-OUTSIDE';
let handler: FetchHandler;
let packDir: string;

beforeAll(async () => {
  packDir = await writePackDir();
  const loaded = await loadPack(packDir);
  if (!loaded.ok) throw new Error('fixture pack does not load');
  const outside = path.dirname(packDir);
  await writeFile(path.join(outside, 'secret.txt'), SECRET);
  await mkdir(path.join(outside, 'media'), { recursive: true });
  await writeFile(path.join(outside, 'media', 'acme.svg'), SECRET);
  await symlink(path.join(outside, 'secret.txt'), path.join(packDir, 'media', 'escape.svg'));
  await symlink(outside, path.join(packDir, 'media', 'up'));
  const rendererDir = path.join(packDir, 'media');
  await writeFile(path.join(rendererDir, 'index.html'), '<html></html>');
  handler = createContentServer({ rendererDir, getPack: () => ({ pack: loaded.pack, dir: loaded.dir }) });
});

/** Pieces hostile paths are made of, in several encodings. */
const piece = fc.oneof(
  fc.constantFrom('..', '.', '', 'media', 'acme.svg', 'escape.svg', 'up', 'secret.txt', 'pack.json', 'C:', 'c:', '~'),
  fc.constantFrom('%2e%2e', '%2E%2E', '.%2e', '%2e.', '%252e%252e', '%25252e', '%c0%ae%c0%ae', '%uff0e%uff0e'),
  fc.constantFrom('/', '%2f', '%2F', '%252f', '\\', '%5c', '%5C', '%255c', '%00', '%0a', '%', '%zz', '?', '#', ';'),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }).map((s) => encodeURIComponent(s)),
);
const hostilePath = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
const separator = fc.constantFrom('/', '%2f', '\\', '%5c');

describe('generated hostile paths never read a byte from outside the pack', () => {
  it('over /media/ and the renderer route', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(hostilePath, separator, fc.constantFrom('/media/', '/'), async (rest, sep, prefix) => {
        let url: URL;
        try {
          url = new URL(`app://kiosk${prefix}${rest.replaceAll('/', sep)}`);
        } catch {
          return; // not a URL a browser could send
        }
        const response = await handler(new Request(url));
        const body = await response.text();
        expect(body).not.toContain(SECRET);
        expect([200, 304, 400, 404, 405]).toContain(response.status);
      }),
      { numRuns: 3000 },
    );
  });

  it('guardPackPath only ever answers with a file inside the real pack folder', { timeout: 120_000 }, async () => {
    const realRoot = await realpath(packDir);
    await fc.assert(
      fc.asyncProperty(hostilePath, async (relative) => {
        let decoded = relative;
        try {
          decoded = decodeURIComponent(relative);
        } catch {
          // keep it encoded: the guard must refuse it anyway
        }
        const result = await guardPackPath(packDir, decoded);
        if (result.ok) {
          expect(path.relative(realRoot, result.absolute).startsWith('..')).toBe(false);
          expect(path.isAbsolute(path.relative(realRoot, result.absolute))).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

// ── Range parsing: a small model of RFC 9110 §14.1.2 to compare against ─────────────────────────
type Spec = { kind: 'int'; first: number; last?: number } | { kind: 'suffix'; length: number };

const specText = (spec: Spec): string =>
  spec.kind === 'suffix' ? `-${spec.length}` : `${spec.first}-${spec.last ?? ''}`;

/** The bytes a satisfiable spec selects, or undefined when it selects none. */
function modelSelect(spec: Spec, size: number): ByteRange | undefined {
  if (spec.kind === 'suffix')
    return spec.length > 0 && size > 0 ? { start: Math.max(0, size - spec.length), end: size - 1 } : undefined;
  if (spec.first >= size) return undefined;
  return { start: spec.first, end: Math.min(spec.last ?? Infinity, size - 1) };
}

function byteSet(ranges: ByteRange[]): Set<number> {
  const set = new Set<number>();
  for (const { start, end } of ranges) for (let i = start; i <= end; i++) set.add(i);
  return set;
}

const size = fc.integer({ min: 0, max: 300 });
const validSpec: fc.Arbitrary<Spec> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 400 }), fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }))
    .map(([a, b]): Spec =>
      b === undefined ? { kind: 'int', first: a } : { kind: 'int', first: Math.min(a, b), last: Math.max(a, b) },
    ),
  fc.integer({ min: 0, max: 400 }).map((length): Spec => ({ kind: 'suffix', length })),
);

describe('Range parsing follows RFC 9110', () => {
  it(
    'selects exactly the bytes the satisfiable specs select, merged, sorted and in bounds',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(
          size,
          fc.array(validSpec, { minLength: 1, maxLength: 8 }),
          fc.constantFrom(',', ', ', ' ,'),
          (n, specs, comma) => {
            const result = parseRangeHeader(`bytes=${specs.map(specText).join(comma)}`, n);
            const selected = specs.map((s) => modelSelect(s, n)).filter((r): r is ByteRange => r !== undefined);
            if (selected.length === 0) {
              expect(result).toEqual({ kind: 'unsatisfiable' });
              return;
            }
            expect(result.kind).toBe('ranges');
            if (result.kind !== 'ranges') return;
            expect(byteSet(result.ranges)).toEqual(byteSet(selected));
            result.ranges.forEach((range, i) => {
              expect(range.start).toBeGreaterThanOrEqual(0);
              expect(range.end).toBeLessThan(n);
              expect(range.start).toBeLessThanOrEqual(range.end);
              const next = result.ranges[i + 1];
              if (next) expect(next.start).toBeGreaterThan(range.end + 1);
            });
          },
        ),
        { numRuns: 3000 },
      );
    },
  );

  it('ignores the whole header when any spec is invalid', { timeout: 60_000 }, () => {
    const invalid = fc.oneof(
      fc
        .tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 399 }))
        .filter(([a, b]) => b < a)
        .map(([a, b]) => `${a}-${b}`),
      fc.constantFrom('abc', '1-2-3', '0x1-', '-', '--1', '+1-2', '1.5-2', ' - ', '1e3-', '-1-'),
    );
    fc.assert(
      fc.property(size, fc.array(validSpec.map(specText)), invalid, fc.nat(), (n, valid, bad, at) => {
        const specs = [...valid];
        specs.splice(at % (specs.length + 1), 0, bad);
        expect(parseRangeHeader(`bytes=${specs.join(',')}`, n)).toEqual({ kind: 'ignore' });
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores any unit other than bytes', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{1,8}$/).filter((u) => u !== 'bytes'),
        fc.array(validSpec.map(specText), { minLength: 1 }),
        (unit, specs) => {
          expect(parseRangeHeader(`${unit}=${specs.join(',')}`, 100)).toEqual({ kind: 'ignore' });
        },
      ),
    );
  });
});
