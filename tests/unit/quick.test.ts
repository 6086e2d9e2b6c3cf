import { describe, expect, it } from 'vitest';
import { checkParsedPlan } from '../../src/plan/check';
import { quickAnswersSchema, quickAnswersToPlan, quickPlanForCheck, type QuickAnswersInput } from '../../src/plan/quick';
import { openPlanFile, serializePlan } from '../../src/plan/file';

const base: QuickAnswersInput = {
  planType: 'egen',
  municipalities: [{ name: 'Fjordvik kommune', adopted: 'ja', body: 'kommunestyre', date: '2023-12-14' }],
  start: '2024',
  end: '2027',
  evaluationDate: '',
  rolledOverTo: '',
  hasMeasures: 'ja',
  measuresTimed: 'alle',
  reportingYear: '2026',
};

function check(change: Partial<QuickAnswersInput> = {}) {
  const answers = quickAnswersSchema.parse({ ...base, ...change });
  const plan = quickPlanForCheck(answers);
  const result = checkParsedPlan(plan, { reportingYear: answers.reportingYear, today: '2026-11-21' });
  return { plan, result, failed: result.results.filter((r) => r.rule.kind === 'krav' && !r.met).map((r) => r.rule.id) };
}

describe('quick answers to plan', () => {
  it('a plan adopted by kommunestyre, 2024–2027, all measures timed counts for 2026', () => {
    const { plan, result, failed } = check();
    expect(plan.period).toMatchObject({ start: '2024', end: '2027', rollovers: [] });
    expect(plan.municipalities).toMatchObject([{ id: 'k1', name: 'Fjordvik kommune', adoption: { status: 'vedtatt', body: 'kommunestyre' } }]);
    expect(failed).toEqual([]);
    expect(result.counts).toBe(true);
  });

  it('an administrative adoption does not count', () => {
    const { result, failed } = check({ municipalities: [{ name: 'Fjordvik kommune', adopted: 'ja', body: 'administrativt' }] });
    expect(failed).toEqual(['political-adoption']);
    expect(result.findings.find((f) => f.ruleId === 'political-adoption')?.messageId).toBe('administrative');
    expect(result.counts).toBe(false);
  });

  it('a plan not adopted does not count', () => {
    const { failed } = check({ municipalities: [{ name: 'Fjordvik kommune', adopted: 'nei', body: 'kommunestyre' }] });
    expect(failed).toEqual(['political-adoption']);
  });

  it("measures timed 'noen' fails measure-progress for the untimed measure", () => {
    const { result, failed } = check({ measuresTimed: 'noen' });
    expect(failed).toEqual(['measure-progress']);
    expect(result.findings.filter((f) => f.ruleId === 'measure-progress')).toMatchObject([{ messageId: 'noTiming', params: { n: 2 } }]);
  });

  it("measures timed 'ingen' and no measures fail their krav", () => {
    expect(check({ measuresTimed: 'ingen' }).failed).toEqual(['measure-progress']);
    expect(check({ hasMeasures: 'nei' }).failed).toEqual(['has-measures']);
  });

  it('an evaluation date without an end works as the fallback end', () => {
    const { result, failed } = check({ end: '', evaluationDate: '2027-06-30' });
    expect(failed).toEqual([]);
    expect(result.timeline).toMatchObject({ effectiveEnd: '2027-06-30', endBasis: 'evaluering-eller-revisjon' });
  });

  it('neither end nor evaluation date makes the period unclear', () => {
    expect(check({ end: '' }).failed).toEqual(['stated-period', 'current-period']);
  });

  it('an expired plan rolled over counts', () => {
    expect(check({ start: '2021', end: '2025' }).failed).toEqual(['current-period']);
    const { result, failed } = check({ start: '2021', end: '2025', rolledOverTo: '2027' });
    expect(failed).toEqual([]);
    expect(result.timeline.endBasis).toBe('rullering');
  });

  it('an intermunicipal plan counts only when every municipality adopted politically', () => {
    const { result } = check({
      planType: 'interkommunal',
      municipalities: [
        { name: 'Fjordvik kommune', adopted: 'ja', body: 'kommunestyre' },
        { name: 'Nordholm kommune', adopted: 'nei' },
      ],
    });
    expect(result.municipalities.map((m) => [m.id, m.counts])).toEqual([
      ['k1', true],
      ['k2', false],
    ]);
    expect(result.counts).toBe(false);
  });

  it('rejects answers without a municipality or with a bad reporting year', () => {
    expect(quickAnswersSchema.safeParse({ ...base, municipalities: [] }).success).toBe(false);
    expect(quickAnswersSchema.safeParse({ ...base, reportingYear: '1999' }).success).toBe(false);
    expect(quickAnswersSchema.safeParse({ ...base, municipalities: [{ name: '  ', adopted: 'ja' }] }).success).toBe(false);
  });

  it('accepts the period in Norwegian and rejects an end before the start', () => {
    const answers = quickAnswersSchema.parse({ ...base, start: '1. mars 2024', end: '28.02.2028' });
    expect([answers.start, answers.end]).toEqual(['2024-03-01', '2028-02-28']);
    const inverted = quickAnswersSchema.safeParse({ ...base, start: '2027', end: '2024' });
    expect(inverted.success).toBe(false);
    expect(inverted.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['end', 'endBeforeStart']]);
    // Told as soon as both are typed, while other questions are still unanswered.
    const early = quickAnswersSchema.safeParse({ ...base, start: '2027', end: '2024', hasMeasures: '', measuresTimed: '' });
    expect(early.error?.issues.map((i) => i.path.join('.'))).toEqual(['hasMeasures', 'end']);
  });
});

describe('quick answers saved as a plan file', () => {
  it('hold only what was answered: no invented measures, whatever was said about them', () => {
    for (const change of [{}, { measuresTimed: 'noen' as const }, { measuresTimed: 'ingen' as const }, { hasMeasures: 'nei' as const }]) {
      const answers = quickAnswersSchema.parse({ ...base, ...change });
      const saved = openPlanFile(serializePlan(quickAnswersToPlan(answers)));
      if (!saved.ok) throw new Error('the saved file does not open');
      expect(saved.plan.measures).toEqual([]);
      expect(JSON.stringify(saved.plan)).not.toContain('Tiltak 1');
      expect(saved.plan.municipalities).toMatchObject([{ name: 'Fjordvik kommune', adoption: { status: 'vedtatt', body: 'kommunestyre', date: '2023-12-14' } }]);
      expect(saved.plan.period).toMatchObject({ start: '2024', end: '2027' });
    }
  });

  it('while the check still judges the measure krav from the answers', () => {
    const answers = quickAnswersSchema.parse({ ...base, measuresTimed: 'noen' });
    expect(quickPlanForCheck(answers).measures).toHaveLength(2);
    expect(check({ measuresTimed: 'noen' }).failed).toEqual(['measure-progress']);
  });
});
