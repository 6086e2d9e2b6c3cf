/**
 * Parts of the tool pages that load after the first render (the status panel's verdict, the
 * builder's check, the checker's verdict): the page shows them once they are in, and if their
 * code cannot be fetched, that part says so while the rest of the page and the form keep working.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launch, newPage, seedDraft, waitForIslands } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const poll = { timeout: 30_000 };
const plan = {
  id: 'utkast-lazy', title: 'Fjordvik', municipalities: [{ id: 'k1', name: 'Fjordvik', adoption: { status: 'ikke-startet' } }],
  measures: [{ id: 'm1', description: 'Kurs for ansatte i helsestasjonen' }],
};

/** Makes every request for a chunk whose name starts with `name` fail, as offline before the service worker had it. */
async function failChunk(page: Page, name: string) {
  await page.route(new RegExp(`/_astro/${name}\\.[\\w-]+\\.js$`), (route) => route.abort('internetdisconnected'));
}

describe('parts loaded after the first render', () => {
  it('the status panel says its verdict could not load, and the measures can still be edited and are kept', async () => {
    const { context, page } = await newPage(browser);
    await seedDraft(page, plan);
    await failChunk(page, 'StatusVerdict');
    await page.goto(`${BASE_URL}/lag-plan/tiltak/`);
    await expect.poll(() => page.locator('.status-panel [role="alert"]').textContent(), poll)
      .toBe('Denne delen av siden kunne ikke lastes. Last siden på nytt for å prøve igjen.');
    expect(await page.locator('#status-teller').count()).toBe(0);
    await page.getByRole('button', { name: 'Legg til tiltak' }).click();
    await expect.poll(() => page.locator('.tiltak__item').count(), poll).toBe(2);
    await context.close();
  });

  it('a builder page whose form cannot load says so under its heading, and the draft is all there once it can', async () => {
    const { context, page } = await newPage(browser);
    await seedDraft(page, plan);
    await failChunk(page, 'TiltakForm');
    await page.goto(`${BASE_URL}/lag-plan/tiltak/`);
    await expect.poll(() => page.locator('.wizard-main [role="alert"]').first().textContent(), poll)
      .toBe('Denne delen av siden kunne ikke lastes. Last siden på nytt for å prøve igjen.');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tiltak');
    expect(await page.locator('.tiltak__item').count()).toBe(0);
    await page.unrouteAll();
    await page.reload();
    await expect.poll(() => page.locator('.tiltak__item summary').first().textContent(), poll).toContain('Kurs for ansatte i helsestasjonen');
    await context.close();
  });

  it('the check page says so in nynorsk when its check cannot load, and shows it once it can', async () => {
    const { context, page } = await newPage(browser);
    await seedDraft(page, plan);
    await failChunk(page, 'Sjekk');
    await page.goto(`${BASE_URL}/nn/lag-plan/sjekk/`);
    await expect.poll(() => page.locator('.wizard-main [role="alert"]').first().textContent(), poll)
      .toBe('Denne delen av sida kunne ikkje lastast. Last sida på nytt for å prøve igjen.');
    await page.unrouteAll();
    await page.reload();
    await expect.poll(() => page.locator('#sjekk-resultat').count(), poll).toBe(1);
    await context.close();
  });

  it('the overview adds «Må rettes» once the full task statuses are in, after the first paint', async () => {
    const { context, page } = await newPage(browser);
    await seedDraft(page, { ...plan, period: { start: 'snart', rollovers: [] } });
    await page.goto(`${BASE_URL}/lag-plan/`);
    await expect.poll(() => page.locator('#status-planperiode').textContent(), poll).toBe('Må rettes');
    expect(await page.locator('#status-tiltak').textContent()).toBe('Påbegynt');
    await context.close();
  });

  it('the checker says so when its check cannot load, keeps the answers, and checks once it can', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/sjekk/`);
    await waitForIslands(page);
    // From here on no more code arrives, as when the network goes after the page has loaded.
    await page.route(/\/_astro\/.+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.locator('#q-name-0').fill('Fjordvik');
    await page.getByRole('button', { name: 'Sjekk planen' }).click();
    await expect.poll(() => page.locator('form [role="alert"]').textContent(), poll)
      .toBe('Sjekken kunne ikke lastes, kanskje fordi nettet er borte. Svarene dine står der fortsatt: trykk «Sjekk planen» igjen om litt.');
    expect(await page.locator('#q-name-0').inputValue()).toBe('Fjordvik');
    await page.unrouteAll();
    await page.getByRole('button', { name: 'Sjekk planen' }).click();
    // The check runs: the unanswered question is reported, and the message is gone.
    await expect.poll(() => page.locator('.ds-error-summary').count(), poll).toBeGreaterThan(0);
    expect(await page.locator('form [role="alert"]').count()).toBe(0);
    expect(await page.locator('#q-name-0').inputValue()).toBe('Fjordvik');
    await context.close();
  });

  it('the print page says so when the printable plan cannot load, and shows it once it can', async () => {
    const { context, page } = await newPage(browser);
    await seedDraft(page, plan);
    await failChunk(page, 'PrintPreview');
    await page.goto(`${BASE_URL}/lag-plan/utskrift/`);
    await expect.poll(() => page.locator('.print-view [role="alert"]').textContent(), poll)
      .toBe('Denne delen av siden kunne ikke lastes. Last siden på nytt for å prøve igjen.');
    expect(await page.getByRole('button', { name: 'Skriv ut' }).count()).toBe(1);
    await page.unrouteAll();
    await page.reload();
    await expect.poll(() => page.locator('.print-view').getByText('Kurs for ansatte i helsestasjonen').count(), poll).toBeGreaterThan(0);
    await context.close();
  });
});
