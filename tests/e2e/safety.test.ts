/**
 * What users type is never HTML, nothing leaves for another origin, and pages fit a
 * 320 px wide screen (400 % zoom) without sideways scrolling.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { BASE_URL, launch, newPage, seedDraft } from './browser';
import { completePlan, variant } from '../fixtures/plans';
import { readDocx } from '../fixtures/docx';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const ATTACK = '<img src=x onerror="window.__angrep=1"><script>window.__angrep=1</script><b>fet</b>';

/** Markup and script in every text of the plan. */
function hostilePlan() {
  return variant(completePlan(), (p) => {
    p.title = `Plan ${ATTACK}`;
    p.municipalities[0].name = `Fjordvik ${ATTACK}`;
    p.process = { mandate: ATTACK, participants: ATTACK, consultation: ATTACK };
    p.placement.owner = ATTACK;
    p.knowledgeBase.situation = ATTACK;
    p.knowledgeBase.sources.forEach((s) => { s.name = `Kilde ${ATTACK}`; });
    p.focusAreas.forEach((a) => { a.title = `Område ${ATTACK}`; a.description = ATTACK; a.goals.forEach((g) => { g.text = `Mål ${ATTACK}`; }); });
    p.measures.forEach((m) => { m.description = `Tiltak ${ATTACK}`; m.responsible = { unit: `Enhet ${ATTACK}`, role: ATTACK }; m.partners = ATTACK; m.indicator = ATTACK; });
    p.followUp.resourceGroup.members = ATTACK;
  });
}

describe('safety', () => {
  it('shows markup typed into the plan as text everywhere, and runs none of it', async () => {
    const { context, page } = await newPage(browser);
    const plan = hostilePlan();
    await seedDraft(page, plan);
    for (const url of ['/lag-plan/', '/lag-plan/om-planen/', '/lag-plan/tiltak/', '/lag-plan/sjekk/', '/lag-plan/utskrift/']) {
      await page.goto(`${BASE_URL}${url}`);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as { __angrep?: number }).__angrep)).toBeUndefined();
      expect(await page.locator('main b:text-is("fet"), main img[src="x"]').count()).toBe(0);
    }
    // The preview and the summary show the markup as the user typed it.
    await page.goto(`${BASE_URL}/lag-plan/sjekk/`);
    await page.locator('.plan-preview').waitFor();
    expect(await page.locator('.plan-preview').textContent()).toContain(ATTACK);

    // So does the Word document.
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned planen (Word)' }).click()]);
    const { text, document } = readDocx(new Uint8Array(readFileSync(await file.path())));
    expect(text).toContain(ATTACK);
    expect(document).not.toContain('<script>');
    await context.close();
  });

  it('makes no request to another origin during a whole visit', async () => {
    // With the service worker, so its download of the offline copy is part of the visit.
    const { context, page } = await newPage(browser, { serviceWorkers: 'allow' });
    const foreign: string[] = [];
    context.on('request', (r) => { if (!r.url().startsWith(BASE_URL) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) foreign.push(r.url()); });
    await seedDraft(page, completePlan());
    for (const url of ['/', '/veileder/lover/', '/sok/?q=krisesenterlova', '/sjekk/?eksempel=god', '/lag-plan/', '/lag-plan/om-planen/', '/lag-plan/tiltak/', '/lag-plan/sjekk/', '/kurs/']) {
      await page.goto(`${BASE_URL}${url}`);
      await page.waitForLoadState('networkidle');
    }
    await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Kurs og workshop' }).count().then(async () => {
      await page.goto(`${BASE_URL}/lag-plan/sjekk/`);
      await page.locator('.export-panel').waitFor();
      await page.getByRole('button', { name: 'Last ned planen (Word)' }).click();
    })]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it.each(['/', '/veileder/lover/', '/veileder/plansystemet/', '/sjekk/', '/lag-plan/', '/lag-plan/tiltak/', '/lag-plan/sjekk/', '/kurs/', '/kurs/arbeidsark/tiltak/'])(
    '%s fits 320 px without sideways scrolling',
    async (url) => {
      const { context, page } = await newPage(browser, { viewport: { width: 320, height: 800 } });
      await seedDraft(page, completePlan());
      await page.goto(`${BASE_URL}${url}`);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await context.close();
    },
  );
});
