/** The plan builder never loses work: reload, two tabs, broken files, plan files across profiles (full storage, crashes and more: drafts.test.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_URL, launch, newPage, axeViolations, currentDraft, navigates, storedDrafts } from './browser';
import { exampleById } from '../../src/examples';
import { serializePlan } from '../../src/plan/file';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const title = (page: Page) => page.locator('#felt-title');
const storedTitle = async (page: Page) => (await currentDraft(page))?.title;

describe('plan builder: never lose work', () => {
  it('says the draft stays on this device, and keeps typing across a reload', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/lag-plan/`);
    expect(await page.locator('main').textContent()).toContain('Utkastet lagres bare i denne nettleseren på denne maskinen. Ingenting blir sendt noe sted.');
    await page.goto(`${BASE_URL}/lag-plan/om-planen/`);
    await title(page).fill('Handlingsplan Fjordvik 2027–2030');
    await expect.poll(() => storedTitle(page)).toBe('Handlingsplan Fjordvik 2027–2030');
    await page.reload();
    await title(page).waitFor();
    await expect.poll(() => title(page).inputValue()).toBe('Handlingsplan Fjordvik 2027–2030');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${BASE_URL}/lag-plan/`);
    await page.locator('.task-list').waitFor();
    expect(await page.locator('#status-om-planen').textContent()).toBe('Påbegynt');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('stops a second tab from overwriting the first tab’s newer changes', async () => {
    const { context, page: first } = await newPage(browser);
    await first.goto(`${BASE_URL}/lag-plan/om-planen/`);
    await title(first).fill('Fra første fane');
    await expect.poll(() => storedTitle(first)).toBe('Fra første fane');
    const second = await context.newPage();
    await second.goto(`${BASE_URL}/lag-plan/om-planen/`);
    await title(second).waitFor();
    await expect.poll(() => title(second).inputValue()).toBe('Fra første fane');

    await title(first).fill('Nyere fra første fane');
    await expect.poll(() => storedTitle(first)).toBe('Nyere fra første fane');
    await second.locator('#lagring-konflikt').waitFor();
    await title(second).fill('Gammel versjon fra andre fane');
    await second.waitForTimeout(800);
    expect(await storedTitle(second)).toBe('Nyere fra første fane');

    await second.getByRole('button', { name: 'Hent den nyeste versjonen' }).click();
    await expect.poll(() => title(second).inputValue()).toBe('Nyere fra første fane');
    expect(await storedTitle(second)).toBe('Nyere fra første fane');
    await context.close();
  });

  it('saves a plan file and opens it in a fresh browser profile with identical content', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/lag-plan/`);
    await navigates(page, () => page.getByRole('button', { name: 'Start fra et eksempel' }).click());
    await page.waitForURL(`${BASE_URL}/lag-plan/`);
    await page.locator('.task-list').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lagre planfil' }).first().click()]);
    const path = join(mkdtempSync(join(tmpdir(), 'planfil-')), download.suggestedFilename());
    await download.saveAs(path);
    const original = JSON.parse(readFileSync(path, 'utf8'));
    await context.close();

    const fresh = await newPage(browser);
    await fresh.page.goto(`${BASE_URL}/lag-plan/`);
    await navigates(fresh.page, () => fresh.page.locator('#apne-planfil').setInputFiles(path));
    await fresh.page.waitForURL(`${BASE_URL}/lag-plan/`);
    await fresh.page.locator('.task-list').waitFor();
    const [again] = await Promise.all([fresh.page.waitForEvent('download'), fresh.page.getByRole('button', { name: 'Lagre planfil' }).first().click()]);
    const reopened = JSON.parse(readFileSync(await again.path(), 'utf8'));
    // Opening makes a copy with its own id (never over the user's drafts); everything else is identical.
    // The reopened draft also remembers the file it was opened from (the overview names it).
    expect({ ...reopened.plan, id: 'x', source: undefined }).toEqual({ ...original.plan, id: 'x', source: undefined });
    await fresh.context.close();
  });

  it('keeps the current draft when a broken file is opened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planfil-'));
    const broken = join(dir, 'ødelagt.json');
    writeFileSync(broken, '{"format": "handlingsplan-vold-i-nære-relasjoner", "version": 1, "plan": {"id": "x", "measures": [{"id": "m", "description": 42}]}}');
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/lag-plan/om-planen/`);
    await title(page).fill('Utkastet som skal bli');
    await expect.poll(() => storedTitle(page)).toBe('Utkastet som skal bli');
    await page.goto(`${BASE_URL}/lag-plan/`);
    await page.locator('#apne-planfil').setInputFiles(broken);
    await page.locator('#fil-feil').waitFor();
    expect(await page.locator('#fil-feil').textContent()).toContain('Tiltak 1: beskrivelse har feil type');
    expect(await storedTitle(page)).toBe('Utkastet som skal bli');
    expect(await page.locator('#gjeldende-utkast').textContent()).toBe('Utkastet som skal bli');
    await context.close();
  });

  it('deletes a draft only after confirmation, and can undo it', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/lag-plan/`);
    await navigates(page, () => page.getByRole('button', { name: 'Start fra et eksempel' }).click());
    await page.waitForURL(`${BASE_URL}/lag-plan/`);
    await navigates(page, () => page.getByRole('button', { name: 'Ny plan' }).click());
    await page.waitForURL(`${BASE_URL}/lag-plan/`);
    await page.locator('.draft-list').waitFor();
    const example = 'Handlingsplan mot vold i nære relasjoner for Fjordvik kommune 2026–2029';
    await page.getByRole('button', { name: `Slett ${example}` }).click();
    await page.getByRole('button', { name: `Ja, slett ${example}` }).click();
    await expect.poll(() => page.locator('.draft-list li').count()).toBe(1);
    await page.getByRole('button', { name: 'Angre' }).click();
    await expect.poll(() => page.locator('.draft-list li').count()).toBe(2);
    await context.close();
  });

  it('«Gi nytt navn» renames the draft in the list, never the plan’s title in the builder, the print view or the stored plan', async () => {
    const { context, page } = await newPage(browser);
    const planTitle = 'Handlingsplan mot vold i nære relasjoner 2027–2030';
    await page.goto(`${BASE_URL}/lag-plan/om-planen/`);
    await title(page).fill(planTitle);
    await expect.poll(() => storedTitle(page), { timeout: 20_000 }).toBe(planTitle);
    await page.goto(`${BASE_URL}/lag-plan/`);
    const item = page.locator('.draft-list li').first();
    await item.waitFor();

    // The draft that is open.
    await page.getByRole('button', { name: `Gi nytt navn til ${planTitle}` }).click();
    await page.getByRole('textbox', { name: 'Nytt navn' }).fill('Arbeidsgruppas utkast');
    await page.getByRole('button', { name: 'Lagre navnet' }).click();
    await expect.poll(() => item.locator('strong').textContent(), { timeout: 20_000 }).toBe('Arbeidsgruppas utkast');
    expect(await item.textContent()).toContain(`Tittel på planen: ${planTitle}`);
    expect(await page.locator('#gjeldende-utkast').textContent()).toBe(planTitle);
    await expect.poll(async () => (await storedDrafts(page))[0]?.record.name, { timeout: 20_000 }).toBe('Arbeidsgruppas utkast');
    expect((await storedDrafts(page))[0].record.plan.title).toBe(planTitle);
    await page.reload();
    await expect.poll(() => page.locator('.draft-list li strong').first().textContent(), { timeout: 20_000 }).toBe('Arbeidsgruppas utkast');

    // Typing in the builder afterwards keeps the name; the title field and the print view keep the plan's title.
    await page.goto(`${BASE_URL}/lag-plan/om-planen/`);
    await expect.poll(() => title(page).inputValue(), { timeout: 20_000 }).toBe(planTitle);
    await page.locator('#felt-process-mandate').fill('Kommunedirektøren ga oppdraget.');
    await expect.poll(async () => (await currentDraft(page))?.process?.mandate, { timeout: 20_000 }).toBe('Kommunedirektøren ga oppdraget.');
    await page.goto(`${BASE_URL}/lag-plan/utskrift/`);
    await page.locator('.plan-preview').waitFor();
    expect(await page.locator('h1').textContent()).toBe(planTitle);

    // A draft that is not open: renamed from the list, then opened.
    await page.goto(`${BASE_URL}/lag-plan/`);
    await navigates(page, () => page.getByRole('button', { name: 'Ny plan' }).click());
    await page.waitForURL(`${BASE_URL}/lag-plan/`);
    await page.getByRole('button', { name: 'Gi nytt navn til Arbeidsgruppas utkast' }).click();
    await page.getByRole('textbox', { name: 'Nytt navn' }).fill('Eldre utkast');
    await page.getByRole('button', { name: 'Lagre navnet' }).click();
    await page.getByRole('button', { name: 'Åpne Eldre utkast' }).waitFor({ timeout: 20_000 });
    await page.reload();
    await navigates(page, () => page.getByRole('button', { name: 'Åpne Eldre utkast' }).click());
    await page.locator('#gjeldende-utkast').waitFor();
    expect(await page.locator('#gjeldende-utkast').textContent()).toBe(planTitle);
    await page.goto(`${BASE_URL}/lag-plan/om-planen/`);
    await expect.poll(() => title(page).inputValue(), { timeout: 20_000 }).toBe(planTitle);
    expect((await currentDraft(page))?.process?.mandate).toBe('Kommunedirektøren ga oppdraget.');
    await context.close();
  }, 120_000);

  it('a complete plan opened from a file names the file and shows every section «Ferdig»', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'planfil-')), 'fjordvik-plan.json');
    writeFileSync(file, serializePlan(exampleById('god')!.plans.nb as never));
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/lag-plan/`);
    await page.locator('.task-list').waitFor();
    // A new, empty plan is not started anywhere.
    expect(await page.locator('#status-tiltak').textContent()).toBe('Ikke startet');
    await navigates(page, () => page.locator('#apne-planfil').setInputFiles(file));
    await page.waitForURL(`${BASE_URL}/lag-plan/`);
    await page.locator('#historikk-fil').waitFor({ timeout: 20_000 });
    expect(await page.locator('#historikk-fil').textContent()).toContain('fjordvik-plan.json');
    for (const id of ['om-planen', 'forankring', 'planperiode', 'kunnskapsgrunnlag', 'malgrupper', 'innsatsomrader', 'tiltak', 'oppfolging']) {
      await expect.poll(() => page.locator(`#status-${id}`).textContent(), { timeout: 20_000 }).toBe('Ferdig');
    }
    // Something left in a section takes its «Ferdig» away: the situation description emptied.
    await page.goto(`${BASE_URL}/lag-plan/kunnskapsgrunnlag/`);
    await page.locator('#felt-knowledgeBase-situation').fill('');
    await expect.poll(async () => (await currentDraft(page))?.knowledgeBase?.situation ?? '', { timeout: 20_000 }).toBe('');
    await page.goto(`${BASE_URL}/lag-plan/`);
    await page.locator('.task-list').waitFor();
    // The full statuses come just after the first paint (which shows only Ikke startet / Påbegynt / «Lagre og
    // fortsett»'s Ferdig): wait for the complete section's «Ferdig», then judge the emptied one.
    await expect.poll(() => page.locator('#status-om-planen').textContent(), { timeout: 20_000 }).toBe('Ferdig');
    expect(await page.locator('#status-kunnskapsgrunnlag').textContent()).toBe('Påbegynt');
    await context.close();
  }, 120_000);
});
