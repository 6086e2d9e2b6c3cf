/**
 * The status panel follows the plan as it is typed, judging the draft as the plan the council
 * will adopt: adoption is the next step with its date, never a fault, and the years it counts are named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launch, newPage, seedDraft } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const year = new Date().getFullYear();
const headline = (page: Page) => page.locator('#status-teller').textContent();
const poll = { timeout: 20_000 };

describe('status panel', () => {
  it('asks for the meeting date, then names the years the plan counts once adopted', async () => {
    const { context, page } = await newPage(browser);
    await seedDraft(page, {
      id: 'utkast-status', title: 'Fjordvik', municipalities: [{ id: 'k1', name: 'Fjordvik', adoption: { status: 'ikke-startet' } }],
      measures: [{ id: 'm1', description: 'Kurs for ansatte i helsestasjonen', deadline: `${year + 1}-06-30` }],
    });
    await page.goto(`${BASE_URL}/lag-plan/forankring/`);
    // Without a period the plan cannot count; the unclear period is what must be fixed, not the adoption.
    await expect.poll(() => headline(page), poll).toBe('Planen vil ikke telle i KOSTRA selv om kommunestyret vedtar den. Dette må rettes først:');
    expect(await page.locator('#status-rettes').textContent()).toContain('Planperioden er uklar');
    expect(await page.locator('#status-rettes').textContent()).not.toContain('vedtatt');
    expect(await page.locator('#status-krav').textContent()).toBe('3 av 5');
    expect(await page.locator('#status-neste').textContent()).toBe('Skriv inn datoen for kommunestyremøtet, så ser dere hvilke år planen teller for.');

    await page.getByRole('group', { name: /Hvor langt har vedtaket kommet/ }).getByLabel(/^Planlagt/).check();
    await page.locator('#felt-municipalities-0-adoption-body').selectOption('kommunestyre');
    await page.locator('#felt-municipalities-0-adoption-date').fill(`${year}-12-17`);
    await expect.poll(() => page.locator('#status-neste').textContent(), poll).toBe(`Kommunestyret behandler planen 17. desember ${year}.`);

    await page.goto(`${BASE_URL}/lag-plan/planperiode/`);
    await page.locator('#felt-period-start').fill(String(year + 1));
    await page.locator('#felt-period-end').fill(String(year + 4));
    await expect.poll(() => headline(page), poll).toBe(`Planen teller i KOSTRA for ${year + 1}–${year + 4} når kommunestyret vedtar planen 17. desember ${year}.`);
    expect(await page.locator('#status-krav').textContent()).toBe('5 av 5');
    expect(await page.locator('.status-panel dl').first().textContent()).toBe(`${year + 1}–${year + 4}Teller${year + 5}Utløpt`);

    // The reporting year can be picked, as on /sjekk/: the year after the period is expired.
    await page.locator('#status-ar').selectOption(String(year + 5));
    await expect.poll(() => page.locator('#status-krav').textContent(), poll).toBe('4 av 5');
    await context.close();
  });
});
