/**
 * Nynorsk throughout: every /nn/ page is nynorsk (lang, links, no bokmål interface text once
 * the islands have drawn), the language switch leads to the same page and is remembered, the
 * plan builder works in nynorsk, and a plan's målform, not the interface, decides its exports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { BASE_URL, launch, newPage, seedDraft, currentDraft, sitemapPaths, visitorTab, waitForIslands } from './browser';
import { BOKMAL_PIECES, nynorskProblems } from './nynorsk';
import { nb } from '../../src/i18n/nb';
import { basePath, movedNynorskPaths } from '../../src/i18n/routes';
import { nn } from '../../src/i18n/nn';
import { completePlan } from '../fixtures/plans';
import { readDocx } from '../fixtures/docx';

/** The chapters' bokmål addresses, for the moved addresses of the guide (movedNynorskPaths). */
const CHAPTERS = readdirSync('content/veileder/nb').filter((f) => f.endsWith('.mdx')).map((f) => `/veileder/${f.slice(0, -4)}/`);
const MOVED = movedNynorskPaths(CHAPTERS);

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('nynorsk pages', () => {
  it('exist for every bokmål page, at nynorsk addresses (a11y-nn.test.ts checks each for bokmål text and links)', () => {
    const paths = sitemapPaths();
    const nbPages = paths.filter((p) => !p.startsWith('/nn/'));
    expect(paths.filter((p) => p.startsWith('/nn/')).map((p) => basePath(p)).sort()).toEqual(nbPages.sort());
    expect(paths).toContain('/nn/rettleiar/kva-er-ein-handlingsplan/');
    expect(paths).toContain('/nn/tilgjenge/');
    // The old addresses are not pages of their own.
    for (const { from } of MOVED) expect(paths).not.toContain(from);
    expect(BOKMAL_PIECES.length).toBeGreaterThan(200);
  });

  it('the check finds bokmål interface text and bokmål links on a page', async () => {
    const { context, page } = await newPage(browser, { locale: 'nn-NO' });
    await page.goto(`${BASE_URL}/nn/om/`);
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      const a = document.createElement('a');
      a.href = '/sjekk/';
      a.textContent = 'x';
      document.querySelector('main')!.append(p, a);
    }, nb['check.lead']);
    const problems = await nynorskProblems(page);
    expect(problems.bokmal).toContain(nb['check.lead']);
    expect(problems.links).toEqual(['/sjekk/']);
    await context.close();
  });
});

describe('old nynorsk addresses and missing ones', () => {
  const tab = visitorTab({ locale: 'nn-NO' });

  it.each(MOVED.map(({ from, to }) => [from, to]))('%s sends the reader on to %s, with a canonical link and a visible link', async (from, to) => {
    const page = tab();
    // What the page says, for a browser that does not follow the refresh.
    const response = await page.context().request.get(`${BASE_URL}${from}`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="nn-NO"');
    expect(new URL(/<link rel="canonical" href="([^"]+)"/.exec(html)![1], 'https://nettstedet.invalid').pathname).toBe(to);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
    expect(html).toMatch(new RegExp(`<main>[\\s\\S]*<a href="${to}">`));
    expect(html).toContain(nn['moved.title']);
    // A browser that follows it lands on the nynorsk page.
    await page.goto(`${BASE_URL}${from}`);
    await page.waitForURL(`${BASE_URL}${to}`, { timeout: 30_000 });
    expect(await page.getAttribute('html', 'lang')).toBe('nn-NO');
  });

  it('a missing /nn/ address gets the nynorsk 404 page, with nothing bokmål on it', async () => {
    const { context, page } = await newPage(browser, { locale: 'nn-NO' });
    const response = await page.goto(`${BASE_URL}/nn/finst-ikkje/`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('nn-NO');
    expect(await page.title()).toContain(nn['notFound.title']);
    const text = await page.locator('body').innerText();
    expect(text).toContain(nn['notFound.text']);
    expect(text).not.toContain(nb['notFound.title']);
    expect(await nynorskProblems(page)).toEqual({ bokmal: [], links: [] });
    await context.close();
  });
});

describe('the language switch', () => {
  it('leads to the same page in the other language, with hreflang on both', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/veileder/lover/`);
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!, 'https://nettstedet.invalid').pathname}`));
    expect(alternates).toEqual(['nb-NO /veileder/lover/', 'nn-NO /nn/rettleiar/lover/', 'x-default /veileder/lover/']);
    await page.getByRole('link', { name: 'Nynorsk' }).click();
    await page.waitForURL(`${BASE_URL}/nn/rettleiar/lover/`);
    expect(await page.getAttribute('html', 'lang')).toBe('nn-NO');
    expect(await page.getAttribute('a[data-lang-switch]', 'hreflang')).toBe('nb-NO');
    await page.getByRole('link', { name: 'Bokmål' }).first().click(); // the switch is in the header and in the menu
    await page.waitForURL(`${BASE_URL}/veileder/lover/`);
    await context.close();
  });

  it('remembers the choice: a returning user lands on the front page in that language', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('link', { name: 'Nynorsk' }).click();
    await page.waitForURL(`${BASE_URL}/nn/`);
    await page.goto(`${BASE_URL}/`);
    await page.waitForURL(`${BASE_URL}/nn/`);
    // Choosing bokmål again is remembered too, and does not bounce back.
    await page.getByRole('link', { name: 'Bokmål' }).first().click(); // the switch is in the header and in the menu
    await page.waitForURL(`${BASE_URL}/`);
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });
});

describe('the plan builder in nynorsk', () => {
  it('starts a nynorsk draft, saves as you type and goes on to the next section', async () => {
    const { context, page } = await newPage(browser, { locale: 'nn-NO' });
    await page.goto(`${BASE_URL}/nn/lag-plan/om-planen/`);
    await page.locator('#felt-title').fill('Handlingsplan mot vald i nære relasjonar');
    await expect.poll(async () => (await currentDraft(page))?.title).toBe('Handlingsplan mot vald i nære relasjonar');
    expect((await currentDraft(page))?.malform).toBe('nn');
    await page.goto(`${BASE_URL}/nn/lag-plan/`);
    await page.locator('.task-list').waitFor();
    expect(await page.locator('#status-om-planen').textContent()).toBe(nn['wizard.task.started']);
    await page.getByRole('link', { name: nn['wizard.section.om-planen.title'], exact: true }).click();
    // «Lagre og hald fram» needs the municipality as well as the title.
    await page.locator('#felt-municipalities-0-name').fill('Voss');
    await page.getByRole('button', { name: nn['wizard.saveContinue'] }).click();
    await page.waitForURL(`${BASE_URL}/nn/lag-plan/forankring/`);
    expect(await page.getAttribute('html', 'lang')).toBe('nn-NO');
    await context.close();
  });

  it('checks the plan in nynorsk and exports in the plan’s målform, not the interface language', async () => {
    const { context, page } = await newPage(browser, { locale: 'nn-NO' });
    const plan = { ...completePlan(), malform: 'nb' };
    await seedDraft(page, plan);
    await page.goto(`${BASE_URL}/nn/lag-plan/sjekk/`);
    await page.locator('.export-panel').waitFor();
    expect(await page.locator('main').innerText()).toContain(nn['wizard.export.lead']);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: nn['wizard.export.plan'] }).click()]);
    const docx = readDocx(new Uint8Array(readFileSync(await file.path())));
    expect(docx.styles + docx.document).toMatch(/w:val="nb-NO"/);
    expect(docx.text).not.toMatch(/\bTiltaka\b/);
    await context.close();
  });

  it('opens a nynorsk example plan from the nynorsk workshop page', async () => {
    const { context, page } = await newPage(browser, { locale: 'nn-NO' });
    await page.goto(`${BASE_URL}/nn/sjekk/?eksempel=god`);
    await waitForIslands(page);
    const text = await page.locator('main').innerText();
    expect(text).toContain(nn['check.title']);
    await context.close();
  });
});

describe('search in nynorsk', () => {
  const tab = visitorTab({ locale: 'nn-NO' });

  it.each([
    ['avvergingsplikt', '/nn/rettleiar/lover/'],
    ['planstrategi', '/nn/rettleiar/plansystemet/'],
    ['rullering', '/nn/rettleiar/utgatt-plan/'],
  ])('«%s» finds %s first, and only nynorsk pages', async (query, expected) => {
    const page = tab();
    await page.goto(`${BASE_URL}/nn/sok/?q=${encodeURIComponent(query)}`);
    const links = page.locator('#sok-treff li a');
    await links.first().waitFor();
    const paths = (await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)));
    expect(paths[0]).toBe(expected);
    expect(paths.filter((p) => !p.startsWith('/nn/'))).toEqual([]);
  });
});
