/**
 * Every page in the sitemap, in both languages, and the 404 page, as a visitor gets it (islands drawn):
 * axe (WCAG 2.1 A/AA) finds nothing, `lang` is right, and a nynorsk page is nynorsk throughout
 * (no bokmål interface text, links stay under /nn/; see nynorskProblems in ./nynorsk).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launch, newPage, axeViolations, sitemapPaths, waitForIslands } from './browser';
import { nynorskProblems } from './nynorsk';

// The 404 pages are checked where a visitor meets them: at an address that does not exist (/nn/… gets the nynorsk one).
const NOT_FOUND = ['/finnes-ikke/', '/nn/finnes-ikke/'];
const PAGES = [...sitemapPaths(), ...NOT_FOUND];
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('accessibility of every page', () => {
  it('finds the pages', () => {
    expect(PAGES).toContain('/');
    expect(PAGES).toContain('/sjekk/');
    expect(PAGES).toContain('/regler/');
    expect(PAGES).toContain('/nn/');
    expect(PAGES).toContain('/nn/lag-plan/tiltak/');
    expect(PAGES.filter((p) => p.startsWith('/nn/')).length).toBe(PAGES.filter((p) => !p.startsWith('/nn/')).length);
  });

  it.each(PAGES)('%s has no WCAG 2.1 A/AA violations', async (url) => {
    const { context, page } = await newPage(browser);
    const response = await page.goto(`${BASE_URL}${url}`);
    expect(response?.status()).toBe(NOT_FOUND.includes(url) ? 404 : 200);
    // Judge what a visitor gets: islands hydrated, and Designsystemet's web components wired up.
    await waitForIslands(page);
    expect(await page.getAttribute('html', 'lang')).toBe(url.startsWith('/nn/') ? 'nn-NO' : 'nb-NO');
    expect(await page.title()).not.toBe('');
    expect(await axeViolations(page)).toEqual([]);
    if (url.startsWith('/nn/')) expect(await nynorskProblems(page)).toEqual({ bokmal: [], links: [] });
    await context.close();
  });
});
