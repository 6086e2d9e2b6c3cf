/**
 * A nynorsk municipality builds its plan from start to end in the nynorsk builder: an intermunicipal
 * plan, every section filled, then evaluated and carried into a new period. Every /nn/ page the builder
 * and the checker show on the way — each section, the overview, the check with «Alle svara», the print
 * view, the revision page, the checker with the saved plan file — is read as rendered and must hold no
 * bokmål giveaway word or bokmål interface text, and nothing internal (field names, ids, codes, ISO dates).
 * Every document is exported and read the same way, with its properties (docProps/core.xml): no «Un-named».
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { BASE_URL, launch, newPage, currentDraft, waitForIslands } from './browser';
import { nynorskProblems } from './nynorsk';
import { nn } from '../../src/i18n/nn';
import { BOKMAL_GIVEAWAYS, inconsistent } from '../fixtures/nynorsk';
import { internalText } from '../fixtures/internal';
import { readDocx } from '../fixtures/docx';

/**
 * Bokmål words that gave bokmål away in the builder before (issue 17: «Alle svara» was bokmål), on top
 * of the common giveaways; whole words, with Unicode letters as word characters.
 */
const BUILDER_GIVEAWAYS = /(?<![\p{L}\p{N}])(egen|navn|vedtatt|deltakere|eier|midtveisevaluering|situasjonsbeskrivelse|beskrivelse|ansvarlig|enhet|samarbeidspartnere|forebyggingsnivå|forebygging|voldsutsatte|voldsutøvere|krever|midler|hvert|også|verken|tiltakene|målene|kommunene)(?![\p{L}\p{N}])/iu;

/**
 * Field hints that show how to type a date into a field that takes ÅÅÅÅ-MM-DD: the only ISO dates a reader
 * may see. They can go when the date fields also take «1. mars 2027» (parsing in src/plan/dates.ts, issue 12).
 */
const DATE_INPUT_HINTS = [nn['wizard.periode.yearOrDate'], nn['wizard.kunnskap.source.date.description'], nn['checker.period.description']];

/** What gives a nynorsk text away as not nynorsk, or shows something internal: a list of findings. */
function leaks(shown: string): string[] {
  // Web addresses (a Lovdata link holds the law's date) and the date hints are not text we write.
  const text = DATE_INPUT_HINTS.reduce((t, hint) => t.split(hint).join(''), shown).replace(/https?:\/\/\S+/g, '');
  return [
    ...(text.match(new RegExp(BOKMAL_GIVEAWAYS.source, 'gi')) ?? []).map((w) => `bokmål: «${w}»`),
    ...(text.match(new RegExp(BUILDER_GIVEAWAYS.source, 'giu')) ?? []).map((w) => `bokmål: «${w}»`),
    ...inconsistent(text).map((w) => `ikkje etter termlista: «${w}»`),
    ...internalText(text).map((w) => `internt: «${w}»`),
  ];
}

const YEAR = new Date().getFullYear();
const KOMMUNAR = ['Voss', 'Ulvik'];
const TITLE = 'Handlingsplan mot vald i nære relasjonar for Hardanger og Voss';
const AREA = 'Kompetanse i tenestene';
const GOAL = 'Dei tilsette kjenner att vald tidleg';

let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every page read, with what was wrong on it. */
const read: { where: string; problems: string[] }[] = [];

beforeAll(async () => {
  browser = await launch();
  ({ context, page } = await newPage(browser, { locale: 'nn-NO' }));
});
afterAll(async () => { await browser?.close(); });

/**
 * Reads the rendered page as a visitor sees it and records what leaks. `formatDocs`: the page documents the
 * plan file format (/nn/planfil/), so its examples (<pre>, <code>) and the quoted field names and codes are the point.
 */
async function readPage(where: string, { formatDocs = false } = {}) {
  await waitForIslands(page);
  expect(await page.getAttribute('html', 'lang'), where).toBe('nn-NO');
  let text = await page.locator('body').innerText();
  if (formatDocs) {
    // Longest first: «period.rollovers[]» is part of «period.rollovers[].caseNumber».
    const codes = (await page.locator('main pre, main code').allInnerTexts()).sort((a, b) => b.length - a.length);
    for (const code of codes) text = text.split(code).join('');
    text = text.replace(/«[^»\s]+»/g, '');
  }
  const { bokmal, links } = await nynorskProblems(page);
  const problems = [...leaks(text), ...bokmal.map((b) => `bokmål grensesnitt: «${b}»`), ...links.map((l) => `lenkje utanfor /nn/: ${l}`)];
  read.push({ where, problems });
  return text;
}

const saveAndContinue = async (next: string) => {
  await page.getByRole('button', { name: nn['wizard.saveContinue'] }).click();
  await page.waitForURL(`${BASE_URL}/nn/lag-plan/${next}/`, { timeout: 30_000 });
  await page.locator('main form, main .stack').first().waitFor();
};
const radio = (name: string, value: string) => page.locator(`input[name="${name}"][value="${value}"]`).check();
const add = async (label: string, focusId: string) => {
  await page.getByRole('button', { name: label, exact: true }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? ''), { timeout: 10_000 }).toBe(focusId);
};

async function download(button: string) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await file.path())) };
}

/** A Word document's text and properties, checked like a page. */
function readDocument(where: string, bytes: Uint8Array) {
  const docx = readDocx(bytes);
  const props = Object.fromEntries([...docx.core.matchAll(/<(\w+:\w+)(?: [^>]*)?>([^<]*)<\/\1>/g)].map((m) => [m[1], m[2]]));
  const shown = [props['dc:title'], props['dc:subject'], props['dc:creator'], props['cp:lastModifiedBy'], props['dc:description'], props['cp:keywords']].join('\n');
  const problems = [
    ...leaks(docx.text),
    ...leaks(shown).map((p) => `eigenskapar: ${p}`),
    ...(/Un-named/i.test(docx.core) ? ['eigenskapar: «Un-named»'] : []),
    ...['dc:title', 'dc:subject', 'dc:creator'].filter((k) => !props[k]?.trim()).map((k) => `eigenskapar: ${k} manglar`),
    ...(docx.styles.includes('w:val="nn-NO"') ? [] : ['språket er ikkje nn-NO']),
  ];
  read.push({ where, problems });
  return { ...docx, props };
}

describe('the nynorsk builder, end to end', () => {
  it('builds an intermunicipal plan through every section, and every section page is nynorsk', async () => {
    await page.goto(`${BASE_URL}/nn/lag-plan/`);
    await page.locator('.task-list').waitFor();
    await readPage('/nn/lag-plan/ (tom)');

    await page.goto(`${BASE_URL}/nn/lag-plan/om-planen/`);
    await page.locator('#felt-title').fill(TITLE);
    await radio('planType', 'interkommunal');
    // The form starts with one municipality to fill in; the others are added.
    for (const [i, name] of KOMMUNAR.entries()) {
      if (i === 0) await page.locator('#felt-municipalities-0-name').focus();
      else await add(nn['wizard.om.add'], `felt-municipalities-${i}-name`);
      await page.keyboard.type(name);
      await page.locator(`#felt-municipalities-${i}-name`).blur();
    }
    await page.locator('#felt-cooperation-form').selectOption('vertskommune');
    await page.locator('#felt-cooperation-hostId').selectOption({ label: 'Voss' });
    await page.locator('#felt-process-mandate').fill('Kommunestyra gav oppdraget i 2025.');
    await page.locator('#felt-process-participants').fill('Helsestasjonen, barnevernet, NAV og politiet');
    await page.locator('#felt-process-consultation').fill('Planen var på høyring hjå brukarorganisasjonane.');
    await expect.poll(async () => (await currentDraft(page))?.cooperation?.hostId).toBeTruthy();
    expect((await currentDraft(page))?.malform).toBe('nn');
    await readPage('/nn/lag-plan/om-planen/');
    await saveAndContinue('forankring');

    await radio('placement.kind', 'temaplan');
    await page.locator('#felt-placement-owner').fill('Kommunalsjef for helse og omsorg');
    for (const i of KOMMUNAR.keys()) {
      await radio(`municipalities.${i}.adoption.status`, 'vedtatt');
      await page.locator(`#felt-municipalities-${i}-adoption-body`).selectOption('kommunestyre');
      await page.locator(`#felt-municipalities-${i}-adoption-date`).fill(`${YEAR - 1}-03-0${i + 1}`);
      await page.locator(`#felt-municipalities-${i}-adoption-caseNumber`).fill(`25/10${i}`);
    }
    await readPage('/nn/lag-plan/forankring/');
    await saveAndContinue('planperiode');

    await page.locator('#felt-period-start').fill(String(YEAR - 1));
    await page.locator('#felt-period-end').fill(String(YEAR + 2));
    await page.locator('#felt-followUp-midTermEvaluation').fill(`${YEAR}-12-31`);
    await page.locator('#felt-followUp-finalEvaluation').fill(`${YEAR + 2}-06-30`);
    await page.locator('#felt-followUp-revisionDate').fill(`${YEAR + 2}-09-01`);
    await add(nn['wizard.periode.rollover.add'], 'felt-period-rollovers-0-decidedOn');
    await page.locator('#felt-period-rollovers-0-decidedOn').fill(`${YEAR}-06-15`);
    await page.locator('#felt-period-rollovers-0-body').selectOption('kommunestyre');
    await page.locator('#felt-period-rollovers-0-newEnd').fill(String(YEAR + 3));
    await readPage('/nn/lag-plan/planperiode/');
    await saveAndContinue('kunnskapsgrunnlag');

    await page.locator('#felt-knowledgeBase-situation').fill('Kommunane har eit godt krisesentertilbod, men manglar tilbod til valdsutøvarar.');
    await add(nn['wizard.kunnskap.source.add'], 'felt-knowledgeBase-sources-0-name');
    await page.keyboard.type('Ungdata');
    await page.locator('#felt-knowledgeBase-sources-0-date').fill(String(YEAR - 1));
    await readPage('/nn/lag-plan/kunnskapsgrunnlag/');
    await saveAndContinue('malgrupper');

    for (const v of ['utsatte', 'utovere', 'barn-som-opplever-vold']) await radio('primaryTargetGroups', v);
    for (const v of ['barn-og-unge', 'voksne', 'eldre']) await radio('targetGroups', v);
    for (const v of ['fysisk', 'psykisk', 'digital']) await radio('violenceForms', v);
    await readPage('/nn/lag-plan/malgrupper/');
    await saveAndContinue('innsatsomrade');

    await add(nn['wizard.fa.add'], 'felt-focusAreas-0-title');
    await page.keyboard.type(AREA);
    await add(nn['wizard.fa.goal.add'].replace('{name}', AREA), 'felt-focusAreas-0-goals-0-text');
    await page.keyboard.type(GOAL);
    await readPage('/nn/lag-plan/innsatsomrade/');
    await saveAndContinue('tiltak');

    const MEASURES = ['Kurs i å avdekkje vald for alle tilsette på helsestasjonen', 'Sinnemeistringstilbod for valdsutøvarar'];
    for (const [i, description] of MEASURES.entries()) {
      await add(nn['wizard.measure.add'], `felt-measures-${i}-description`);
      await page.keyboard.type(description);
      await page.locator(`#felt-measures-${i}-goalId`).selectOption({ label: GOAL });
      await page.locator(`#felt-measures-${i}-responsible-unit`).fill(['Helsestasjonen', 'Psykisk helse og rus'][i]);
      await page.locator(`#felt-measures-${i}-responsible-role`).fill('leiar');
      await page.locator(`#felt-measures-${i}-partners`).fill('Barnevernstenesta');
      await page.locator(`#felt-measures-${i}-deadline`).fill(`${YEAR + 1}-06-30`);
      await add(nn['wizard.measure.milestone.add'].replace('{n}', String(i + 1)), `felt-measures-${i}-milestones-0-text`);
      await page.keyboard.type('Avtale med tilbydaren er inngått');
      await page.locator(`#felt-measures-${i}-milestones-0-when`).fill(`${YEAR + 1}-Q2`);
      await radio(`measures.${i}.resources.kind`, i ? 'krever-midler' : 'innenfor-budsjett');
      if (i) await page.locator(`#felt-measures-${i}-resources-amount`).fill('150000');
      await page.locator(`#felt-measures-${i}-indicator`).fill('Del av dei tilsette som har teke kurset');
      await radio(`measures.${i}.preventionLevel`, i ? 'indikert' : 'universell');
      await radio(`measures.${i}.status`, i ? 'pagar' : 'planlagt');
      await page.locator(`input[name="measures.${i}.municipalityIds"]`).nth(i).check();
    }
    await expect.poll(async () => (await currentDraft(page))?.measures?.[1]?.municipalityIds?.length, { timeout: 10_000 }).toBe(1);
    await readPage('/nn/lag-plan/tiltak/');
    await saveAndContinue('oppfolging');

    await page.locator('#felt-followUp-resourceGroup-established').check();
    await page.locator('#felt-followUp-resourceGroup-continuesThroughPeriod').check();
    await page.locator('#felt-followUp-resourceGroup-members').fill('Helsestasjonen, barnevernet, NAV og politiet');
    await radio('followUp.councilReporting', 'arlig');
    await page.locator('#felt-followUp-publication-onWebsite').check();
    await page.locator('#felt-followUp-publication-url').fill('https://www.voss.kommune.no/vald');
    await readPage('/nn/lag-plan/oppfolging/');
    await saveAndContinue('sjekk');

    const plan = (await currentDraft(page))!;
    expect(plan.planType).toBe('interkommunal');
    expect(plan.municipalities.map((m: { name: string }) => m.name)).toEqual(KOMMUNAR);
    expect(plan.measures).toHaveLength(2);
    expect(plan.followUp.councilReporting).toBe('arlig');
  }, 600_000);

  it('the check, «Alle svara», the overview and the print view are nynorsk with nothing internal', async () => {
    await page.goto(`${BASE_URL}/nn/lag-plan/sjekk/`);
    await page.locator('.export-panel').waitFor();
    const text = await readPage('/nn/lag-plan/sjekk/');
    const answers = await page.locator('.answer-summary').innerText();
    expect(answers).toContain('Interkommunal');
    expect(answers).toContain('Kommune 1: namn');
    expect(answers).toContain(`2. kvartal ${YEAR + 1}`);
    expect(answers).toContain('Kvart år');
    expect(answers).toContain('Born og unge');
    expect(answers).toMatch(/150\s000 kr/);
    expect(answers).toContain(GOAL);
    expect(text).toContain(nn['wizard.summary.title']);

    await page.goto(`${BASE_URL}/nn/lag-plan/`);
    await page.locator('.task-list').waitFor();
    await readPage('/nn/lag-plan/');

    await page.goto(`${BASE_URL}/nn/lag-plan/utskrift/`);
    await page.locator('.plan-preview').waitFor();
    const print = await readPage('/nn/lag-plan/utskrift/');
    expect(print).toContain(TITLE);
  }, 300_000);

  it('exports every document in nynorsk: plan, a council paper per municipality, calendar and plan file', async () => {
    await page.goto(`${BASE_URL}/nn/lag-plan/sjekk/`);
    await page.locator('.export-panel').waitFor();
    // The file names take the period as written; the council paper the effective end after the rollover.
    const years = `${YEAR - 1}-${YEAR + 2}`;

    const plan = await download(nn['wizard.export.plan']);
    expect(plan.name).toBe(`handlingsplan-vald-i-nære-relasjonar-${years}.docx`);
    const planDoc = readDocument(plan.name, plan.bytes);
    expect(planDoc.text).toContain(GOAL);
    expect(planDoc.props['dc:creator']).toBe(KOMMUNAR.map((k) => `${k} kommune`).join(', '));

    for (const name of KOMMUNAR) {
      const paper = await download(nn['wizard.export.councilFor'].replace('{name}', name));
      expect(paper.name).toBe(`saksframlegg-handlingsplan-vald-${name.toLowerCase()}-${YEAR - 1}-${YEAR + 3}.docx`);
      const doc = readDocument(paper.name, paper.bytes);
      expect(doc.props['dc:creator']).toBe(name);
    }

    const ics = await download(nn['wizard.export.calendar']);
    expect(ics.name).toBe(`handlingsplan-vald-i-nære-relasjonar-${years}.ics`);
    // What a calendar shows: the names and descriptions of the events (UIDs and dates are the format's own).
    const shown = new TextDecoder().decode(ics.bytes).replace(/\r?\n[ \t]/g, '').split(/\r?\n/)
      .filter((line) => /^(SUMMARY|DESCRIPTION|X-WR-CALNAME)[;:]/.test(line)).map((line) => line.replace(/^[^:]+:/, '').replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1'));
    expect(shown.length).toBeGreaterThan(3);
    read.push({ where: ics.name, problems: leaks(shown.join('\n')) });

    const file = await download(nn['wizard.file.save']);
    expect(file.name).toBe(`handlingsplan-vald-i-nære-relasjonar-${years}.json`);
  }, 300_000);

  it('the checker reads the saved plan file in nynorsk', async () => {
    await page.goto(`${BASE_URL}/nn/lag-plan/sjekk/`);
    await page.locator('.export-panel').waitFor();
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: nn['wizard.file.save'], exact: true }).click()]);
    const buffer = readFileSync(await saved.path());

    await page.goto(`${BASE_URL}/nn/sjekk/`);
    await readPage('/nn/sjekk/ (kort sjekk)');
    // The quick check: first with nothing filled in (the messages), then an expired plan (the findings).
    await page.getByRole('button', { name: nn['checker.submit'], exact: true }).click();
    await page.locator('.ds-error-summary, [role="alert"]').first().waitFor({ timeout: 30_000 });
    await readPage('/nn/sjekk/ (kort sjekk, feil)');
    await page.locator('#q-name-0').fill('Voss');
    await page.locator('input[name="municipalities.0.adopted"][value="ja"]').check();
    await page.locator('#q-body-0').selectOption('kommunestyre');
    await page.locator('#q-date-0').fill('2018-12-13');
    await page.locator('#q-start').fill('2019');
    await page.locator('#q-end').fill('2022');
    await page.locator('#q-hasMeasures').check();
    await page.locator('#q-measuresTimed').check();
    await page.getByRole('button', { name: nn['checker.submit'], exact: true }).click();
    await page.locator('[data-rule]').first().waitFor({ timeout: 30_000 });
    await readPage('/nn/sjekk/ (kort sjekk, resultat)');
    await page.getByLabel(nn['checker.mode.file'], { exact: true }).check();
    await page.locator('input[type="file"]').setInputFiles({ name: saved.suggestedFilename(), mimeType: 'application/json', buffer });
    await page.locator('[data-rule]').first().waitFor({ timeout: 30_000 });
    const text = await readPage('/nn/sjekk/ (planfil)');
    expect(text).toContain(saved.suggestedFilename());
    expect(text).toContain(`Planen tel i KOSTRA for ${YEAR}.`);

    await page.goto(`${BASE_URL}/nn/planfil/`);
    await readPage('/nn/planfil/', { formatDocs: true });
  }, 300_000);

  it('evaluates the plan (revision), exports the evaluation, and starts a new period, all in nynorsk', async () => {
    await page.goto(`${BASE_URL}/nn/lag-plan/revisjon/`);
    await page.locator('.revisjon').waitFor();
    for (const i of [0, 1]) {
      await radio(`evaluation.measures.${i}.result`, i ? 'delvis' : 'gjennomfort');
      await radio(`evaluation.measures.${i}.decision`, i ? 'endre' : 'behold');
      await page.locator(`#felt-evaluation-measures-${i}-comment`).fill(i ? 'Tilbodet kom seint i gang.' : 'Kurset gjekk som planlagt.');
    }
    await page.locator('#felt-evaluation-whatDone').fill('Vi heldt kurs og laga rutinar.');
    await page.locator('#felt-evaluation-learned').fill('Ansvaret må liggje hjå éi eining.');
    await page.locator('#felt-evaluation-evaluatedOn').fill(`${YEAR}-10-01`);
    await expect.poll(async () => (await currentDraft(page))?.evaluation?.evaluatedOn).toBe(`${YEAR}-10-01`);
    await readPage('/nn/lag-plan/revisjon/');

    const report = await download(nn['revision.report']);
    expect(report.name).toBe(`evaluering-handlingsplan-vald-i-nære-relasjonar-${YEAR - 1}-${YEAR + 2}.docx`);
    expect(readDocument(report.name, report.bytes).text).toContain('Ansvaret må liggje hjå éi eining.');

    // The evaluation in «Alle svara»: each measure by its number, the decisions in words.
    await page.goto(`${BASE_URL}/nn/lag-plan/sjekk/`);
    await page.locator('.export-panel').waitFor();
    await readPage('/nn/lag-plan/sjekk/ (med evaluering)');
    const answers = await page.locator('.answer-summary').innerText();
    expect(answers).toContain('Blir halde fram');
    expect(answers).toContain('Delvis gjennomført');

    await page.goto(`${BASE_URL}/nn/lag-plan/revisjon/`);
    await page.locator('.revisjon').waitFor();
    await page.getByRole('button', { name: nn['revision.startNext'], exact: true }).click();
    await page.waitForURL(`${BASE_URL}/nn/lag-plan/`, { timeout: 30_000 });
    await page.locator('#historikk').waitFor();
    const overview = await readPage('/nn/lag-plan/ (ny periode)');
    expect(overview).toContain(`Vidarefører «${TITLE}».`);

    await page.goto(`${BASE_URL}/nn/lag-plan/sjekk/`);
    await page.locator('.export-panel').waitFor();
    await readPage('/nn/lag-plan/sjekk/ (ny periode)');
    const next = await page.locator('.answer-summary').innerText();
    expect(next).toContain('Førre plan');
    expect(next).toContain('frå førre plan');
    const draft = await download(nn['wizard.export.plan']);
    expect(draft.name).toBe(`handlingsplan-vald-i-nære-relasjonar-${YEAR + 1}-${YEAR + 4}.docx`);
    readDocument(`${draft.name} (ny periode)`, draft.bytes);
    for (const name of KOMMUNAR) {
      const paper = await download(nn['wizard.export.councilFor'].replace('{name}', name));
      readDocument(`${paper.name} (ny periode)`, paper.bytes);
    }
    await page.goto(`${BASE_URL}/nn/lag-plan/utskrift/`);
    await page.locator('.plan-preview').waitFor();
    await readPage('/nn/lag-plan/utskrift/ (ny periode)');
  }, 600_000);

  it('found nothing bokmål and nothing internal on any page or in any document', () => {
    expect(read.length).toBeGreaterThan(20);
    expect(read.filter((r) => r.problems.length)).toEqual([]);
  });

  it('the checks catch what they are meant to catch', () => {
    for (const bad of ['Egen kommune', 'Kommune 1: navn', 'Vedtatt', 'Krever nye midler', 'Hvert år', 'Voldsutsatte', 'measureId', 'PreviousPlanId', 'StartedOn', '2027-Q2', '2025-03-01', 'behold', 'også']) {
      expect(leaks(`Tiltak 1: ${bad}`), bad).not.toEqual([]);
    }
    for (const good of ['Eigen kommune', 'Kommune 1: namn', 'Vedteken', 'Krev nye midlar', 'Kvart år', 'Valdsutsette', '2. kvartal 2027', '1. mars 2025', 'Halde på', 'òg']) {
      expect(leaks(`Tiltak 1: ${good}`), good).toEqual([]);
    }
  });
});

