/**
 * The wizard's focus areas («Innsatsområder og mål») and measures («Tiltak») through the
 * UI: add, edit, reorder, remove with undo, duplicate, filter, table view, reload; axe
 * with content; and typing speed with 200 measures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, currentDraft, launch, newPage, axeViolations } from './browser';
import { keyLatencies, recordKeyLatency } from '../key-latency';

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  ({ context, page } = await newPage(browser));
});
afterAll(async () => { await browser?.close(); });

const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
const statusLine = () => page.locator('.list-status').textContent();

type StoredPlan = Record<string, any>;
/** The draft as saved in the browser (waits for the debounced save). */
async function storedPlan(p: Page = page): Promise<StoredPlan> {
  await expect.poll(() => p.locator('.save-status').textContent()).toBe('Lagret i denne nettleseren.');
  return currentDraft(p).then((plan) => plan!);
}

const AREAS = [
  { title: 'Kompetanse i tjenestene', goals: ['Ansatte kjenner igjen tegn på vold', 'Ansatte vet hvordan de skal handle'] },
  { title: 'Hjelp til barn', goals: ['Barn som opplever vold får hjelp tidlig'] },
  { title: 'Forebygging', goals: ['Færre unge utøver vold'] },
];
const GOALS = AREAS.flatMap((a) => a.goals);

const MEASURES = Array.from({ length: 8 }, (_, i) => ({
  description: `Tiltak nummer ${i + 1} for ${GOALS[i % 4].toLowerCase()}`,
  goal: GOALS[i % 4],
  unit: ['Helsestasjonen', 'Barnevernstjenesten', 'NAV', 'Skolen'][i % 4],
  deadline: i % 2 === 0 ? `2027-0${(i % 9) + 1}-15` : undefined,
  milestone: i % 2 === 1 ? { text: 'Halvveis', when: '2027-Q3' } : undefined,
  money: i % 3 === 0 ? 25_000 * (i + 1) : undefined,
  indicator: `Indikator ${i + 1}`,
}));

describe('Innsatsområder og mål', () => {
  it('adds three focus areas with four goals, reorders, removes with undo, and keeps them after reload', async () => {
    await page.goto(`${BASE_URL}/lag-plan/innsatsomrader/`);
    for (const [i, area] of AREAS.entries()) {
      await page.getByRole('button', { name: 'Legg til innsatsområde' }).click();
      await expect.poll(focusedId).toBe(`felt-focusAreas-${i}-title`);
      await page.keyboard.type(area.title);
      for (const [j, goal] of area.goals.entries()) {
        await page.getByRole('button', { name: `Legg til mål for ${area.title}` }).click();
        await expect.poll(focusedId).toBe(`felt-focusAreas-${i}-goals-${j}-text`);
        await page.keyboard.type(goal);
      }
    }
    await page.locator('#felt-focusAreas-2-description').fill('Vold kan forebygges.');

    // Reorder: «Forebygging» up one place; focus follows the moved area.
    await page.getByRole('button', { name: 'Flytt Forebygging opp' }).click();
    await expect.poll(focusedId).toBe('innsatsomrade-1-opp');
    expect(await statusLine()).toContain('«Forebygging» er flyttet opp til plass 2.');
    await page.getByRole('button', { name: 'Flytt Forebygging ned' }).click();
    await expect.poll(() => page.locator('#felt-focusAreas-2-title').inputValue()).toBe('Forebygging');

    // Goals reorder and remove with undo, at the same position.
    await page.getByRole('button', { name: 'Flytt mål 2 i Kompetanse i tjenestene opp' }).click();
    await expect.poll(() => page.locator('#felt-focusAreas-0-goals-0-text').inputValue()).toBe(GOALS[1]);
    await page.getByRole('button', { name: 'Flytt mål 1 i Kompetanse i tjenestene ned' }).click();
    await page.getByRole('button', { name: 'Fjern mål 1 i Kompetanse i tjenestene' }).click();
    await expect.poll(focusedId).toBe('angre-innsatsomrade');
    expect(await statusLine()).toContain(`«${GOALS[0]}» er fjernet.`);
    await page.getByRole('button', { name: 'Angre' }).click();
    await expect.poll(() => page.locator('#felt-focusAreas-0-goals-0-text').inputValue()).toBe(GOALS[0]);
    await expect.poll(focusedId).toBe('felt-focusAreas-0-goals-0-text');

    // A whole focus area, removed and put back.
    await page.getByRole('button', { name: 'Fjern Hjelp til barn' }).click();
    await expect.poll(focusedId).toBe('angre-innsatsomrade');
    expect(await page.locator('#felt-focusAreas-1-title').inputValue()).toBe('Forebygging');
    await page.getByRole('button', { name: 'Angre' }).click();
    await expect.poll(() => page.locator('#felt-focusAreas-1-title').inputValue()).toBe('Hjelp til barn');
    expect(await page.locator('#felt-focusAreas-1-goals-0-text').inputValue()).toBe(GOALS[2]);

    expect(await axeViolations(page)).toEqual([]);
    const before = await storedPlan();
    await page.reload();
    for (const [i, area] of AREAS.entries()) {
      await expect.poll(() => page.locator(`#felt-focusAreas-${i}-title`).inputValue()).toBe(area.title);
      for (const [j, goal] of area.goals.entries()) expect(await page.locator(`#felt-focusAreas-${i}-goals-${j}-text`).inputValue()).toBe(goal);
    }
    expect(await page.locator('#felt-focusAreas-2-description').inputValue()).toBe('Vold kan forebygges.');
    const after = await storedPlan();
    expect(after.focusAreas).toEqual(before.focusAreas);
    expect(new Set(after.focusAreas.flatMap((a: StoredPlan) => [a.id, ...a.goals.map((g: StoredPlan) => g.id)])).size).toBe(7);
  });
});

describe('Tiltak', () => {
  async function fillMeasure(i: number, m: (typeof MEASURES)[number]) {
    await page.getByRole('button', { name: 'Legg til tiltak' }).click();
    await expect.poll(focusedId).toBe(`felt-measures-${i}-description`);
    await page.keyboard.type(m.description);
    await page.locator(`#felt-measures-${i}-goalId`).selectOption({ label: m.goal });
    await page.locator(`#felt-measures-${i}-responsible-unit`).fill(m.unit);
    await page.locator(`#felt-measures-${i}-responsible-role`).fill('leder');
    if (m.deadline) await page.locator(`#felt-measures-${i}-deadline`).fill(m.deadline);
    if (m.milestone) {
      await page.getByRole('button', { name: `Legg til milepæl i tiltak ${i + 1}` }).click();
      await expect.poll(focusedId).toBe(`felt-measures-${i}-milestones-0-text`);
      await page.keyboard.type(m.milestone.text);
      await page.locator(`#felt-measures-${i}-milestones-0-when`).fill(m.milestone.when);
    }
    const item = page.locator('.tiltak__item').nth(i);
    await item.getByRole('radio', { name: m.money ? 'Krever nye midler' : 'Innenfor dagens budsjett' }).check();
    if (m.money) await page.locator(`#felt-measures-${i}-resources-amount`).fill(String(m.money));
    await page.locator(`#felt-measures-${i}-indicator`).fill(m.indicator);
    await item.getByRole('radio', { name: 'Selektiv' }).check();
  }

  const summaries = () => page.locator('.tiltak__item:not([hidden]) summary').allTextContents();

  it('fills eight measures, duplicates, reorders, removes with undo, filters, shows a table, and keeps it all after reload', async () => {
    await page.goto(`${BASE_URL}/lag-plan/tiltak/`);
    for (const [i, m] of MEASURES.entries()) await fillMeasure(i, m);
    expect((await summaries())[0]).toBe('Tiltak 1: Tiltak nummer 1 for ansatte kjenner igjen tegn på vold (Helsestasjonen, frist 15. januar 2027)');
    expect((await summaries())[1]).toBe('Tiltak 2: Tiltak nummer 2 for ansatte vet hvordan de skal handle (Barnevernstjenesten, milepæl 3. kvartal 2027)');

    // Duplicate measure 2: the copy comes right after it, open, with focus in its description.
    await page.getByRole('button', { name: 'Lag kopi av tiltak 2' }).click();
    await expect.poll(focusedId).toBe('felt-measures-2-description');
    expect(await page.locator('#felt-measures-2-description').inputValue()).toBe(MEASURES[1].description);
    expect(await page.locator('#felt-measures-2-milestones-0-when').inputValue()).toBe('2027-Q3');
    await page.keyboard.press('End');
    await page.keyboard.type(' (kopi)');
    let plan = await storedPlan();
    expect(plan.measures).toHaveLength(9);
    expect(plan.measures[2].id).not.toBe(plan.measures[1].id);
    expect(plan.measures[2].milestones[0].id).not.toBe(plan.measures[1].milestones[0].id);
    expect(plan.measures[2].responsible).toEqual(plan.measures[1].responsible);

    // Reorder: the copy down one place, focus follows it.
    await page.getByRole('button', { name: 'Flytt tiltak 3 ned' }).click();
    await expect.poll(focusedId).toBe('tiltak-3-ned');
    expect(await statusLine()).toContain('er flyttet ned til plass 4.');
    expect((await summaries())[3]).toContain('(kopi)');

    // Remove measure 1 and undo: it comes back at the same place.
    await page.getByRole('button', { name: 'Fjern tiltak 1' }).click();
    await expect.poll(focusedId).toBe('angre-tiltak');
    expect(await statusLine()).toContain(`«${MEASURES[0].description}» er fjernet.`);
    expect(await page.locator('.tiltak__item').count()).toBe(8);
    await page.getByRole('button', { name: 'Angre' }).click();
    await expect.poll(() => page.locator('.tiltak__item').count()).toBe(9);
    expect((await summaries())[0]).toContain(MEASURES[0].description);
    await expect.poll(focusedId).toBe('tiltak-0-tittel');

    // Filter by goal: only hides. Hidden measures keep their values (also after typing elsewhere).
    await page.getByLabel('Vis tiltak for mål').selectOption({ label: GOALS[1] });
    await expect.poll(() => page.locator('.tiltak__item:not([hidden])').count()).toBe(3);
    expect(await page.getByText('Viser 3 av 9 tiltak.').count()).toBe(1);
    const visible = page.locator('.tiltak__item:not([hidden])').first();
    await visible.locator('textarea').first().press('End');
    await visible.locator('textarea').first().pressSequentially(' nå');
    plan = await storedPlan();
    expect(plan.measures).toHaveLength(9);
    expect(plan.measures[0].description).toBe(MEASURES[0].description);
    expect(plan.measures[0].indicator).toBe('Indikator 1');
    expect(plan.measures[1].description).toBe(`${MEASURES[1].description} nå`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Vis tiltak for mål').selectOption({ label: 'Alle mål' });
    await expect.poll(() => page.locator('.tiltak__item:not([hidden])').count()).toBe(9);

    // The table: what, who, when for every measure.
    await page.getByRole('button', { name: 'Vis som tabell' }).click();
    const tableEl = page.getByRole('table', { name: 'Tiltakene i planen: hva, hvem og når' });
    expect(await tableEl.locator('tbody tr').count()).toBe(9);
    expect(await tableEl.locator('thead th[scope="col"]').count()).toBe(3);
    expect(await tableEl.locator('tbody th[scope="row"]').first().textContent()).toBe(`1. ${MEASURES[0].description}`);
    const first = await tableEl.locator('tbody tr').first().textContent();
    expect(first).toContain(MEASURES[0].description);
    expect(first).toContain('Helsestasjonen, leder');
    expect(first).toContain('frist 15. januar 2027');
    expect(await tableEl.locator('tbody tr').nth(1).textContent()).toContain('milepæl 3. kvartal 2027');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Vis som skjema' }).click();
    expect(await page.locator('#felt-measures-0-indicator').inputValue()).toBe('Indikator 1');

    // Reload: everything is there, collapsed; opening a measure shows its fields.
    const before = await storedPlan();
    await page.reload();
    await expect.poll(() => page.locator('.tiltak__item').count()).toBe(9);
    expect(await page.locator('.tiltak__item details[open]').count()).toBe(0);
    const after = await storedPlan();
    expect(after.measures).toEqual(before.measures);
    for (const [i, m] of MEASURES.entries()) {
      const stored = after.measures.find((s: StoredPlan) => s.indicator === m.indicator);
      expect(stored.responsible.unit).toBe(m.unit);
      expect(stored.goalId).toBe(after.focusAreas.flatMap((a: StoredPlan) => a.goals).find((g: StoredPlan) => g.text === m.goal).id);
      if (m.deadline) expect(stored.deadline).toBe(m.deadline);
      else expect(stored.milestones[0]).toMatchObject(m.milestone!);
      expect(stored.resources).toEqual(m.money ? { kind: 'krever-midler', amount: m.money } : { kind: 'innenfor-budsjett' });
      expect(stored.preventionLevel).toBe('selektiv');
      expect(i).toBeGreaterThanOrEqual(0);
    }
    await page.locator('#tiltak-4-tittel').click();
    await expect.poll(() => page.locator('#felt-measures-4-description').inputValue()).toBe(before.measures[4].description);
    expect(await page.locator('#felt-measures-4-goalId').inputValue()).toBe(before.measures[4].goalId);
    expect(await axeViolations(page)).toEqual([]);

    // A link to a field of a collapsed measure (as the check gives) opens that measure.
    await page.goto(`${BASE_URL}/lag-plan/tiltak/#felt-measures-6-indicator`);
    await expect.poll(focusedId).toBe('felt-measures-6-indicator');
    expect(await page.locator('#felt-measures-6-indicator').inputValue()).toBe(before.measures[6].indicator);

    // Removing a goal says how many measures point at it; undo keeps the links.
    await page.goto(`${BASE_URL}/lag-plan/innsatsomrader/`);
    await page.getByRole('button', { name: 'Fjern mål 1 i Kompetanse i tjenestene' }).click();
    await expect.poll(statusLine).toContain(`«${GOALS[0]}» er fjernet. 2 tiltak var knyttet til det`);
    await page.getByRole('button', { name: 'Angre' }).click();
    await expect.poll(async () => (await storedPlan()).focusAreas).toEqual(after.focusAreas);
  }, 240_000);
});

describe('Tiltak with 200 measures', () => {
  it('stays usable: collapsed measures, and typing in one keeps every key (latency is logged, not asserted: speed is measured by scripts)', async () => {
    const { context: ctx, page: big } = await newPage(browser);
    const goals = Array.from({ length: 4 }, (_, i) => ({ id: `mal-${i}`, text: `Mål ${i + 1}` }));
    const plan = {
      id: 'stor-plan', title: 'Stor plan', malform: 'nb', planType: 'egen',
      municipalities: [{ id: 'k1', name: 'Fjordvik', adoption: { status: 'ikke-startet' } }],
      focusAreas: [{ id: 'omr-1', title: 'Område', goals }],
      measures: Array.from({ length: 200 }, (_, i) => ({
        id: `tiltak-${i}`, description: `Tiltak ${i + 1} i den store planen`, goalId: goals[i % 4].id,
        responsible: { unit: `Enhet ${i % 7}` }, deadline: '2028-12-31',
        milestones: [{ id: `m-${i}`, text: 'Start', when: '2027-Q1' }], resources: { kind: 'innenfor-budsjett' },
        indicator: `Indikator ${i}`, status: 'planlagt', municipalityIds: [],
      })),
    };
    await big.goto(`${BASE_URL}/`);
    await big.evaluate((p) => {
      localStorage.setItem('handlingsplan.gjeldende', p.id);
      localStorage.setItem(`handlingsplan.utkast.${p.id}`, JSON.stringify({ rev: 1, savedAt: new Date().toISOString(), plan: p, done: [] }));
    }, plan);
    await big.goto(`${BASE_URL}/lag-plan/tiltak/`);
    await expect.poll(() => big.locator('.tiltak__item').count()).toBe(200);
    expect(await big.locator('.tiltak__item details[open]').count()).toBe(0);

    await big.locator('#tiltak-149-tittel').click();
    const field = big.locator('#felt-measures-149-description');
    await field.press('End');
    // Latency from keydown until the frame after it has been drawn, per key.
    await recordKeyLatency(big);
    const typed = ' med mer tekst skrevet i et stort utkast';
    await field.pressSequentially(typed, { delay: 30 });
    // Every key gets its frame; on a busy machine the last ones can take a while.
    await expect.poll(async () => (await keyLatencies(big)).length).toBe(typed.length);
    const latencies = (await keyLatencies(big)).sort((a, b) => a - b);
    const median = latencies[Math.floor(latencies.length / 2)];
    const max = latencies[latencies.length - 1];
    console.log(`200 tiltak: ${latencies.length} tastetrykk, median ${median.toFixed(1)} ms, maks ${max.toFixed(1)} ms per tastetrykk`);
    expect(latencies).toHaveLength(typed.length);

    // Saving may wait for a pause in the typing: wait for the saved text, then read the rest.
    await expect.poll(async () => (await storedPlan(big)).measures[149].description).toBe(`Tiltak 150 i den store planen${typed}`);
    const stored = await storedPlan(big);
    expect(stored.measures).toHaveLength(200);
    expect(stored.measures[7]).toEqual(plan.measures[7]);
    expect(await big.locator('#tiltak-149-tittel').textContent()).toContain(typed.trim());
    await ctx.close();
  });
});
