/**
 * Typing in the plan builder is read into the draft only when it is saved (DraftSession.defer), so a keystroke
 * costs no work on the whole plan. Nothing typed may be lost by that: whatever the user does right after the
 * last key (reload, close the tab, follow a link, «Lagre og fortsett»), the text is stored, and the status
 * never says «Lagret i denne nettleseren.» before it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, currentDraft, launch, navigates, newPage, waitForIslands } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const SAVED = 'Lagret i denne nettleseren.';
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000 });
const title = (page: Page) => page.locator('#felt-title');

async function openAboutThePlan() {
  const { context, page } = await newPage(browser);
  await page.goto(`${BASE_URL}/lag-plan/om-planen/`);
  await waitForIslands(page);
  await title(page).click();
  return { context, page };
}

describe('what is typed is stored, whatever comes right after the last key', () => {
  it('reloading at once keeps the text, and the status never says saved before it is', async () => {
    const { context, page } = await openAboutThePlan();
    const text = 'Handlingsplan for Fjordvik, lastet på nytt straks';
    await page.keyboard.type(text);
    // The status read first, the storage after: if it said saved, the text must be stored.
    const said = await page.locator('.save-status').textContent();
    const stored = (await currentDraft(page))?.title;
    if (said === SAVED) expect(stored).toBe(text);
    else expect(said).toBe('Lagrer …');
    await page.reload();
    await title(page).waitFor();
    expect(await title(page).inputValue()).toBe(text);
    await poll(() => currentDraft(page).then((p) => p?.title)).toBe(text);
    await context.close();
  }, 120_000);

  it('closing the tab at once keeps the text for the next tab', async () => {
    const { context, page } = await openAboutThePlan();
    const text = 'Plan skrevet rett før fanen ble lukket';
    await page.keyboard.type(text);
    await page.close({ runBeforeUnload: true });
    const next = await context.newPage();
    await next.goto(`${BASE_URL}/lag-plan/om-planen/`);
    await title(next).waitFor();
    await poll(() => title(next).inputValue()).toBe(text);
    await context.close();
  }, 120_000);

  it('a link followed at once waits for the save', async () => {
    const { context, page } = await openAboutThePlan();
    const text = 'Plan skrevet rett før lenken ble fulgt';
    await page.keyboard.type(text);
    await navigates(page, () => page.getByRole('link', { name: 'Tilbake til oversikten' }).click());
    expect(page.url()).toMatch(/\/lag-plan\/$/);
    expect((await currentDraft(page))?.title).toBe(text);
    await context.close();
  }, 120_000);

  it('a measure typed and «Lagre og fortsett» pressed at once is stored, and reads back after reload', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/lag-plan/tiltak/`);
    await waitForIslands(page);
    await page.getByRole('button', { name: 'Legg til tiltak' }).click();
    const description = page.locator('#felt-measures-0-description');
    await description.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('felt-measures-0-description');
    const text = 'Kurs i å oppdage vold for alle ansatte i barnehagene';
    await page.keyboard.type(text);
    await navigates(page, () => page.getByRole('button', { name: 'Lagre og fortsett' }).click());
    expect(((await currentDraft(page))?.measures ?? []).map((m: { description?: string }) => m.description)).toEqual([text]);
    await page.goto(`${BASE_URL}/lag-plan/tiltak/`);
    await waitForIslands(page);
    await expect.poll(() => page.locator('.tiltak__item summary').first().textContent()).toContain(text);
    await context.close();
  }, 120_000);
});
