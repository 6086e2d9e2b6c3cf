/** axe (WCAG 2.1 A/AA) on every page the built site has. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { BASE_URL, launch, newPage, axeViolations } from './browser';

function pages(dir = 'dist'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    if (!name.endsWith('.html')) return [];
    // The 404 page is checked where a visitor meets it: at an address that does not exist.
    if (name === '404.html' && dir === 'dist') return ['/finnes-ikke/'];
    return ['/' + relative('dist', path).replace(/index\.html$/, '')];
  });
}

const PAGES = pages().sort();
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('accessibility of every page', () => {
  it('finds the pages', () => {
    expect(PAGES).toContain('/');
    expect(PAGES).toContain('/sjekk/');
    expect(PAGES).toContain('/regler/');
  });

  it.each(PAGES)('%s has no WCAG 2.1 A/AA violations', async (url) => {
    const { context, page } = await newPage(browser);
    const response = await page.goto(`${BASE_URL}${url}`);
    expect(response?.status()).toBe(url === '/finnes-ikke/' ? 404 : 200);
    // Judge what a visitor gets: islands hydrated, and Designsystemet's web components wired up.
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    expect(await page.getAttribute('html', 'lang')).toBe('nb-NO');
    expect(await page.title()).not.toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
