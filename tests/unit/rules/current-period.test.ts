import { describe, expect, it } from 'vitest';
import { checkParsedPlan } from '../../../src/plan/check';
import { completePlan, withFollowUp, withPeriod } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

const Y2027 = { reportingYear: 2027, today: '2027-11-21' };
const expired2025 = withPeriod(completePlan(), { start: '2022-01-01', end: '2025-12-31' });
const rolled = (body: 'kommunestyre' | 'administrativt', decidedOn = '2026-03-05') =>
  withPeriod(expired2025, { rollovers: [{ id: 'r1', body, decidedOn, newEnd: '2027-12-31' }] });

ruleTable(
  'current-period',
  [
    { name: 'a 2024–2027 plan in 2026', plan: completePlan() },
    { name: 'a plan ending 31 December of the reporting year', plan: withPeriod(completePlan(), { end: '2026-12-31' }) },
    { name: "a year-only end '2026' in 2026", plan: withPeriod(completePlan(), { start: '2024', end: '2026' }) },
    { name: 'an expired plan extended by a political roll-over', plan: rolled('kommunestyre') },
    { name: 'a plan starting on 31 December of the reporting year', plan: withPeriod(completePlan(), { start: '2026-12-31' }) },
    { name: 'no start: the adoption date is the start', plan: withPeriod(completePlan(), { start: undefined }) },
    {
      name: 'no end: the revision date is the end',
      plan: withFollowUp(withPeriod(completePlan(), { end: undefined }), { finalEvaluation: undefined, revisionDate: '2027-03-01' }),
    },
  ],
  [
    {
      name: 'a plan ending 30 December of the reporting year',
      plan: withPeriod(completePlan(), { end: '2026-12-30' }),
      expected: [{ messageId: 'expired', path: ['period', 'end'], params: { end: '2026-12-30', year: 2026 } }],
    },
    {
      name: 'an expired plan with only an administrative roll-over',
      plan: rolled('administrativt'),
      expected: [{ messageId: 'expired', path: ['period', 'end'], params: { end: '2025-12-31', year: 2026 } }],
    },
    {
      name: 'a roll-over decided after 31 December of the reporting year does not extend it for that year',
      plan: rolled('kommunestyre', '2027-02-10'),
      expected: [{ messageId: 'expired', path: ['period', 'end'], params: { end: '2025-12-31', year: 2026 } }],
    },
    {
      name: 'a plan starting next year',
      plan: withPeriod(completePlan(), { start: '2027', end: '2030' }),
      expected: [{ messageId: 'notStarted', path: ['period', 'start'], params: { start: '2027-01-01', year: 2026 } }],
    },
    {
      name: "a year-only end '2026' in 2027",
      plan: withPeriod(completePlan(), { start: '2024', end: '2026' }),
      options: Y2027,
      expected: [{ messageId: 'expired', path: ['period', 'end'], params: { end: '2026-12-31', year: 2027 } }],
    },
    {
      name: 'no end, no evaluation, no revision',
      plan: withFollowUp(withPeriod(completePlan(), { end: undefined }), { finalEvaluation: undefined, revisionDate: undefined }),
      expected: [{ messageId: 'unknown', path: ['period', 'end'] }],
    },
  ],
);

describe('current period and the verdict', () => {
  it('a plan ending 31 December counts that year and not the next', () => {
    const plan = withPeriod(completePlan(), { end: '2026-12-31' });
    expect(checkParsedPlan(plan, { reportingYear: 2026, today: '2026-11-21' }).counts).toBe(true);
    expect(checkParsedPlan(plan, Y2027).counts).toBe(false);
  });

  it('a political roll-over moves the effective end; an administrative one does not', () => {
    expect(checkParsedPlan(rolled('kommunestyre'), { today: '2026-11-21' }).timeline).toMatchObject({ effectiveEnd: '2027-12-31', endBasis: 'rullering' });
    expect(checkParsedPlan(rolled('administrativt'), { today: '2026-11-21' }).timeline).toMatchObject({ effectiveEnd: '2025-12-31', endBasis: 'sluttdato' });
  });

  it('a roll-over ending before the stated end does not shorten the plan', () => {
    const plan = withPeriod(completePlan(), { rollovers: [{ id: 'r1', body: 'kommunestyre', newEnd: '2026-06-30' }] });
    expect(checkParsedPlan(plan, { today: '2026-11-21' }).timeline).toMatchObject({ effectiveEnd: '2027-12-31', endBasis: 'sluttdato' });
  });
});

describe('a period that ends before it starts', () => {
  it('is reported once, by stated-period: no «not started» or «expired» on top', () => {
    const result = checkParsedPlan(withPeriod(completePlan(), { start: '2027', end: '2024' }), { reportingYear: 2026, today: '2026-11-21' });
    expect(result.findings.filter((f) => f.kind === 'krav').map((f) => `${f.ruleId}:${f.messageId}`)).toEqual(['stated-period:endBeforeStart']);
    expect(result.results.find((r) => r.rule.id === 'current-period')?.skipped).toBe('nothing');
  });
});
