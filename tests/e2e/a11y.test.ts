/** The accessibility crawl (./a11y-crawl.ts) over every bokmål page; the nynorsk pages are in a11y-nn.test.ts. */
import { describe, expect, it } from 'vitest';
import { PAGES, crawl, isNynorsk } from './a11y-crawl';

describe('accessibility of every bokmål page', () => {
  it('finds the pages, as many in each language', () => {
    expect(PAGES).toContain('/');
    expect(PAGES).toContain('/sjekk/');
    expect(PAGES).toContain('/regler/');
    expect(PAGES).toContain('/nn/');
    expect(PAGES).toContain('/nn/lag-plan/tiltak/');
    expect(PAGES.filter(isNynorsk).length).toBe(PAGES.filter((p) => !isNynorsk(p)).length);
  });

  crawl(PAGES.filter((p) => !isNynorsk(p)));
});
