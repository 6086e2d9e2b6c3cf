import { describe, expect, it } from 'vitest';
import { oldPlanStatus, evaluationSummary, startNewPeriod, resultFromStatus, titleForPeriod, placementJudgedWrong } from '../../src/plan/revision';
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

  it('titles the new draft for its own period', () => {
    expect(titleForPeriod('Handlingsplan mot vold i nære relasjoner 2019–2022', 2027, 2030)).toBe('Handlingsplan mot vold i nære relasjoner 2027–2030');
    expect(titleForPeriod('Plan mot vold 2019-2022 for Vik', 2027, 2030)).toBe('Plan mot vold 2027–2030 for Vik');
    expect(titleForPeriod('Handlingsplan mot vold', 2027, 2030)).toBe('Handlingsplan mot vold 2027–2030');
    const old = variant(evaluated(), (p) => { p.title = 'Handlingsplan 2019–2022'; });
    expect(startNewPeriod(old, TODAY, 'ny').title).toBe('Handlingsplan 2027–2030');
  });

  it('carries the evaluation\'s result and comment with each kept or changed measure', () => {
    const old = evaluated();
    const next = startNewPeriod(old, TODAY, 'ny');
    const changed = next.measures.find((m) => m.origin?.decision === 'endre')!;
    const e = old.evaluation!.measures.find((x) => x.measureId === changed.origin!.measureId)!;
    expect(changed.origin).toEqual({ measureId: e.measureId, decision: 'endre', result: 'delvis', comment: e.comment });
  });

  it('does not carry a placement the evaluation called wrong, and says so', () => {
    const placed = variant(evaluated(), (p) => { p.placement = { kind: 'temaplan', owner: 'Kommunalsjef' }; });
    expect(startNewPeriod(placed, TODAY, 'ny').placement.kind).toBe('temaplan');
    const wrong = variant(placed, (p) => { p.evaluation!.placementVerdict = 'feil'; });
    const next = startNewPeriod(wrong, TODAY, 'ny');
    expect(next.placement).toEqual({ owner: 'Kommunalsjef' });
    expect(next.history?.placementCleared).toBe(true);
    expect(placementJudgedWrong({ measures: [], placement: 'Nei, den burde ligge i helseplanen.' })).toBe(true);
    expect(placementJudgedWrong({ measures: [], placement: 'Ja, det fungerte.' })).toBe(false);
    expect(placementJudgedWrong({ measures: [], placement: 'Nei', placementVerdict: 'riktig' })).toBe(false);
  });

  it('pre-fills the evaluation from each measure\'s status', () => {
    expect(resultFromStatus('gjennomfort')).toBe('gjennomfort');
    expect(resultFromStatus('pagar')).toBe('delvis');
    expect(resultFromStatus('utsatt')).toBe('ikke-gjennomfort');
    expect(resultFromStatus('planlagt')).toBeUndefined();
  });
});
