/** A coordinator revises an expired plan: the check, the evaluation, the report, and a new period with what was kept. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { BASE_URL, launch, newPage, axeViolations, currentDraft, navigates } from './browser';
import { EXAMPLES } from '../../src/examples';
import { readDocx } from '../fixtures/docx';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const stored = async (page: Page) => (await currentDraft(page))!;

it('evaluates the expired example plan and starts the next period with the kept and changed measures', async () => {
  const { context, page } = await newPage(browser);
  const old = EXAMPLES.find((e) => e.id === 'med-feil')!.plans.nb;
  await page.goto(`${BASE_URL}/lag-plan/?eksempel=med-feil`);
  await page.locator('.task-list').waitFor();
  await expect.poll(async () => (await stored(page))?.title).toBe(old.title);
  const copyId = (await stored(page)).id;
  await page.getByRole('link', { name: 'Evaluer en plan som har gått ut' }).click();
  await page.waitForURL(/\/lag-plan\/revisjon\/$/);
  expect(await page.locator('#revisjon-status').textContent()).toBe(
    'Planen gikk ut 31. desember 2022 og teller ikke lenger i KOSTRA. Den telte for rapporteringsårene 2019–2022.',
  );

  const decisions = ['Beholde', 'Endre', 'Droppe'];
  for (const [i] of old.measures.entries()) {
    const item = page.locator('.revisjon .ds-card').nth(i);
    await item.getByRole('group', { name: /Ble tiltaket gjennomført/ }).getByLabel(i % 2 ? 'Delvis' : 'Gjennomført', { exact: true }).check();
    await item.getByRole('group', { name: /Hva gjør vi med det/ }).getByLabel(decisions[i % 3], { exact: true }).check();
  }
  await page.locator('#felt-evaluation-learned').fill('Ansvaret må ligge hos én enhet.');
  expect(await page.locator('#revisjon-tall').textContent()).toContain(`Ikke vurdert: 0`);
  expect(await axeViolations(page)).toEqual([]);

  const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned evalueringsrapport (Word)' }).click()]);
  expect(report.suggestedFilename()).toBe('evaluering-handlingsplan-vold-nære-relasjoner-2019-2022.docx');
  expect(readDocx(new Uint8Array(readFileSync(await report.path()))).text).toContain('Ansvaret må ligge hos én enhet.');

  await expect.poll(async () => (await stored(page)).evaluation?.learned).toBe('Ansvaret må ligge hos én enhet.');
  await navigates(page, () => page.getByRole('button', { name: 'Start ny planperiode' }).click());
  await page.waitForURL(`${BASE_URL}/lag-plan/`);
  await page.locator('#historikk').waitFor();
  expect(await page.locator('#historikk').textContent()).toContain(`Viderefører «${old.title}».`);
  const next = await stored(page);
  const kept = old.measures.filter((_, i) => i % 3 !== 2).map((m) => m.id);
  expect(next.id).not.toBe(copyId);
  expect(next.measures.map((m: { origin: { measureId: string } }) => m.origin.measureId)).toEqual(kept);
  expect(next.measures.map((m: { description: string }) => m.description)).toEqual(old.measures.filter((_, i) => i % 3 !== 2).map((m) => m.description));
  const year = new Date().getFullYear();
  expect(next.period).toEqual({ start: String(year + 1), end: String(year + 4), rollovers: [] });
  expect(next.municipalities.every((m: { adoption: { status: string } }) => m.adoption.status === 'ikke-startet')).toBe(true);
  expect(next.history.previousPlanId).toBe(copyId);

  // The evaluated plan is still there, unchanged apart from its evaluation.
  await page.getByRole('button', { name: 'Åpne den evaluerte planen' }).click();
  await page.waitForURL(/\/lag-plan\/revisjon\/$/);
  expect((await stored(page)).measures).toHaveLength(old.measures.length);
  await context.close();
});
