/** The accessibility crawl (./a11y-crawl.ts) over every nynorsk page, with the nynorsk checks. */
import { describe } from 'vitest';
import { PAGES, crawl, isNynorsk } from './a11y-crawl';

describe('accessibility of every nynorsk page', () => {
  crawl(PAGES.filter(isNynorsk));
});
