/**
 * The workshop's participant printouts (/kurs/eksempel/<slug>/) and the trainers' answer key (/kurs/fasit/).
 * Each participant version is printed to PDF through Chromium and read back with pdftotext: it holds the plan, and
 * none of the checker's text (no «Utkast: dette mangler …» list, no «Ikke oppgitt», no status) and none of the
 * answer key. The answer key lists exactly what the checker finds, and only the facilitator guide links it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_URL, axeViolations, visitorTab } from './browser';
import { EXAMPLES } from '../../src/examples';
import { PARTICIPANT_SLUGS } from '../../src/components/kurs/eksempel/slugs';
import { checkParsedPlan } from '../../src/plan/check';
import { findingMessage } from '../../src/plan/messages';
import { todayInNorway } from '../../src/plan/dates';
import { DOC_TEXT } from '../../src/plan/document';
import { CATALOGUES, localePath, UI_LANGS, type UiLang } from '../../src/i18n';

// Every test only looks, prints and toggles: one reused tab (see visitorTab).
const tab = visitorTab();

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What must never be on a participant's printout: the checker's words and the answer key, in the page's language. */
function forbidden(lang: UiLang): string[] {
  const ui = CATALOGUES[lang];
  const key = EXAMPLES.flatMap((e) => {
    const result = checkParsedPlan(e.plans[lang], { today: todayInNorway() });
    return result.results.filter((r) => !r.met).flatMap((r) => [r.rule.title[lang], ...r.findings.map((f) => findingMessage(f, lang))]);
  });
  return [
    lang === 'nb' ? 'dette mangler før planen teller' : 'dette manglar før planen tel', DOC_TEXT.none[lang], DOC_TEXT.notAdopted[lang],
    ui['wizard.status.title'], ui['kurs.key.krav'], ui['kurs.key.recommendations'], ui['kurs.key.nothing'],
    'KOSTRA', ...new Set(key),
  ];
}

async function pdfText(page: Page): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'deltaker-')), 'plan.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('participant printouts of the example plans', () => {
  it('the answer key has entries for the flawed plan, so the checks below can fail', () => {
    expect(forbidden('nb')).toContain('Planen utløp 31. desember 2022 og teller ikke for ' + new Date().getFullYear() + '.');
  });

  for (const lang of UI_LANGS) {
    for (const example of EXAMPLES) {
      const path = localePath(lang, `/kurs/eksempel/${PARTICIPANT_SLUGS[example.id]}/`);
      it(`${path} shows and prints the plan without check results or answers`, async () => {
        const plan = example.plans[lang];
        const page = tab();
        expect((await page.goto(`${BASE_URL}${path}`))?.status()).toBe(200);
        expect(await page.locator('h1').textContent()).toBe(plan.title);
        // On screen: every measure is there, and no word of the checker or the key.
        const screen = squash(await page.locator('main').innerText());
        for (const m of plan.measures) expect(screen).toContain(squash(m.description));
        for (const text of forbidden(lang)) expect(screen, text).not.toContain(text);
        expect(await page.locator(`a[href="${localePath(lang, '/kurs/fasit/')}"]`).count()).toBe(0);
        expect(await axeViolations(page)).toEqual([]);

        // On paper: the plan alone, without the page's introduction, and still nothing of the checker or the key.
        await page.emulateMedia({ media: 'print' });
        const paper = squash(await pdfText(page));
        expect(paper).toContain(squash(plan.municipalities[0]!.name));
        expect(paper).toContain(DOC_TEXT.measures[lang]);
        expect(paper).not.toContain(CATALOGUES[lang]['kurs.print.lead'].slice(0, 30));
        for (const text of forbidden(lang)) expect(paper, text).not.toContain(text);
      }, 120_000);
    }
  }

  it('leaves out facts the plan does not state, where the builder’s preview says «Ikke oppgitt»', async () => {
    const page = tab();
    await page.goto(`${BASE_URL}/kurs/eksempel/bakkeby/`);
    const facts = await page.locator('.printed-plan__facts dt').allTextContents();
    // Bakkeby states only that the plan is on the website: no reporting, no evaluation dates, no resource group.
    expect(facts).toEqual([DOC_TEXT.publication.nb]);
    await expect(page.getByText(DOC_TEXT.owner.nb).count()).resolves.toBe(0);
  });
});

describe('the trainers’ answer key', () => {
  for (const lang of UI_LANGS) {
    it(`${localePath(lang, '/kurs/fasit/')} lists exactly what the checker finds in each example`, async () => {
      const page = tab();
      await page.goto(`${BASE_URL}${localePath(lang, '/kurs/fasit/')}`);
      for (const example of EXAMPLES) {
        const result = checkParsedPlan(example.plans[lang], { today: todayInNorway() });
        const expected = result.findings.map((f) => findingMessage(f, lang));
        const shown = await page.locator(`[data-answer-key="${example.id}"] .answer-key__finding`).allTextContents();
        expect(shown.sort()).toEqual(expected.sort());
      }
      expect(await page.locator('[data-answer-key="med-feil"] .answer-key__finding').count()).toBeGreaterThan(10);
      // Not in the site search.
      expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    });
  }

  it('is linked from the facilitator guide and from none of the pages participants open', async () => {
    const page = tab();
    await page.goto(`${BASE_URL}/kurs/fasilitatorguide/`);
    expect(await page.locator('main a[href="/kurs/fasit/"]').count()).toBeGreaterThanOrEqual(1);
    const participantPages = [
      '/kurs/', '/kurs/sporsmal/', '/kurs/arbeidsark/', '/kurs/arbeidsark/finn-feilene/', '/kurs/lysark/',
      ...Object.values(PARTICIPANT_SLUGS).map((s) => `/kurs/eksempel/${s}/`),
    ];
    for (const path of participantPages) {
      expect((await page.goto(`${BASE_URL}${path}`))?.status(), path).toBe(200);
      expect(await page.locator('a[href*="/kurs/fasit/"]').count(), path).toBe(0);
    }
    // The workshop page links each participant version.
    await page.goto(`${BASE_URL}/kurs/`);
    for (const slug of Object.values(PARTICIPANT_SLUGS)) {
      expect(await page.locator(`main a[href="/kurs/eksempel/${slug}/"]`).count()).toBe(1);
    }
  });
});
