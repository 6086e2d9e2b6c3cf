/**
 * The builder's form agrees with the check and with its labels: «Må fylles ut» stops
 * «Lagre og fortsett», dates that cannot be right are shown at the field as they are typed,
 * quarters and dates are read and shown in Norwegian, and an empty new row is not an error.
 * And /sjekk/ saves only what was answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { BASE_URL, launch, newPage, axeViolations, currentDraft, seedDraft, waitForIslands } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** The validation message shown under the field with this id ('' when there is none). */
const fieldError = async (page: Page, id: string) => {
  const message = page.locator(`.ds-field:has(#${id}) > .ds-validation-message`);
  return (await message.count()) ? ((await message.textContent()) ?? '') : '';
};
const labelOf = (page: Page, id: string) => page.locator(`label[for="${id}"]`).textContent();

async function open(page: Page, section: string) {
  await page.goto(`${BASE_URL}/lag-plan/${section}/`);
  await waitForIslands(page);
  await page.locator('form[novalidate]').waitFor();
}

const PLAN = { id: 'skjema-1', title: 'Handlingsplan Fjordvik 2027–2030', municipalities: [{ id: 'k1', name: 'Fjordvik' }], period: { start: '2027', end: '2030', rollovers: [] } };

describe('required fields', () => {
  it('«Lagre og fortsett» stops at an empty title and municipality, with the errors at the fields', async () => {
    const { context, page } = await newPage(browser);
    await open(page, 'om-planen');
    expect(await labelOf(page, 'felt-title')).toContain('Må fylles ut');
    expect(await labelOf(page, 'felt-municipalities-0-name')).toContain('Må fylles ut');
    await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
    const summary = page.locator('.ds-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Skriv tittelen på planen');
    expect(await summary.textContent()).toContain('Kommune 1: navn mangler.');
    expect(await fieldError(page, 'felt-title')).toContain('Skriv tittelen på planen');
    expect(await fieldError(page, 'felt-municipalities-0-name')).toContain('navn mangler');
    expect(page.url()).toBe(`${BASE_URL}/lag-plan/om-planen/`);
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('#felt-title').fill('Handlingsplan Fjordvik 2027–2030');
    await page.locator('#felt-municipalities-0-name').fill('Fjordvik');
    await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
    await page.waitForURL(/\/lag-plan\/forankring\/$/);
    expect(await currentDraft(page)).toMatchObject({ title: 'Handlingsplan Fjordvik 2027–2030', municipalities: [{ name: 'Fjordvik' }] });
    await context.close();
  });
});

describe('dates caught where they are typed', () => {
  it('shows an end before the start at the end field as soon as the user leaves it', async () => {
    const { context, page } = await newPage(browser);
    await seedDraft(page, { ...PLAN, period: { rollovers: [] } });
    await open(page, 'planperiode');
    // The check needs the period: its fields say so instead of «Valgfritt».
    expect(await labelOf(page, 'felt-period-start')).toContain('Trengs for å telle i KOSTRA');
    expect(await labelOf(page, 'felt-period-end')).toContain('Trengs for å telle i KOSTRA');
    expect(await labelOf(page, 'felt-period-end')).not.toContain('Valgfritt');
    expect(await page.locator('main').textContent()).toContain('Skriv et årstall (2027) eller en dato (1. mars 2027)');

    await page.locator('#felt-period-start').fill('2030');
    await page.locator('#felt-period-end').fill('2027');
    await page.locator('#felt-period-end').press('Tab');
    await expect.poll(() => fieldError(page, 'felt-period-end'), { timeout: 10_000 })
      .toBe('Planperioden slutter (31. desember 2027) før den starter (1. januar 2030). Skriv en slutt som kommer etter starten.');
    expect(await page.locator('#felt-period-end').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
    await page.locator('.ds-error-summary').waitFor();
    expect(page.url()).toBe(`${BASE_URL}/lag-plan/planperiode/`);

    // Fixing the start (and leaving it) clears the error at the end; a date in Norwegian is stored as a date.
    await page.locator('#felt-period-start').fill('1. mars 2027');
    await page.locator('#felt-period-start').press('Tab');
    await expect.poll(() => fieldError(page, 'felt-period-end'), { timeout: 10_000 }).toBe('');
    await expect.poll(async () => (await currentDraft(page))?.period).toMatchObject({ start: '2027-03-01', end: '2027' });
    await page.reload();
    await page.locator('form[novalidate]').waitFor();
    await expect.poll(() => page.locator('#felt-period-start').inputValue()).toBe('1. mars 2027');
    await context.close();
  });

  it('shows a milestone outside the plan period at the field, and reads «3. kv. 2027» as a quarter', async () => {
    const { context, page } = await newPage(browser);
    await seedDraft(page, { ...PLAN, measures: [{ id: 'm1', description: 'Kurs for ansatte', milestones: [], status: 'planlagt' }] });
    await open(page, 'tiltak');
    await page.locator('.tiltak__item summary').first().click();
    expect(await labelOf(page, 'felt-measures-0-deadline')).toContain('Trengs for å telle i KOSTRA');
    await page.getByRole('button', { name: 'Legg til milepæl i tiltak 1' }).click();
    await page.locator('#felt-measures-0-milestones-0-text').fill('Kurset er holdt');
    await page.locator('#felt-measures-0-milestones-0-when').fill('3. kv. 2031');
    await page.locator('#felt-measures-0-milestones-0-when').press('Tab');
    await expect.poll(() => fieldError(page, 'felt-measures-0-milestones-0-when'), { timeout: 10_000 })
      .toBe('Tiltak 1, Milepæl 1: milepælen (3. kvartal 2031) er etter at planperioden slutter (31. desember 2030). Velg et tidspunkt i planperioden, eller endre perioden.');
    await page.locator('#felt-measures-0-deadline').fill('2026-06-01');
    await page.locator('#felt-measures-0-deadline').blur(); // Tab would only move to the next part of the date
    await expect.poll(() => fieldError(page, 'felt-measures-0-deadline'), { timeout: 10_000 }).toContain('fristen (1. juni 2026) er før planperioden starter (1. januar 2027)');
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('#felt-measures-0-deadline').fill('');
    await page.locator('#felt-measures-0-milestones-0-when').fill('3. kv. 2027');
    await page.locator('#felt-measures-0-milestones-0-when').press('Tab');
    await expect.poll(() => fieldError(page, 'felt-measures-0-milestones-0-when'), { timeout: 10_000 }).toBe('');
    await expect.poll(async () => (await currentDraft(page))?.measures?.[0]?.milestones?.[0]?.when).toBe('2027-Q3');
    expect(await page.locator('.tiltak__item summary').first().textContent()).toContain('milepæl 3. kvartal 2027');
    await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
    await page.waitForURL(/\/lag-plan\/oppfolging\/$/);
    await open(page, 'tiltak');
    await page.locator('.tiltak__item summary').first().click();
    expect(await page.locator('#felt-measures-0-milestones-0-when').inputValue()).toBe('3. kvartal 2027');
    await context.close();
  });
});

/**
 * Waits until the status panel shows a verdict on the plan. The verdict loads after the first render («Sjekker planen
 * …» until then), and a form problem shows «Noen felt har feil format» in its place, so this also fails on one.
 */
async function judged(page: Page) {
  await expect.poll(() => page.locator('#status-teller').textContent()).toMatch(/^Planen (teller|vil ikke telle) i KOSTRA/);
}

describe('empty new rows', () => {
  it('are not reported as «feil format» or as errors before anything is typed', async () => {
    const { context, page } = await newPage(browser);
    await seedDraft(page, PLAN);
    await open(page, 'kunnskapsgrunnlag');
    await page.getByRole('button', { name: 'Legg til datakilde' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('felt-knowledgeBase-sources-0-name');
    await page.keyboard.press('Tab'); // past the empty name, without typing
    await page.waitForTimeout(800); // the draft is saved after a short pause; nothing may show up after it
    await judged(page);
    expect(await page.locator('.status-panel').textContent()).not.toContain('feil format');
    expect(await fieldError(page, 'felt-knowledgeBase-sources-0-name')).toBe('');

    await open(page, 'innsatsomrader');
    await page.getByRole('button', { name: 'Legg til innsatsområde' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('felt-focusAreas-0-title');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(800);
    await judged(page);
    expect(await page.locator('.status-panel').textContent()).not.toContain('feil format');
    expect(await fieldError(page, 'felt-focusAreas-0-title')).toBe('');
    await context.close();
  });
});

describe('/sjekk/ saves only what was answered', () => {
  it('the saved file has no invented measures, and the builder opens it without «Tiltak 1»', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/sjekk/`);
    await waitForIslands(page);
    await page.getByLabel('Rapporteringsår').fill('1999');
    expect(await fieldError(page, 'rapporteringsar')).toBe('Skriv et rapporteringsår mellom 2000 og 2100.');
    await page.getByLabel('Rapporteringsår').fill('2026');
    expect(await fieldError(page, 'rapporteringsar')).toBe('');
    await page.locator('#q-name-0').fill('Fjordvik');
    await page.getByRole('group', { name: 'Er planen vedtatt i Fjordvik?' }).getByLabel('Ja', { exact: true }).check();
    await page.locator('#q-body-0').selectOption({ label: 'Kommunestyret eller bystyret' });
    // The period as the builder takes it: labelled as needed for KOSTRA, an end before the start told at the field.
    expect(await labelOf(page, 'q-end')).toContain('Trengs for å telle i KOSTRA');
    await page.getByLabel(/Planen gjelder fra/).fill('2027');
    await page.getByLabel(/Planen gjelder til og med/).fill('2024');
    await page.getByLabel(/Planen gjelder til og med/).blur();
    await expect.poll(() => fieldError(page, 'q-end'), { timeout: 10_000 }).toBe('Slutten kommer før starten. Skriv en slutt som kommer etter starten.');
    await page.getByLabel(/Planen gjelder fra/).fill('1. januar 2024');
    await page.getByLabel(/Planen gjelder til og med/).fill('2027');
    await page.getByLabel(/Planen gjelder til og med/).blur();
    await expect.poll(() => fieldError(page, 'q-end'), { timeout: 10_000 }).toBe('');
    await page.getByRole('group', { name: 'Beskriver planen tiltak som skal gjennomføres?' }).getByLabel('Ja', { exact: true }).check();
    await page.getByRole('group', { name: 'Har tiltakene frist eller milepæler?' }).getByLabel('Noen av tiltakene', { exact: true }).check();
    await page.getByRole('button', { name: 'Sjekk planen' }).click();
    await page.locator('#verdict').waitFor();
    expect(await page.locator('main').textContent()).toContain('Tiltakene skriver dere inn i planbyggeren.');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lagre svarene som planfil' }).click()]);
    const path = await download.path();
    const saved = JSON.parse(readFileSync(path, 'utf8'));
    expect(saved.plan.measures).toEqual([]);
    expect(saved.plan.municipalities).toMatchObject([{ name: 'Fjordvik', adoption: { status: 'vedtatt', body: 'kommunestyre' } }]);
    expect(saved.plan.period).toMatchObject({ start: '2024-01-01', end: '2027' });

    await page.goto(`${BASE_URL}/lag-plan/`);
    await waitForIslands(page);
    await page.locator('#apne-planfil').setInputFiles(path);
    await page.locator('.task-list').waitFor();
    await expect.poll(async () => (await currentDraft(page))?.municipalities?.[0]?.name).toBe('Fjordvik');
    expect((await currentDraft(page))?.measures).toEqual([]);
    await open(page, 'tiltak');
    expect(await page.locator('.tiltak__item').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain('Tiltak 1');
    await context.close();
  });
});
