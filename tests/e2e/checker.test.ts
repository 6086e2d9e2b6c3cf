import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_URL, launch, newPage, axeViolations } from './browser';
import { serializePlan } from '../../src/plan/file';
import { completePlan, withPeriod } from '../fixtures/plans';
import { currentDraft } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

async function openChecker(year = '2026'): Promise<Page> {
  const { page } = await newPage(browser);
  await page.goto(`${BASE_URL}/sjekk/`);
  await page.getByLabel('Rapporteringsår').fill(year);
  return page;
}

async function fillMunicipality(page: Page, i: number, name: string, adopted: 'Ja' | 'Nei', body?: string, date?: string) {
  await page.locator(`#q-name-${i}`).fill(name);
  const group = page.getByRole('group', { name: `Er planen vedtatt i ${name}?` });
  await group.getByLabel(adopted, { exact: true }).check();
  if (body) await page.locator(`#q-body-${i}`).selectOption({ label: body });
  if (date) await page.locator(`#q-date-${i}`).fill(date);
}

async function answerMeasures(page: Page, timed: 'Ja, alle tiltakene' | 'Noen av tiltakene' | 'Nei') {
  await page.getByRole('group', { name: 'Beskriver planen tiltak som skal gjennomføres?' }).getByLabel('Ja', { exact: true }).check();
  await page.getByRole('group', { name: 'Har tiltakene frist eller milepæler?' }).getByLabel(timed, { exact: true }).check();
}

const verdict = (page: Page) => page.locator('#verdict');

describe('/sjekk quick check', () => {
  it('says a current plan adopted by the council counts', async () => {
    const page = await openChecker();
    await fillMunicipality(page, 0, 'Fjordvik', 'Ja', 'Kommunestyret eller bystyret', '2024-02-15');
    await page.getByLabel(/Planen gjelder fra/).fill('2024');
    await page.getByLabel(/Planen gjelder til og med/).fill('2027');
    await answerMeasures(page, 'Ja, alle tiltakene');
    await page.getByRole('button', { name: 'Sjekk planen' }).click();
    await expect.poll(() => verdict(page).textContent()).toBe('Planen teller i KOSTRA for 2026.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('resultat');
    expect(await page.locator('.result').textContent()).toContain('Start revisjonen senest 31. desember 2026');
    expect(await axeViolations(page)).toEqual([]);

    // The answers can be saved as a plan file. It holds what was answered and nothing invented: the
    // measures the quick check stood in for are not in it, so opened again the plan has no measures yet.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lagre svarene som planfil' }).click()]);
    expect(download.suggestedFilename()).toBe('handlingsplan-vold-nære-relasjoner-2024-2027.json');
    const saved = await download.path();
    await page.getByLabel('Åpne en planfil').check();
    await page.locator('#planfil').setInputFiles(saved);
    await expect.poll(() => page.locator('[data-rule="political-adoption"]').getAttribute('data-met')).toBe('true');
    expect(await page.locator('[data-rule="current-period"]').getAttribute('data-met')).toBe('true');
    expect(await page.locator('[data-rule="has-measures"]').getAttribute('data-met')).toBe('false');
    expect(await page.locator('.result').textContent()).not.toContain('Tiltak 1');
    await page.context().close();
  });

  it('tells plainly that an expired plan no longer counts', async () => {
    const page = await openChecker();
    await fillMunicipality(page, 0, 'Fjordvik', 'Ja', 'Kommunestyret eller bystyret');
    await page.getByLabel(/Planen gjelder fra/).fill('2020');
    await page.getByLabel(/Planen gjelder til og med/).fill('2023');
    await answerMeasures(page, 'Ja, alle tiltakene');
    await page.getByRole('button', { name: 'Sjekk planen' }).click();
    await expect.poll(() => verdict(page).textContent()).toBe('Planen teller ikke i KOSTRA for 2026.');
    expect(await page.locator('.next-steps').textContent()).toContain('Planen utløp 31. desember 2023 og teller ikke lenger. Start revisjon.');
    expect(await page.locator('[data-rule="current-period"]').getAttribute('data-met')).toBe('false');
    await page.context().close();
  });

  it('does not count an administrative adoption', async () => {
    const page = await openChecker();
    await fillMunicipality(page, 0, 'Fjordvik', 'Ja', 'Administrasjonen (administrativt vedtak)');
    await page.getByLabel(/Planen gjelder til og med/).fill('2028');
    await answerMeasures(page, 'Ja, alle tiltakene');
    await page.getByRole('button', { name: 'Sjekk planen' }).click();
    await expect.poll(() => verdict(page).textContent()).toBe('Planen teller ikke i KOSTRA for 2026.');
    expect(await page.locator('[data-rule="political-adoption"]').textContent()).toContain('bare et administrativt vedtak');
    await page.context().close();
  });

  it('uses the evaluation date as the end when the plan has no end date', async () => {
    const page = await openChecker();
    await fillMunicipality(page, 0, 'Fjordvik', 'Ja', 'Formannskapet');
    await page.getByLabel(/Dato for evaluering eller revisjon/).fill('2027-06-30');
    await answerMeasures(page, 'Ja, alle tiltakene');
    await page.getByRole('button', { name: 'Sjekk planen' }).click();
    await expect.poll(() => verdict(page).textContent()).toBe('Planen teller i KOSTRA for 2026.');
    expect(await page.locator('.result').textContent()).toContain('Datoen for evaluering eller revisjon regnes derfor som slutt');
    await page.context().close();
  });

  it('judges an intermunicipal plan per municipality', async () => {
    const page = await openChecker();
    await page.getByLabel('Interkommunal plan (flere kommuner)').check();
    await fillMunicipality(page, 0, 'Fjordvik', 'Ja', 'Kommunestyret eller bystyret');
    await page.getByRole('button', { name: 'Legg til kommune' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-name-1');
    await fillMunicipality(page, 1, 'Dalbygd', 'Nei');
    await page.getByLabel(/Planen gjelder til og med/).fill('2028');
    await answerMeasures(page, 'Ja, alle tiltakene');
    await page.getByRole('button', { name: 'Sjekk planen' }).click();
    await expect.poll(() => verdict(page).textContent()).toBe('Planen teller for 1 av 2 kommuner i 2026.');
    const text = await page.locator('.result').textContent();
    expect(text).toContain('Fjordvik: teller');
    expect(text).toContain('Dalbygd: teller ikke');
    await page.context().close();
  });

  it('shows an error summary that takes focus and links to each field', async () => {
    const page = await openChecker();
    await page.getByRole('button', { name: 'Sjekk planen' }).click();
    const summary = page.locator('.ds-error-summary');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('ds-error-summary'))).toBe(true);
    const text = await summary.textContent();
    expect(text).toContain('Skriv navnet på kommunen.');
    expect(text).toContain('Velg om planen er vedtatt.');
    await summary.getByRole('link', { name: 'Skriv navnet på kommunen.' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-name-0');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('/sjekk with a plan file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planfil-'));
  const good = join(dir, 'handlingsplan.json');
  const broken = join(dir, 'broken.json');
  writeFileSync(good, serializePlan(completePlan()));
  writeFileSync(broken, '{ "format": "handlingsplan-vold-i-nære-relasjoner", ');
  const expired = join(dir, 'utlopt.json');
  writeFileSync(expired, serializePlan({ ...withPeriod(completePlan(), { start: '2019', end: '2022' }), title: 'Handlingsplan 2019–2022' }));

  it('checks every rule of an opened plan and keeps it when a broken file is opened next', async () => {
    const page = await openChecker();
    await page.getByLabel('Åpne en planfil').check();
    await page.locator('#planfil').setInputFiles(good);
    await expect.poll(() => verdict(page).textContent()).toBe('Planen teller i KOSTRA for 2026.');
    expect(await page.locator('.rule-results [data-met="true"]').count()).toBeGreaterThan(20);

    await page.locator('#planfil').setInputFiles(broken);
    await expect.poll(() => page.locator('#fil-feil').textContent()).toContain('ikke JSON');
    expect(await page.locator('#fil-feil').textContent()).toContain('Det du hadde åpent fra før, er ikke endret.');
    expect(await verdict(page).textContent()).toBe('Planen teller i KOSTRA for 2026.');
    expect(await page.locator('#opened-file').textContent()).toBe('Åpnet: handlingsplan.json');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('re-judges the plan when the reporting year changes', async () => {
    const page = await openChecker();
    await page.getByLabel('Åpne en planfil').check();
    await page.locator('#planfil').setInputFiles(good);
    await expect.poll(() => verdict(page).textContent()).toBe('Planen teller i KOSTRA for 2026.');
    await page.getByLabel('Rapporteringsår').fill('2035');
    await expect.poll(() => verdict(page).textContent()).toBe('Planen teller ikke i KOSTRA for 2035.');
    await page.context().close();
  });

  it('takes an expired plan from the file straight to revision in the builder, as a new draft', async () => {
    const page = await openChecker();
    await page.getByLabel('Åpne en planfil').check();
    await page.locator('#planfil').setInputFiles(expired);
    await expect.poll(() => page.locator('.next-steps').textContent()).toContain('teller ikke lenger');
    await page.locator('#start-revisjon').click();
    await page.waitForURL(/\/lag-plan\/revisjon\/$/);
    await expect.poll(async () => (await currentDraft(page))?.title).toBe('Handlingsplan 2019–2022');
    await page.context().close();
  });
});
