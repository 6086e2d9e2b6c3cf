/**
 * The workshop slides (/kurs/lysark/<deck>/): the show moves with the arrow keys, printing gives one 16:9 page per
 * slide, the PowerPoint download is a real .pptx (unzipped with fflate: one slide file per slide, each with its
 * title), the PDF download a real PDF (read with pdfjs-dist: one landscape page per slide, the titles in order, the
 * properties set), pptxgenjs and jsPDF load only on click, and the pages pass axe in bokmål and nynorsk.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { BASE_URL, launch, newPage, axeViolations } from './browser';
import { DECK_IDS, deckFileName, deckText } from '../../src/components/kurs/lysark/deck';
import { readSlidePdf } from './slides-pdf';
import { CATALOGUES } from '../../src/i18n';
import { localePath, UI_LANGS } from '../../src/i18n';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** Page count and page sizes (in points) of a PDF made by Chromium. */
function pdfPages(pdf: Buffer) {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)]
    .map((m) => ({ width: Number(m[3]) - Number(m[1]), height: Number(m[4]) - Number(m[2]) }));
}

/** The text of every <a:t> run in an XML part of the .pptx. */
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"));

describe('slides', () => {
  it('the two decks follow the timetables: the full day has exercise 5 and lunch, the three hours do not', () => {
    const short = deckText('tre-timer', 'nb').slides.map((s) => s.title);
    const long = deckText('heldag', 'nb').slides.map((s) => s.title);
    expect(short).toContain('Øvelse 4: Finn feilene');
    expect(long).toContain('Øvelse 5: Hvem holder planen levende?');
    expect(short).not.toContain('Øvelse 5: Hvem holder planen levende?');
    expect(long).toContain('Lunsj');
    expect(short.at(-2)).toBe('Neste steg');
  });

  for (const lang of UI_LANGS) {
    for (const deck of DECK_IDS) {
      const path = localePath(lang, `/kurs/lysark/${deck}/`);
      const text = deckText(deck, lang);

      it(`${path}: the list passes axe, the show moves with the arrow keys and passes axe too`, async () => {
        const { context, page } = await newPage(browser, { viewport: { width: 1280, height: 720 } });
        await page.goto(`${BASE_URL}${path}`);
        expect(await page.locator('.slide').count()).toBe(text.slides.length);
        expect(await page.locator('.slide h2').allTextContents()).toEqual(text.slides.map((s) => s.title));
        expect(await axeViolations(page)).toEqual([]);

        await page.locator('[data-start]').click();
        const visible = () => page.locator('.slide:visible').allTextContents();
        await expect.poll(async () => (await visible()).length, { timeout: 15_000 }).toBe(1);
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => page.locator('.slide:visible h2').textContent(), { timeout: 15_000 }).toBe(text.slides[2]!.title);
        expect(page.url()).toMatch(/#lysark-3$/);
        await page.keyboard.press('ArrowLeft');
        await expect.poll(() => page.locator('.slide:visible h2').textContent(), { timeout: 15_000 }).toBe(text.slides[1]!.title);
        await page.keyboard.press('End');
        await expect.poll(() => page.locator('.slide:visible h2').textContent(), { timeout: 15_000 }).toBe(text.slides.at(-1)!.title);
        // The slide fills the window: large type, the header gone.
        await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
        const box = await page.locator('.slide:visible').boundingBox();
        expect(box!.width).toBeGreaterThan(1100);
        const titleSize = await page.locator('.slide:visible h2').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
        expect(titleSize).toBeGreaterThanOrEqual(48);
        expect(await axeViolations(page)).toEqual([]);
        // A reload stays on the slide; Escape ends the show and shows every slide again.
        await page.reload();
        await expect.poll(() => page.locator('.slide:visible h2').textContent(), { timeout: 15_000 }).toBe(text.slides.at(-1)!.title);
        await page.keyboard.press('Escape');
        await expect.poll(async () => (await visible()).length, { timeout: 15_000 }).toBe(text.slides.length);
        await context.close();
      }, 180_000);

      it(`${path}: prints one 16:9 page per slide`, async () => {
        const { context, page } = await newPage(browser);
        await page.goto(`${BASE_URL}${path}`);
        // Printing in the middle of a show still gives every slide.
        await page.locator('[data-start]').click();
        await page.keyboard.press('ArrowRight');
        await page.emulateMedia({ media: 'print' });
        const pages = pdfPages(await page.pdf({ preferCSSPageSize: true }));
        expect(pages).toHaveLength(text.slides.length);
        for (const { width, height } of pages) expect(width / height).toBeCloseTo(16 / 9, 2);
        await context.close();
      }, 120_000);

      it(`${path}: «Last ned som PowerPoint» gives a .pptx with one slide per slide and their titles`, async () => {
        const { context, page } = await newPage(browser);
        const scripts: string[] = [];
        page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
        await page.goto(`${BASE_URL}${path}`);
        await page.waitForLoadState('networkidle');
        const before = scripts.length;
        expect(scripts.some((s) => /pptx/i.test(s))).toBe(false);

        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 60_000 }),
          page.locator('[data-download="pptx"]').click(),
        ]);
        expect(download.suggestedFilename()).toBe(deckFileName(deck, lang, 'pptx'));
        expect(scripts.length).toBeGreaterThan(before); // pptxgenjs came with the click
        const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
        const slideFiles = Object.keys(zip).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
          .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
        expect(slideFiles).toHaveLength(text.slides.length);
        slideFiles.forEach((file, i) => {
          const words = runs(strFromU8(zip[file]!));
          expect(words).toContain(text.slides[i]!.title);
          for (const point of text.slides[i]!.points) expect(words).toContain(point);
        });
        const core = strFromU8(zip['docProps/core.xml']!);
        expect(core).toContain(text.title);
        expect(core).toContain(`<dc:creator>${CATALOGUES[lang]['site.name']}</dc:creator>`);
        await expect.poll(() => page.locator('[data-download-status]').textContent()).toBe(CATALOGUES[lang]['kurs.slides.pptx.done']);
        await context.close();
      }, 120_000);

      it(`${path}: «Last ned som PDF» gives a PDF with one landscape page per slide, the titles in order, in the page's language`, async () => {
        const { context, page } = await newPage(browser);
        const scripts: string[] = [];
        page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
        await page.goto(`${BASE_URL}${path}`);
        await page.waitForLoadState('networkidle');
        const before = [...scripts];
        const button = page.locator('[data-download="pdf"]');
        await expect(button.textContent()).resolves.toBe(CATALOGUES[lang]['kurs.slides.pdf']);
        // The browser's print is still there, under a name that says what it is.
        await expect(page.locator('[data-print]').textContent()).resolves.toBe(CATALOGUES[lang]['kurs.slides.print']);

        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
        expect(download.suggestedFilename()).toBe(deckFileName(deck, lang, 'pdf'));
        expect(scripts.filter((s) => !before.includes(s)).length).toBeGreaterThan(0); // jsPDF came with the click
        const pdf = await readSlidePdf(new Uint8Array(readFileSync((await download.path())!)));

        expect(pdf.pages).toHaveLength(text.slides.length);
        pdf.pages.forEach((p, i) => {
          expect(p.width).toBeGreaterThan(p.height);
          expect(p.width / p.height).toBeCloseTo(16 / 9, 2);
          // One slide per page: this slide's title (wrapped or not) on it, no other slide's title line, its number last.
          const onPage = p.lines.join(' ');
          expect(onPage, `page ${i + 1}`).toContain(text.slides[i]!.title);
          for (const [j, other] of text.slides.entries()) {
            if (other.title !== text.slides[i]!.title && j !== i) expect(p.lines, `page ${i + 1}`).not.toContain(other.title);
          }
          expect(p.lines.at(-1)).toBe(String(i + 1));
        });
        // The other målform's titles are not there (where the two differ).
        const other = deckText(deck, lang === 'nb' ? 'nn' : 'nb').slides.map((s) => s.title);
        const all = pdf.pages.flatMap((p) => p.lines).join('\n');
        const differing = other.filter((title, i) => title !== text.slides[i]!.title);
        expect(differing.length).toBeGreaterThan(5);
        for (const title of differing) expect(all).not.toContain(title);
        expect(all).toMatch(/[æøå]/);
        expect(pdf.info.Title).toBe(`Lysark: ${text.title}`);
        expect(pdf.info.Author).toBe(CATALOGUES[lang]['site.name']);
        expect(pdf.info.Creator).toBe(CATALOGUES[lang]['site.name']);
        expect(pdf.info.Language).toBe(lang);
        await expect.poll(() => page.locator('[data-download-status]').textContent()).toBe(CATALOGUES[lang]['kurs.slides.pdf.done']);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      }, 120_000);
    }
  }

  it('the slide list page links both decks, in both languages', async () => {
    const { context, page } = await newPage(browser);
    for (const lang of UI_LANGS) {
      await page.goto(`${BASE_URL}${localePath(lang, '/kurs/lysark/')}`);
      for (const deck of DECK_IDS) expect(await page.locator(`main a[href="${localePath(lang, `/kurs/lysark/${deck}/`)}"]`).count()).toBe(1);
    }
    await context.close();
  });
});
