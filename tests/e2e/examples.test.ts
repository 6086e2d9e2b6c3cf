/** The example plans in the browser: the checker, copies in the plan builder, and the workshop page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launch, newPage, axeViolations, storedDrafts, currentDraftId, navigates } from './browser';
import { EXAMPLES, exampleById, type ExampleId } from '../../src/examples';
import { ruleById } from '../../src/plan/rules';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const VERDICTS: Record<ExampleId, string> = {
  god: 'Planen teller i KOSTRA for 2026.',
  'med-feil': 'Planen teller ikke i KOSTRA for 2026.',
  interkommunal: 'Planen teller for 3 av 4 kommuner i 2026.',
};

const sorted = (ids: string[]) => [...ids].sort();

/** The ids of the unmet rules in the checker's result, split into krav and recommendations. */
async function unmetRules(page: Page) {
  const ids = await page.locator('[data-rule][data-met="false"]').evaluateAll((items) => items.map((li) => li.getAttribute('data-rule') ?? ''));
  return {
    krav: sorted(ids.filter((id) => ruleById(id)?.kind === 'krav')),
    recommendations: sorted(ids.filter((id) => ruleById(id)?.kind === 'anbefaling')),
  };
}

describe('/sjekk/?eksempel=<id>', () => {
  for (const example of EXAMPLES) {
    it(`opens «${example.title.nb}» as a file and fails exactly the expected rules`, async () => {
      const { context, page } = await newPage(browser);
      await page.goto(`${BASE_URL}/sjekk/?eksempel=${example.id}`);
      await page.locator('#opened-file').waitFor();
      await page.getByLabel('Rapporteringsår').fill('2026');
      await expect.poll(() => page.locator('#verdict').textContent()).toBe(VERDICTS[example.id]);
      expect(await page.locator('#opened-file').textContent()).toBe(`Åpnet: Eksempel: ${example.title.nb}`);
      expect(await page.getByLabel('Åpne en planfil').isChecked()).toBe(true);
      expect(await unmetRules(page)).toEqual({
        krav: sorted(example.expected.failedKrav),
        recommendations: sorted(example.expected.openRecommendations),
      });
      if (example.id === 'interkommunal') {
        const text = await page.locator('.result').textContent();
        expect(text).toContain('Sørmo kommune: teller ikke');
        for (const name of ['Brekkdal', 'Fossheim', 'Lindvoll']) expect(text).toContain(`${name} kommune: teller`);
      }
      await context.close();
    });
  }

  it('stays on the quick questions for an unknown example', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/sjekk/?eksempel=finnes-ikke`);
    await page.getByLabel('Rapporteringsår').fill('2026');
    expect(await page.getByLabel('Svar på noen spørsmål').isChecked()).toBe(true);
    expect(await page.locator('#verdict').count()).toBe(0);
    await context.close();
  });
});

describe('/lag-plan/?eksempel=<id>', () => {
  it('makes a new copy each time, never over the user’s own draft', async () => {
    const flawed = exampleById('med-feil')!;
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/lag-plan/om-planen/`);
    await page.locator('#felt-title').fill('Vårt eget utkast');
    await expect.poll(async () => (await storedDrafts(page)).map((d) => d.title)).toEqual(['Vårt eget utkast']);
    const [own] = await storedDrafts(page);

    await page.goto(`${BASE_URL}/lag-plan/?eksempel=med-feil`);
    await page.locator('.task-list').waitFor();
    expect(page.url()).toBe(`${BASE_URL}/lag-plan/`);
    expect(await page.locator('main').textContent()).toContain(`«${flawed.title.nb}» er åpnet som et nytt utkast. Utkastene du hadde fra før, er ikke endret.`);
    expect(await page.locator('#gjeldende-utkast').textContent()).toBe(flawed.plans.nb.title);
    const first = await currentDraftId(page);
    expect(first).not.toBe(own.id);
    expect(await axeViolations(page)).toEqual([]);

    // A reload does not make another copy: the parameter is gone from the address.
    await expect.poll(async () => (await storedDrafts(page)).length).toBe(2);
    await page.reload();
    await page.locator('.task-list').waitFor();
    expect(await storedDrafts(page)).toHaveLength(2);

    await page.goto(`${BASE_URL}/lag-plan/?eksempel=med-feil`);
    await page.locator('.task-list').waitFor();
    const second = await currentDraftId(page);
    expect(second).not.toBe(first);
    expect(second).not.toBe(own.id);

    await expect.poll(async () => (await storedDrafts(page)).length).toBe(3);
    const drafts = await storedDrafts(page);
    const copies = drafts.filter((d) => d.id !== own.id);
    expect(sorted(copies.map((d) => d.id))).toEqual(sorted([first!, second!]));
    for (const copy of copies) {
      expect(copy.title).toBe(flawed.plans.nb.title);
      const plan = copy.record.plan;
      expect(plan.id).toBe(copy.id);
      expect({ ...plan, id: 'x' }).toEqual(JSON.parse(JSON.stringify({ ...flawed.plans.nb, id: 'x' })));
    }
    // The user's own draft is exactly as it was.
    expect(drafts.find((d) => d.id === own.id)).toEqual(own);
    expect(await page.locator('.draft-list li').count()).toBe(3);
    await context.close();
  });

  it('says so when the example does not exist, and makes no draft', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/lag-plan/?eksempel=finnes-ikke`);
    await page.locator('.task-list').waitFor();
    expect(page.url()).toBe(`${BASE_URL}/lag-plan/`);
    expect(await page.locator('main').textContent()).toContain('Vi fant ikke eksemplet «finnes-ikke».');
    expect(await storedDrafts(page)).toEqual([]);
    await context.close();
  });

  it('offers the three examples in the draft list', async () => {
    const dalregionen = exampleById('interkommunal')!;
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/lag-plan/`);
    const select = page.getByLabel('Eksempelplan');
    await select.waitFor();
    expect(await select.locator('option').allTextContents()).toEqual(EXAMPLES.map((e) => e.title.nb));
    await select.selectOption({ label: dalregionen.title.nb });
    await navigates(page, () => page.getByRole('button', { name: 'Start fra et eksempel' }).click());
    await page.waitForURL(`${BASE_URL}/lag-plan/`);
    await expect.poll(() => page.locator('#gjeldende-utkast').textContent()).toBe(dalregionen.plans.nb.title);
    expect((await storedDrafts(page)).map((d) => d.title)).toEqual([dalregionen.plans.nb.title]);
    await context.close();
  });
});

describe('/kurs/ example plans', () => {
  it('links each example to the checker and to a copy in the plan builder, with no axe violations', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/kurs/`);
    for (const e of EXAMPLES) {
      const item = page.locator(`#eksempel-${e.id}`);
      expect(await item.getByRole('heading', { level: 3 }).textContent()).toBe(e.title.nb);
      expect(await item.getByRole('link', { name: 'Åpne i sjekken' }).getAttribute('href')).toBe(`/sjekk/?eksempel=${e.id}`);
      expect(await item.getByRole('link', { name: 'Åpne som kopi i planbyggeren' }).getAttribute('href')).toBe(`/lag-plan/?eksempel=${e.id}`);
    }
    // The exercise is in the facilitator guide and its answers on the trainers' page (/kurs/fasit/), not here.
    expect(await page.locator('main').textContent()).toContain('«Finn feilene»');
    expect(await page.locator('main').textContent()).not.toContain('Dette bør gruppene finne');
    expect(await page.locator('#eksempel-med-feil').getByRole('link', { name: 'Deltakerutgave for utskrift' }).getAttribute('href')).toBe('/kurs/eksempel/bakkeby/');
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('#eksempel-med-feil').getByRole('link', { name: 'Åpne i sjekken' }).click();
    await page.waitForURL(`${BASE_URL}/sjekk/?eksempel=med-feil`);
    await page.getByLabel('Rapporteringsår').fill('2026');
    await expect.poll(() => page.locator('#verdict').textContent()).toBe(VERDICTS['med-feil']);
    await context.close();
  });
});
