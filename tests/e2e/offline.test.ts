/**
 * Offline (dist/sw.js, scripts/service-worker.mjs): after one visit, the plan builder, the check, the chapters and
 * the search work without network; and a new deploy installs a new cache, leaves an open page its own version, and
 * deletes the old cache once no page uses it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { BASE_URL, launch, newPage } from './browser';
import { manifestOf } from '../../scripts/service-worker.mjs';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const SW = 'dist/sw.js';
const built = () => manifestOf(readFileSync(SW, 'utf8'))!;

/** Waits until the service worker is active and controls the page (it claims open pages when it activates). */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none')).toBe('activated');
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** Runs in a service worker of the context (any: they share the origin's caches). */
async function workerCaches(context: BrowserContext) {
  const workers = context.serviceWorkers();
  return workers.length ? workers.at(-1)!.evaluate(() => caches.keys()) : [];
}

describe('offline', () => {
  it('after one visit to /lag-plan/, serves the plan builder, a chapter, the check and the search without network', async () => {
    const { context, page } = await newPage(browser, { serviceWorkers: 'allow' });
    await page.goto(`${BASE_URL}/lag-plan/`);
    await controlled(page);
    expect(await cacheNames(page)).toEqual([`handlingsplan-${built().version}`]);

    await context.setOffline(true);
    // The network is really gone, for the worker too: a file that is not kept offline cannot be fetched.
    expect(await page.evaluate(() => fetch('/sitemap.xml').then(() => 'svar', () => 'ingen forbindelse'))).toBe('ingen forbindelse');

    // The plan builder: a section page hydrates, takes input and saves it.
    await page.goto(`${BASE_URL}/lag-plan/tiltak/`);
    await page.getByRole('button', { name: 'Legg til tiltak' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('felt-measures-0-description');
    await page.keyboard.type('Kurs for ansatte i helsestasjonen');
    await expect.poll(() => page.locator('.save-status').textContent()).toBe('Lagret i denne nettleseren.');
    await page.reload();
    await expect.poll(() => page.locator('.tiltak__item summary').allTextContents()).toEqual([expect.stringContaining('Kurs for ansatte i helsestasjonen')]);

    // A chapter, with its styles and the site's own font.
    await page.goto(`${BASE_URL}/veileder/lover/`);
    expect(await page.locator('main h1').textContent()).toBe('Lover');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main h1')!).fontFamily)).toMatch(/Inter/);
    await expect.poll(() => page.evaluate(() => document.fonts.check('1rem "Inter Variable"'))).toBe(true);

    // The check, with a query string the cache ignores: the example plan is judged.
    await page.goto(`${BASE_URL}/sjekk/?eksempel=god`);
    await page.locator('#opened-file').waitFor();
    await page.getByLabel('Rapporteringsår').fill('2026');
    await expect.poll(() => page.locator('#verdict').textContent()).toBe('Planen teller i KOSTRA for 2026.');

    // The search: Pagefind and its index come from the cache too.
    await page.goto(`${BASE_URL}/sok/?q=evaluering`);
    await page.locator('#sok-treff li a').first().waitFor();

    // A page that was never built is not there, offline as online.
    const missing = await page.goto(`${BASE_URL}/finnes-ikke/`).then((r) => r?.status(), () => 'ingen forbindelse');
    expect(missing).toBe('ingen forbindelse');
    await context.setOffline(false);
    await context.close();
  });

  it('shows a changed page when online, not the cached one', async () => {
    const { context, page } = await newPage(browser, { serviceWorkers: 'allow' });
    await page.goto(`${BASE_URL}/`);
    await controlled(page);
    const file = 'dist/veileder/lover/index.html';
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, original.replace('<h1', '<p id="ny-versjon">Ny versjon</p><h1'));
      await page.goto(`${BASE_URL}/veileder/lover/`);
      expect(await page.locator('#ny-versjon').count()).toBe(1);
    } finally {
      writeFileSync(file, original);
    }
    await context.close();
  });

  it('installs a new deploy beside the old one, and deletes the old cache when no page uses it', async () => {
    const { context, page } = await newPage(browser, { serviceWorkers: 'allow' });
    await page.goto(`${BASE_URL}/lag-plan/`);
    await controlled(page);
    const old = `handlingsplan-${built().version}`;
    const source = readFileSync(SW, 'utf8');
    const next = `${built().version}-ny`;
    try {
      // A new deploy: a new sw.js with a new version.
      writeFileSync(SW, source.replace(`"version":"${built().version}"`, `"version":"${next}"`));
      await page.evaluate(async () => {
        const registration = (await navigator.serviceWorker.getRegistration())!;
        await registration.update();
        const worker = registration.installing ?? registration.waiting;
        if (worker && worker.state !== 'installed') {
          await new Promise<void>((done) => worker.addEventListener('statechange', () => { if (worker.state === 'installed') done(); }));
        }
      });
      // The open page keeps its version (and its cache) until it is closed; the new version waits beside it.
      expect((await cacheNames(page)).sort()).toEqual([old, `handlingsplan-${next}`].sort());
      expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);

      await page.close();
      await expect.poll(() => workerCaches(context), { timeout: 15_000 }).toEqual([`handlingsplan-${next}`]);
      const fresh = await context.newPage();
      await fresh.goto(`${BASE_URL}/lag-plan/`);
      await controlled(fresh);
      expect(await cacheNames(fresh)).toEqual([`handlingsplan-${next}`]);
    } finally {
      writeFileSync(SW, source);
    }
    await context.close();
  });
});
