/**
 * The plan builder with the keyboard only: from an empty browser to a downloaded Word
 * document using Tab, Shift+Tab, Enter, Space, arrow keys and typing. No clicks, no
 * filling by selector, no focusing by script, and no addresses typed after the first
 * page: every page change follows a link or a button the user activated.
 *
 * Every stop Tab makes on the way must show where focus is, and every action that adds,
 * opens or reports something must leave focus where the user can go on.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { BASE_URL, currentDraft, launch, newPage } from './browser';
import { readDocx } from '../fixtures/docx';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** What has focus, as a keyboard user would perceive it. */
interface Stop {
  id: string;
  tag: string;
  type: string;
  /** Accessible name, approximately: aria-labelledby, aria-label, the labels, or the text. */
  name: string;
  /** The element or (for a radio or checkbox) its field has a visible outline or box-shadow. */
  indicator: boolean;
  /** Some of the element is in the viewport, and the middle of that part is not covered by anything else (a sticky bar). */
  inView: boolean;
  /** The computed outline and box-shadow, for the failure message. */
  style: string;
}

/** The focused element, read in the page. */
function focused(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return { id: '', tag: 'body', type: '', name: '', indicator: false, inView: false, style: '' };
    const text = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const labelledBy = e.getAttribute('aria-labelledby');
    const labels = (e as HTMLInputElement).labels;
    const name = labelledBy
      ? labelledBy.split(/\s+/).map((id) => text(document.getElementById(id)?.textContent)).join(' ')
      : e.getAttribute('aria-label') ?? (labels?.length ? [...labels].map((l) => text(l.textContent)).join(' ') : text(e.textContent));
    const drawn = (el: Element | null) => {
      if (!el) return false;
      const cs = getComputedStyle(el);
      return (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
    };
    const type = e.getAttribute('type') ?? '';
    let indicator = e.matches(':focus-visible') && drawn(e);
    // Designsystemet draws the ring of a radio or checkbox around its field (label included).
    if (!indicator && /^(radio|checkbox)$/.test(type)) indicator = e.matches(':focus-visible') && drawn(e.closest('.ds-field'));
    // «Åpne planfil» is a label drawn as a button with the (invisible) file input over it: the label draws the ring.
    if (!indicator && type === 'file') indicator = e.matches(':focus-visible') && drawn(e.closest('label'));
    // The calendar button inside a date field belongs to the browser, which rings it itself
    // (the field then is not :focus-visible, and the ring is not readable by script).
    if (!indicator && type === 'date' && !e.matches(':focus-visible')) indicator = true;
    // The skip link is hidden until focused; appearing is its focus indicator.
    if (!indicator && e.matches('.ds-skip-link')) indicator = e.getBoundingClientRect().width > 1 && e.getBoundingClientRect().height > 1;
    // The part of the element inside the viewport, and what is drawn in its middle.
    const r = e.getBoundingClientRect();
    const [x0, x1, y0, y1] = [Math.max(r.left, 0), Math.min(r.right, innerWidth), Math.max(r.top, 0), Math.min(r.bottom, innerHeight)];
    const top = x1 > x0 && y1 > y0 ? document.elementFromPoint((x0 + x1) / 2, (y0 + y1) / 2) : null;
    const inView = !!top && (e.contains(top) || top.contains(e));
    const cs = getComputedStyle(e);
    const style = `:focus-visible=${e.matches(':focus-visible')} outline=${cs.outline} box-shadow=${cs.boxShadow}`;
    return { id: e.id, tag: e.tagName.toLowerCase(), type, name: text(name), indicator, inView, style };
  });
}

type Want = string | { id?: string | RegExp; name?: string | RegExp };

function matches(stop: Stop, want: Want): boolean {
  const test = (pattern: string | RegExp | undefined, value: string) =>
    pattern === undefined || (typeof pattern === 'string' ? value === pattern : pattern.test(value));
  if (typeof want === 'string') return stop.id === want;
  return test(want.id, stop.id) && test(want.name, stop.name);
}

const describeStop = (s: Stop) => `${s.tag}${s.type ? `[${s.type}]` : ''}${s.id ? `#${s.id}` : ''} «${s.name.slice(0, 70)}»`;
const describeWant = (w: Want) => (typeof w === 'string' ? `#${w}` : JSON.stringify({ id: w.id?.toString(), name: w.name?.toString() }));

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `want`. Fails with the
 * list of everything that got focus on the way if it is not reached within `max`
 * presses, or if any stop on the way had no visible focus indicator.
 */
async function tabTo(page: Page, want: Want, { max = 60, back = false } = {}): Promise<Stop> {
  const trail: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const stop = await focused(page);
    trail.push(stop);
    if (matches(stop, want)) {
      const hidden = trail.filter((s) => s.tag !== 'body' && !(s.indicator && s.inView));
      if (hidden.length) throw new Error(`Fokus var ikke synlig på: ${hidden.map((h) => `${describeStop(h)} (${h.inView ? h.style : 'utenfor skjermen eller dekket'})`).join('; ')}`);
      return stop;
    }
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} nådde ikke ${describeWant(want)} på ${max} trykk. Fokus var på:\n${trail.map((s, i) => `  ${i + 1}. ${describeStop(s)}`).join('\n')}`);
}

/** Tab to a text field and type into it. */
async function typeInto(page: Page, want: Want, text: string) {
  await tabTo(page, want);
  await page.keyboard.type(text);
}

/**
 * Types an ISO date into a native date field the way its owner sees it. The segments'
 * order follows the browser's own language, not the page's (Debian's Chromium ships
 * en-US only: mm/dd/yyyy), so a probe date finds the order first; Shift+Tab then goes
 * back to the first segment and the real date is typed over it.
 */
async function typeDate(page: Page, want: Want, iso: string) {
  await tabTo(page, want);
  await page.keyboard.type('01022003');
  const probe = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  const order = probe === '2003-01-02' ? 'mdy' : probe === '2003-02-01' ? 'dmy' : undefined;
  if (!order) throw new Error(`Ukjent rekkefølge i datofeltet: «01022003» ga «${probe}»`);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  const [y, m, d] = iso.split('-');
  await page.keyboard.type(order === 'mdy' ? `${m}${d}${y}` : `${d}${m}${y}`);
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(iso);
}

/** After an action, focus must have moved to `want` by itself, and show. */
async function expectFocusOn(page: Page, want: Want) {
  await expect.poll(async () => {
    const stop = await focused(page);
    if (!matches(stop, want)) return `fokus på ${describeStop(stop)}`;
    return stop.indicator && stop.inView ? 'ok' : `fokus ikke synlig på ${describeStop(stop)} (${stop.inView ? stop.style : 'utenfor skjermen eller dekket'})`;
  }).toBe('ok');
}

/** Moves through a radio group (or a closed select) with the arrow keys until the focused choice is `label`. */
async function arrowTo(page: Page, check: () => Promise<string>, label: string, max = 12) {
  for (let i = 0; i < max && (await check()) !== label; i++) await page.keyboard.press('ArrowDown');
  expect(await check()).toBe(label);
}
const radioLabel = async (page: Page) => (await focused(page)).name;
const selectedOption = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLSelectElement;
  return el.selectedOptions?.[0]?.textContent ?? '';
});

/** On a freshly loaded page: the first Tab reaches the skip link, and Enter moves focus past the header into <main>. */
async function skipToMain(page: Page) {
  await tabTo(page, { name: 'Hopp til hovedinnhold' }, { max: 1 });
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('hovedinnhold');
}

/** Tabs to «Lagre og fortsett», presses Enter, waits for the next section's form and skips its header. */
async function saveAndContinue(page: Page, next: string) {
  await tabTo(page, { name: 'Lagre og fortsett' });
  await page.keyboard.press('Enter');
  await page.waitForURL(`${BASE_URL}/lag-plan/${next}/`);
  await page.locator('form[novalidate]').waitFor();
  await skipToMain(page);
}

const year = new Date().getFullYear();
const TITLE = 'Tastaturplan for Bodø';
const AREA = 'Kompetanse';
const GOAL = 'Vold oppdages tidlig';
const MEASURE = 'Kurs i å avdekke vold';

it('completes the plan builder from an empty draft to a downloaded Word document with the keyboard only', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(`${BASE_URL}/lag-plan/`);
  await page.locator('.task-list').waitFor();

  // The overview: the task list's first link opens section 1. On every page the header is passed by the skip link.
  await skipToMain(page);
  await tabTo(page, { name: 'Om planen' });
  await page.keyboard.press('Enter');
  await page.waitForURL(`${BASE_URL}/lag-plan/om-planen/`);
  await page.locator('form[novalidate]').waitFor();
  await skipToMain(page);

  // 1 Om planen: title; Bokmål and «Vår kommune» chosen with Space; the municipality typed into the row the
  // form starts with, whose number is filled in from the name.
  await typeInto(page, 'felt-title', TITLE);
  await tabTo(page, { id: 'felt-malform', name: 'Bokmål' });
  await page.keyboard.press('Space');
  await tabTo(page, { id: 'felt-planType', name: 'Vår kommune' });
  await page.keyboard.press('Space');
  await tabTo(page, 'felt-municipalities-0-name');
  await page.keyboard.type('Bodø');
  await tabTo(page, 'felt-municipalities-0-number', { max: 3 });
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('1804');
  await typeInto(page, 'felt-process-participants', 'NAV og politiet');
  await saveAndContinue(page, 'forankring');

  // 2 Forankring: placement and adoption status by arrow keys, the adopting body by arrow keys on the closed select, date typed.
  await tabTo(page, 'felt-placement-kind');
  await arrowTo(page, () => radioLabel(page), 'Som egen kommunedelplan (anbefalt)');
  await typeInto(page, 'felt-placement-owner', 'Kommunalsjef helse');
  await tabTo(page, { id: 'felt-municipalities-0-adoption-status', name: 'Ikke startet' });
  await arrowTo(page, () => radioLabel(page), 'Vedtatt');
  await tabTo(page, 'felt-municipalities-0-adoption-body');
  await arrowTo(page, () => selectedOption(page), 'Kommunestyret eller bystyret');
  await typeDate(page, 'felt-municipalities-0-adoption-date', `${year - 1}-12-15`);
  await typeInto(page, 'felt-municipalities-0-adoption-caseNumber', `${String(year - 1).slice(2)}/1234`);
  await saveAndContinue(page, 'planperiode');

  // 3 Planperiode: the period typed; each suggested date taken with its «Bruk …» button, after which focus is on the field it filled.
  await typeInto(page, 'felt-period-start', String(year - 1));
  await typeInto(page, 'felt-period-end', String(year + 2));
  for (const field of ['midTermEvaluation', 'finalEvaluation', 'revisionDate']) {
    await tabTo(page, { name: /^Bruk \d/ });
    await page.keyboard.press('Enter');
    await expectFocusOn(page, `felt-followUp-${field}`);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  await saveAndContinue(page, 'kunnskapsgrunnlag');

  // 4 Kunnskapsgrunnlag: a source added but left without a name stops «Lagre og fortsett»; focus goes to
  // the error summary, and its link leads to the field.
  await typeInto(page, 'felt-knowledgeBase-situation', 'Lite tilbud til voldsutøvere.');
  await tabTo(page, { name: 'Legg til datakilde' });
  await page.keyboard.press('Enter');
  await expectFocusOn(page, 'felt-knowledgeBase-sources-0-name');
  await tabTo(page, { name: 'Lagre og fortsett' });
  await page.keyboard.press('Enter');
  await expectFocusOn(page, { name: 'For å gå videre må du rette opp følgende feil:' });
  await tabTo(page, { name: /^Datakilde 1/ }, { max: 1 });
  await page.keyboard.press('Enter');
  await expectFocusOn(page, 'felt-knowledgeBase-sources-0-name');
  await page.keyboard.type('Ungdata');
  await typeInto(page, 'felt-knowledgeBase-sources-0-date', String(year - 1));
  await saveAndContinue(page, 'malgrupper');

  // 5 Målgrupper: checkboxes ticked with Space.
  for (const label of [
    'De som er utsatt for vold', 'De som utøver vold', 'Barn som opplever vold',
    'Barn og unge', 'Voksne', 'Eldre',
    'Fysisk vold', 'Psykisk vold', 'Negativ sosial kontroll', 'Tvangsekteskap', 'Kjønnslemlestelse',
  ]) {
    await tabTo(page, { name: label });
    await page.keyboard.press('Space');
  }
  await saveAndContinue(page, 'innsatsomrader');

  // 6 Innsatsområder: an area and a goal, each added by its button, which hands focus to the new field.
  await tabTo(page, { name: 'Legg til innsatsområde' });
  await page.keyboard.press('Enter');
  await expectFocusOn(page, 'felt-focusAreas-0-title');
  await page.keyboard.type(AREA);
  await tabTo(page, { name: `Legg til mål for ${AREA}` });
  await page.keyboard.press('Enter');
  await expectFocusOn(page, 'felt-focusAreas-0-goals-0-text');
  await page.keyboard.type(GOAL);
  await saveAndContinue(page, 'tiltak');

  // 7 Tiltak: a measure added (it opens, focus on its description), linked to the goal, with owner, deadline, resources and indicator.
  await tabTo(page, { name: 'Legg til tiltak' });
  await page.keyboard.press('Enter');
  await expectFocusOn(page, 'felt-measures-0-description');
  await page.keyboard.type(MEASURE);
  await tabTo(page, 'felt-measures-0-goalId');
  await arrowTo(page, () => selectedOption(page), GOAL);
  await typeInto(page, 'felt-measures-0-responsible-unit', 'Helsestasjonen');
  await typeInto(page, 'felt-measures-0-responsible-role', 'Leder');
  await typeDate(page, 'felt-measures-0-deadline', `${year + 1}-06-30`);
  await tabTo(page, 'felt-measures-0-resources-kind');
  await page.keyboard.press('Space');
  await typeInto(page, 'felt-measures-0-indicator', 'Andel som har tatt kurset');
  await tabTo(page, 'felt-measures-0-preventionLevel');
  await page.keyboard.press('Space');
  await saveAndContinue(page, 'oppfolging');

  // 8 Oppfølging: resource group, yearly reporting to the council, publication.
  await tabTo(page, 'felt-followUp-resourceGroup-established');
  await page.keyboard.press('Space');
  await tabTo(page, 'felt-followUp-resourceGroup-continuesThroughPeriod', { max: 1 });
  await page.keyboard.press('Space');
  await typeInto(page, 'felt-followUp-resourceGroup-members', 'NAV og politiet');
  await tabTo(page, { name: /^Hvert år/ });
  await page.keyboard.press('Space');
  await tabTo(page, 'felt-followUp-publication-onWebsite');
  await page.keyboard.press('Space');
  await typeInto(page, 'felt-followUp-publication-url', 'https://bodo.no/vold');
  await saveAndContinue(page, 'sjekk');

  // 9 Sjekk: every krav is met (and every recommendation), and the plan comes out as Word from the export panel.
  await page.locator('.export-panel').waitFor();
  expect(await page.locator('#sjekk-teller').textContent()).toBe(`Planen teller i KOSTRA for ${year - 1}–${year + 2}.`);
  expect(await page.locator('#funn-krav').textContent()).toMatch(/^Krav \((\d+) av \1 oppfylt\)$/);
  expect(await page.locator('[data-rule][data-met="false"]').evaluateAll((rules) => rules.map((r) => r.getAttribute('data-rule')))).toEqual([]);
  expect(await page.locator('#funn-anbefaling').textContent()).toBe('Anbefalinger (0 åpne)');
  // The export panel is at the end of the page: Shift+Tab goes round from the top to the last things on it.
  await tabTo(page, { name: 'Last ned planen (Word)' }, { back: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  // Focus stays on the button that made the file, so the user can go on from there.
  await expectFocusOn(page, { name: 'Last ned planen (Word)' });
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const docx = readDocx(new Uint8Array(readFileSync(await download.path())));
  expect(docx.text).toContain(TITLE);
  expect(docx.text).toContain(MEASURE);

  // What was typed is what the browser keeps.
  const plan = (await currentDraft(page))!;
  expect(plan).toMatchObject({
    title: TITLE,
    malform: 'nb',
    planType: 'egen',
    municipalities: [{ name: 'Bodø', number: '1804', adoption: { status: 'vedtatt', body: 'kommunestyre', date: `${year - 1}-12-15` } }],
    placement: { kind: 'kommunedelplan', owner: 'Kommunalsjef helse' },
    period: { start: String(year - 1), end: String(year + 2) },
    knowledgeBase: { sources: [{ name: 'Ungdata', date: String(year - 1) }] },
    primaryTargetGroups: ['utsatte', 'utovere', 'barn-som-opplever-vold'],
    focusAreas: [{ title: AREA, goals: [{ text: GOAL }] }],
    measures: [{ description: MEASURE, responsible: { unit: 'Helsestasjonen', role: 'Leder' }, deadline: `${year + 1}-06-30`, resources: { kind: 'innenfor-budsjett' } }],
    followUp: { resourceGroup: { established: true, continuesThroughPeriod: true }, councilReporting: 'arlig', publication: { onWebsite: true, url: 'https://bodo.no/vold' } },
  });
  expect(plan.measures[0].goalId).toBe(plan.focusAreas[0].goals[0].id);
  await context.close();
});

it('manages the drafts on the overview with the keyboard, focus never falling back to the page', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(`${BASE_URL}/lag-plan/`);
  await page.locator('.task-list').waitFor();
  const untitled = 'Plan uten tittel';
  const copy = `${untitled} (kopi)`;

  // «Ny plan» stores a draft and reloads the overview with it.
  await tabTo(page, { name: 'Ny plan' });
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  await page.locator('.draft-list li').first().waitFor();

  await tabTo(page, { name: `Lag kopi av ${untitled}` });
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.draft-list li').count()).toBe(2);

  // Delete asks first: focus moves to the question's «Ja, slett», and «Avbryt» brings it back to «Slett».
  await tabTo(page, { name: `Slett ${copy}` });
  await page.keyboard.press('Enter');
  await expectFocusOn(page, { name: `Ja, slett ${copy}` });
  await tabTo(page, { name: 'Avbryt' }, { max: 1 });
  await page.keyboard.press('Enter');
  await expectFocusOn(page, { name: `Slett ${copy}` });
  await page.keyboard.press('Enter');
  await expectFocusOn(page, { name: `Ja, slett ${copy}` });
  await page.keyboard.press('Enter');
  await expectFocusOn(page, { id: 'angre-sletting', name: 'Angre' });
  expect(await page.locator('.draft-list li').count()).toBe(1);

  // Undo puts the draft back, and focus on it.
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.draft-list li').count()).toBe(2);
  await expectFocusOn(page, { name: `Åpne ${copy}` });

  // Rename: the new name field takes focus; after saving, focus is on the renamed draft's rename button.
  await tabTo(page, { name: `Gi nytt navn til ${copy}` });
  await page.keyboard.press('Enter');
  await expectFocusOn(page, { name: 'Nytt navn' });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Reserveplan');
  await page.keyboard.press('Enter');
  await expectFocusOn(page, { name: 'Gi nytt navn til Reserveplan' });
  await context.close();
});
