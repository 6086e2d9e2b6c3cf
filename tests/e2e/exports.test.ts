/** The exports on the wizard's last page: real downloads with sensible names, and a print view that fits A4. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { BASE_URL, launch, newPage, axeViolations, seedDraft } from './browser';
import { completePlan, intermunicipalPlan } from '../fixtures/plans';
import { readDocx } from '../fixtures/docx';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

describe('exports', () => {
  it('downloads the plan as Word and the calendar, without loading the export code until asked', async () => {
    const { context, page } = await newPage(browser);
    const plan = completePlan();
    await seedDraft(page, plan);
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await page.goto(`${BASE_URL}/lag-plan/sjekk/`);
    await page.locator('.export-panel').waitFor();
    const exportCode = () => scripts.filter((u) => /\/_astro\/browser\.[\w-]+\.js$/.test(u));
    expect(exportCode()).toEqual([]);

    const docx = await download(page, 'Last ned planen (Word)');
    expect(docx.name).toBe('handlingsplan-vold-nære-relasjoner-2024-2027.docx');
    expect(exportCode()).toHaveLength(1);
    expect(readDocx(new Uint8Array(docx.bytes)).text).toContain(plan.measures[0].description);

    const paper = await download(page, 'Last ned saksframlegg (Word)');
    expect(paper.name).toBe('saksframlegg-handlingsplan-vold-fjordvik-kommune-2024-2027.docx');
    expect(readDocx(new Uint8Array(paper.bytes)).text).toContain('Forslag til vedtak');

    const ics = await download(page, 'Last ned årshjul (kalender)');
    expect(ics.name).toBe('handlingsplan-vold-nære-relasjoner-2024-2027.ics');
    expect(ics.bytes.toString('utf8')).toContain('BEGIN:VCALENDAR');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('gives each municipality of an intermunicipal plan its own council paper', async () => {
    const { context, page } = await newPage(browser);
    const plan = intermunicipalPlan(3);
    await seedDraft(page, plan);
    await page.goto(`${BASE_URL}/lag-plan/sjekk/`);
    await page.locator('.export-panel').waitFor();
    for (const m of plan.municipalities) {
      const paper = await download(page, `Saksframlegg for ${m.name} (Word)`);
      expect(paper.name.startsWith('saksframlegg-handlingsplan-vold-')).toBe(true);
      expect(readDocx(new Uint8Array(paper.bytes)).text).toContain(`Dette saksframlegget gjelder vedtaket i ${m.name}`);
    }
    await context.close();
  });

  it('prints the plan to A4 without anything running over the page', async () => {
    const { context, page } = await newPage(browser);
    await seedDraft(page, completePlan());
    await page.goto(`${BASE_URL}/lag-plan/utskrift/`);
    await page.locator('.plan-preview').waitFor();
    expect(await page.locator('h1').textContent()).toBe(completePlan().title);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate(() => [...document.querySelectorAll('.plan-preview *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length);
    expect(overflow).toBe(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThan(10);
    await context.close();
  });
});
