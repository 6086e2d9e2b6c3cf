/** src/plan/numbers.ts: numbers written as nb-NO writes them, without the browser's number format. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber } from '../../src/plan/numbers';

const byIntl = (n: number) => n.toLocaleString('nb-NO');

describe('formatNumber', () => {
  it('groups thousands with a non-breaking space and writes a decimal comma', () => {
    expect(formatNumber(1_250_000)).toBe('1\u00a0250\u00a0000');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1\u00a0000');
    expect(formatNumber(12_500.75)).toBe('12\u00a0500,75');
    expect(formatNumber(-1234.5)).toBe('−1\u00a0234,5');
    expect(formatNumber(0)).toBe('0');
  });

  it('writes every amount in kroner and every count as the browser\'s nb-NO format does', () => {
    fc.assert(fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => formatNumber(n) === byIntl(n)));
  });

  it('rounds to at most three decimals as the browser does, for amounts with øre and shares', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 999 }), (whole, part) => {
      const n = whole + Math.sign(whole || 1) * part / 1000;
      return formatNumber(n) === byIntl(n);
    }));
    for (const n of [0.1235, 2.5, 0.0004, 1e20, -0.0004, -0.0005, -0]) expect(formatNumber(n)).toBe(byIntl(n));
  });
});
