/**
 * A coordinator brings in the expired 2019–2022 plan from Word, evaluates it and starts the
 * 2027–2030 plan; also a PDF, a bad file, and rows pasted into the measures section.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { BASE_URL, launch, newPage, seedDraft, currentDraft, axeViolations, storedDrafts } from './browser';
import { fortyMeasures, textOnly } from '../fixtures/import/old-plans';
import { planSchema } from '../../src/plan/schema';
import { checkParsedPlan } from '../../src/plan/check';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const WAIT = { timeout: 60_000 };
const OPEN_DRAFT = { id: 'apent-utkast', title: 'Utkastet vi jobber med', measures: [{ id: 'm1', description: 'Et tiltak' }] };
/** What the user had in a draft (title and measures), wherever it is stored: IndexedDB, or localStorage before the migration. */
async function stored(page: Page, id: string): Promise<string> {
  const fromDb = (await storedDrafts(page)).find((d) => d.id === id)?.record.plan;
  const legacy = await page.evaluate((k) => localStorage.getItem(`handlingsplan.utkast.${k}`), id);
  const plan = fromDb ?? (legacy ? JSON.parse(legacy).plan : undefined);
  return JSON.stringify(plan ? { title: plan.title, measures: plan.measures.map((m: { description: string }) => m.description) } : null);
}

it('imports the 40-measure Word plan, evaluates it and reaches a 2027–2030 plan in fewer than 40 actions before the evaluation', async () => {
  const { context, page } = await newPage(browser);
  await seedDraft(page, OPEN_DRAFT);
  const before = await stored(page, OPEN_DRAFT.id);
  let actions = 0;
  const act = async <T>(step: Promise<T>) => { actions++; return step; };

  await act(page.goto(`${BASE_URL}/`));
  await act(page.getByRole('link', { name: 'Revider en plan som har gått ut' }).click());
  await page.waitForURL(/\/lag-plan\/hent-inn\/$/);
  await act(page.locator('#import-fil').setInputFiles({ name: 'handlingsplan-2019-2022.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(await fortyMeasures()) }));
  await page.locator('#import-forhandsvisning').waitFor(WAIT);
  expect(await page.locator('#import-antall').textContent()).toBe('40 av 40 tiltak blir tatt med.');
  await expect.poll(() => page.locator('#forslag-vedtak').isChecked()).toBe(true);
  expect(await page.getByText('Fra teksten: «Planen ble vedtatt i kommunestyret 12.03.2019, K-sak 15/19.»').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  await act(page.locator('#import-bekreft').click());
  await page.locator('#import-ferdig').waitFor(WAIT);
  expect(await page.locator('#import-ferdig').textContent()).toBe('Planen er lagt inn som et nytt utkast');
  // The draft that was open is untouched; the import is a new draft marked with its file.
  expect(await stored(page, OPEN_DRAFT.id)).toBe(before);
  const imported = (await currentDraft(page))!;
  expect(imported.id).not.toBe(OPEN_DRAFT.id);
  expect(imported.source.fileName).toBe('handlingsplan-2019-2022.docx');
  expect(imported.measures).toHaveLength(40);
  expect(imported.period).toMatchObject({ start: '2019', end: '2022' });

  await act(page.getByRole('link', { name: 'Evaluer planen og start revisjon' }).click());
  await page.waitForURL(/\/lag-plan\/revisjon\/$/);
  await page.locator('#revisjon-status').waitFor(WAIT);
  expect(actions).toBeLessThan(40);
  expect(await page.locator('#revisjon-status').textContent()).toContain('Planen gikk ut 31. desember 2022');

  // The evaluation: keep the first 5 (change one), drop the other 35.
  for (let i = 0; i < 40; i++) {
    const item = page.locator('.revisjon .ds-card').nth(i);
    await item.getByRole('group', { name: /Ble tiltaket gjennomført/ }).getByLabel(i % 2 ? 'Delvis' : 'Gjennomført', { exact: true }).check();
    await item.getByRole('group', { name: /Hva gjør vi med det/ }).getByLabel(i < 5 ? 'Beholde' : 'Droppe', { exact: true }).check();
  }
  await page.locator('.revisjon .ds-card').nth(1).getByLabel('Endre', { exact: true }).check();
  await page.locator('#felt-evaluation-measures-1-comment').fill('Bør gjelde alle skolene.');
  await expect.poll(async () => (await currentDraft(page))?.evaluation?.measures?.[1]?.comment).toBe('Bør gjelde alle skolene.');
  await page.getByRole('button', { name: 'Start ny planperiode' }).click();
  await page.waitForURL(`${BASE_URL}/lag-plan/`);
  await page.locator('#historikk').waitFor(WAIT);

  const next = planSchema.parse(await currentDraft(page));
  const year = new Date().getFullYear();
  expect(next.period).toEqual({ start: String(year + 1), end: String(year + 4), rollovers: [] });
  expect(next.title).toBe(`Handlingsplan mot vold i nære relasjoner ${year + 1}–${year + 4}`);
  expect(next.measures).toHaveLength(5);
  expect(next.measures[1].origin).toMatchObject({ decision: 'endre', result: 'delvis', comment: 'Bør gjelde alle skolene.' });
  // The changed measure shows what the evaluation said until it is dismissed.
  await page.goto(`${BASE_URL}/lag-plan/tiltak/`);
  const notice = page.locator('#tiltak-1-merknad');
  await notice.waitFor(WAIT);
  expect(await notice.textContent()).toContain('Kommentar fra evalueringen: «Bør gjelde alle skolene.»');
  await notice.getByRole('button').click();
  await notice.waitFor({ state: 'detached' });
  await expect.poll(async () => (await currentDraft(page))?.measures?.[1]?.origin?.noticeDismissed).toBe(true);

  // Each kept measure gets a deadline in the new period; once the council adopts it, the plan counts.
  for (let i = 0; i < 5; i++) {
    await page.locator('#tiltak-' + i + '-tittel').click();
    await page.locator(`#felt-measures-${i}-deadline`).fill(`${year + 2}-06-30`);
  }
  await expect.poll(async () => (await currentDraft(page))?.measures?.filter((m: { deadline?: string }) => m.deadline).length).toBe(5);
  const planned = planSchema.parse(await currentDraft(page));
  const adopted = planSchema.parse({ ...planned, municipalities: planned.municipalities.map((m) => ({ ...m, adoption: { status: 'vedtatt', body: 'kommunestyre', date: `${year + 1}-02-15` } })) });
  expect(checkParsedPlan(planned, { today: `${year + 1}-03-01` }).counts).toBe(false);
  expect(checkParsedPlan(adopted, { today: `${year + 1}-03-01` }).counts).toBe(true);
  await context.close();
}, 480_000);

it('reads a text PDF with its own worker under the Content-Security-Policy', async () => {
  const { context, page } = await newPage(browser);
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  await page.goto(`${BASE_URL}/lag-plan/hent-inn/`);
  await page.locator('#import-fil').setInputFiles({ name: 'plan.pdf', mimeType: 'application/pdf', buffer: readFileSync('tests/fixtures/import/three-columns.pdf') });
  await page.locator('#import-forhandsvisning').waitFor(WAIT);
  expect(await page.locator('#import-antall').textContent()).toBe('7 av 7 tiltak blir tatt med.');
  expect(await page.getByText('Planperiode: 2019–2022').count()).toBe(1);
  expect(violations).toEqual([]);
  await context.close();
});

it('refuses a Word file without tables or lists with a message, and leaves the open draft as it was', async () => {
  const { context, page } = await newPage(browser);
  await seedDraft(page, OPEN_DRAFT);
  const before = await stored(page, OPEN_DRAFT.id);
  await page.goto(`${BASE_URL}/nn/lag-plan/hent-inn/`);
  await page.locator('#import-fil').setInputFiles({ name: 'notat.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(await textOnly()) });
  await page.locator('#import-feil').waitFor(WAIT);
  expect(await page.locator('#import-feil').textContent()).toContain('Word-fila har korkje tabellar eller punktlister');
  expect(await page.locator('#import-feil').textContent()).toContain('Utkastet du hadde ope, er ikkje endra.');
  expect(await stored(page, OPEN_DRAFT.id)).toBe(before);
  expect((await currentDraft(page))?.id).toBe(OPEN_DRAFT.id);
  await context.close();
});

it('adds measures pasted from Word into the measures section after the same preview', async () => {
  const { context, page } = await newPage(browser);
  await seedDraft(page, OPEN_DRAFT);
  await page.goto(`${BASE_URL}/lag-plan/tiltak/`);
  await page.locator('#lim-inn-tiltak').waitFor(WAIT);
  await page.locator('#lim-inn-tiltak').evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/html', '<table><tr><td>Tiltak</td><td>Ansvarlig</td><td>Frist</td></tr><tr><td>Kurs for foreldre</td><td>Helsestasjonen</td><td>2027</td></tr><tr><td>Temakveld</td><td>Skolene</td><td>Løpende</td></tr></table>');
    data.setData('text/plain', 'Tiltak\tAnsvarlig\tFrist');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.locator('#lim-inn-forhandsvisning').waitFor(WAIT);
  await page.getByLabel('Temakveld', { exact: true }).uncheck();
  await page.locator('#lim-inn-legg-til').click();
  await expect.poll(async () => (await page.locator('#lim-inn-status').textContent())).toBe('1 tiltak er lagt til nederst i listen.');
  await expect.poll(async () => (await currentDraft(page))?.measures?.map((m: { description: string }) => m.description)).toEqual(['Et tiltak', 'Kurs for foreldre']);
  expect((await currentDraft(page))!.measures[1]).toMatchObject({ responsible: { unit: 'Helsestasjonen' }, deadline: '2027-12-31' });
  await context.close();
});
