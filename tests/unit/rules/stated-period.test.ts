import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../../../src/plan/timeline';
import { completePlan, withFollowUp, withPeriod } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

const noEnd = withPeriod(completePlan(), { end: undefined });
const noEndWithFinal = withFollowUp(noEnd, { finalEvaluation: '2027-09-30', revisionDate: undefined });
const noEndNoDates = withFollowUp(noEnd, { finalEvaluation: undefined, revisionDate: undefined });

ruleTable(
  'stated-period',
  [
    { name: 'start and end stated', plan: completePlan() },
    { name: 'years only (2024–2027)', plan: withPeriod(completePlan(), { start: '2024', end: '2027' }) },
    { name: 'no end but a final evaluation', plan: noEndWithFinal },
    { name: 'no end but a revision date', plan: withFollowUp(noEnd, { finalEvaluation: undefined, revisionDate: '2027-03-01' }) },
    { name: 'no end but a political roll-over', plan: withPeriod(noEndNoDates, { rollovers: [{ id: 'r1', body: 'kommunestyre', newEnd: '2028' }] }) },
    { name: 'a one-day period (end equals start)', plan: withPeriod(completePlan(), { start: '2026-06-01', end: '2026-06-01' }) },
  ],
  [
    { name: 'neither end nor evaluation nor revision', plan: noEndNoDates, expected: [{ messageId: 'unclear', path: ['period', 'end'] }] },
    {
      name: 'only an administrative roll-over',
      plan: withPeriod(noEndNoDates, { rollovers: [{ id: 'r1', body: 'administrativt', newEnd: '2028' }] }),
      expected: [{ messageId: 'unclear', path: ['period', 'end'] }],
    },
    {
      name: 'end before start',
      plan: withPeriod(completePlan(), { start: '2027-01-01', end: '2026-12-31' }),
      expected: [{ messageId: 'endBeforeStart', path: ['period', 'end'], params: { start: '2027-01-01', end: '2026-12-31' } }],
    },
    {
      name: 'end year before start year',
      plan: withPeriod(completePlan(), { start: '2026', end: '2025' }),
      expected: [{ messageId: 'endBeforeStart', path: ['period', 'end'], params: { start: '2026-01-01', end: '2025-12-31' } }],
    },
  ],
);

describe('stated period fallback', () => {
  it('uses the final evaluation as end when no end is stated', () => {
    expect(computeTimeline(noEndWithFinal)).toMatchObject({ effectiveEnd: '2027-09-30', endBasis: 'evaluering-eller-revisjon' });
  });

  it('takes the earlier of final evaluation and revision date', () => {
    const plan = withFollowUp(noEnd, { finalEvaluation: '2027-09-30', revisionDate: '2027-03-01' });
    expect(computeTimeline(plan)).toMatchObject({ fallbackEnd: '2027-03-01', effectiveEnd: '2027-03-01' });
  });

  it('has an unknown end basis when nothing is given', () => {
    expect(computeTimeline(noEndNoDates)).toMatchObject({ effectiveEnd: undefined, endBasis: 'ukjent' });
  });
});
