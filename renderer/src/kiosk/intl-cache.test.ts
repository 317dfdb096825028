import { describe, expect, it } from 'vitest';
import { numberFormat } from './intl-cache';

describe('numberFormat', () => {
  it('gives each language and set of options its own formatter, and reuses it', () => {
    expect(numberFormat('en', { maximumFractionDigits: 0 }).format(7800.46)).toBe('7,800');
    expect(numberFormat('en', { maximumFractionDigits: 2 }).format(7800.46)).toBe('7,800.46');
    expect(numberFormat('en', { maximumFractionDigits: 2, useGrouping: false }).format(7800.46)).toBe('7800.46');
    expect(numberFormat('de', { maximumFractionDigits: 2 }).format(7800.46)).toBe('7.800,46');
    expect(numberFormat('en', { maximumFractionDigits: 2 })).toBe(numberFormat('en', { maximumFractionDigits: 2 }));
  });
});
