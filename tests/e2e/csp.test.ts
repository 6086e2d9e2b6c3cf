/**
 * The Content-Security-Policy (scripts/csp.mjs) is in every kind of page, as <meta> and as the header the test
 * server sends from dist/_headers, is enforced, and blocks nothing the site itself does: the islands hydrate, the
 * projector mode works, the search runs Pagefind, the Word export downloads. Any violation or console error fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launch, newPage, seedDraft } from './browser';
import { watchViolations } from './violations';
import { completePlan } from '../fixtures/plans';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** Opens a page and checks that its policy came with it, as <meta> and as header. */
async function open(page: Page, url: string) {
  const response = await page.goto(`${BASE_URL}${url}`);
  const meta = await page.locator('head meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta, url).toMatch(/^default-src 'self'; script-src 'self'( 'wasm-unsafe-eval')?; style-src 'self';/);
  expect(meta, url).toContain("object-src 'none'");
  expect(meta, url).not.toContain('unsafe-inline');
  const header = (await response?.allHeaders())?.['content-security-policy'];
  expect(header, url).toContain("frame-ancestors 'none'");
}

describe('Content-Security-Policy', () => {
  it('blocks nothing on any kind of page while the site is used', async () => {
    const { context, page } = await newPage(browser, { serviceWorkers: 'allow' });
    const { violations, errors } = await watchViolations(context);
    await seedDraft(page, completePlan());

    // Front page and a chapter.
    await open(page, '/');
    await open(page, '/veileder/lover/');
    expect(await page.locator('script').count()).toBe(0);

    // The check: an example plan is read and judged.
    await open(page, '/sjekk/?eksempel=god');
    await page.locator('#opened-file').waitFor();
    await page.getByLabel('Rapporteringsår').fill('2026');
    await expect.poll(() => page.locator('#verdict').textContent()).toBe('Planen teller i KOSTRA for 2026.');

    // The plan builder: the overview, a section, and the Word export.
    await open(page, '/lag-plan/');
    await page.locator('.task-list').waitFor();
    await open(page, '/lag-plan/tiltak/');
    await page.locator('main h1').waitFor();
    await open(page, '/lag-plan/sjekk/');
    await page.locator('.export-panel').waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned planen (Word)' }).click()]);
    expect(file.suggestedFilename()).toMatch(/\.docx$/);

    // The workshop pages: the projector mode (an external script in <head>) and a worksheet.
    await open(page, '/kurs/');
    const toggle = page.getByRole('button', { name: 'Projektormodus' });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await open(page, '/kurs/arbeidsark/tiltak/');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-projector'))).toBe(true);
    // The column widths come from arbeidsark.css now, not from style attributes: the first column is the narrow one.
    const widths = await page.locator('.ark-table col').evaluateAll((cols) => cols.map((c) => (c as HTMLElement).getBoundingClientRect().width));
    expect(widths[0]).toBeLessThan(widths[1] / 3);
    await toggle.click();

    // The search: Pagefind compiles WebAssembly, allowed on this page only.
    await open(page, '/sok/?q=evaluering');
    await page.locator('#sok-treff li a').first().waitFor();
    expect(await page.locator('#sok-status').textContent()).toMatch(/treff/);

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is enforced: an inline script, an inline event handler and a script from another origin are blocked and reported', async () => {
    const { context, page } = await newPage(browser, { serviceWorkers: 'allow' });
    const { violations } = await watchViolations(context);
    await open(page, '/lag-plan/');
    await page.locator('.task-list').waitFor();
    const ran = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const inline = document.createElement('script');
      inline.textContent = 'window.__inline = 1';
      document.head.append(inline);
      // (eval cannot be tried from here: the DevTools protocol that runs this function is exempt from the policy.)
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.__handler = 1');
      document.body.append(button);
      button.click();
      button.remove();
      const foreign = document.createElement('script');
      foreign.src = 'https://example.org/x.js';
      const loaded = new Promise((done) => { foreign.onload = () => done(true); foreign.onerror = () => done(false); });
      document.head.append(foreign);
      return { inline: w.__inline === 1, handler: w.__handler === 1, foreign: await loaded };
    });
    expect(ran).toEqual({ inline: false, handler: false, foreign: false });
    // Each is reported twice: the header's policy and the page's <meta> are both enforced.
    const expected = ['script-src-attr', 'script-src-elem', 'script-src-elem'].flatMap((d) => [`${d} header`, `${d} meta`]).sort();
    await expect.poll(() => violations.map((v) => `${v.directive} ${v.policy}`).sort()).toEqual(expected);
    await context.close();
  });

  it('lets only the search page compile WebAssembly', async () => {
    const { context, page } = await newPage(browser, { serviceWorkers: 'allow' });
    const wasm = () => page.evaluate(async () => {
      // The smallest valid module: the magic number and version 1.
      try { await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])); return true; } catch { return false; }
    });
    await open(page, '/sok/');
    expect(await wasm()).toBe(true);
    await open(page, '/sjekk/');
    expect(await wasm()).toBe(false);
    await context.close();
  });
});
