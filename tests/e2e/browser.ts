/** Shared browser set-up for the end-to-end tests: Debian's Chromium driven by playwright-core. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { chromiumPath } from '../../scripts/chromium.mjs';

export const BASE_URL = inject('baseUrl');

export const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/**
 * A fresh context and page. The service worker (offline copy, dist/sw.js) is blocked unless a test asks for it with
 * { serviceWorkers: 'allow' } (csp, offline and safety tests do): otherwise every context would download the whole
 * site in the background while the test measures and clicks.
 */
export async function newPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'nb-NO', acceptDownloads: true, serviceWorkers: 'block', ...options });
  context.on('page', trackRequests);
  const page = await context.newPage();
  return { context, page };
}

/**
 * One tab for a test file's read-only visits (pages looked at, searched, followed), kept from test to test like a
 * visitor going from page to page. A new context per test costs a renderer process and a cold cache: the bokmål
 * accessibility crawl took 136 s that way and 75 s in one tab. Storage and cookies are cleared after each test, so
 * every test starts as a first visit. Tests that type, save or need a fresh profile use newPage().
 */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 }; // Playwright's default

export function visitorTab(options: Parameters<Browser['newContext']>[0] = {}): () => Page {
  let browser: Browser | undefined;
  let page: Page;
  beforeAll(async () => {
    browser = await launch();
    ({ page } = await newPage(browser, { viewport: DEFAULT_VIEWPORT, ...options }));
  });
  afterAll(async () => { await browser?.close(); });
  // What a test may have changed goes back: storage, cookies, print media, window size.
  afterEach(async () => {
    await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); }).catch(() => undefined);
    await page.context().clearCookies();
    await page.emulateMedia({ media: null });
    await page.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT);
  });
  return () => page;
}

/** Requests under way per page (pages opened in a context from newPage()), and when the last one ended. */
const traffic = new WeakMap<Page, { open: number; lastEnd: number }>();

function trackRequests(page: Page) {
  const t = { open: 0, lastEnd: Date.now() };
  traffic.set(page, t);
  const end = () => { t.open = Math.max(0, t.open - 1); t.lastEnd = Date.now(); };
  page.on('request', () => { t.open++; });
  page.on('requestfinished', end);
  page.on('requestfailed', end);
}

/**
 * Waits until no request has been under way for `quietMs`. The same idea as Playwright's 'networkidle', which waits
 * a fixed 500 ms; the browser tests wait for it a few hundred times, so the shorter quiet here saves minutes of a
 * run. A page that is not tracked gets 'networkidle'.
 */
export async function networkQuiet(page: Page, quietMs = 150) {
  const t = traffic.get(page);
  if (!t) return page.waitForLoadState('networkidle');
  for (;;) {
    const quietFor = Date.now() - t.lastEnd;
    if (t.open === 0 && quietFor >= quietMs) return;
    await new Promise((r) => setTimeout(r, t.open === 0 ? quietMs - quietFor : 50));
  }
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe at WCAG 2.1 A/AA; returns the violations with their targets, for readable failures. Legacy mode runs axe in the
 * page itself. The default mode finishes every run in a blank page of its own, for cross-origin frames, which the
 * site has none of: that took two to three times as long per page (1.5 s against 4.2 s for a chapter on a loaded
 * two-core machine), with the same rules and the same results. Not `resultTypes: ['violations']`: it would return
 * less, but heading-order and landmark-unique judge the whole page from the other results and then report false
 * violations (seen on /kurs/fasit/ and /kurs/lysark/heldag/).
 */
export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/**
 * Puts a draft in the browser, as if typed earlier, and makes it the current one. It is written as the first
 * version of the site did (localStorage), so every test that seeds a draft also goes through the move of such
 * drafts into IndexedDB when the plan builder opens next.
 */
export async function seedDraft(page: Page, plan: { id: string; title?: string } & Record<string, unknown>) {
  await page.goto(`${BASE_URL}/om/`);
  await page.evaluate((p) => {
    const savedAt = '2026-11-01T10:00:00.000Z';
    localStorage.setItem('handlingsplan.gjeldende', p.id);
    localStorage.setItem(`handlingsplan.utkast.${p.id}`, JSON.stringify({ rev: 1, savedAt, plan: p, done: [] }));
    localStorage.setItem('handlingsplan.utkast', JSON.stringify([{ id: p.id, title: p.title ?? '', savedAt }]));
  }, plan);
}

/** Every draft stored in this browser (IndexedDB), with its stored record, most recently saved first. */
export function storedDrafts(page: Page): Promise<{ id: string; title: string; record: Record<string, any> }[]> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'handlingsplan')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('handlingsplan');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      if (!db.objectStoreNames.contains('utkast')) return [];
      const store = db.transaction('utkast', 'readonly').objectStore('utkast');
      const all = await new Promise<any[]>((resolve, reject) => {
        const r = store.getAll();
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      return all.map((record) => ({ id: record.id, title: record.title, record })).sort((a, b) => b.record.savedAt.localeCompare(a.record.savedAt));
    } finally {
      db.close();
    }
  });
}

/** The id of the draft this tab has open. */
export function currentDraftId(page: Page): Promise<string | null> {
  return page.evaluate(() => sessionStorage.getItem('handlingsplan.fane-utkast'));
}

/** The plan of the draft this tab has open, as saved in the browser. */
export async function currentDraft(page: Page): Promise<Record<string, any> | undefined> {
  const id = await currentDraftId(page);
  return (await storedDrafts(page)).find((d) => d.id === id)?.record.plan;
}

/**
 * Runs `action` (a click that opens another draft, say) and waits until the page it leads to has loaded. Opening a
 * draft first checks that it is stored, so the page changes a moment after the click, often to the same address.
 */
export async function navigates(page: Page, action: () => Promise<unknown>) {
  const navigated = page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame(), timeout: 30_000 });
  await action();
  await navigated;
  await page.waitForLoadState();
}

/** The paths in the built site's sitemap.xml, sorted: every page a visitor can reach, in both languages. */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1], 'https://nettstedet.invalid').pathname).sort();
}

/** Waits until the page is as a visitor gets it: loaded, every island drawn, and the network quiet (code an island loads later). */
export async function waitForIslands(page: Page) {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await networkQuiet(page);
}
