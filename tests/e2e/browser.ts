/** Shared browser set-up for the end-to-end tests: Debian's Chromium driven by playwright-core. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { chromiumPath } from '../../scripts/chromium.mjs';

export const BASE_URL = inject('baseUrl');

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: ARGS });
}

/**
 * A fresh context and page. The service worker (offline copy, dist/sw.js) is blocked unless a test asks for it with
 * { serviceWorkers: 'allow' } (csp, offline and safety tests do): otherwise every context would download the whole
 * site in the background while the test measures and clicks.
 */
export async function newPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'nb-NO', acceptDownloads: true, serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  return { context, page };
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe at WCAG 2.1 A/AA; returns the violations with their targets, for readable failures. */
export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Puts a draft in the browser, as if typed earlier, and makes it the current one. */
export async function seedDraft(page: Page, plan: { id: string; title?: string } & Record<string, unknown>) {
  await page.goto(`${BASE_URL}/om/`);
  await page.evaluate((p) => {
    const savedAt = '2026-11-01T10:00:00.000Z';
    localStorage.setItem('handlingsplan.gjeldende', p.id);
    localStorage.setItem(`handlingsplan.utkast.${p.id}`, JSON.stringify({ rev: 1, savedAt, plan: p, done: [] }));
    localStorage.setItem('handlingsplan.utkast', JSON.stringify([{ id: p.id, title: p.title ?? '', savedAt }]));
  }, plan);
}

/** The current draft as saved in the browser. */
export function currentDraft(page: Page): Promise<Record<string, any> | undefined> {
  return page.evaluate(() => {
    const id = localStorage.getItem('handlingsplan.gjeldende');
    return id ? JSON.parse(localStorage.getItem(`handlingsplan.utkast.${id}`) ?? '{}').plan : undefined;
  });
}

/** The paths in the built site's sitemap.xml, sorted: every page a visitor can reach, in both languages. */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).sort();
}

/** Waits until the page is as a visitor gets it: network quiet, every island drawn. */
export async function waitForIslands(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}
