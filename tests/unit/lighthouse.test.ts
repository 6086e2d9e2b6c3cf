/**
 * What stops `npm test` in scripts/lighthouse.mjs: accessibility, best practices and SEO
 * under 100 fail; the performance score, which follows the machine's load, never does.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES, GATED, MINIMUM, gateFailures } from '../../scripts/lighthouse.mjs';

const perfect = { page: '/sjekk/', performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };

describe('Lighthouse gate', () => {
  it('gates accessibility, best practices and SEO at 100, and not performance', () => {
    expect(MINIMUM).toBe(100);
    expect(GATED).toEqual(['accessibility', 'best-practices', 'seo']);
    expect(CATEGORIES).toContain('performance');
  });

  it('passes a page whose performance is poor (a busy machine) when the gated scores are 100', () => {
    expect(gateFailures([{ ...perfect, performance: 41 }, { ...perfect, page: '/', performance: null }])).toEqual([]);
  });

  it('fails each gated score under 100, naming the page, the category and the score', () => {
    const failures = gateFailures([perfect, { ...perfect, page: '/lag-plan/', accessibility: 98, seo: 99, performance: 30 }]);
    expect(failures.map((f) => f.line)).toEqual([
      '/lag-plan/: accessibility er 98, under 100',
      '/lag-plan/: seo er 99, under 100',
    ]);
  });

  it('fails a gated category Lighthouse could not score', () => {
    expect(gateFailures([{ ...perfect, 'best-practices': null }]).map((f) => f.line)).toEqual(['/sjekk/: best-practices er uten poeng, under 100']);
  });
});
