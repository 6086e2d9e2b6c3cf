/** The status panel follows the plan as it is typed, and a finding leads to its field. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launch, newPage, seedDraft } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const year = new Date().getFullYear();
const counts = (page: Page) => page.locator('#status-teller').textContent();

describe('status panel', () => {
  it('goes from «nei» to «ja» as the adoption and the period are filled in', async () => {
    const { context, page } = await newPage(browser);
    await seedDraft(page, {
      id: 'utkast-status', title: 'Fjordvik', municipalities: [{ id: 'k1', name: 'Fjordvik', adoption: { status: 'ikke-startet' } }],
      measures: [{ id: 'm1', description: 'Kurs for ansatte i helsestasjonen', deadline: `${year + 1}-06-30` }],
    });
    await page.goto(`${BASE_URL}/lag-plan/forankring/`);
    await expect.poll(() => counts(page)).toBe('Nei');
    expect(await page.locator('#status-krav').textContent()).toBe('2 av 5');

    await page.getByRole('group', { name: /Hvor langt har vedtaket kommet/ }).getByLabel('Vedtatt', { exact: true }).check();
    await page.locator('#felt-municipalities-0-adoption-body').selectOption('kommunestyre');
    await expect.poll(() => page.locator('#status-krav').textContent()).toBe('3 av 5');
    expect(await counts(page)).toBe('Nei');

    await page.goto(`${BASE_URL}/lag-plan/planperiode/`);
    await page.locator('#felt-period-start').fill(String(year - 1));
    await page.locator('#felt-period-end').fill(String(year + 2));
    await expect.poll(() => counts(page)).toBe('Ja');
    expect(await page.locator('#status-krav').textContent()).toBe('5 av 5');
    await context.close();
  });
});
