/**
 * One working group's whole sitting: an intermunicipal plan with three municipalities,
 * three focus areas, four goals and eight measures, built only through the UI, then
 * reloaded, checked, and a finding followed to its field.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, currentDraft, launch, newPage } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const year = new Date().getFullYear();
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const next = async (page: Page, section: string) => {
  await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
  await page.waitForURL(new RegExp(`/lag-plan/${section}/$`));
};

const KOMMUNER = ['Bodø', 'Fauske', 'Saltdal'];
const AREAS = [['Kompetanse', ['Ansatte spør om vold', 'Ansatte vet hva de skal gjøre']], ['Barn', ['Barn får hjelp tidlig']], ['Forebygging', ['Færre unge utøver vold']]] as const;
const GOALS = AREAS.flatMap(([, goals]) => goals);

it('builds a complete plan through the UI, keeps it over a reload, and leads from a finding to its field', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(`${BASE_URL}/lag-plan/om-planen/`);
  await page.locator('#felt-title').fill('Handlingsplan for Salten');
  await page.getByLabel('Flere kommuner sammen (interkommunal plan)').check();
  // The form starts with one municipality to fill in; the others are added.
  for (const [i, name] of KOMMUNER.entries()) {
    if (i === 0) await page.locator('#felt-municipalities-0-name').focus();
    else await page.getByRole('button', { name: 'Legg til kommune' }).click();
    await expect.poll(() => focused(page)).toBe(`felt-municipalities-${i}-name`);
    await page.keyboard.type(name);
  }
  await next(page, 'forankring');
  for (const [i, name] of KOMMUNER.entries()) {
    await page.getByRole('group', { name: `Vedtak i ${name}` }).getByLabel('Vedtatt', { exact: true }).check();
    await page.locator(`#felt-municipalities-${i}-adoption-body`).selectOption('kommunestyre');
  }
  await next(page, 'planperiode');
  await page.locator('#felt-period-start').fill(String(year - 1));
  await page.locator('#felt-period-end').fill(String(year + 2));
  await next(page, 'kunnskapsgrunnlag');

  await page.goto(`${BASE_URL}/lag-plan/innsatsomrader/`);
  for (const [i, [title, goals]] of AREAS.entries()) {
    await page.getByRole('button', { name: 'Legg til innsatsområde' }).click();
    await expect.poll(() => focused(page)).toBe(`felt-focusAreas-${i}-title`);
    await page.keyboard.type(title);
    for (const [j, goal] of goals.entries()) {
      await page.getByRole('button', { name: `Legg til mål for ${title}` }).click();
      await expect.poll(() => focused(page)).toBe(`felt-focusAreas-${i}-goals-${j}-text`);
      await page.keyboard.type(goal);
    }
  }
  await next(page, 'tiltak');
  for (let i = 0; i < 8; i++) {
    await page.getByRole('button', { name: 'Legg til tiltak' }).click();
    await expect.poll(() => focused(page)).toBe(`felt-measures-${i}-description`);
    await page.keyboard.type(`Tiltak ${i + 1} i Salten`);
    await page.locator(`#felt-measures-${i}-goalId`).selectOption({ label: GOALS[i % 4] });
    await page.locator(`#felt-measures-${i}-responsible-unit`).fill(['Helsestasjonen', 'NAV', 'Barnevernstjenesten', 'Skolen'][i % 4]);
    await page.locator(`#felt-measures-${i}-deadline`).fill(`${year + 1}-06-30`);
  }
  await expect.poll(() => page.locator('#status-teller').textContent()).toBe(`Planen teller i KOSTRA for ${year - 1}–${year + 2}.`);

  // Everything is still there after a reload.
  await page.reload();
  await page.locator('.tiltak__item').first().waitFor();
  expect(await page.locator('.tiltak__item').count()).toBe(8);
  const plan = await currentDraft(page).then((plan) => plan!);
  expect(plan.municipalities.map((m: { name: string }) => m.name)).toEqual(KOMMUNER);
  expect(plan.focusAreas.flatMap((a: { goals: unknown[] }) => a.goals)).toHaveLength(4);
  expect(plan.measures).toHaveLength(8);

  // The check lists each finding as a link that lands on its field, even inside a closed measure.
  await page.goto(`${BASE_URL}/lag-plan/sjekk/`);
  await expect.poll(() => page.locator('#sjekk-teller').textContent()).toBe(`Planen teller i KOSTRA for ${year - 1}–${year + 2}.`);
  await page.getByRole('link', { name: 'Tiltak 3: mangler indikator.' }).click();
  await page.waitForURL(/\/lag-plan\/tiltak\/#felt-measures-2-indicator$/);
  await expect.poll(() => focused(page)).toBe('felt-measures-2-indicator');
  await context.close();
}, 300_000); // A whole sitting of clicks: on a loaded two-core machine it can take minutes.
