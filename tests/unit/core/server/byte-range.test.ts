import { describe, expect, it } from 'vitest';
import { parseRangeHeader } from '../../../../main/core/server/byte-range.ts';

describe('Range header parsing by RFC 9110', () => {
  it.each([
    ['bytes=0-499', [{ start: 0, end: 499 }]],
    ['bytes=500-', [{ start: 500, end: 999 }]],
    ['bytes=-500', [{ start: 500, end: 999 }]],
    ['bytes=-5000', [{ start: 0, end: 999 }]],
    ['bytes=900-5000', [{ start: 900, end: 999 }]],
    ['BYTES=0-0', [{ start: 0, end: 0 }]],
    [
      'bytes= 0-9 , 20-29',
      [
        { start: 0, end: 9 },
        { start: 20, end: 29 },
      ],
    ],
    ['bytes=0-9,10-19', [{ start: 0, end: 19 }]],
    ['bytes=0-9,,5-14', [{ start: 0, end: 14 }]],
    ['bytes=2000-,0-1', [{ start: 0, end: 1 }]],
  ])('%s of 1,000 bytes selects %j', (header, ranges) => {
    expect(parseRangeHeader(header, 1000)).toEqual({ kind: 'ranges', ranges });
  });

  it.each(['bytes=1000-', 'bytes=1000-1001', 'bytes=-0', 'bytes=5000-,6000-7000'])(
    '%s of 1,000 bytes is unsatisfiable',
    (header) => {
      expect(parseRangeHeader(header, 1000)).toEqual({ kind: 'unsatisfiable' });
    },
  );

  it.each([
    'items=0-1',
    'bytes',
    'bytes=',
    'bytes=abc',
    'bytes=20-10',
    'bytes=1-2-3',
    'bytes=0x10-',
    'bytes=1e2-',
    'bytes=--1',
    'bytes=+1-2',
    'bytes=0-9,x',
  ])('%s is invalid and ignored', (header) => {
    expect(parseRangeHeader(header, 1000)).toEqual({ kind: 'ignore' });
  });

  it('treats any range of an empty file as unsatisfiable', () => {
    expect(parseRangeHeader('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRangeHeader('bytes=-1', 0)).toEqual({ kind: 'unsatisfiable' });
  });

  it('ignores a header with an absurd number of ranges', () => {
    const many = 'bytes=' + Array.from({ length: 100 }, (_, i) => `${i * 2}-${i * 2}`).join(',');
    expect(parseRangeHeader(many, 1000)).toEqual({ kind: 'ignore' });
  });
});
