/** The wizard sections Forankring, Planperiode, Kunnskapsgrunnlag, Målgrupper and Oppfølging, filled through the UI. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launch, newPage, axeViolations, currentDraft } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const stored = async (page: Page) => (await currentDraft(page))!;
const value = (page: Page, id: string) => page.locator(`#${id}`).inputValue();
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);
const group = (page: Page, name: string | RegExp) => page.getByRole('group', { name });

async function open(page: Page, section: string) {
  await page.goto(`${BASE_URL}/lag-plan/${section}/`);
  await page.locator('form[novalidate]').waitFor();
}

/** Reloads once the draft is saved, and waits for the form. */
async function reload(page: Page, check: (plan: Record<string, any>) => boolean) {
  await expect.poll(async () => check((await stored(page)) ?? {})).toBe(true);
  await page.reload();
  await page.locator('form[novalidate]').waitFor();
}

const MUNICIPALITIES = ['Bodø', 'Fauske', 'Saltdal'];

async function fillOmPlanen(page: Page) {
  await open(page, 'om-planen');
  await page.locator('#felt-title').fill('Handlingsplan mot vold i nære relasjoner i Salten 2027–2030');
  await group(page, /Hvem gjelder planen for/).getByLabel('Flere kommuner sammen (interkommunal plan)').check();
  // The form starts with one municipality to fill in; the others are added.
  for (const [i, name] of MUNICIPALITIES.entries()) {
    if (i === 0) await page.locator('#felt-municipalities-0-name').focus();
    else await page.getByRole('button', { name: 'Legg til kommune' }).click();
    await expect.poll(() => focusedId(page)).toBe(`felt-municipalities-${i}-name`);
    await page.keyboard.type(name);
  }
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await page.waitForURL(/\/lag-plan\/forankring\/$/);
}

describe('wizard sections', () => {
  it('fills every section through the UI and finds everything again after a reload', async () => {
    const { context, page } = await newPage(browser);
    await fillOmPlanen(page);

    // Forankring: placement with its consequence, owner, and the adoption in each municipality.
    const placement = group(page, /Hvor skal planen ligge i plansystemet/);
    expect(await placement.textContent()).toContain('Står utenfor årshjulet');
    await placement.getByLabel('Annet').check();
    await page.getByLabel(/Beskriv hvor planen skal ligge/).fill('Vedlegg til helseplanen');
    await placement.getByLabel('Som egen kommunedelplan (anbefalt)').check();
    await page.getByLabel(/Administrativ eier av planen/).fill('Kommunalsjef helse og omsorg');
    for (const [i, name] of MUNICIPALITIES.entries()) {
      const fs = group(page, `Vedtak i ${name}`);
      await fs.getByLabel(i === 2 ? 'Planlagt, saken skal opp til vedtak' : 'Vedtatt').check();
      await page.locator(`#felt-municipalities-${i}-adoption-body`).selectOption({ label: 'Kommunestyret eller bystyret' });
      await page.locator(`#felt-municipalities-${i}-adoption-date`).fill(`2027-0${i + 2}-15`);
      await page.locator(`#felt-municipalities-${i}-adoption-caseNumber`).fill(`27/${i + 1}`);
    }
    expect(await page.locator('#felt-municipalities-0-adoption-body option').allTextContents())
      .toContain('Administrasjonen (administrativt vedtak teller ikke i KOSTRA)');
    await reload(page, (p) => p.municipalities?.[2]?.adoption?.caseNumber === '27/3' && p.placement?.owner === 'Kommunalsjef helse og omsorg');
    expect(await page.locator('#felt-placement-kind').isVisible()).toBe(true);
    expect(await placement.getByLabel('Som egen kommunedelplan (anbefalt)').isChecked()).toBe(true);
    expect(await value(page, 'felt-placement-owner')).toBe('Kommunalsjef helse og omsorg');
    for (const [i, name] of MUNICIPALITIES.entries()) {
      expect(await group(page, `Vedtak i ${name}`).getByLabel(i === 2 ? 'Planlagt, saken skal opp til vedtak' : 'Vedtatt').isChecked()).toBe(true);
      expect(await value(page, `felt-municipalities-${i}-adoption-body`)).toBe('kommunestyre');
      expect(await value(page, `felt-municipalities-${i}-adoption-date`)).toBe(`2027-0${i + 2}-15`);
      expect(await value(page, `felt-municipalities-${i}-adoption-caseNumber`)).toBe(`27/${i + 1}`);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
    await page.waitForURL(/\/lag-plan\/planperiode\/$/);

    // Planperiode: the period, suggested dates taken with one click each, and one roll-over.
    await page.getByLabel(/Planen gjelder fra/).fill('2027');
    await page.getByLabel(/Planen gjelder til og med/).fill('2030');
    await page.getByRole('button', { name: 'Bruk 1. januar 2029' }).click();
    await expect.poll(() => focusedId(page)).toBe('felt-followUp-midTermEvaluation');
    expect(await value(page, 'felt-followUp-midTermEvaluation')).toBe('2029-01-01');
    expect(await page.getByRole('button', { name: 'Bruk 1. januar 2029' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Bruk 30. juni 2030' }).click();
    expect(await page.locator('main').textContent()).toContain('Etter kommunevalget i 2027');
    await page.getByRole('button', { name: 'Bruk 1. februar 2028' }).click();
    expect(await value(page, 'felt-followUp-finalEvaluation')).toBe('2030-06-30');
    expect(await value(page, 'felt-followUp-revisionDate')).toBe('2028-02-01');

    await page.getByRole('button', { name: 'Legg til rullering' }).click();
    await expect.poll(() => focusedId(page)).toBe('felt-period-rollovers-0-decidedOn');
    await page.locator('#felt-period-rollovers-0-decidedOn').fill('2030-11-20');
    await page.locator('#felt-period-rollovers-0-body').selectOption('kommunestyre');
    await page.locator('#felt-period-rollovers-0-newEnd').fill('2031');
    await page.locator('#felt-period-rollovers-0-caseNumber').fill('30/77');
    await reload(page, (p) => p.period?.rollovers?.[0]?.caseNumber === '30/77' && p.followUp?.revisionDate === '2028-02-01');
    expect(await value(page, 'felt-period-start')).toBe('2027');
    expect(await value(page, 'felt-period-end')).toBe('2030');
    expect(await value(page, 'felt-followUp-midTermEvaluation')).toBe('2029-01-01');
    expect(await value(page, 'felt-followUp-finalEvaluation')).toBe('2030-06-30');
    expect(await value(page, 'felt-followUp-revisionDate')).toBe('2028-02-01');
    expect(await page.getByRole('button', { name: /^Bruk / }).count()).toBe(0);
    expect(await value(page, 'felt-period-rollovers-0-decidedOn')).toBe('2030-11-20');
    expect(await value(page, 'felt-period-rollovers-0-body')).toBe('kommunestyre');
    expect(await value(page, 'felt-period-rollovers-0-newEnd')).toBe('2031');
    expect(await value(page, 'felt-period-rollovers-0-caseNumber')).toBe('30/77');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
    await page.waitForURL(/\/lag-plan\/kunnskapsgrunnlag\/$/);

    // Kunnskapsgrunnlag: the situation and two sources, one from the suggestions.
    await page.getByLabel(/Situasjonsbeskrivelse/).fill('Godt samarbeid med krisesenteret. Lite kompetanse om vold mot eldre.');
    await page.getByRole('button', { name: 'Legg til datakilde' }).click();
    await expect.poll(() => focusedId(page)).toBe('felt-knowledgeBase-sources-0-name');
    expect(await page.locator('#datakilder-forslag option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)))
      .toEqual(['Folkehelseoversikten', 'Ungdata', 'KOSTRA', 'Politiets tall', 'Krisesenterstatistikk', 'Barnevernsstatistikk']);
    await page.keyboard.type('Ungdata');
    await page.locator('#felt-knowledgeBase-sources-0-date').fill('2025');
    await page.getByRole('button', { name: 'Legg til datakilde' }).click();
    await page.locator('#felt-knowledgeBase-sources-1-name').fill('Folkehelseoversikten');
    await page.locator('#felt-knowledgeBase-sources-1-date').fill('2024-06-01');
    await reload(page, (p) => p.knowledgeBase?.sources?.[1]?.date === '2024-06-01');
    expect(await value(page, 'felt-knowledgeBase-situation')).toContain('Lite kompetanse om vold mot eldre.');
    expect(await value(page, 'felt-knowledgeBase-sources-0-name')).toBe('Ungdata');
    expect(await value(page, 'felt-knowledgeBase-sources-0-date')).toBe('2025');
    expect(await value(page, 'felt-knowledgeBase-sources-1-name')).toBe('Folkehelseoversikten');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
    await page.waitForURL(/\/lag-plan\/malgrupper\/$/);

    // Målgrupper: all three primary groups, some groups, some forms of violence.
    const primary = group(page, /Primærmålgrupper/);
    for (const label of ['De som er utsatt for vold', 'De som utøver vold', 'Barn som opplever vold']) await primary.getByLabel(label).check();
    await group(page, /Grupper planen tar særskilt hensyn til/).getByLabel('Eldre').check();
    await group(page, /Grupper planen tar særskilt hensyn til/).getByLabel('Den samiske befolkningen').check();
    const forms = group(page, /Voldsformer planen tar for seg/);
    for (const label of ['Fysisk vold', 'Psykisk vold', 'Tvangsekteskap']) await forms.getByLabel(label).check();
    await reload(page, (p) => p.violenceForms?.length === 3 && p.targetGroups?.length === 2);
    expect((await stored(page)).primaryTargetGroups).toEqual(['utsatte', 'utovere', 'barn-som-opplever-vold']);
    expect(await group(page, /Grupper planen tar særskilt hensyn til/).getByLabel('Den samiske befolkningen').isChecked()).toBe(true);
    expect(await group(page, /Grupper planen tar særskilt hensyn til/).getByLabel('Voksne').isChecked()).toBe(false);
    expect(await forms.getByLabel('Tvangsekteskap').isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Oppfølging (after Innsatsområder and Tiltak, which other tests cover).
    await open(page, 'oppfolging');
    await page.getByLabel('Arbeidsgruppen fortsetter som ressursgruppe').check();
    await page.getByLabel('Ressursgruppen følger planen gjennom hele planperioden').check();
    await page.getByLabel(/Hvem er med i ressursgruppen/).fill('Barnevernet, helsestasjonen, NAV og politiet');
    await group(page, /Hvor ofte får kommunestyret rapport/).getByLabel('Hvert år').check();
    await page.getByLabel('Planen publiseres på kommunens nettsted').check();
    await page.getByLabel(/Adressen til planen/).fill('https://www.bodo.kommune.no/handlingsplan-vold');
    expect(await page.getByRole('link', { name: /legger dere inn under Planperiode/ }).getAttribute('href'))
      .toBe('/lag-plan/planperiode/#felt-followUp-midTermEvaluation');
    await reload(page, (p) => p.followUp?.publication?.url === 'https://www.bodo.kommune.no/handlingsplan-vold');
    expect(await page.getByLabel('Arbeidsgruppen fortsetter som ressursgruppe').isChecked()).toBe(true);
    expect(await page.getByLabel('Ressursgruppen følger planen gjennom hele planperioden').isChecked()).toBe(true);
    expect(await value(page, 'felt-followUp-resourceGroup-members')).toBe('Barnevernet, helsestasjonen, NAV og politiet');
    expect(await group(page, /Hvor ofte får kommunestyret rapport/).getByLabel('Hvert år').isChecked()).toBe(true);
    expect(await page.getByLabel('Planen publiseres på kommunens nettsted').isChecked()).toBe(true);
    const plan = await stored(page);
    expect(plan.followUp).toMatchObject({
      resourceGroup: { established: true, continuesThroughPeriod: true },
      councilReporting: 'arlig',
      midTermEvaluation: '2029-01-01',
      publication: { onWebsite: true },
    });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('points to Om planen when there are no municipalities yet', async () => {
    const { context, page } = await newPage(browser);
    await open(page, 'forankring');
    const link = page.getByRole('link', { name: 'Legg inn kommunene under Om planen' });
    expect(await link.getAttribute('href')).toBe('/lag-plan/om-planen/');
    expect(await page.getByRole('group', { name: /^Vedtak i/ }).count()).toBe(0);
    await context.close();
  });

  it('moves focus sensibly when roll-overs and sources are added and removed', async () => {
    const { context, page } = await newPage(browser);
    await open(page, 'planperiode');
    expect(await page.getByRole('button', { name: /^Bruk / }).count()).toBe(0);
    await page.getByLabel(/Planen gjelder fra/).fill('2024-03-01');
    await page.getByLabel(/Planen gjelder til og med/).fill('2027-02-28');
    // No election inside the period is followed by a 1 February inside it: no revision suggestion.
    expect(await page.getByText(/Etter kommunevalget/).count()).toBe(0);
    // A date the user wrote is kept; the suggestion stays on offer beside it.
    await page.locator('#felt-followUp-finalEvaluation').fill('2026-10-01');
    await page.getByRole('button', { name: 'Bruk 28. august 2026' }).waitFor();
    for (let n = 0; n < 2; n++) await page.getByRole('button', { name: 'Legg til rullering' }).click();
    await expect.poll(() => focusedId(page)).toBe('felt-period-rollovers-1-decidedOn');
    await page.getByRole('button', { name: 'Fjern rullering 2' }).click();
    await expect.poll(() => focusedId(page)).toBe('legg-til-rullering');
    expect(await page.getByRole('status').filter({ hasText: 'Rullering 2 er fjernet.' }).count()).toBe(1);
    expect(await page.getByRole('group', { name: /^Rullering/ }).count()).toBe(1);

    await open(page, 'kunnskapsgrunnlag');
    await page.getByRole('button', { name: 'Legg til datakilde' }).click();
    await page.getByRole('button', { name: 'Fjern datakilde 1' }).click();
    await expect.poll(() => focusedId(page)).toBe('legg-til-datakilde');
    await context.close();
  });
});
