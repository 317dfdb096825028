/**
 * Parses a Range header by RFC 9110 §14.1–14.2. Written here rather than taken from range-parser
 * because that package refuses a suffix longer than the file (`bytes=-5000` of a 1,000-byte file),
 * which the RFC says selects the whole representation.
 */
export interface ByteRange {
  /** First byte, inclusive. */
  start: number;
  /** Last byte, inclusive. */
  end: number;
}

export type RangeRequest =
  /** Not a byte range we understand, or syntactically invalid: answer with the whole file. */
  | { kind: 'ignore' }
  /** Valid, but no range overlaps the file: 416. */
  | { kind: 'unsatisfiable' }
  /** Satisfiable ranges, sorted, with overlapping and adjacent ones merged. */
  | { kind: 'ranges'; ranges: ByteRange[] };

const INT_RANGE = /^(\d+)-(\d*)$/;
const SUFFIX_RANGE = /^-(\d+)$/;
/** More ranges than this is a denial-of-service shape, not a video seek. */
const MAX_RANGES = 64;

export function parseRangeHeader(header: string, size: number): RangeRequest {
  const equals = header.indexOf('=');
  if (equals < 0 || header.slice(0, equals).trim().toLowerCase() !== 'bytes') return { kind: 'ignore' };

  const specs = header
    .slice(equals + 1)
    .split(',')
    .map((spec) => spec.trim())
    .filter((spec) => spec !== '');
  if (specs.length === 0 || specs.length > MAX_RANGES) return { kind: 'ignore' };

  const satisfiable: ByteRange[] = [];
  for (const spec of specs) {
    const int = INT_RANGE.exec(spec);
    if (int) {
      const first = Number(int[1]);
      const last = int[2] === '' ? Infinity : Number(int[2]);
      if (!Number.isSafeInteger(first) || last < first) return { kind: 'ignore' };
      if (first < size) satisfiable.push({ start: first, end: Math.min(last, size - 1) });
      continue;
    }
    const suffix = SUFFIX_RANGE.exec(spec);
    if (suffix) {
      const length = Number(suffix[1]);
      if (length > 0 && size > 0) satisfiable.push({ start: Math.max(0, size - length), end: size - 1 });
      continue;
    }
    return { kind: 'ignore' };
  }

  if (satisfiable.length === 0) return { kind: 'unsatisfiable' };
  return { kind: 'ranges', ranges: merge(satisfiable) };
}

function merge(ranges: ByteRange[]): ByteRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: ByteRange[] = [{ ...sorted[0]! }];
  for (const range of sorted.slice(1)) {
    const last = merged[merged.length - 1]!;
    if (range.start <= last.end + 1) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
