import { completePlan, withFollowUp, withPeriod } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

const noMid = withFollowUp(completePlan(), { midTermEvaluation: undefined });
const expected = [{ messageId: 'missing', path: ['followUp', 'midTermEvaluation'] }];

ruleTable(
  'mid-term-evaluation',
  [
    { name: 'a four-year plan with a mid-term evaluation', plan: completePlan() },
    { name: 'a two-year plan without one', plan: withPeriod(noMid, { start: '2025', end: '2026' }) },
    { name: 'a plan just under three years without one', plan: withPeriod(noMid, { start: '2024-01-01', end: '2026-12-30' }) },
    { name: 'no known end', plan: withFollowUp(withPeriod(noMid, { end: undefined }), { finalEvaluation: undefined, revisionDate: undefined }) },
  ],
  [
    { name: 'a four-year plan without one', plan: noMid, expected },
    { name: 'a three-year plan with a leap year (2024–2026) without one', plan: withPeriod(noMid, { start: '2024', end: '2026' }), expected },
    // A plan from 1 January 2025 to 31 December 2027 lasts three full years, but holds no 29 February.
    { name: 'a three-year plan without a leap year (2025–2027) without one', plan: withPeriod(noMid, { start: '2025-01-01', end: '2027-12-31' }), expected },
    {
      name: 'a two-year plan rolled over to four years without one',
      plan: withPeriod(noMid, { start: '2025', end: '2026', rollovers: [{ id: 'r1', body: 'kommunestyre', newEnd: '2028' }] }),
      expected,
    },
  ],
  [
    { name: 'a plan without a period or dates', plan: withFollowUp(withPeriod(completePlan(), { start: undefined, end: undefined }), { finalEvaluation: undefined, revisionDate: undefined, midTermEvaluation: undefined }), reason: 'nothing' },
    { name: 'a period that ends before it starts', plan: withPeriod(completePlan(), { start: '2027', end: '2024' }), reason: 'nothing' },
  ],
);
