/**
 * Layout facts at each screen width, measured in the built site (issue «a site that looks finished at every width»):
 * the header's height and its one row from 1024 px, no sideways scrolling, no heading wider than its box, whole words
 * in the front page heading, the chapter's sticky table of contents and line length, the builder's «Åpne planfil»
 * button and the status beside the task list. The pictures themselves: `npm run screenshots`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, FileChooser, Page } from 'playwright-core';
import { BASE_URL, launch, newPage, visitorTab, waitForIslands } from './browser';

const WIDTHS = [320, 768, 1024, 1280, 1920];
const PAGES = ['/', '/veileder/lover/', '/sjekk/', '/lag-plan/', '/lag-plan/om-planen/', '/regler/', '/kurs/fasilitatorguide/', '/nn/', '/nn/lag-plan/'];

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

// Every page with JavaScript is opened in this one tab, sized first (see visitorTab).
const tab = visitorTab();

async function open(width: number, path: string, height = 800): Promise<Page> {
  const page = tab();
  await page.setViewportSize({ width, height });
  await page.goto(`${BASE_URL}${path}`);
  await waitForIslands(page);
  return page;
}

/** Headings (h1–h4) that are drawn wider than their own box or than the element they sit in. */
function wideHeadings(page: Page) {
  return page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4')]
    .filter((h) => h.getClientRects().length > 0 && !h.closest('.visually-hidden'))
    .filter((h) => {
      const parent = h.parentElement!.getBoundingClientRect();
      const r = h.getBoundingClientRect();
      return h.scrollWidth > h.clientWidth + 1 || r.right > parent.right + 1 || r.left < parent.left - 1;
    })
    .map((h) => h.textContent?.trim()));
}

// Each page is loaded once and then drawn at every width, as when a window is resized: the layout is CSS alone, and a
// page load per width and page (45 of them) was most of this file's time.
describe.each(PAGES)('%s', (path) => {
  let page: Page;
  beforeAll(async () => { page = await open(WIDTHS[0], path); });

  it.each(WIDTHS)('at %i px: header fits, nothing scrolls sideways, no heading is wider than its box', async (width) => {
    await page.setViewportSize({ width, height: 800 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const header = await page.locator('.site-header').boundingBox();
    if (width < 1024) {
      // Compact: mark, name and the two buttons; the menu stays closed until asked for.
      expect(header!.height).toBeLessThan(120);
      expect(await page.getByRole('navigation', { name: /Hovedmeny|Hovudmeny/ }).isVisible()).toBe(false);
    } else {
      // One row: the mark, the menu, the language link and the search button share a line.
      const centres = await page.evaluate(() => ['.logo-mark', '.site-nav', '.lang-switch', '.site-header__search > summary'].map((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return r.height > 0 ? r.top + r.height / 2 : NaN;
      }));
      const logoCentre = centres[0];
      for (const c of centres) expect(Math.abs(c - logoCentre)).toBeLessThan(16);
      expect(header!.height).toBeLessThan(110);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await wideHeadings(page)).toEqual([]);
  });
});

describe('header on a narrow screen', () => {
  it('opens the menu and the search without JavaScript on a chapter page', async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    await page.goto(`${BASE_URL}/veileder/lover/`);
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    expect(await nav.isVisible()).toBe(false);
    await page.locator('.site-header__menu > summary').click();
    expect(await nav.getByRole('link', { name: 'Lag plan' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Nynorsk' }).isVisible()).toBe(true);
    // Opening the search closes the menu (one <details name> group), and the field takes a row of its own.
    await page.locator('.site-header__search > summary').click();
    expect(await nav.isVisible()).toBe(false);
    const field = page.getByRole('searchbox', { name: 'Søk i veilederen' });
    expect(await field.isVisible()).toBe(true);
    const box = await field.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    await context.close();
  });
});

describe('front page heading', () => {
  it.each(['/', '/nn/'])('%s breaks only between words at 320 px', async (path) => {
    const page = await open(320, path, 640);
    // Every word of the heading is drawn on one line (one client rect), none cut in two.
    const split = await page.evaluate(() => {
      const h1 = document.querySelector('h1')!;
      const text = h1.firstChild as Text;
      const cut: string[] = [];
      for (const m of text.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, m.index!);
        range.setEnd(text, m.index! + m[0].length);
        if (range.getClientRects().length !== 1) cut.push(m[0]);
      }
      return cut;
    });
    expect(split).toEqual([]);
  });
});

describe('chapter at 1280 px', () => {
  it('keeps the table of contents in view beside the text while the chapter scrolls', async () => {
    const page = await open(1280, '/veileder/lover/');
    const toc = page.locator('nav.toc');
    const text = page.locator('.chapter-body');
    const [tocBox, textBox] = [await toc.boundingBox(), await text.boundingBox()];
    expect(tocBox!.x).toBeGreaterThan(textBox!.x + textBox!.width); // beside, not above
    for (const share of [0.3, 0.6, 0.9]) {
      await page.evaluate((f) => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * f), share);
      await expect.poll(() => page.evaluate(() => {
        const r = document.querySelector('nav.toc')!.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + 10);
        return r.top >= 0 && r.top < innerHeight / 2 && !!hit && !!hit.closest('nav.toc');
      }), { timeout: 10_000 }).toBe(true);
    }
  });

  it('sets the text at about 70 characters a line and ends with previous and next', async () => {
    const page = await open(1280, '/veileder/lover/');
    const perLine = await page.evaluate(() => {
      const p = [...document.querySelectorAll('.chapter-body > p')].sort((a, b) => b.textContent!.length - a.textContent!.length)[0];
      const lines = Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight));
      return p.textContent!.length / lines;
    });
    expect(perLine).toBeGreaterThan(55);
    expect(perLine).toBeLessThan(85);
    const pager = page.getByRole('navigation', { name: 'Kapitler' });
    expect(await pager.getByRole('link', { name: /Forrige kapittel/ }).isVisible()).toBe(true);
    expect(await pager.getByRole('link', { name: /Neste kapittel/ }).isVisible()).toBe(true);
  });
});

describe('plan builder overview', () => {
  it.each([['/lag-plan/', 'Åpne planfil'], ['/nn/lag-plan/', 'Opne planfil']])('%s: «%s» is a button with Norwegian text that opens the file picker', async (path, text) => {
    // A tab of its own, as it opens the system's file picker.
    const { context, page } = await newPage(browser, { viewport: { width: 1280, height: 800 } });
    // Listen from the start: Playwright turns on Chromium's interception of the picker when the first listener is
    // added, and a key press sent right after waitForEvent() can reach the page before it (1 in 5 were lost so).
    const choosers: FileChooser[] = [];
    page.on('filechooser', (c) => choosers.push(c));
    await page.goto(`${BASE_URL}${path}`);
    await waitForIslands(page);
    const button = page.locator('label.file-button');
    expect((await button.innerText()).trim()).toBe(text);
    expect(await page.getByLabel(text, { exact: true }).getAttribute('type')).toBe('file');
    // The browser's own control («Choose File», «No file chosen») is not seen.
    expect(await page.locator('#apne-planfil').evaluate((e) => getComputedStyle(e).opacity)).toBe('0');
    await button.click();
    await expect.poll(() => choosers.length).toBe(1);
    expect(choosers[0].isMultiple()).toBe(false);
    await choosers[0].setFiles([]); // the user closes the picker without choosing; the next one opens on its own
    // And from the keyboard: focus shows on the button, Space opens the picker.
    await page.locator('#apne-planfil').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await button.evaluate((e) => getComputedStyle(e).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Space');
    await expect.poll(() => choosers.length).toBe(2);
    await context.close();
  });

  it.each([1024, 1280, 1920])('at %i px the status summary starts level with the task list', async (width) => {
    const page = await open(width, '/lag-plan/');
    const [status, tasks] = [await page.locator('.status-panel').boundingBox(), await page.locator('.task-list').boundingBox()];
    expect(Math.abs(status!.y - tasks!.y)).toBeLessThanOrEqual(1);
    expect(status!.x).toBeGreaterThan(tasks!.x + tasks!.width);
    // Drafts, examples and the plan file have their own titled area after the sections.
    const drafts = await page.getByRole('region', { name: 'Utkast, eksempler og planfiler' }).boundingBox();
    expect(drafts!.y).toBeGreaterThan(tasks!.y + tasks!.height);
  });

  it('at 320 px puts the status summary above the task list, inside the screen', async () => {
    const page = await open(320, '/lag-plan/', 640);
    const [status, tasks] = [await page.locator('.status-panel').boundingBox(), await page.locator('.task-list').boundingBox()];
    expect(status!.y + status!.height).toBeLessThanOrEqual(tasks!.y);
    expect(status!.x + status!.width).toBeLessThanOrEqual(320);
  });
});
