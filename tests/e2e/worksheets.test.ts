/**
 * The workshop kit's printable worksheets (/kurs/arbeidsark/) and the projector mode of the /kurs/ pages.
 * Each worksheet is printed to PDF through Chromium: exactly its number of A4 pages (one; two for the old plan;
 * landscape for the measures table), nothing wider than the printable area, and no axe findings. Every exercise in the
 * facilitator guide links its sheet. The projector mode is checked through the UI.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BASE_URL, axeViolations, visitorTab } from './browser';
import { DOC_TEXT } from '../../src/plan/document';

// Every test only looks, prints and toggles: one reused tab (see visitorTab).
const tab = visitorTab();

/** The printable width of the sheets' named pages in CSS pixels: A4 minus 2 × 14 mm side margins (arbeidsark.css, @page ark / ark-liggende). */
const MM = 96 / 25.4;
const PRINTABLE_WIDTH = { portrait: Math.floor((210 - 28) * MM), landscape: Math.floor((297 - 28) * MM) };

const SHEETS = [
  { id: 'sjekk', title: 'Arbeidsark: Sjekk planen deres', landscape: false, pages: 1 },
  { id: 'plassering', title: 'Arbeidsark: Plassering i plansystemet', landscape: false, pages: 1 },
  { id: 'tiltak', title: 'Arbeidsark: Tiltak – hva, hvem, når', landscape: true, pages: 1 },
  { id: 'finn-feilene', title: 'Arbeidsark: Finn feilene', landscape: false, pages: 1 },
  { id: 'evaluering', title: 'Arbeidsark: Oppfølging og evaluering', landscape: false, pages: 1 },
  { id: 'neste-steg', title: 'Arbeidsark: Neste steg', landscape: false, pages: 1 },
  { id: 'gammel-plan', title: 'Arbeidsark: Evaluer den gamle planen', landscape: false, pages: 2 },
] as const;

/** Page count and page sizes (in points) of a PDF made by Chromium. */
function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  const count = (text.match(/\/Type\s*\/Page\b/g) ?? []).length;
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)]
    .map((m) => ({ width: Number(m[3]) - Number(m[1]), height: Number(m[4]) - Number(m[2]) }));
  expect(boxes.length).toBe(count);
  return boxes;
}

/** Elements whose right edge lies beyond the viewport (set to the printable width), as short descriptions. */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > width + 1; })
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)} > ${width}`);
  });
}

describe('worksheets', () => {
  it('the list links every worksheet, and the workshop pages link the list', async () => {
    const page = tab();
    await page.goto(`${BASE_URL}/kurs/arbeidsark/`);
    for (const sheet of SHEETS) {
      expect(await page.locator(`main a[href="/kurs/arbeidsark/${sheet.id}/"]`).count()).toBeGreaterThanOrEqual(1);
    }
    expect(await axeViolations(page)).toEqual([]);
    for (const path of ['/kurs/', '/kurs/fasilitatorguide/']) {
      await page.goto(`${BASE_URL}${path}`);
      expect(await page.locator('main a[href="/kurs/arbeidsark/"]').count()).toBeGreaterThanOrEqual(1);
    }
    await page.goto(`${BASE_URL}/kurs/fasilitatorguide/`);
    for (const sheet of SHEETS) {
      expect(await page.locator(`main a[href="/kurs/arbeidsark/${sheet.id}/"]`).count()).toBeGreaterThanOrEqual(1);
    }
  });

  for (const sheet of SHEETS) {
    const orientation = sheet.landscape ? 'landscape' : 'portrait';
    const count = sheet.pages === 1 ? 'one A4 page' : `${sheet.pages} A4 pages`;
    it(`«${sheet.id}» prints on exactly ${count} (${orientation}) with nothing running over the edge`, async () => {
      const page = tab();
    await page.setViewportSize({ width: PRINTABLE_WIDTH[orientation], height: 900 });
      await page.goto(`${BASE_URL}/kurs/arbeidsark/${sheet.id}/`);
      expect(await page.locator('h1').textContent()).toBe(sheet.title);
      await expect(page.getByText('Bruk Skriv ut i nettleseren (Ctrl+P').isVisible()).resolves.toBe(true);
      await expect(page.getByText(sheet.pages === 1 ? 'Arket passer på ett A4-ark' : 'Arket skrives ut på to A4-ark').isVisible()).resolves.toBe(true);
      // No page code: only the projector mode and the registration of the offline copy.
      const scripts = await page.locator('script').evaluateAll((list) => list.map((s) => s.getAttribute('src') ?? 'innebygd'));
      expect(scripts.sort()).toEqual([expect.stringMatching(/^\/_astro\/ServiceWorker\.[\w.-]+\.js$/), '/js/projector.js']);
      expect(await axeViolations(page)).toEqual([]);

      await page.emulateMedia({ media: 'print' });
      await expect(page.getByText('Bruk Skriv ut i nettleseren (Ctrl+P').isVisible()).resolves.toBe(false);
      await expect(page.locator('.site-nav').isVisible()).resolves.toBe(false);
      expect(await overflowing(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

      const pages = pdfPages(await page.pdf({ format: 'A4' }));
      expect(pages).toHaveLength(sheet.pages);
      for (const { width, height } of pages) {
        expect(sheet.landscape ? width > height : width < height).toBe(true);
        expect(Math.round(Math.max(width, height))).toBeGreaterThanOrEqual(841); // A4: 842 × 595 pt
        expect(Math.round(Math.max(width, height))).toBeLessThanOrEqual(843);
      }
    });
  }

  it('every exercise in the facilitator guide, and «Neste steg», links its worksheet', async () => {
    const page = tab();
    await page.goto(`${BASE_URL}/kurs/fasilitatorguide/`);
    const expected: Record<string, string> = {
      'Øvelse 1: Sjekk planen deres': 'sjekk',
      'Øvelse 2: Plasser planen i plansystemet': 'plassering',
      'Øvelse 3: Fra mål til tiltak: hva, hvem, når': 'tiltak',
      'Øvelse 4: Finn feilene': 'finn-feilene',
      'Øvelse 5: Hvem holder planen levende?': 'evaluering',
      'Neste steg og avslutning': 'neste-steg',
    };
    // The links under each exercise heading, up to the next h2.
    const sections = await page.locator('main h2').evaluateAll((headings) => headings.map((h) => {
      const links: string[] = [];
      for (let e = h.nextElementSibling; e && e.tagName !== 'H2'; e = e.nextElementSibling) {
        links.push(...[...e.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''));
      }
      return { heading: h.textContent ?? '', links };
    }));
    for (const [heading, sheet] of Object.entries(expected)) {
      const section = sections.find((x) => x.heading === heading);
      expect(section, heading).toBeDefined();
      expect(section!.links, heading).toContain(`/kurs/arbeidsark/${sheet}/`);
    }
    expect(sections.filter((x) => /^Øvelse \d/.test(x.heading)).length).toBe(5);
  });

  it('the old plan sheet goes on over a second page, with room for more measures', async () => {
    const page = tab();
    await page.setViewportSize({ width: PRINTABLE_WIDTH.portrait, height: 900 });
    await page.goto(`${BASE_URL}/kurs/arbeidsark/gammel-plan/`);
    expect(await page.locator('.ark-table--evaluation').count()).toBe(2);
    expect(await page.locator('.ark-table--evaluation tbody tr').count()).toBeGreaterThanOrEqual(15);
    await page.emulateMedia({ media: 'print' });
    // The continuation starts the second page; the questions follow it there.
    const secondTop = await page.locator('.ark-page-break').evaluate((e) => getComputedStyle(e).breakBefore);
    expect(secondTop).toBe('page');
    await expect(page.locator('.ark-page-break + h2').textContent()).resolves.toBe('Spørsmål til evalueringen');
  });

  it('the measures table has the Word export’s column headings and eight rows to write in', async () => {
    const page = tab();
    await page.goto(`${BASE_URL}/kurs/arbeidsark/tiltak/`);
    const headings = await page.locator('.ark-table thead th').allTextContents();
    const expected = [DOC_TEXT.measure, DOC_TEXT.responsible, DOC_TEXT.when, DOC_TEXT.resources, DOC_TEXT.indicator].map((x) => x.nb);
    expect(headings.slice(1).map((h, i) => h.startsWith(expected[i]!))).toEqual(expected.map(() => true));
    expect(await page.locator('.ark-table tbody tr').count()).toBe(8);
    await page.emulateMedia({ media: 'print' });
    const rowHeight = await page.locator('.ark-table tbody tr').first().evaluate((e) => e.getBoundingClientRect().height);
    expect(rowHeight).toBeGreaterThan(14 * MM); // room for two or three handwritten lines
  });
});

describe('projector mode on /kurs/', () => {
  const toggle = (page: Page) => page.getByRole('button', { name: 'Projektormodus' });

  it('is off by default, is remembered across a reload, hides the main navigation, and has no axe findings', async () => {
    const page = tab();
    await page.goto(`${BASE_URL}/kurs/`);
    await expect(toggle(page).getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).isVisible()).resolves.toBe(true);
    const normalSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

    await toggle(page).click();
    await expect(toggle(page).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.reload();
    await expect(toggle(page).getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await page.evaluate(() => localStorage.getItem('handlingsplan.projektor'))).toBe('1');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-projector'))).toBe(true);
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-footer').isVisible()).resolves.toBe(false);
    const projectorSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(projectorSize / normalSize).toBeGreaterThanOrEqual(1.25);
    expect(projectorSize / normalSize).toBeLessThanOrEqual(1.5);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main p')!).color)).toBe('rgb(0, 0, 0)');
    expect(await axeViolations(page)).toEqual([]);

    // The other workshop pages and the worksheets follow the stored choice.
    await page.goto(`${BASE_URL}/kurs/arbeidsark/tiltak/`);
    await expect(toggle(page).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).isVisible()).resolves.toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await toggle(page).click();
    await page.reload();
    await expect(toggle(page).getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('handlingsplan.projektor'))).toBeNull();
  });

  it('leaves printing alone and stays off the chapter pages', async () => {
    const page = tab();
    await page.setViewportSize({ width: PRINTABLE_WIDTH.portrait, height: 900 });
    await page.goto(`${BASE_URL}/kurs/arbeidsark/plassering/`);
    await toggle(page).click();
    await page.emulateMedia({ media: 'print' });
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });

    await page.goto(`${BASE_URL}/veileder/plansystemet/`);
    expect(await page.locator('script').count()).toBe(0);
    await expect(toggle(page).count()).resolves.toBe(0);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-projector'))).toBe(false);
  });
});
