/**
 * The accessibility crawl, shared by a11y.test.ts (bokmål pages) and a11y-nn.test.ts (nynorsk pages), two files so
 * that the test runner can spread them over both cores. Every page in the sitemap and the 404 page, as a visitor gets
 * it (islands drawn): axe (WCAG 2.1 A/AA) finds nothing, `lang` is right, and a nynorsk page is nynorsk throughout
 * (no bokmål interface text, links stay under /nn/; see nynorskProblems in ./nynorsk).
 */
import { expect, it } from 'vitest';
import { BASE_URL, axeViolations, sitemapPaths, visitorTab, waitForIslands } from './browser';
import { nynorskProblems } from './nynorsk';

// The 404 pages are checked where a visitor meets them: at an address that does not exist (/nn/… gets the nynorsk one).
export const NOT_FOUND = ['/finnes-ikke/', '/nn/finnes-ikke/'];
export const PAGES = [...sitemapPaths(), ...NOT_FOUND];
export const isNynorsk = (path: string) => path.startsWith('/nn/');

/** Registers one test per page: axe, lang, title, and for nynorsk pages no bokmål and no link out of /nn/. */
export function crawl(pages: string[]) {
  const tab = visitorTab();

  it.each(pages)('%s has no WCAG 2.1 A/AA violations', async (url) => {
    const page = tab();
    const response = await page.goto(`${BASE_URL}${url}`);
    expect(response?.status()).toBe(NOT_FOUND.includes(url) ? 404 : 200);
    // Judge what a visitor gets: islands hydrated, and Designsystemet's web components wired up.
    await waitForIslands(page);
    expect(await page.getAttribute('html', 'lang')).toBe(isNynorsk(url) ? 'nn-NO' : 'nb-NO');
    expect(await page.title()).not.toBe('');
    expect(await axeViolations(page)).toEqual([]);
    if (isNynorsk(url)) expect(await nynorskProblems(page)).toEqual({ bokmal: [], links: [] });
  });
}
