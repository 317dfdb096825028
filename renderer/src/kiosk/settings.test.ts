import { describe, expect, it } from 'vitest';
import { idleFromQuery } from './settings';

describe('idle setting from the query string', () => {
  it('reads ?idle=N and ignores nonsense', () => {
    expect(idleFromQuery('?idle=5')).toBe(5);
    expect(idleFromQuery('?idle=0')).toBeUndefined();
    expect(idleFromQuery('?idle=abc')).toBeUndefined();
    expect(idleFromQuery('')).toBeUndefined();
  });
});
