/**
 * The plan as the council will adopt it: a draft is judged as adopted on its planned
 * meeting date, for every reporting year of its period and the year after it.
 */
import { describe, expect, it } from 'vitest';
import { computeOutlook, yearSpans } from '../../src/plan/outlook';
import { completePlan, intermunicipalPlan, variant, withAdoption, withFollowUp, withPeriod } from '../fixtures/plans';
import type { Plan } from '../../src/plan/schema';

const TODAY = '2026-12-04';

/** Fjordvik's plan redrafted for 2027–2030, not adopted yet: its meeting is `date` (or not set). */
function draft2027(date?: string, body: 'kommunestyre' | 'formannskap' | 'administrativt' | undefined = 'kommunestyre'): Plan {
  const plan = withFollowUp(withPeriod(completePlan(), { start: '2027-01-01', end: '2030-12-31' }), {
    midTermEvaluation: '2028-12-31',
    finalEvaluation: '2030-06-30',
    revisionDate: '2030-03-01',
  });
  return withAdoption(plan, 0, { status: date ? 'planlagt' : 'ikke-startet', date, body, caseNumber: undefined });
}

const verdicts = (o: ReturnType<typeof computeOutlook>) => o.years.map((y) => `${y.year}:${y.reason}`);
const kravFindings = (o: ReturnType<typeof computeOutlook>) =>
  o.result.findings.filter((f) => f.kind === 'krav').map((f) => `${f.ruleId}:${f.messageId}`);

describe('a draft judged as the plan the council will adopt', () => {
  it('drafted in December for 2027–2030, adopted 17 December 2026: counts 2027–2030, expired 2031', () => {
    const o = computeOutlook(draft2027('2026-12-17'), { today: TODAY });
    expect(o).toMatchObject({ basis: 'planned', plannedDate: '2026-12-17', focusYear: 2027, countsFrom: 2027, countsTo: 2030 });
    expect(verdicts(o)).toEqual(['2027:counts', '2028:counts', '2029:counts', '2030:counts', '2031:expired']);
    expect(o.result.counts).toBe(true);
    expect(kravFindings(o)).toEqual([]);
    expect(o.pending).toEqual([{ id: 'k1', name: 'Fjordvik kommune', date: '2026-12-17', body: 'kommunestyre', caseNumber: undefined }]);
  });

  it('a new period after revision, adopted 18 March 2027: counts from 2027, as the meeting is before 31 December', () => {
    const o = computeOutlook(draft2027('2027-03-18'), { today: TODAY });
    expect(o).toMatchObject({ basis: 'planned', focusYear: 2027, countsFrom: 2027, countsTo: 2030 });
    expect(o.result.counts).toBe(true);
  });

  it('a period from 2026 adopted in March 2027 does not count for 2026, and is shown for 2027', () => {
    const plan = withPeriod(draft2027('2027-03-18'), { start: '2026-01-01', end: '2029-12-31' });
    const o = computeOutlook(plan, { today: TODAY });
    expect(verdicts(o)).toEqual(['2026:not-adopted', '2027:counts', '2028:counts', '2029:counts', '2030:expired']);
    expect(o.focusYear).toBe(2027);
  });

  it('without a meeting date, judges the first year of the period and says the date is missing', () => {
    const o = computeOutlook(draft2027(undefined), { today: TODAY });
    expect(o).toMatchObject({ basis: 'undated', plannedDate: undefined, focusYear: 2027 });
    expect(o.result.counts).toBe(true);
    expect(o.pending.map((p) => p.date)).toEqual([undefined]);
  });

  it('a planned administrative decision is a fault the user can fix, and does not count', () => {
    const o = computeOutlook(draft2027('2026-12-17', 'administrativt'), { today: TODAY });
    expect(kravFindings(o)).toEqual(['political-adoption:administrative']);
    expect(o.countsFrom).toBeUndefined();
    expect(verdicts(o)[0]).toBe('2027:krav');
  });

  it('a planned formannskap decision counts, with the recommendation to use the kommunestyre', () => {
    const o = computeOutlook(draft2027('2026-12-17', 'formannskap'), { today: TODAY });
    expect(o.result.counts).toBe(true);
    expect(o.result.findings.map((f) => f.ruleId)).toContain('council-adoption');
  });

  it('a reporting year the user picks is judged in detail', () => {
    const o = computeOutlook(draft2027('2026-12-17'), { today: TODAY, reportingYear: 2031 });
    expect(o.focusYear).toBe(2031);
    expect(kravFindings(o)).toEqual(['current-period:expired']);
  });

  it('an intermunicipal plan: the municipality still to adopt is judged on its own meeting date', () => {
    const plan = withAdoption(
      withPeriod(intermunicipalPlan(3), { start: '2027', end: '2030' }),
      2,
      { status: 'planlagt', date: '2027-02-02' },
    );
    const o = computeOutlook(plan, { today: TODAY });
    expect(o.pending.map((p) => p.name)).toEqual(['Sørli kommune']);
    expect(o.basis).toBe('planned');
    expect(o.years.find((y) => y.year === 2027)?.counts).toBe(true);
  });
});

describe('a plan judged as it stands (the checker page)', () => {
  it('an adopted plan is judged on its real adoption, for this year by default', () => {
    const o = computeOutlook(completePlan(), { today: TODAY, assumeAdoption: false });
    expect(o).toMatchObject({ basis: 'adopted', focusYear: 2026, countsFrom: 2024, countsTo: 2027 });
    expect(verdicts(o).at(-1)).toBe('2028:expired');
  });

  it('a plan never adopted never counts, and says it is not adopted rather than expired', () => {
    const plan = withAdoption(completePlan(), 0, { status: 'ikke-startet', date: undefined });
    const o = computeOutlook(plan, { today: TODAY, assumeAdoption: false });
    expect(o.countsFrom).toBeUndefined();
    expect(o.years.filter((y) => y.year <= 2027).every((y) => y.reason === 'not-adopted')).toBe(true);
  });

  it('a roll-over decided later counts only from the year it was decided', () => {
    const plan = variant(completePlan(), (p) => {
      p.period.rollovers = [{ id: 'r1', decidedOn: '2029-02-01', body: 'kommunestyre', newEnd: '2029-12-31' }];
    });
    const o = computeOutlook(plan, { today: TODAY, assumeAdoption: false });
    expect(verdicts(o).slice(-3)).toEqual(['2028:expired', '2029:counts', '2030:expired']);
  });

  it('a period that ends before it starts gives that one error', () => {
    const o = computeOutlook(withPeriod(completePlan(), { start: '2027', end: '2024' }), { today: TODAY, assumeAdoption: false });
    expect(o.endBeforeStart).toBe(true);
    expect(o.years.map((y) => y.year)).toEqual([2026]);
    expect(kravFindings(o)).toEqual(['stated-period:endBeforeStart']);
  });

  it('judges at most 15 years of a very long period', () => {
    const o = computeOutlook(withPeriod(completePlan(), { start: '2000', end: '2100' }), { today: TODAY, assumeAdoption: false });
    expect(o.years).toHaveLength(15);
  });
});

describe('yearSpans', () => {
  it('joins consecutive years with the same verdict', () => {
    const o = computeOutlook(draft2027('2026-12-17'), { today: TODAY });
    expect(yearSpans(o.years)).toEqual([{ from: 2027, to: 2030, reason: 'counts' }, { from: 2031, to: 2031, reason: 'expired' }]);
  });
});
