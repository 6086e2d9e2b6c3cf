import { describe, expect, it } from 'vitest';
import { oldPlanStatus, evaluationSummary, startNewPeriod } from '../../src/plan/revision';
import { planSchema } from '../../src/plan/schema';
import { completePlan, variant, withPeriod } from '../fixtures/plans';
import { checkParsedPlan } from '../../src/plan/check';

const TODAY = '2026-11-21';

function evaluated() {
  return variant(withPeriod(completePlan(), { start: '2019', end: '2022' }), (p) => {
    p.evaluation = {
      measures: p.measures.map((m, i) => ({ measureId: m.id, result: (['gjennomfort', 'delvis', 'ikke-gjennomfort'] as const)[i % 3], decision: (['behold', 'endre', 'dropp'] as const)[i % 3], comment: `Kommentar ${i + 1}` })),
      learned: 'Vi lærte mye.',
    };
  });
}

describe('revising an expired plan', () => {
  it('says since when an expired plan no longer counts, and for which years it did', () => {
    expect(oldPlanStatus(withPeriod(completePlan(), { start: '2019', end: '2022' }), TODAY)).toEqual({
      countsNow: false, endedOn: '2022-12-31', expired: true, countedYears: { first: 2019, last: 2022 },
    });
    expect(oldPlanStatus(withPeriod(completePlan(), { start: '2019-03-01', end: '2022-06-30' }), TODAY).countedYears).toEqual({ first: 2019, last: 2021 });
    expect(oldPlanStatus(completePlan(), TODAY)).toMatchObject({ countsNow: true, expired: false });
  });

  it('sums up the evaluation', () => {
    const plan = evaluated();
    const s = evaluationSummary(plan);
    expect(s.total).toBe(plan.measures.length);
    expect(s.results.gjennomfort + s.results.delvis + s.results['ikke-gjennomfort'] + s.results['ikke-vurdert']).toBe(s.total);
    expect(s.results['ikke-vurdert']).toBe(0);
  });

  it('starts a new period with the kept and changed measures, no period and no adoption, and a link back', () => {
    const old = evaluated();
    const next = startNewPeriod(old, TODAY, 'ny-plan');
    expect(planSchema.safeParse(next).success).toBe(true);
    const kept = old.evaluation!.measures.filter((e) => e.decision !== 'dropp').map((e) => e.measureId);
    expect(next.measures.map((m) => m.origin?.measureId)).toEqual(kept);
    expect(next.measures.every((m) => m.deadline === undefined && m.milestones.length === 0)).toBe(true);
    expect(next.period).toEqual({ start: '2027', end: '2030', rollovers: [] });
    expect(next.municipalities.every((m) => m.adoption.status === 'ikke-startet')).toBe(true);
    expect(next.history).toEqual({ previousPlanId: old.id, previousTitle: old.title, previousStart: '2019', previousEnd: '2022', startedOn: TODAY });
    expect(next.evaluation).toBeUndefined();
    expect(next.id).toBe('ny-plan');
    // The old plan is not touched.
    expect(old.evaluation?.measures).toHaveLength(old.measures.length);
    // The new draft does not count yet: it is not adopted.
    expect(checkParsedPlan(next, { today: TODAY }).counts).toBe(false);
  });
});
