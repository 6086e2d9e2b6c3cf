/** The checker page's next steps, spoken from the reporting year being checked. */
import { describe, expect, it } from 'vitest';
import { nextSteps } from '../../src/islands/checker/next-steps';
import { computeOutlook } from '../../src/plan/outlook';
import { completePlan, intermunicipalPlan, variant, withAdoption, withPeriod } from '../fixtures/plans';
import type { Plan } from '../../src/plan/schema';

const TODAY = '2026-12-04';
const steps = (plan: Plan, reportingYear: number) =>
  nextSteps(computeOutlook(plan, { today: TODAY, reportingYear, assumeAdoption: false }), TODAY).map((s) => s.key);

describe('next steps on /sjekk/', () => {
  it('a plan that counted for 2024 gets no revision advice for 2024', () => {
    expect(steps(completePlan(), 2024)).toEqual(['next.countsThen']);
  });

  it('a plan that counts this year gets the revision date, counted from today', () => {
    // The plan ends 31 December 2027; revision should start 12 months before, by 31 December 2026.
    expect(steps(completePlan(), 2026)).toEqual(['next.reviseBy']);
  });

  it('an expired adopted plan is told to start revision', () => {
    expect(steps(completePlan(), 2029)).toEqual(['next.expired']);
  });

  it('a plan never adopted is told to adopt, naming the municipality, and never that it «no longer counts»', () => {
    const plan = withAdoption(completePlan(), 0, { status: 'ikke-startet', date: undefined, body: undefined });
    const result = nextSteps(computeOutlook(plan, { today: TODAY, reportingYear: 2029, assumeAdoption: false }), TODAY);
    expect(result).toEqual([{ key: 'next.adoptNamed', params: { names: 'Fjordvik kommune' } }]);
  });

  it('an intermunicipal plan names the municipality that has not adopted', () => {
    const plan = withAdoption(intermunicipalPlan(3), 1, { status: 'planlagt', date: '2027-02-01' });
    const result = nextSteps(computeOutlook(plan, { today: TODAY, reportingYear: 2026, assumeAdoption: false }), TODAY);
    expect(result[0]).toEqual({ key: 'next.adoptNamed', params: { names: 'Nordholm kommune' } });
  });

  it('a roll-over decided later is pointed to, instead of «expired» for the year it did not cover', () => {
    const plan = variant(completePlan(), (p) => {
      p.period.rollovers = [{ id: 'r1', decidedOn: '2029-02-01', body: 'kommunestyre', newEnd: '2029-12-31' }];
    });
    expect(steps(plan, 2028)).toEqual(['next.revisedLater']);
  });

  it('a period that ends before it starts gets that one step', () => {
    expect(steps(withPeriod(completePlan(), { start: '2027', end: '2024' }), 2026)).toEqual(['next.endBeforeStart']);
  });

  it('a plan whose period starts next year says from when it counts', () => {
    // (Its measures' old deadlines now fall before the period: a recommendation, not a step of its own.)
    expect(steps(withPeriod(completePlan(), { start: '2027', end: '2030' }), 2026)).toEqual(['next.notStarted', 'next.recommendations']);
  });
});
