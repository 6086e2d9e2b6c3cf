/** The optional routines annex in the builder: typed on the follow-up page, kept in the draft, exported as a vedlegg to the plan. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { BASE_URL, launch, newPage, axeViolations, seedDraft, storedDrafts } from './browser';
import { completePlan } from '../fixtures/plans';
import { readDocx } from '../fixtures/docx';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('routines annex in the builder', () => {
  it('is filled in on /lag-plan/oppfolging/, survives a reload and ends the Word plan as a vedlegg', async () => {
    const { context, page } = await newPage(browser);
    await seedDraft(page, completePlan());
    await page.goto(`${BASE_URL}/lag-plan/oppfolging/`);
    const field = page.getByLabel('6. Når politiet kobles inn');
    await field.waitFor({ timeout: 60_000 });
    await field.fill('Politikontakten i Fjordvik, telefon 02800');
    await page.getByLabel('1. Hvem den ansatte snakker med').fill('Nærmeste leder samme dag');
    await expect.poll(async () => JSON.stringify(await storedDrafts(page)), { timeout: 30_000 }).toContain('Politikontakten i Fjordvik');

    await page.reload();
    await expect.poll(() => page.getByLabel('6. Når politiet kobles inn').inputValue(), { timeout: 60_000 }).toBe('Politikontakten i Fjordvik, telefon 02800');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${BASE_URL}/lag-plan/sjekk/`);
    await page.locator('.export-panel').waitFor({ timeout: 60_000 });
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned planen (Word)' }).click()]);
    const { text } = readDocx(new Uint8Array(readFileSync(await file.path())));
    const annex = text.slice(text.indexOf('Vedlegg: Rutiner når noen er utsatt for vold'));
    expect(annex).toContain('Politikontakten i Fjordvik, telefon 02800');
    expect(annex).toContain('Nærmeste leder samme dag');
    await context.close();
  });
});
