/**
 * The calendar export. The .ics text is read back with ical.js, a parser independent of
 * the `ics` library that writes it, so the tests see what a calendar program would see.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calendarFileName, planCalendarEvents, planToIcs, shorten, TITLE_MAX } from '../../src/export/calendar';
import { CALENDAR_TEXT } from '../../src/export/calendar-text';
import { planSchema, type Plan, type PlanInput } from '../../src/plan/schema';
import { planArb } from '../fixtures/arbitraries';
import { completePlan, intermunicipalPlan, variant, withFollowUp, withMeasure, withPeriod } from '../fixtures/plans';

interface ParsedEvent {
  uid: string;
  start: string;
  end: string;
  startIsDate: boolean;
  summary: string;
  description: string | null;
}

function parse(ics: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.name).toBe('vcalendar');
  const events = calendar.getAllSubcomponents('vevent').map((event): ParsedEvent => {
    const start = event.getFirstPropertyValue('dtstart');
    const end = event.getFirstPropertyValue('dtend');
    if (!(start instanceof ICAL.Time) || !(end instanceof ICAL.Time)) throw new Error('DTSTART/DTEND missing');
    const description = event.getFirstPropertyValue('description');
    return {
      uid: String(event.getFirstPropertyValue('uid')),
      start: start.toString(),
      end: end.toString(),
      startIsDate: start.isDate && end.isDate && event.getFirstProperty('dtstart')?.type === 'date',
      summary: String(event.getFirstPropertyValue('summary')),
      description: typeof description === 'string' ? description : null,
    };
  });
  return { calendar, events };
}

const uid = (kind: string, key: string, planId = 'p1') => `${kind}-${key}-${planId}@handlingsplan-vnr`;

/** Every date of completePlan(), by UID. */
const EXPECTED: Record<string, string> = {
  [uid('frist', 'm1')]: '2025-06-30',
  [uid('frist', 'm3')]: '2027-06-30',
  [uid('milepael', 'ms1')]: '2026-06-30', // 2026-Q2: the quarter's last day
  [uid('milepael', 'ms2')]: '2026-09-01',
  [uid('milepael', 'ms3')]: '2026-12-31',
  // Anniversaries of the start 2024-01-01 (no month given), up to the end 2027-12-31; 1 January is a
  // public holiday, so each goes to the first working day after: Thu 2 Jan 2025, Fri 2 Jan 2026, Mon 4 Jan 2027.
  [uid('rapport', '2025')]: '2025-01-02',
  [uid('rapport', '2026')]: '2026-01-02',
  [uid('rapport', '2027')]: '2027-01-04',
  [uid('oppfolging', 'midtveisevaluering')]: '2025-12-31',
  [uid('oppfolging', 'sluttevaluering')]: '2027-09-30',
  [uid('oppfolging', 'revisjon')]: '2027-03-01',
  [uid('periode', 'slutt')]: '2027-12-31',
  [uid('periode', 'revisjonsstart')]: '2026-12-31', // 12 months before the end
};

const byUid = (events: { uid: string; date?: string; start?: string }[]) =>
  Object.fromEntries(events.map((e) => [e.uid, e.date ?? e.start]));

const datelessPlan = (): Plan =>
  variant(completePlan(), (p) => {
    p.period = { rollovers: [] };
    p.municipalities[0].adoption = { status: 'planlagt', body: 'kommunestyre' };
    p.measures = p.measures.map((m) => ({ ...m, deadline: undefined, milestones: [] }));
    p.followUp = { ...p.followUp, midTermEvaluation: undefined, finalEvaluation: undefined, revisionDate: undefined };
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('planCalendarEvents', () => {
  it('gives one event per dated point of the complete plan, sorted by date', () => {
    const events = planCalendarEvents(completePlan());
    expect(byUid(events)).toEqual(EXPECTED);
    expect(events).toHaveLength(Object.keys(EXPECTED).length);
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
  });

  it('titles the events in bokmål', () => {
    const titles = Object.fromEntries(planCalendarEvents(completePlan()).map((e) => [e.uid, e.title]));
    expect(titles[uid('frist', 'm1')]).toBe('Frist: Kurs i å avdekke vold for alle ansatte ved helsestasjonen');
    expect(titles[uid('milepael', 'ms1')]).toBe('Milepæl: Avtale med tilbyder inngått (Sinnemestringstilbud for voldsutøvere)');
    expect(titles[uid('rapport', '2026')]).toBe('Årlig rapport for 2025 til kommunestyret');
    expect(titles[uid('oppfolging', 'midtveisevaluering')]).toBe('Midtveisevaluering');
    expect(titles[uid('oppfolging', 'sluttevaluering')]).toBe('Sluttevaluering');
    expect(titles[uid('oppfolging', 'revisjon')]).toBe('Revisjon');
    expect(titles[uid('periode', 'slutt')]).toBe('Planperioden slutter');
    expect(titles[uid('periode', 'revisjonsstart')]).toBe('Start revisjonen senest');
  });

  it('puts the full text, the responsible unit and the quarter in the description', () => {
    const events = Object.fromEntries(planCalendarEvents(completePlan()).map((e) => [e.uid, e]));
    expect(events[uid('frist', 'm1')].description).toBe(
      'Plan: Handlingsplan mot vold i nære relasjoner 2024–2027\nTiltaket skal være gjennomført. Meld status til den som følger opp planen.\n'
      + 'Tiltak: Kurs i å avdekke vold for alle ansatte ved helsestasjonen\nAnsvarlig: Helsestasjonen, leder',
    );
    expect(events[uid('milepael', 'ms1')].description).toContain('2. kvartal 2026');
    expect(events[uid('rapport', '2025')].description).toContain('årsdagen for starten av planperioden (1. januar 2024)');
    expect(events[uid('periode', 'revisjonsstart')].description).toContain('31. desember 2027');
  });

  it.each([
    ['2027-Q1', '2027-03-31'],
    ['2027-Q2', '2027-06-30'],
    ['2027-Q3', '2027-09-30'],
    ['2027-Q4', '2027-12-31'],
  ])('puts a milestone in %s on the quarter’s last day, %s', (when, date) => {
    const plan = withMeasure(completePlan(), 2, { milestones: [{ id: 'q', text: 'Kvartal', when }] });
    expect(byUid(planCalendarEvents(plan))[uid('milepael', 'q')]).toBe(date);
  });

  it('cuts long titles near 80 characters at a word, with an ellipsis', () => {
    const long = 'Opplæring av alle ansatte i skole, barnehage, helsestasjon og hjemmetjeneste i å snakke med barn og eldre om vold';
    const plan = withMeasure(completePlan(), 0, { description: long, milestones: [{ id: 'lang', text: long, when: '2026-03-01' }] });
    const events = Object.fromEntries(planCalendarEvents(plan).map((e) => [e.uid, e]));
    for (const key of [uid('frist', 'm1'), uid('milepael', 'lang')]) {
      const title = events[key].title;
      expect(Array.from(title).length).toBeLessThanOrEqual(TITLE_MAX);
      expect(title).toMatch(/…\)?$/);
      expect(title).not.toMatch(/\s…/);
    }
    expect(events[uid('frist', 'm1')].title.startsWith('Frist: Opplæring av alle ansatte')).toBe(true);
    expect(events[uid('frist', 'm1')].description).toContain(long);
    expect(shorten('kort', 80)).toBe('kort');
    expect(shorten('linje 1\nlinje 2', 80)).toBe('linje 1 linje 2');
  });

  it('reports yearly on the start anniversary only when reporting is yearly and the period is known', () => {
    const reports = (plan: Plan) => planCalendarEvents(plan).filter((e) => e.uid.startsWith('rapport-'));
    expect(reports(withFollowUp(completePlan(), { councilReporting: 'ved-slutt' }))).toEqual([]);
    expect(reports(withFollowUp(completePlan(), { councilReporting: undefined }))).toEqual([]);
    // A period given as years, 2025–2028: reports on the first working day after 1 January 2026, 2027 and 2028
    // (Fri 2 January 2026, Mon 4 January 2027, Mon 3 January 2028).
    expect(reports(withPeriod(completePlan(), { start: '2025', end: '2028' })).map((e) => e.date)).toEqual([
      '2026-01-02',
      '2027-01-04',
      '2028-01-03',
    ]);
    // Started 29 February: the anniversary in a common year is 28 February; none after the end.
    expect(reports(withPeriod(completePlan(), { start: '2024-02-29', end: '2027-02-27' })).map((e) => e.date)).toEqual([
      '2025-02-28',
      '2026-03-02', // 28 February 2026 is a Saturday
    ]);
    // Without a start (nothing adopted, no stated start) there is no anniversary.
    const noStart = variant(completePlan(), (p) => {
      p.period.start = undefined;
      p.municipalities[0].adoption.status = 'planlagt';
    });
    expect(reports(noStart)).toEqual([]);
  });

  it('leaves out the follow-up points the plan does not give', () => {
    const plan = withFollowUp(completePlan(), { midTermEvaluation: undefined, revisionDate: undefined });
    const uids = planCalendarEvents(plan).map((e) => e.uid);
    expect(uids).not.toContain(uid('oppfolging', 'midtveisevaluering'));
    expect(uids).not.toContain(uid('oppfolging', 'revisjon'));
    expect(uids).toContain(uid('oppfolging', 'sluttevaluering'));
  });

  it('uses the effective end: a roll-over moves the end, unless decided after `today`', () => {
    const plan = withPeriod(completePlan(), {
      rollovers: [{ id: 'r1', decidedOn: '2027-06-15', body: 'kommunestyre', newEnd: '2029' }],
    });
    const dates = (today?: string) => byUid(planCalendarEvents(plan, { today }));
    expect(dates()[uid('periode', 'slutt')]).toBe('2029-12-31');
    expect(dates()[uid('periode', 'revisjonsstart')]).toBe('2028-12-29'); // 31 December 2028 is a Sunday
    expect(dates()[uid('rapport', '2029')]).toBe('2029-01-02');
    expect(dates('2026-11-21')[uid('periode', 'slutt')]).toBe('2027-12-31');
    expect(dates('2026-11-21')[uid('rapport', '2029')]).toBeUndefined();
  });

  it('falls back to the earliest of final evaluation and revision when no end is stated', () => {
    const plan = withPeriod(completePlan(), { end: undefined });
    const end = planCalendarEvents(plan).find((e) => e.uid === uid('periode', 'slutt'));
    expect(end?.date).toBe('2027-03-01');
    expect(end?.description).toContain('ingen sluttdato');
  });

  it('gives no events for a plan without dates', () => {
    expect(planCalendarEvents(datelessPlan())).toEqual([]);
    expect(planCalendarEvents(planSchema.parse({ id: 'tom' }))).toEqual([]);
  });
});

describe('planToIcs', () => {
  it('writes one all-day VEVENT per expected date, ending the next day', () => {
    const ics = planToIcs(completePlan());
    const { events } = parse(ics);
    expect(events).toHaveLength(Object.keys(EXPECTED).length);
    expect(byUid(events)).toEqual(EXPECTED);
    for (const event of events) {
      expect(event.startIsDate).toBe(true);
      const next = new Date(`${event.start}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(event.end).toBe(next.toISOString().slice(0, 10));
    }
    const starts = ics.split('\r\n').filter((line) => line.startsWith('DTSTART'));
    expect(starts).toHaveLength(events.length);
    for (const line of starts) expect(line).toMatch(/^DTSTART;VALUE=DATE:\d{8}$/);
  });

  it('names the calendar after the plan and the product «handlingsplan-vnr»', () => {
    const { calendar } = parse(planToIcs(completePlan()));
    expect(calendar.getFirstPropertyValue('prodid')).toBe('handlingsplan-vnr');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Handlingsplan mot vold i nære relasjoner 2024–2027');
  });

  it('escapes commas and semicolons in the calendar name, and names an untitled plan', () => {
    const titled = variant(completePlan(), (p) => {
      p.title = 'Plan for Ærøy, Åsdal; Østby';
    });
    const raw = parse(planToIcs(titled)).calendar.getFirstPropertyValue('x-wr-calname');
    // ical.js leaves X- properties unescaped; a calendar program reads them as TEXT.
    expect(String(raw)).toBe('Plan for Ærøy\\, Åsdal\\; Østby');
    expect(String(raw).replace(/\\([\\;,])/g, '$1')).toBe('Plan for Ærøy, Åsdal; Østby');
    const untitled = variant(completePlan(), (p) => {
      p.title = '';
    });
    expect(parse(planToIcs(untitled)).calendar.getFirstPropertyValue('x-wr-calname')).toBe(CALENDAR_TEXT.defaultName.nb);
  });

  it('keeps the UIDs stable across exports, also when the dates move', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-21T10:00:00Z'));
    const first = parse(planToIcs(completePlan())).events;
    vi.setSystemTime(new Date('2027-03-02T08:30:00Z'));
    const second = parse(planToIcs(completePlan())).events;
    expect(second.map((e) => e.uid)).toEqual(first.map((e) => e.uid));

    const moved = variant(completePlan(), (p) => {
      p.measures[0].deadline = '2025-09-30';
      p.measures[1].milestones[0].when = '2026-Q3';
      p.followUp.finalEvaluation = '2027-10-15';
    });
    const third = byUid(parse(planToIcs(moved)).events);
    expect(Object.keys(third).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(third[uid('frist', 'm1')]).toBe('2025-09-30');
    expect(third[uid('milepael', 'ms1')]).toBe('2026-09-30');
    expect(third[uid('oppfolging', 'sluttevaluering')]).toBe('2027-10-15');
  });

  it('never uses the date alone: two measures with the same deadline get different UIDs', () => {
    const plan = withMeasure(completePlan(), 2, { deadline: '2025-06-30' });
    const uids = parse(planToIcs(plan)).events.map((e) => e.uid);
    expect(uids).toContain(uid('frist', 'm1'));
    expect(uids).toContain(uid('frist', 'm3'));
  });

  it('gives UIDs that are unique within a file', () => {
    const unique = (plan: Plan) => {
      const uids = parse(planToIcs(plan)).events.map((e) => e.uid);
      expect(new Set(uids).size).toBe(uids.length);
      return uids;
    };
    unique(completePlan());
    expect(unique(intermunicipalPlan(6)).length).toBeGreaterThan(Object.keys(EXPECTED).length);
    // Ids are meant to be unique in the plan; if two collide anyway the file stays valid.
    const clash = variant(completePlan(), (p) => {
      p.measures[2].id = 'm1';
      p.measures[2].milestones[0].id = 'ms1';
    });
    expect(unique(clash)).toEqual(expect.arrayContaining([uid('frist', 'm1'), `frist-m1-p1~2@handlingsplan-vnr`]));
    // Ids with characters that mean something in iCalendar or in the UID pattern.
    const odd = variant(completePlan(), (p) => {
      p.id = 'plan; med,komma@x';
      p.measures[0].id = 'a b:c';
    });
    expect(unique(odd)).toContain('frist-a%20b%3Ac-plan%3B%20med%2Ckomma%40x@handlingsplan-vnr');
  });

  it('writes a parseable calendar with unique UIDs for any valid plan', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const expected = planCalendarEvents(plan);
        const { events } = parse(planToIcs(plan));
        expect(events.map((e) => e.uid)).toEqual(expected.map((e) => e.uid));
        expect(events.map((e) => e.start)).toEqual(expected.map((e) => e.date));
        expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
        expect(events.every((e) => e.startIsDate)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps æ, ø and å in summaries, descriptions and the calendar name', () => {
    const plan = variant(completePlan(), (p) => {
      p.title = 'Ærøy og Åsdal: plan mot vold';
      p.measures[0].description = 'Kurs for ansatte på Østby sjukeheim – ÆØÅ æøå';
      p.measures[0].responsible = { unit: 'Sørli legekontor' };
    });
    const ics = planToIcs(plan);
    const { calendar, events } = parse(ics);
    const m1 = events.find((e) => e.uid === uid('frist', 'm1'));
    expect(m1?.summary).toBe('Frist: Kurs for ansatte på Østby sjukeheim – ÆØÅ æøå');
    expect(m1?.description).toBe('Plan: Ærøy og Åsdal: plan mot vold\nTiltaket skal være gjennomført. Meld status til den som følger opp planen.\nTiltak: Kurs for ansatte på Østby sjukeheim – ÆØÅ æøå\nAnsvarlig: Sørli legekontor');
    expect(events.find((e) => e.uid === uid('milepael', 'ms1'))?.summary).toMatch(/^Milepæl: /);
    expect(events.find((e) => e.uid === uid('rapport', '2025'))?.summary).toBe('Årlig rapport for 2024 til kommunestyret');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Ærøy og Åsdal: plan mot vold');
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const plan = withMeasure(completePlan(), 0, { description: 'æøå '.repeat(200) + '👩‍👩‍👧 familie' });
    const ics = planToIcs(plan);
    const encoder = new TextEncoder();
    expect(ics.endsWith('\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    const m1 = parse(ics).events.find((e) => e.uid === uid('frist', 'm1'));
    expect(m1?.description).toContain(`${'æøå '.repeat(200).trim()} 👩‍👩‍👧 familie`);
  });

  it('writes nynorsk titles for a nynorsk plan', () => {
    const plan = variant(completePlan(), (p) => {
      p.malform = 'nn';
    });
    const summaries = Object.fromEntries(parse(planToIcs(plan)).events.map((e) => [e.uid, e.summary]));
    expect(summaries[uid('frist', 'm1')]).toBe('Frist: Kurs i å avdekke vold for alle ansatte ved helsestasjonen');
    expect(summaries[uid('milepael', 'ms2')]).toBe('Milepæl: Første gruppe startet (Sinnemestringstilbud for voldsutøvere)');
    expect(summaries[uid('rapport', '2025')]).toBe('Årleg rapport for 2024 til kommunestyret');
    expect(summaries[uid('oppfolging', 'midtveisevaluering')]).toBe('Midtvegsevaluering');
    expect(summaries[uid('oppfolging', 'sluttevaluering')]).toBe('Sluttevaluering');
    expect(summaries[uid('oppfolging', 'revisjon')]).toBe('Revisjon');
    expect(summaries[uid('periode', 'slutt')]).toBe('Planperioden sluttar');
    expect(summaries[uid('periode', 'revisjonsstart')]).toBe('Start revisjonen seinast');
    const descriptions = planCalendarEvents(plan).map((e) => e.description ?? '').join('\n');
    expect(descriptions).toContain('Ansvarleg: Helsestasjonen, leder');
    expect(descriptions).toContain('Milepælen gjeld 2. kvartal 2026');
    expect(descriptions).not.toMatch(/\b(Ansvarlig|gjelder|slutter|måneder|ikke|senest)\b/);
  });

  it('every calendar text has both målformer, and they differ where nynorsk differs', () => {
    for (const text of Object.values(CALENDAR_TEXT)) {
      expect(text.nb.trim()).not.toBe('');
      expect(text.nn.trim()).not.toBe('');
    }
    expect(CALENDAR_TEXT.councilReport.nn).not.toBe(CALENDAR_TEXT.councilReport.nb);
  });

  it('writes an empty but valid calendar for a plan without dates', () => {
    for (const plan of [datelessPlan(), planSchema.parse({ id: 'tom', malform: 'nn' })]) {
      const ics = planToIcs(plan);
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
      const { calendar, events } = parse(ics);
      expect(events).toEqual([]);
      expect(calendar.getFirstPropertyValue('prodid')).toBe('handlingsplan-vnr');
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBeTruthy();
    }
  });

  it('exports 1,000 measures without error', () => {
    const input = structuredClone(completePlan()) as PlanInput;
    input.measures = Array.from({ length: 1000 }, (_, i) => ({
      id: `m${i + 1}`,
      description: `Tiltak nummer ${i + 1} for å forebygge vold – æøå`,
      responsible: { unit: `Enhet ${i % 17}` },
      deadline: `${2024 + (i % 4)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
      milestones: [{ id: `ms${i + 1}`, text: `Milepæl ${i + 1}`, when: `${2024 + (i % 4)}-Q${(i % 4) + 1}` }],
    }));
    const plan = planSchema.parse(input);
    const ics = planToIcs(plan);
    const { events } = parse(ics);
    // 2 per measure + 3 reports + 3 follow-up points + end + latest revision start.
    expect(events).toHaveLength(2000 + 8);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events.every((e) => e.startIsDate)).toBe(true);
  });

  it('drops dates iCalendar cannot write and survives the last day of year 9999', () => {
    const plan = variant(completePlan(), (p) => {
      p.measures[0].deadline = '0999-12-31';
      p.period.end = '9999';
      p.followUp.councilReporting = 'ved-slutt';
    });
    const ics = planToIcs(plan);
    expect(planCalendarEvents(plan).map((e) => e.uid)).not.toContain(uid('frist', 'm1'));
    // On 9999-12-31 there is no next day: the file has no DTEND, which RFC 5545 reads as one day.
    const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const end = vevents.find((e) => e.getFirstPropertyValue('uid') === uid('periode', 'slutt'));
    expect(String(end?.getFirstPropertyValue('dtstart'))).toBe('9999-12-31');
    expect(end?.getFirstProperty('dtend')).toBeNull();
    expect(ics).toContain('DTSTART;VALUE=DATE:99991231');
  });
});

describe('calendarFileName', () => {
  it('is the plan file name with .ics', () => {
    expect(calendarFileName(completePlan())).toBe('handlingsplan-vold-nære-relasjoner-2024-2027.ics');
    expect(calendarFileName(planSchema.parse({ id: 'tom' }))).toBe('handlingsplan-vold-nære-relasjoner.ics');
  });
});
