/**
 * The working group's last mile, with real dates: on 4 December 2026 a group finishes its plan for
 * 2027–2030, to be adopted by the kommunestyre on 17 December 2026. The builder must say the plan
 * counts 2027–2030 once adopted, show no «Må rettes», and export a council paper and a plan that a
 * council secretary can send on: the meeting date, the years it counts, no export date, no work list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { BASE_URL, launch, newPage, seedDraft } from './browser';
import { december2027Draft, variant } from '../fixtures/plans';
import { readDocx } from '../fixtures/docx';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const CASES = [
  {
    lang: 'nb', prefix: '', fix: 'Må rettes', save: 'Lagre og fortsett', plan: 'Last ned planen (Word)', paper: 'Last ned saksframlegg (Word)',
    counts: 'Planen teller i KOSTRA for 2027–2030 når kommunestyret vedtar planen 17. desember 2026.',
    paperHas: ['17. desember 2026', 'teller fra rapporteringsåret 2027 til og med 2030'], paperNot: ['4. desember 2026', 'ikke telle'],
    workList: ['dette mangler', 'har ikke vedtatt'],
  },
  {
    lang: 'nn', prefix: '/nn', fix: 'Må rettast', save: 'Lagre og hald fram', plan: 'Last ned planen (Word)', paper: 'Last ned saksframlegg (Word)',
    counts: 'Planen tel i KOSTRA for 2027–2030 når kommunestyret vedtek planen 17. desember 2026.',
    paperHas: ['17. desember 2026', 'tel frå rapporteringsåret 2027 til og med 2030'], paperNot: ['4. desember 2026', 'ikkje telje'],
    workList: ['dette manglar', 'har ikkje vedteke'],
  },
] as const;

/** The group's content is in place; period and adoption are what they fill in now. */
function unfinishedDraft(malform: 'nb' | 'nn') {
  return variant(december2027Draft(), (p) => {
    p.id = `desember-${malform}`;
    p.malform = malform;
    p.period = { rollovers: [] };
    p.municipalities[0].adoption = { status: 'ikke-startet' };
  });
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readDocx(new Uint8Array(readFileSync(await file.path()))).text;
}

describe.each(CASES)('a December draft for 2027–2030, adopted 17 December 2026 ($lang)', (c) => {
  it('counts 2027–2030 once adopted, shows no «Må rettes», and exports documents for the council', async () => {
    const { context, page } = await newPage(browser, { locale: c.lang === 'nb' ? 'nb-NO' : 'nn-NO' });
    await context.clock.setFixedTime(new Date('2026-12-04T10:00:00+01:00'));
    await seedDraft(page, unfinishedDraft(c.lang));

    await page.goto(`${BASE_URL}${c.prefix}/lag-plan/planperiode/`);
    await page.locator('#felt-period-start').fill('2027');
    await page.locator('#felt-period-end').fill('2030');
    await page.getByRole('button', { name: c.save }).click();
    await page.waitForURL(/\/lag-plan\/kunnskapsgrunnlag\/$/);
    await page.goto(`${BASE_URL}${c.prefix}/lag-plan/forankring/`);

    await page.locator('input[name="municipalities.0.adoption.status"][value="planlagt"]').check();
    await page.locator('#felt-municipalities-0-adoption-body').selectOption('kommunestyre');
    await page.locator('#felt-municipalities-0-adoption-date').fill('2026-12-17');
    await page.locator('#felt-municipalities-0-adoption-caseNumber').fill('26/45');
    await expect.poll(() => page.locator('#status-teller').textContent(), { timeout: 20_000 }).toBe(c.counts);
    await page.getByRole('button', { name: c.save }).click();
    await page.waitForURL(/\/lag-plan\/planperiode\/$/);

    await page.goto(`${BASE_URL}${c.prefix}/lag-plan/`);
    await expect.poll(() => page.locator('#status-teller').textContent(), { timeout: 20_000 }).toBe(c.counts);
    const tags = await page.locator('.task-list [id^="status-"]').allTextContents();
    expect(tags.length).toBeGreaterThan(5);
    expect(tags).not.toContain(c.fix);

    await page.goto(`${BASE_URL}${c.prefix}/lag-plan/sjekk/`);
    await expect.poll(() => page.locator('#sjekk-teller').textContent(), { timeout: 20_000 }).toBe(c.counts);
    expect(await page.locator('#sjekk-resultat dl').textContent()).toContain('2031');
    expect(await page.locator('[data-rule][data-state="not-met"]').evaluateAll((items) => items.filter((li) => li.closest('section')?.getAttribute('aria-labelledby') === 'funn-krav').length)).toBe(0);

    const paper = await download(page, c.paper);
    for (const text of c.paperHas) expect(paper).toContain(text);
    for (const text of c.paperNot) expect(paper).not.toContain(text);

    const plan = await download(page, c.plan);
    expect(plan).toContain('17. desember 2026');
    for (const text of c.workList) expect(plan).not.toContain(text);
    await context.close();
  });
});
