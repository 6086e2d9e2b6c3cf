/** The example plans fail exactly the rules they are built to fail (src/examples/index.ts). */
import { describe, expect, it } from 'vitest';
import { EXAMPLES, EXAMPLES_CHECKED_FOR, exampleById } from '../../src/examples';
import { checkParsedPlan } from '../../src/plan/check';
import { planSchema } from '../../src/plan/schema';
import { RULES } from '../../src/plan/rules';
import { openPlanFile, serializePlan } from '../../src/plan/file';

const ruleIds = new Set(RULES.map((r) => r.id));
const sorted = (ids: string[]) => [...ids].sort();

describe('example plans', () => {
  it('has the three examples with unique ids and plan ids', () => {
    expect(EXAMPLES.map((e) => e.id)).toEqual(['god', 'med-feil', 'interkommunal']);
    expect(new Set(EXAMPLES.map((e) => e.plans.nb.id)).size).toBe(EXAMPLES.length);
    for (const e of EXAMPLES) {
      expect(exampleById(e.id)).toBe(e);
      for (const lang of ['nb', 'nn'] as const) {
        expect(e.title[lang].length).toBeGreaterThan(5);
        expect(e.description[lang].length).toBeGreaterThan(20);
      }
    }
    expect(exampleById('finnes-ikke')).toBeUndefined();
  });

  for (const example of EXAMPLES) {
    describe(example.id, () => {
      const result = checkParsedPlan(example.plans.nb, EXAMPLES_CHECKED_FOR);
      const failed = (kind: 'krav' | 'anbefaling') => result.results.filter((r) => r.rule.kind === kind && !r.met).map((r) => r.rule.id);

      it('names only rules that exist, each once', () => {
        const named = [...example.expected.failedKrav, ...example.expected.openRecommendations];
        expect(named.filter((id) => !ruleIds.has(id))).toEqual([]);
        expect(new Set(named).size).toBe(named.length);
      });

      it('fails exactly the expected krav', () => {
        expect(sorted(failed('krav'))).toEqual(sorted(example.expected.failedKrav));
        expect(result.kravTotal - result.kravMet).toBe(example.expected.failedKrav.length);
      });

      it('leaves exactly the expected recommendations open', () => {
        expect(sorted(failed('anbefaling'))).toEqual(sorted(example.expected.openRecommendations));
        expect(result.openRecommendations).toBe(example.expected.openRecommendations.length);
      });

      it(`${example.expected.counts ? 'counts' : 'does not count'} in KOSTRA for 2026`, () => {
        expect(result.counts).toBe(example.expected.counts);
      });

      it('is a valid, realistic plan that survives the plan file', () => {
        expect(planSchema.safeParse(example.plans.nb).success).toBe(true);
        expect(example.plans.nb.title).not.toBe('');
        expect(example.plans.nb.measures.length).toBeGreaterThanOrEqual(6);
        expect(example.plans.nb.measures.length).toBeLessThanOrEqual(10);
        expect(example.plans.nb.focusAreas.length).toBeGreaterThan(0);
        const opened = openPlanFile(serializePlan(example.plans.nb));
        expect(opened.ok && opened.plan).toEqual(example.plans.nb);
      });
    });
  }

  it('the good plan counts for every reporting year from 2026 through 2029, and not for 2030', () => {
    const good = exampleById('god')!;
    for (const year of [2026, 2027, 2028, 2029]) {
      expect(checkParsedPlan(good.plans.nb, { reportingYear: year, today: `${year}-11-21` }).counts).toBe(true);
    }
    expect(checkParsedPlan(good.plans.nb, { reportingYear: 2030, today: '2030-11-21' }).counts).toBe(false);
  });

  it('the intermunicipal plan does not count for exactly one municipality', () => {
    const example = exampleById('interkommunal')!;
    expect(example.plans.nb.planType).toBe('interkommunal');
    expect(example.plans.nb.municipalities).toHaveLength(4);
    const result = checkParsedPlan(example.plans.nb, EXAMPLES_CHECKED_FOR);
    const notCounting = result.municipalities.filter((m) => !m.counts);
    expect(notCounting).toHaveLength(1);
    expect(notCounting[0].name).toBe('Sørmo kommune');
    expect(notCounting[0].failedKrav).toEqual(['political-adoption']);
    expect(result.municipalities.filter((m) => m.counts)).toHaveLength(3);
  });
});
