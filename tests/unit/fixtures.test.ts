import { describe, expect, it } from 'vitest';
import { checkParsedPlan } from '../../src/plan/check';
import { completePlan, intermunicipalPlan, OPTIONS, variant, withPeriod } from '../fixtures/plans';

describe('fixtures', () => {
  it('completePlan meets every rule for 2026', () => {
    const result = checkParsedPlan(completePlan(), OPTIONS);
    expect(result.findings).toEqual([]);
    expect(result.counts).toBe(true);
    expect(result.municipalities).toEqual([{ id: 'k1', name: 'Fjordvik kommune', counts: true, failedKrav: [] }]);
  });

  it.each([2, 4, 6])('intermunicipalPlan(%i) meets every rule for 2026', (n) => {
    const plan = intermunicipalPlan(n);
    expect(plan.municipalities).toHaveLength(n);
    expect(plan.cooperation.hostId).toBe('k1');
    for (const m of plan.municipalities) {
      expect(m.adoption).toMatchObject({ status: 'vedtatt', body: 'kommunestyre' });
      expect(plan.measures.some((x) => x.municipalityIds.includes(m.id))).toBe(true);
    }
    const result = checkParsedPlan(plan, OPTIONS);
    expect(result.findings).toEqual([]);
    expect(result.municipalities.every((m) => m.counts)).toBe(true);
  });

  it('intermunicipalPlan defaults to four municipalities', () => {
    expect(intermunicipalPlan().municipalities.map((m) => m.id)).toEqual(['k1', 'k2', 'k3', 'k4']);
  });

  it('builders return fresh, deterministic plans', () => {
    const a = completePlan();
    const b = completePlan();
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(a.measures.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('variant helpers do not mutate their input', () => {
    const plan = completePlan();
    const before = structuredClone(plan);
    const changed = withPeriod(plan, { end: '2030' });
    const renamed = variant(plan, (p) => {
      p.municipalities[0].name = 'Annen kommune';
    });
    expect(plan).toEqual(before);
    expect(changed.period.end).toBe('2030');
    expect(renamed.municipalities[0].name).toBe('Annen kommune');
  });

  it('variant rejects an invalid result', () => {
    expect(() => variant(completePlan(), (p) => Object.assign(p.period, { end: '2026-02-30' }))).toThrow();
  });
});
