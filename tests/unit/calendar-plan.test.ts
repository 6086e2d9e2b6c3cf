/**
 * The calendar a working group imports (issue 13): read back with ical.js, independent of the
 * `ics` library that writes it. No event on a weekend or a public holiday in 2027–2031, every
 * event names the plan and says who is responsible, the council meetings and the latest start
 * of the revision are there, and the yearly report comes in the month the plan gives.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planToIcs } from '../../src/export/calendar';
import type { Plan } from '../../src/plan/schema';
import { gildeskal9, nynorskJoint } from '../fixtures/render-plans';
import { variant } from '../fixtures/plans';
import { HOLIDAYS_2027_2031 } from './holidays.test';

const HOLIDAYS = new Set(Object.entries(HOLIDAYS_2027_2031).flatMap(([y, days]) => days.map((d) => `${y}-${d}`)));

function events(plan: Plan) {
  const calendar = new ICAL.Component(ICAL.parse(planToIcs(plan, { today: '2026-12-04' })));
  return calendar.getAllSubcomponents('vevent').map((e) => {
    const start = e.getFirstPropertyValue('dtstart') as ICAL.Time;
    return {
      start,
      date: start.toString(),
      summary: String(e.getFirstPropertyValue('summary')),
      description: String(e.getFirstPropertyValue('description') ?? ''),
    };
  });
}

/** Every date the plan gives falls on a weekend or a holiday. */
function awkward(plan: Plan): Plan {
  const days = ['2027-03-28', '2027-05-17', '2028-04-17', '2029-05-10', '2030-06-10', '2027-12-25', '2028-06-04', '2029-03-30', '2030-12-29', '2031-04-14'];
  return variant(plan, (p) => {
    p.measures.forEach((m, i) => {
      m.deadline = days[i % days.length];
      m.milestones = m.milestones.map((x, j) => ({ ...x, when: days[(i + j + 3) % days.length] }));
    });
    p.followUp = { ...p.followUp, midTermEvaluation: '2028-05-25', finalEvaluation: '2030-04-21', revisionDate: '2030-06-09', councilReportMonth: 5 };
    p.period = { ...p.period, end: '2031-12-28' };
    p.municipalities[0].adoption.date = '2026-12-26';
  });
}

describe.each([
  ['bokmål', gildeskal9()],
  ['nynorsk', nynorskJoint()],
  ['bokmål, every date on a weekend or holiday', awkward(gildeskal9())],
  ['nynorsk, every date on a weekend or holiday', awkward(nynorskJoint())],
])('the calendar of a plan (%s)', (_, plan) => {
  const list = events(plan);

  it('has no event on a weekend or a public holiday', () => {
    expect(list.length).toBeGreaterThan(15);
    for (const e of list) {
      expect(e.start.isDate).toBe(true);
      // ical.js: 1 = Sunday, 7 = Saturday.
      expect([1, 7], `${e.date} ${e.summary}`).not.toContain(e.start.dayOfWeek());
      expect(HOLIDAYS.has(e.date), `${e.date} ${e.summary}`).toBe(false);
    }
  });

  it('names the plan, what to do and who is responsible in every description; titles are readable', () => {
    for (const e of list) {
      expect(e.description).toContain(plan.title);
      expect(e.description).toMatch(/Ansvarl[ie]g: \S/);
      expect(e.description.split('\n').length).toBeGreaterThanOrEqual(3);
      expect(e.summary.length).toBeLessThanOrEqual(80);
      expect(e.summary).not.toMatch(/….*…/);
    }
  });

  it('holds the council meetings, the yearly reports and the latest start of the revision', () => {
    const titles = list.map((e) => e.summary);
    for (const m of plan.municipalities) expect(titles.some((t) => t.includes(`(${m.name.endsWith('kommune') ? m.name : `${m.name} kommune`})`))).toBe(true);
    expect(titles.some((t) => /^Start revisjonen (senest|seinast)$/.test(t))).toBe(true);
    expect(titles.filter((t) => /^Årl[ie]g rapport for \d{4} til kommunestyret$/.test(t)).length).toBeGreaterThanOrEqual(3);
  });
});

it('puts the yearly report in the month the plan gives', () => {
  const reports = events(gildeskal9()).filter((e) => e.summary.startsWith('Årlig rapport'));
  // June: the first working day of June 2028, 2029 and 2030 (1 June 2030 is a Saturday).
  expect(reports.map((e) => e.date)).toEqual(['2028-06-01', '2029-06-01', '2030-06-03']);
  expect(reports[0].description).toContain('Planen sier at rapporten legges fram for kommunestyret i juni.');
  expect(reports[0].summary).toBe('Årlig rapport for 2027 til kommunestyret');
});

it('says when a date in the plan was moved off a holiday', () => {
  const e = events(awkward(gildeskal9())).find((x) => x.description.includes('Tiltak: Undervisningsopplegg') && x.summary.startsWith('Frist'));
  expect(e?.date).toBe('2027-03-24');
  expect(e?.description).toContain('Datoen i planen er 28. mars 2027, en helg eller helligdag. Påminnelsen er lagt på siste arbeidsdag før.');
});
